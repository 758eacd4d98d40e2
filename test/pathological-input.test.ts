/**
 * Text shaped to make regular expressions backtrack: long runs of spaces, capitals, digits, commas,
 * apostrophes, quotation marks, list separators and adverbs, each longer than the splitter's 4,000-
 * character chunk. Every extractor must come back (the suite's 60 s test timeout is the only clock: a
 * pattern that backtracks exponentially never returns, a quadratic one on these lengths takes minutes),
 * keep its output inside the text, and still read the ordinary sentence written after the junk.
 * Timings belong to `npm run bench`; here the assertions are on what comes back.
 */
import { describe, expect, it } from 'vitest';
import type { Document } from '../src/core/types.js';
import { extractDocument } from '../src/extract/pipeline.js';
import { findDates } from '../src/extract/dates/index.js';
import { findAmounts } from '../src/extract/figures/amount-finder.js';
import { splitSentences } from '../src/text/sentences.js';
import type { ExtractionRecord } from '../src/record/types.js';

const LENGTH = 9000;
const run = (unit: string, lead = '', tail = ''): string => lead + unit.repeat(Math.ceil(LENGTH / unit.length)) + tail;

// Written for this test: the junk is generated, the closing sentence is ours.
const CLOSING = 'Kazakhstan and Russia signed an agreement on energy cooperation in Astana on 3 March 2024.';

const JUNK: Record<string, string> = {
  'spaces between two parties': run(' ', 'Kazakhstan', 'and Russia signed'),
  'one capitalised run': run('A', 'Kazakhstan ', ' met Russia.'),
  'capitalised words (a name that never ends)': run('Abc ', 'Kazakhstan ', 'met Russia.'),
  'lower-case words (a role that never ends)': run('abc ', 'Kazakhstan, ', 'met Russia.'),
  'one long number': run('1', 'Trade between Kazakhstan and Russia reached $', ' billion.'),
  'digit groups': run('1,', 'Trade reached $', ' dollars.'),
  'commas after a party': run(',', 'Kazakhstan', ' Russia met.'),
  'a list of parties with no verb': run('Russia, China, ', 'Kazakhstan, ', 'and Uzbekistan'),
  'a list joined by and': run('Russia and China, ', '', 'x'),
  'dots': run('.', 'Kazakhstan', 'Russia'),
  'days with no year': run('3 March ', '', '2024.'),
  'scale words': run('million ', '$5 ', 'tenge.'),
  'quotation marks': run('"', '', ' said Russia.'),
  'apostrophes': run('’s', 'Kazakhstan', ' Russia'),
  'adverbs before a verb': run('officially ', 'Kazakhstan ', 'met Russia.'),
  'appositions': run('the foreign minister, ', 'Kazakhstan, ', 'Russia.'),
  'dashes': run('- ', 'Kazakhstan ', 'Russia.'),
  'percent signs and digits': run('1% ', 'Exports to Russia rose ', 'in 2023.'),
};

const doc = (text: string): Document => ({ id: 'pathological', text, meta: { path: 'pathological.txt', published: '2024-03-04' } });

function expectInside(text: string, record: ExtractionRecord): void {
  const spans = [
    ...record.events.flatMap((e) => e.evidence),
    ...record.relations.flatMap((r) => r.evidence),
    ...record.figures.flatMap((f) => f.evidence),
    ...record.quotes.map((q) => q.span),
    ...record.diagnostics.flatMap((d) => (d.span ? [d.span] : [])),
  ];
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
  }
}

describe('pathological input', () => {
  for (const [name, junk] of Object.entries(JUNK)) {
    it(`comes back from ${name} and still reads the next paragraph`, () => {
      const text = `${junk}\n${CLOSING}\n`;
      const sentences = splitSentences(text);
      expect(sentences.map((s) => s.text)).toContain(CLOSING);
      for (const s of sentences) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
      const closingAt = text.indexOf(CLOSING);
      const dates = findDates(text, { date: '2024-03-04' });
      expect(dates.some((d) => d.span.start >= closingAt && d.interval?.from === '2024-03-03')).toBe(true);
      for (const a of findAmounts(text)) expect(a.span.end).toBeLessThanOrEqual(text.length);
      const record = extractDocument(doc(text));
      expectInside(text, record);
      const agreement = record.events.find((e) => e.type === 'AGREE' && [e.source, e.target].sort().join('-') === 'KAZ-RUS'
        && e.evidence.some((s) => s.start >= closingAt));
      expect(agreement?.date).toEqual({ from: '2024-03-03', to: '2024-03-03' });
    });
  }
});
