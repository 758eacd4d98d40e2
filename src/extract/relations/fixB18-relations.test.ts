import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import { actorsByName } from '../../test-support/mentions.js';
import { extractRelations } from './relation-extractor.js';

/** A designation inside a name in a title-case headline (fixB18 review). Own sentences. */
const NAMES: Record<string, string> = { Brunei: 'BRN', Chile: 'CHL', Kenya: 'KEN', Uganda: 'UGA', Hungary: 'HUN', Serbia: 'SRB' };

const relations = (text: string) => extractRelations({ text, sentences: splitSentences(text), actors: actorsByName(text, NAMES), quotes: [] }).relations
  .map((r) => `${[r.a, r.b].sort().join('-')} ${r.tier}`);

describe('a designation before a word that closes a name, in a title-case headline', () => {
  it('is part of the name of a body or a meeting', () => {
    expect(relations('Kenya And Uganda Ministers Attend Regional Strategic Partnership Forum In Nairobi')).toEqual([]);
    expect(relations('Hungary And Serbia Send Delegates To Central European Allies Network Meeting')).toEqual([]);
  });

  it('is part of a document\'s name after a preposition', () => {
    expect(relations('Brunei And Chile Celebrate Tenth Anniversary Of Pacific Strategic Partnership Agreement Signing')).toEqual([]);
  });

  it('still states the tier when a verb announces the agreement or no name word follows', () => {
    expect(relations('Brunei And Chile Leaders Announce Strategic Partnership Agreement After Talks')).toEqual(['BRN-CHL strategic_partnership']);
    expect(relations('Kenya And Uganda Leaders Elevate Relations To Strategic Partnership During State Visit')).toEqual(['KEN-UGA strategic_partnership']);
  });
});
