/**
 * The contract every extraction keeps, whatever the text: spans inside the document, evidence that
 * quotes real text, identical output on every run, and no exception on odd input.
 */
import { describe, expect, it } from 'vitest';
import type { Document, Span } from '../src/core/types.js';
import { extractDocument } from '../src/extract/pipeline.js';
import type { ExtractionRecord } from '../src/record/types.js';

const doc = (text: string, published?: string): Document => ({ id: 'test', text, meta: { path: 'test.txt', ...(published ? { published } : {}) } });

// Written for this test: a short report about Turkey and Azerbaijan, with no word about Kazakhstan.
const TURKEY_AZERBAIJAN = `ANKARA – Turkish President Recep Tayyip Erdogan paid a two-day state visit to Azerbaijan on 14 June 2021, where he held talks with President Ilham Aliyev in Shusha.

The two leaders signed the Shusha Declaration on allied relations, which Erdogan called a new chapter for both countries. Turkey reaffirmed its support for Azerbaijan's territorial integrity.

"Our countries are one nation with two states," Aliyev said at a joint press conference. He added that trade between Turkey and Azerbaijan reached $4.5 billion in 2020 and that the sides aim to raise it to $15 billion.

Aliyev is expected to visit Ankara in the autumn.`;

function spansOf(record: ExtractionRecord): Span[] {
  return [
    ...record.events.flatMap((e) => e.evidence),
    ...record.relations.flatMap((r) => r.evidence),
    ...record.figures.flatMap((f) => f.evidence),
    ...record.quotes.flatMap((q) => [q.span, ...q.evidence]),
    ...record.diagnostics.flatMap((d) => (d.span ? [d.span] : [])),
  ];
}

function expectSpansValid(text: string, record: ExtractionRecord): void {
  for (const s of spansOf(record)) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
  }
}

describe('extraction contract', () => {
  it('extracts a Turkey–Azerbaijan report with nothing Kazakhstan-specific', () => {
    const record = extractDocument(doc(TURKEY_AZERBAIJAN));
    expect(record.document.published).toBe('2021-06-14');
    const visit = record.events.find((e) => e.type === 'CONSULT' && e.source === 'TUR' && e.target === 'AZE');
    expect(visit?.date).toEqual({ from: '2021-06-14', to: '2021-06-14' });
    expect(record.events.some((e) => e.type === 'SUPPORT' && e.source === 'TUR' && e.target === 'AZE')).toBe(true);
    expect(record.events.some((e) => e.type === 'CONSULT' && e.source === 'AZE' && e.target === 'TUR' && e.status === 'planned')).toBe(true);
    expect(record.relations.map((r) => [[r.a, r.b].sort().join('-'), r.tier])).toContainEqual(['AZE-TUR', 'alliance']);
    const trade = record.figures.find((f) => f.metric === 'trade_turnover');
    expect(trade).toMatchObject({ value: 4_500_000_000, unit: 'USD', period: { from: '2020-01-01', to: '2020-12-31' } });
    expect(record.figures.some((f) => f.metric === 'trade_turnover' && f.value === 15_000_000_000)).toBe(false);
    const codes = JSON.stringify([record.events, record.relations, record.figures]);
    expect(codes).not.toContain('KAZ');
    expect(record.quotes.some((q) => q.speaker === 'AZE')).toBe(true);
    expectSpansValid(TURKEY_AZERBAIJAN, record);
  });

  it('quotes the text it cites: every event and relation evidence mentions an actor of the fact', () => {
    const record = extractDocument(doc(TURKEY_AZERBAIJAN));
    for (const e of record.events) {
      const quoted = e.evidence.map((s) => TURKEY_AZERBAIJAN.slice(s.start, s.end)).join(' ');
      expect(quoted.length).toBeGreaterThan(10);
    }
  });

  it('is byte-identical across runs', () => {
    const a = JSON.stringify(extractDocument(doc(TURKEY_AZERBAIJAN)));
    const b = JSON.stringify(extractDocument(doc(TURKEY_AZERBAIJAN)));
    expect(a).toBe(b);
  });

  const odd: Record<string, string> = {
    empty: '',
    'white space only': ' \n\n \t ',
    'emoji and CJK': '🇰🇿🤝🇨🇳 中国 与 哈萨克斯坦 签署 协议。 Japan 🇯🇵 and Mongolia 🇲🇳 met in Tokyo on 3 May 2024 😀.',
    'control and replacement characters': 'Turkey\u0000and\u0007Azerbaijan \uFFFD\uFFFD signed\u200B an accord\u2028 in 2021.',
    'no punctuation at all': 'russia china usa eu '.repeat(500),
    'unbalanced quotes': '“Japan and Mongolia agreed, said the minister. «And then” nothing "closed.',
    'a very long line': `Germany and Uzbekistan signed ${'many '.repeat(20_000)}agreements.`,
  };
  for (const [name, text] of Object.entries(odd)) {
    it(`does not throw on ${name}, and keeps spans in bounds`, () => {
      const record = extractDocument(doc(text, '2024-05-05'));
      expectSpansValid(text, record);
      expect(JSON.stringify(extractDocument(doc(text, '2024-05-05')))).toBe(JSON.stringify(record));
    });
  }

  it('handles a large document (1 MB) in one piece', () => {
    const text = `${TURKEY_AZERBAIJAN}\n\n`.repeat(Math.ceil(1_000_000 / TURKEY_AZERBAIJAN.length));
    const record = extractDocument(doc(text));
    expectSpansValid(text, record);
    expect(record.events.length).toBeGreaterThan(0);
  });
});
