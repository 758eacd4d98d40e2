import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../core/types.js';
import { actorsFor, datesFor } from '../../test-support/figure-fixtures.js';
import { findFigures } from './figure-extractor.js';

/** A paragraph of ordinary news prose with a few figures, repeated to build a large document. */
const PARAGRAPH = [
  'The foreign ministers of Peru and Chile met in Lima on Tuesday to discuss regional security and the fight against organised crime.',
  'They agreed to hold the next round of consultations in Santiago and praised the work of the joint commission on border crossings.',
  'Trade between Peru and Chile reached $4.2 billion in 2022, while Chilean investment in Peru exceeded $1 billion.',
  'The ministers also discussed climate policy, mining, the Pacific Alliance and cooperation in education, culture and tourism.',
  'Officials said some 14 agreements were signed during the visit, and more than 30 business people travelled with the delegation.',
  'The talks took place against the background of rising food prices and a difficult season for farmers in both countries.',
  'Observers in the region noted that the meeting came after a long pause in high-level contacts between the two capitals.',
  'Several opposition politicians criticised the government for what they called a lack of transparency in the negotiations.',
  'The ministers later visited a port on the southern coast and met representatives of local fishing communities.',
  'A joint statement issued after the talks called for closer coordination on disaster response and on migration.',
].join(' ');

/** Sentences cut at a full stop before a space, one paragraph per line: enough for this test, and fast. */
function quickSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const line = /[^\n]+/g;
  for (let l = line.exec(text); l; l = line.exec(text)) {
    const sentence = /(?:[^.!?]|[.!?](?=\S))+[.!?]?/g;
    for (let s = sentence.exec(l[0]); s; s = sentence.exec(l[0])) {
      const start = l.index + s.index + (s[0].length - s[0].trimStart().length);
      const end = l.index + s.index + s[0].trimEnd().length;
      if (end > start) out.push({ index: out.length, span: { start, end }, text: text.slice(start, end), paragraph });
    }
    paragraph++;
  }
  return out;
}

describe('figure extraction contract', () => {
  const inputFor = (text: string) => ({
    text,
    sentences: quickSentences(text),
    actors: actorsFor(text, { Peru: 'PER', Chile: 'CHL', Chilean: 'CHL', Lima: 'PER', Santiago: 'CHL' }),
    dates: datesFor(text, { '2022': ['2022-01-01', '2022-12-31', 'year'], 'on Tuesday': ['2023-05-02', '2023-05-02', 'day'] }),
    published: '2023-05-03',
  });
  const text = Array.from({ length: 2800 }, () => PARAGRAPH).join('\n');
  const input = inputFor(text);

  it('handles a document of several megabytes in time that grows linearly with its length', () => {
    expect(text.length).toBeGreaterThan(3_000_000);
    findFigures({ ...input, text: PARAGRAPH, sentences: quickSentences(PARAGRAPH), actors: [], dates: [] });
    // Throughput is measured by `npm run bench`; here only the shape: a quarter of the text must take
    // about a quarter of the CPU time (a quadratic step would make the whole take sixteen times as long).
    const cpu = (run: () => void): number => {
      const t0 = process.cpuUsage();
      run();
      const used = process.cpuUsage(t0);
      return (used.user + used.system) / 1e6;
    };
    const quarterInput = inputFor(Array.from({ length: 700 }, () => PARAGRAPH).join('\n'));
    const quarter = cpu(() => findFigures(quarterInput));
    let figures: ReturnType<typeof findFigures>['figures'] = [];
    const whole = cpu(() => {
      figures = findFigures(input).figures;
    });
    expect(whole / Math.max(quarter, 1e-3)).toBeLessThan(8);
    if (process.env.FIGURES_BENCH) console.log(`figures: ${(text.length / 1e6 / whole).toFixed(1)} MB/s`);
    // The same figures repeated in every paragraph are one fact each.
    expect(figures.map((f) => [f.metric, f.value])).toEqual([
      ['trade_turnover', 4.2e9], ['investment', 1e9], ['agreements_count', 14],
    ]);
    for (const f of figures) {
      for (const e of f.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.end).toBeGreaterThan(e.start);
      }
    }
  });

  it('gives the same output on the same input', () => {
    const small = { ...input, text: PARAGRAPH, sentences: quickSentences(PARAGRAPH), actors: actorsFor(PARAGRAPH, { Peru: 'PER', Chile: 'CHL', Chilean: 'CHL' }), dates: [] };
    expect(JSON.stringify(findFigures(small))).toBe(JSON.stringify(findFigures(small)));
  });
});
