import { describe, expect, it } from 'vitest';
import { isShortRun, SHORT_RUN_INPUTS } from './short-run.js';

describe('isShortRun', () => {
  it('takes a few plain-text or HTML files, gzipped or not', () => {
    expect(isShortRun(['a.txt'])).toBe(true);
    expect(isShortRun(['notes/a.md', 'b.html', 'c.htm.gz', 'D.TXT'])).toBe(true);
  });

  it('refuses more files than a short run names', () => {
    const names = Array.from({ length: SHORT_RUN_INPUTS + 1 }, (_, i) => `a${i}.txt`);
    expect(isShortRun(names.slice(0, SHORT_RUN_INPUTS))).toBe(true);
    expect(isShortRun(names)).toBe(false);
  });

  it('refuses inputs that may hold any number of articles', () => {
    expect(isShortRun([])).toBe(false);
    expect(isShortRun(['-'])).toBe(false);
    expect(isShortRun(['articles'])).toBe(false);
    expect(isShortRun(['dump.jsonl'])).toBe(false);
    expect(isShortRun(['feed.xml'])).toBe(false);
    expect(isShortRun(['table.csv.gz'])).toBe(false);
    expect(isShortRun(['crawl.warc'])).toBe(false);
    expect(isShortRun(['https://example.org/page.html'])).toBe(false);
    expect(isShortRun(['a.txt', 'folder'])).toBe(false);
  });
});
