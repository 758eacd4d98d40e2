/**
 * The HTML and feed readers, imported on first use: linkedom, Readability and feedsmith take about 0.3 s
 * to import, which a run over plain-text articles should not pay.
 */
import type { readHtml, htmlFragmentText } from './html-reader.js';
import type { readFeed } from './feed-reader.js';

/** What reading markup needs. */
export interface MarkupReaders {
  readonly readHtml: typeof readHtml;
  readonly htmlFragmentText: typeof htmlFragmentText;
  readonly readFeed: typeof readFeed;
}

let loading: Promise<MarkupReaders> | undefined;

/** The markup readers; the modules are imported once, by the first caller. */
export function markupReaders(): Promise<MarkupReaders> {
  loading ??= Promise.all([import('./html-reader.js'), import('./feed-reader.js')]).then(([html, feed]) => ({
    readHtml: html.readHtml,
    htmlFragmentText: html.htmlFragmentText,
    readFeed: feed.readFeed,
  }));
  return loading;
}
