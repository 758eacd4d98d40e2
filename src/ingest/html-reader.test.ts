import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlFragmentText, readHtml } from './html-reader.js';

const PAGE = readFileSync(new URL('./fixtures/page.html', import.meta.url), 'utf8');

describe('readHtml: a news page with furniture', () => {
  const page = readHtml(PAGE);

  it('keeps the article paragraphs, in order, separated by blank lines', () => {
    expect(page.text.startsWith('The foreign ministers of Borovia and Zelmar opened')).toBe(true);
    expect(page.text).toContain('passenger service was planned');
    expect(page.text.split('\n\n')).toHaveLength(4);
  });

  it.each(['cookies', 'Sign up for our daily briefing', 'Related stories', 'Borovia wins the cup', 'Copyright', 'Business', 'Privacy', 'By Dana Quill', '12 May'])(
    'leaves out furniture: %s',
    (piece) => {
      expect(page.text).not.toContain(piece);
    },
  );

  it('reads title, canonical URL, byline, site name and declared language', () => {
    expect(page.title).toBe('Borovia and Zelmar open a rail link');
    expect(page.url).toBe('https://herald.example/world/2024/05/14/rail-link');
    expect(page.author).toBe('Dana Quill');
    expect(page.siteName).toBe('The Example Herald');
    expect(page.declaredLanguage).toBe('en');
  });

  it('takes the published time from article:published_time before JSON-LD and <time>', () => {
    expect(page).toMatchObject({ published: '2024-05-14T08:30:00+02:00', publishedFrom: 'meta' });
  });

  it('maps every block back to a paragraph element of the original page', () => {
    const all = PAGE.match(/<[a-zA-Z][^>]*>/g)!;
    expect(page.blocks).toHaveLength(4);
    for (const b of page.blocks) {
      expect(b.tag).toBe('p');
      expect(page.text.slice(b.start, b.end).length).toBeGreaterThan(50);
      expect(b.element).toBeGreaterThan(0);
      expect(b.element).toBeLessThan(all.length + 3);
    }
  });
});

describe('readHtml: published time fallbacks', () => {
  const body = '<p>' + 'The two governments agreed to reopen the crossing for trucks and buses next month. '.repeat(5) + '</p>';
  it('JSON-LD datePublished when there is no meta tag', () => {
    const html = `<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-02-01T10:00:00Z"}]}</script></head><body><article>${body}</article></body></html>`;
    expect(readHtml(html)).toMatchObject({ published: '2023-02-01T10:00:00Z', publishedFrom: 'json-ld' });
  });
  it('a <time datetime> when there is no meta tag and no JSON-LD', () => {
    const html = `<html><body><article><p>Posted <time datetime="2022-09-30">last Friday</time> by the desk.</p>${body}</article></body></html>`;
    expect(readHtml(html)).toMatchObject({ published: '2022-09-30', publishedFrom: 'time' });
  });
  it('nothing when the page states no time (the URL is left to the date resolver)', () => {
    const r = readHtml(`<html><body><article>${body}</article></body></html>`, 'https://news.example/2021/03/04/x');
    expect(r).toMatchObject({ published: null, publishedFrom: null, url: 'https://news.example/2021/03/04/x' });
  });
  it('a broken JSON-LD block is ignored', () => {
    const html = `<html><head><script type="application/ld+json">{"datePublished": </script></head><body>${body}</body></html>`;
    expect(readHtml(html).published).toBeNull();
  });
});

describe('htmlFragmentText', () => {
  it('turns paragraphs, line breaks and entities into text', () => {
    const r = htmlFragmentText('<p>First &amp; second<br>line.</p><ul><li>One</li><li>Two</li></ul>');
    expect(r.text).toBe('First & second\nline.\n\nOne\n\nTwo');
    expect(r.blocks.map((b) => b.tag)).toEqual(['p', 'li', 'li']);
  });
  it('drops scripts and styles', () => {
    expect(htmlFragmentText('<p>Kept.</p><script>var x = 1;</script><style>p{}</style>').text).toBe('Kept.');
  });
  it('survives very deep nesting without a stack overflow', () => {
    const deep = '<div>'.repeat(20000) + 'deep text' + '</div>'.repeat(20000);
    expect(htmlFragmentText(deep).text).toBe('deep text');
  });
});
