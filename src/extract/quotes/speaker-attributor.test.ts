import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../../core/types.js';
import { findQuoteSpans } from './quote-spans.js';
import { attributeQuotes, compileCues, type SpeakerCandidate } from './speaker-attributor.js';

const cues = compileCues();

/** Candidates for every occurrence of the given names (person-like unless listed in `places`). */
function candidates(text: string, names: Record<string, string>, places: string[] = []): SpeakerCandidate[] {
  const out: SpeakerCandidate[] = [];
  for (const [name, code] of Object.entries(names)) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const mention: ActorMention = { kind: 'actor', span: { start: i, end: i + name.length }, code, via: 'person', rule: 'test' };
      out.push({ mention, personLike: !places.includes(name) });
    }
  }
  return out.sort((a, b) => a.mention.span.start - b.mention.span.start);
}

function speakers(text: string, names: Record<string, string>, places: string[] = []): Array<string | null> {
  const paragraphOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  return attributeQuotes(text, findQuoteSpans(text), candidates(text, names, places), paragraphOf, cues).map((q) => q.speaker?.code ?? null);
}

describe('attributeQuotes', () => {
  const cases: Array<[string, string, Record<string, string>, Array<string | null>]> = [
    ['verb after, name after', '“We will build the line together,” said Fidan.', { Fidan: 'TUR' }, ['TUR']],
    ['name then verb after', '“We will build the line together,” Fidan told reporters.', { Fidan: 'TUR' }, ['TUR']],
    ['colon before', 'Jaishankar remarked: “Our partnership with Moscow is time-tested and steady.”', { Jaishankar: 'IND', Moscow: 'RUS' }, ['IND']],
    ['according to', 'According to Kallas, “the union stands with its eastern partners in every way.”', { Kallas: 'EU' }, ['EU']],
    ['nearest person to the verb', 'Fidan met Aliyev. “The route is open to all our partners now,” Aliyev said.', { Fidan: 'TUR', Aliyev: 'AZE' }, ['AZE']],
    ['person preferred over a place', '“Trade with Tokyo will double within five years,” Khurelsukh said in Tokyo.', { Tokyo: 'JPN', Khurelsukh: 'MNG' }, ['MNG']],
    ['verb too far after the quote', '“Cooperation will grow fast in all fields now.” Later that year many officials and experts from several states said so.', { }, [null]],
    ['two quotes, second continues', '“The first phase is complete,” Fidan said.\n“The second phase starts in spring next year.”', { Fidan: 'TUR' }, ['TUR', 'TUR']],
    ['an agency that reported the quote', '“Flights will resume within a week,” the state news agency Anadolu reported.', { Anadolu: 'TUR' }, ['TUR']],
    ['continuation stops after a gap paragraph', '“The first phase is complete,” Fidan said.\nOther news followed.\nMore news.\n“The second phase starts in spring next year.”', { Fidan: 'TUR' }, ['TUR', null]],
  ];
  it.each(cases)('%s', (_name, text, names, expected) => {
    expect(speakers(text, names)).toEqual(expected);
  });

  it('takes the subject of the saying verb, not a person named in an aside before it', () => {
    const names = { 'Nigerian envoy': 'NGA', Bello: 'NGA', Nkosi: 'ZAF', 'South Africa': 'ZAF' };
    const places = ['South Africa'];
    expect(speakers('Minister Bello, speaking with the envoy Nkosi, insisted: “We will protect our citizens everywhere.”', names, places)).toEqual(['NGA']);
    expect(speakers('The Nigerian envoy to South Africa, who met Nkosi, insisted: “We will protect our citizens everywhere.”', names, places)).toEqual(['NGA']);
    expect(speakers('Bello, 54, a former teacher who knows Nkosi, insisted: “We will protect our citizens everywhere.”', names, places)).toEqual(['NGA']);
    expect(speakers('“We will protect our citizens everywhere,” Bello, speaking with Nkosi, insisted.', names, places)).toEqual(['NGA']);
    // an adverbial part before the subject names no speaker
    expect(speakers('Asked about remarks by Nkosi, Bello, speaking in Lagos, insisted: “We will protect our citizens everywhere.”', names, places)).toEqual(['NGA']);
  });

  it('still takes a subject standing right before the verb', () => {
    const names = { Bello: 'NGA', Nkosi: 'ZAF' };
    expect(speakers('After meeting Bello, Nkosi insisted: “We will protect our citizens everywhere.”', names)).toEqual(['ZAF']);
    expect(speakers('Bello met Nkosi, and Nkosi insisted: “We will protect our citizens everywhere.”', names)).toEqual(['ZAF']);
  });

  it('drops a scare quote whose only nearby actor is a place', () => {
    expect(speakers('Analysts in Tokyo described the deal as “historic”.', { Tokyo: 'JPN' }, ['Tokyo'])).toEqual([]);
  });

  it('keeps a scare quote said by a person', () => {
    expect(speakers('The situation remains “paralysed,” Fidan noted.', { Fidan: 'TUR' })).toEqual(['TUR']);
  });
});
