import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRulePrefilter, plainKeyWords } from './rule-prefilter.js';
import { requiredWords } from './required-words.js';
import { eventPatterns, wordSource } from './event-patterns.js';
import { CLOSE, OPEN } from './sentence-frame.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

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

// Party names stand in for the actor layer: each becomes a placeholder, as in a sentence frame.
const PARTIES = /\b(?:Kazakhstan|Russia|China|Uzbekistan|Kyrgyzstan|Turkey|Azerbaijan|Japan|Germany|France|the United States|the EU|Tokayev|Putin|Xi Jinping|Mirziyoyev|Erdogan|Aliyev|Moscow|Beijing|Astana|Tashkent|Ankara|Baku|Washington)\b/g;

/** Sentences of the committed team-written sets (devset and devset2 articles, the dev sentence set), parties masked. */
function maskedSentences(): string[] {
  const texts = ['devset', 'devset2'].flatMap((set) => {
    const articles = path.join(root, 'test', set, 'articles');
    return readdirSync(articles).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(articles, f), 'utf8'));
  });
  const sentences = readFileSync(path.join(root, 'test', 'sentences', 'dev.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);
  return [...texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)), ...sentences].map((s) => {
    let k = 0;
    return s.replace(PARTIES, () => `${OPEN}${k++}${CLOSE}`);
  });
}

describe('rule prefilter', () => {
  it('answers what each rule’s own keys expression answers, where its pattern may match', () => {
    const patterns = eventPatterns();
    const keysOnly = buildRulePrefilter(patterns.map((p) => ({ keys: p.keys })));
    for (const text of SAMPLES) {
      const passes = keysOnly.scan(text);
      patterns.forEach((p, i) => expect(passes[i], `${p.id} on "${text}"`).toBe(p.keys.test(text)));
    }
  });

  it('never turns away a sentence a rule matches', () => {
    const patterns = eventPatterns();
    // As the extractor builds it: the required words read from each rule's word source.
    const filter = buildRulePrefilter(patterns.map((p) => ({ keys: p.keys, wordSource: p.wordSource! })));
    let matched = 0;
    let turnedAway = 0;
    for (const text of maskedSentences()) {
      const passes = filter.scan(text);
      patterns.forEach((p, i) => {
        p.regex.lastIndex = 0;
        const matches = p.regex.test(text) && p.keys.test(text);
        if (matches) {
          matched++;
          expect(passes[i], `${p.id} on "${text}"`).toBe(true);
        } else if (!passes[i]) turnedAway++;
      });
    }
    // The check means something only if rules matched, and the filter earns its place only if it turns many away.
    expect(matched).toBeGreaterThan(40);
    expect(turnedAway).toBeGreaterThan(matched);
  });

  it('finds a key word that starts inside a longer one', () => {
    const filter = buildRulePrefilter([/meeting/i, /eting/i, /meet/i, /xyz/i].map((keys) => ({ keys })));
    expect(filter.scan('the MEETING began')).toEqual([true, true, true, false]);
  });

  it('tests keys that are more than a list of words with their own expression', () => {
    expect(plainKeyWords('visit|arriv')).toEqual(['visit', 'arriv']);
    expect(plainKeyWords('visit(?:ed)?')).toBeNull();
    const filter = buildRulePrefilter([/\bvisit(?:ed)?\b/i, /visit/i, /talks?/].map((keys) => ({ keys })));
    expect(filter.scan('They visited Rome')).toEqual([true, true, false]);
    expect(filter.scan('a visitor, TALKS')).toEqual([false, true, false]);
  });
});

describe('word source of a rule', () => {
  it('gives every rule the required words of its compiled expression', () => {
    const patterns = eventPatterns();
    let withWords = 0;
    for (const p of patterns) {
      const words = requiredWords(p.regex.source);
      if (words.length > 0) withWords++;
      expect(requiredWords(p.wordSource!), p.id).toEqual(words);
      expect(p.wordSource!.length).toBeLessThan(p.regex.source.length);
    }
    expect(withWords).toBeGreaterThan(patterns.length / 2);
  });

  it('stands an empty lookahead in for each macro, leaving the rule’s own words', () => {
    expect(wordSource('{src}{poss}{adv} paid {det}{mods}visits? to {tgt:one}')).toBe('(?=)(?=)(?=) paid (?=)(?=)visits? to (?=)');
    expect(requiredWords(wordSource('{src}{adv} (?:signed|inked) {det}deal with {tgt}'))).toEqual([['signed', 'inked'], ['deal with']]);
    // A quantifier's brace is no macro.
    expect(wordSource('talks{0,2} with {a}')).toBe('talks{0,2} with (?=)');
  });
});

describe('required words of a pattern', () => {
  it('takes literal runs and groups of alternatives that every match holds', () => {
    expect(requiredWords(String.raw`(?<![\w-])\d+ (?:paid|pays|made) (?:a |the )?visits? to \d+`)).toEqual([['paid', 'pays', 'made'], ['visit']]);
    expect(requiredWords(String.raw`(?:travell?ed to|flew to) \w+ (?:summit)`)).toEqual([['travel', 'flew to'], ['summit']]);
  });

  it('reads an alternative through the group that follows its first words', () => {
    // "to " alone is in nearly every sentence; "to attend" or "to chair" is what the rule needs.
    expect(requiredWords(String.raw`\d+ was in \d+ (?:to (?:attend|co-chair)\b|for (?:talks|an? (?:\w+ )?forum))`))
      .toEqual([['was in'], ['to attend', 'to co-chair', 'for talks', 'for a']]);
    // A nested group that is optional or repeated adds nothing to the words before it.
    expect(requiredWords(String.raw`(?:held (?:fresh )?talks|hosted (?:summits)+)`)).toEqual([['held ', 'hosted ']]);
    // Two levels down, and an empty alternative leaves the outer words as they are.
    expect(requiredWords(String.raw`(?:to (?:sign (?:deals|accords)|meet|))`)).toEqual([['to sign deals', 'to sign accords', 'to meet', 'to ']]);
  });

  it('reads a group of whole words on through the literal words after it', () => {
    // "held talks with X in Y" lacks "talks in", which the rule needs.
    expect(requiredWords(String.raw`(?=)(?:held|had) (?=)(?:talks|negotiations) in (?=)`)).toEqual([['held', 'had'], ['talks in', 'negotiations in']]);
    // An alternative whose last letter is optional gives both spellings; any other shape keeps its first words.
    expect(requiredWords(String.raw`(?:meetings?|video ?calls|(?:tele)?phone calls|summit) with`)).toEqual([['with']]);
    expect(requiredWords(String.raw`(?:meetings?|video ?calls|summit) with`)).toEqual([['meeting with', 'meetings with', 'video', 'summit with'], ['with']]);
    // Words joined this way are longer than MIN_WORD even where the alternatives alone are not ("is in").
    expect(requiredWords(String.raw`(?:is|was) in`)).toEqual([['is in', 'was in']]);
    // Only letters or digits after the group extend it; a character a quantifier makes optional ends the run.
    expect(requiredWords(String.raw`(?:signed|inked) (?:a |the )?deal`)).toEqual([['signed', 'inked'], ['deal']]);
    expect(requiredWords(String.raw`(?:visit|tour)s? to`)).toEqual([['visit', 'tour']]);
    expect(requiredWords(String.raw`(?:force|effect) betweens?`)).toEqual([['force between', 'effect between'], ['between']]);
  });

  it('leaves out what a match may lack', () => {
    // Optional and repeated groups, lookarounds, named groups, short words and top-level alternation.
    expect(requiredWords(String.raw`(?:signed|inked)? (?:talks)* (?=meeting)(?<x>summit)(?!visit) to`)).toEqual([]);
    expect(requiredWords('signed|visited')).toEqual([]);
    expect(requiredWords(String.raw`(?:(?:tele)?phone|video) calls?`)).toEqual([['call']]);
    expect(requiredWords(String.raw`[abc]{2,3}talks{1,2}`)).toEqual([['talk']]);
    // A brace is a quantifier only as {n}, {n,} or {n,m} within 12 characters; otherwise its text stays literal.
    expect(requiredWords('talks{1234,5678}')).toEqual([['talk']]);
    expect(requiredWords('talks{12345678901}')).toEqual([['talks'], ['12345678901']]);
    expect(requiredWords('visits{,3} summit')).toEqual([['visits'], ['summit']]);
  });
});
