import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import { actorsByName } from '../../test-support/mentions.js';
import { extractRelations } from './relation-extractor.js';

/** Designations in title-case headlines (focus18 audit of other focus countries' news). Own sentences. */
const NAMES: Record<string, string> = { Chile: 'CHL', Peru: 'PER', Boric: 'CHL', Ghana: 'GHA', Mongolia: 'MNG', Japan: 'JPN', China: 'CHN' };

const relations = (text: string) => extractRelations({ text, sentences: splitSentences(text), actors: actorsByName(text, NAMES), quotes: [] }).relations
  .map((r) => `${[r.a, r.b].sort().join('-')} ${r.tier}`);

describe('a designation in a title-case headline', () => {
  it('is read though every word before it is capitalised', () => {
    expect(relations('Chile’s Boric Hosts Peru’s Leader, Announce Strategic Partnership Agreement')).toEqual(['CHL-PER strategic_partnership']);
  });

  it('still is no designation inside a name in a sentence of prose', () => {
    expect(relations('Chile and Peru joined the Pacific Strategic Partnership Forum in Lima on Monday.')).toEqual([]);
  });
});

describe('designations of other focus countries', () => {
  it('reads China\'s all-round strategic cooperative partnership as a comprehensive strategic one', () => {
    expect(relations('China and Ghana upgraded their ties to an all-round strategic cooperative partnership for a new era.')).toEqual(['CHN-GHA comprehensive_strategic_partnership']);
  });

  it('reads Mongolia\'s strategic third neighbour partnership as a strategic partnership', () => {
    expect(relations('Mongolia and Japan agreed to deepen their Strategic Third Neighbour Partnership.')).toEqual(['JPN-MNG strategic_partnership']);
  });
});
