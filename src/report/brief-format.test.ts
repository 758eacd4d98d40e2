import { describe, expect, it } from 'vitest';
import { formatAmount, formatFigure, formatIndex, formatInterval, formatPeriod } from './brief-format.js';
import { escapeHtml, escapeMarkdown, safeUrl } from './html-escape.js';
import { actorName } from './actor-names.js';

describe('formatting', () => {
  it.each([
    [17_800_000_000, 'USD', 'USD 17.8 bn'],
    [1_250_000, 'EUR', 'EUR 1.25 m'],
    [12, 'count', '12'],
    [15_000, 'USD', 'USD 15 k'],
  ])('formatAmount(%d, %s) = %s', (v, u, out) => {
    expect(formatAmount(v, u)).toBe(out);
  });
  it.each([
    [{ from: '2023-01-01', to: '2023-12-31' }, '2023'],
    [{ from: '2024-02-01', to: '2024-02-29' }, '2024-02'],
    [{ from: '2023-01-01', to: '2023-10-31' }, '2023-01-01 to 2023-10-31'],
    [{ from: '2023-05-19', to: '2023-05-19' }, '2023-05-19'],
    [null, 'no period'],
  ])('formatPeriod(%j) = %s', (p, out) => {
    expect(formatPeriod(p)).toBe(out);
  });
  it('puts qualifiers in words', () => {
    expect(formatFigure(2.5e10, 'USD', 'over')).toBe('more than USD 25 bn');
    expect(formatFigure(6.5e9, 'USD', 'approx')).toBe('about USD 6.5 bn');
    expect(formatFigure(6.5e9, 'USD', 'exact')).toBe('USD 6.5 bn');
  });
  it('shows missing indexes as dashes', () => {
    expect(formatIndex(null)).toBe('–');
    expect(formatIndex(0.81234)).toBe('0.812');
    expect(formatInterval(null)).toBe('–');
    expect(formatInterval({ low: 0.1, high: 0.25 })).toBe('0.100–0.250');
  });
  it('names states and organisations, and falls back to the code', () => {
    expect(actorName('KAZ')).toBe('Kazakhstan');
    expect(actorName('SCO')).toMatch(/Shanghai Cooperation/);
    expect(actorName('XQZ')).toBe('XQZ');
  });
});

describe('escaping', () => {
  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">O'Neil & co</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;');
  });
  it('escapes Markdown table and inline markup on one line', () => {
    expect(escapeMarkdown('a | b *c* [d](e) <br>\nnext')).toBe('a \\| b \\*c\\* \\[d\\](e) &lt;br&gt; next');
  });
  it.each([
    ['https://example.org/x', 'https://example.org/x'],
    [' http://a.b ', 'http://a.b'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['', null],
    [null, null],
  ])('safeUrl(%j) = %j', (u, out) => {
    expect(safeUrl(u)).toBe(out);
  });
});
