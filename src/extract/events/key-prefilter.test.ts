import { describe, expect, it } from 'vitest';
import { buildKeyPrefilter, plainKeyWords } from './key-prefilter.js';
import { eventPatterns } from './event-patterns.js';

// Sentences chosen to put key words inside other words, next to each other, in capitals and overlapping
// ("meeting" holds "meet"; "signing" holds "sign" and "ink" is inside "thinking").
const SAMPLES = [
  'The two sides held talks and signed 12 agreements on Tuesday.',
  'MEETING of the foreign ministers: the Meet-and-greet was thinking of the threat.',
  'Protesters rallied; police detained dozens and the embassy was blockaded.',
  'He expressed gratitude for the humanitarian aid and the loans.',
  'Nothing here at all.',
  '',
  'One-China policy, one china, each other, one another, handed over, called off.',
  'recalled withdrawn pulled left leaving Ambassador sanctions blacklist embargoes tariffs export controls',
  'SIGNATURE OF the memorandum; the Signing of a treaty; congratulating and thanking.',
  'Kelvin \u212Aelvin ſign ſupport: letters outside ASCII never fold to ASCII ones without the u flag.',
];

describe('key prefilter', () => {
  it('answers exactly what each rule’s own keys expression answers', () => {
    const patterns = eventPatterns();
    const filter = buildKeyPrefilter(patterns.map((p) => p.keys));
    for (const text of SAMPLES) {
      const passes = filter.scan(text);
      patterns.forEach((p, i) => expect(passes[i], `${p.id} on "${text}"`).toBe(p.keys.test(text)));
    }
  });

  it('finds a key word that starts inside a longer one', () => {
    const filter = buildKeyPrefilter([/meeting/i, /eting/i, /meet/i, /xyz/i]);
    expect(filter.scan('the MEETING began')).toEqual([true, true, true, false]);
  });

  it('tests keys that are more than a list of words with their own expression', () => {
    expect(plainKeyWords('visit|arriv')).toEqual(['visit', 'arriv']);
    expect(plainKeyWords('visit(?:ed)?')).toBeNull();
    const filter = buildKeyPrefilter([/\bvisit(?:ed)?\b/i, /visit/i, /talks?/]);
    expect(filter.scan('They visited Rome')).toEqual([true, true, false]);
    expect(filter.scan('a visitor, TALKS')).toEqual([false, true, false]);
  });
});
