import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { seededRandom } from '../core/seeded-random.js';
import { oneSentenceSpan } from './one-sentence.js';
import { winkModel } from './wink-model.js';

const nlp = winkNLP(winkModel, ['sbd']);

/** wink's sentences of one line as [start, end) offsets (its tokens re-anchored as sentences.ts does). */
function winkSpans(line: string): Array<[number, number]> {
  const doc = nlp.readDoc(line);
  const tokens = doc.tokens().out();
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  for (const tok of tokens) {
    const at = line.indexOf(tok, cursor);
    starts.push(at < 0 ? cursor : at);
    ends.push(at < 0 ? cursor : at + tok.length);
    cursor = ends[ends.length - 1]!;
  }
  const spans: Array<[number, number]> = [];
  doc.sentences().each((s: { out: (f?: unknown) => unknown }) => {
    const [first, last] = s.out(nlp.its.span) as unknown as [number, number];
    spans.push([starts[first]!, ends[last]!]);
  });
  return spans;
}

describe('lines whose one sentence is certain without wink', () => {
  // Written for this test.
  it.each([
    ['The delegation arrived on Tuesday.', [0, 34]],
    ['  Talks resume next week  ', [2, 24]],
    ['Will the pipeline be finished?', [0, 30]],
    ['Trade and investment', [0, 20]],
    ['He thanked Mr. ', [0, 14]],
    ['"We agree," the minister said (briefly)!', [0, 40]],
  ] as const)('%j is one sentence %j, as wink reads it', (line, span) => {
    expect(oneSentenceSpan(line)).toEqual(span);
    expect(winkSpans(line)).toEqual([span]);
  });

  it.each([
    'The envoy left. The talks went on.',
    'Growth reached 3.5 percent',
    'Officials of the U.S. embassy attended.',
    'Really?!',
    'The talks ended.)',
    'They signed it."',
    '\u00a0The delegation arrived.',
    'The delegation arrived\u3000',
    '\tThe delegation arrived.',
  ])('leaves %j to wink', (line) => {
    expect(oneSentenceSpan(line)).toBeNull();
  });

  it('agrees with wink on every line it decides (generated lines)', () => {
    const rand = seededRandom(20261206);
    const pieces = ['the', 'However', 'Mr.', 'Dr', 'U.S', 'A', 'I', 'said', 'Astana', 'e.g', '3', '1990s', "'", '"', '’', '”', '(', ')', ']', ',', ';', ':', '—', '…',
      '&', 'a@b.c', '%', '€5', '\u00a0', '\u3000', '\t', '\u200b', 'İzmir', 'Пекин', '北京', '😀', "can't", "it's", '/', '*', 'a.m', 'No', 'St', 'vs', 'Sept', '10:30'];
    const ends = ['.', '!', '?', '', '"', ')', "'", '”', ':', '-', 'x', '…', '. ', '.\t', '.\u00a0'];
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
    let decided = 0;
    for (let k = 0; k < 3000; k++) {
      let line = pick(['', '', ' ', '\t', '"', '(']);
      const words = 1 + Math.floor(rand() * 12);
      for (let i = 0; i < words; i++) line += pick(pieces) + (rand() < 0.85 ? ' ' : '');
      line = line.trimEnd() + pick(ends);
      const span = oneSentenceSpan(line);
      if (!span) continue;
      decided++;
      expect([line, winkSpans(line)]).toEqual([line, [span]]);
    }
    expect(decided).toBeGreaterThan(500);
  });
});
