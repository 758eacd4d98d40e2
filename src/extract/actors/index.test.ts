import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import { analyseActors, lookupActor } from './index.js';

const run = (text: string, date: string | null) => analyseActors(text, splitSentences(text), date);

describe('lookupActor (real data files)', () => {
  const cases: Array<[string, string | null, string | null, string]> = [
    ['Kazakhstan', null, 'KAZ', 'name'],
    ['Kazakhstan’s', null, 'KAZ', 'name'],
    ['kazakhstan', null, 'KAZ', 'name'],
    ['Kazakh', null, 'KAZ', 'demonym'],
    ['Akorda', null, 'KAZ', 'capital'],
    ['Brussels', null, 'EU', 'capital'],
    ['Shanghai Cooperation Organisation', null, 'SCO', 'organisation'],
    ['Tokayev', '2024-01-01', 'KAZ', 'person'],
    ['Xi Jinping', '2023-05-01', 'CHN', 'person'],
    ['Putin', '2010-01-01', 'RUS', 'person'],
    ['us', null, null, ''],
    ['Atlantis', null, null, ''],
    ['', null, null, ''],
  ];
  it.each(cases)('%s (%s) → %s', (name, date, code, via) => {
    const r = lookupActor(name, date);
    if (code === null) expect(r).toBeNull();
    else expect([r?.code, r?.via]).toEqual([code, via]);
  });

  it('names the office held on the date', () => {
    expect(lookupActor('Putin', '2010-01-01')?.role).toBe('prime_minister');
    expect(lookupActor('Trump', '2025-03-01')).toMatchObject({ code: 'USA', role: 'president' });
  });
});

describe('analyseActors contract (real data files)', () => {
  const texts: Array<[string, string]> = [
    ['empty', ''],
    ['whitespace', ' \n\n \t'],
    ['emoji and CJK', '😀 中国 “我们” and Japan 🇯🇵 met. “We agree,” he said.'],
    ['binary-like', Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['unbalanced marks', '“ “ ” " « » ” “ said Tokayev “'],
    ['long', 'Kazakhstan and China signed deals in Astana. “We will deepen ties,” said Tokayev. He added more. '.repeat(2000)],
  ];
  it.each(texts)('%s: no throw, spans in bounds, sorted, deterministic', (_name, text) => {
    const a = run(text, '2024-05-01');
    for (const m of a.mentions) {
      expect(m.span.start).toBeGreaterThanOrEqual(0);
      expect(m.span.end).toBeLessThanOrEqual(text.length);
      expect(m.span.end).toBeGreaterThan(m.span.start);
    }
    for (const q of a.quotes) expect(q.span.end).toBeLessThanOrEqual(text.length);
    const starts = a.mentions.map((m) => m.span.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(run(text, '2024-05-01')).toEqual(a);
  });

  it('resolves a Tokayev quotation and its "we" to Kazakhstan with the real leaders', () => {
    const text = 'Tokayev received the Mongolian delegation in Astana.\n“We see Mongolia as a close partner,” the head of state said.';
    const r = run(text, '2024-05-01');
    expect(r.quotes[0]!.speaker?.code).toBe('KAZ');
    const we = r.mentions.find((m) => text.slice(m.span.start, m.span.end) === 'We');
    expect(we?.code).toBe('KAZ');
  });
});

describe('honorific titles (real data files)', () => {
  it('reads "the Head of State" as the document’s main person, even after a foreign leader', () => {
    const text = 'The Head of State Shavkat Mirziyoyev held talks with Recep Tayyip Erdogan in Ankara. Mirziyoyev thanked Erdogan. The Head of State then toured a factory.';
    const a = run(text, '2023-05-01');
    const last = a.mentions.filter((m) => text.slice(m.span.start, m.span.end) === 'Head of State').pop();
    expect(last?.code).toBe('UZB');
  });

  it('keeps the lower-case "the head of state" for the latest head of state named', () => {
    const text = 'Mirziyoyev received Erdogan in Tashkent. Mirziyoyev spoke first. Later the head of state of Turkey, Erdogan, spoke. The head of state thanked the hosts.';
    const a = run(text, '2023-05-01');
    const last = a.mentions.filter((m) => text.slice(m.span.start, m.span.end) === 'head of state').pop();
    expect(last?.code).toBe('TUR');
  });
});
