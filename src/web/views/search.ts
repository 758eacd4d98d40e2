/** `/search?q=`: full-text search over the stored documents. */
import { api } from '../api.js';
import { h, link, page, snippet } from '../dom.js';

export async function searchView(_m: RegExpMatchArray, query: URLSearchParams): Promise<void> {
  const q = query.get('q') ?? '';
  const form = h('form', { action: '/search', method: 'get', role: 'search', class: 'inline' },
    h('label', { for: 'search-q' }, 'Words '), h('input', { id: 'search-q', name: 'q', type: 'search', value: q }), h('button', { type: 'submit' }, 'Search'));
  if (!q) {
    page('Search', form, h('p', {}, 'Words, "a phrase", word* or word AND other (SQLite FTS5 syntax).'));
    return;
  }
  const hits = await api<{ items: { documentId: string; title: string | null; published: string | null; snippet: string }[] }>('/api/search', { q, limit: 50 });
  page(`Search: ${q}`, form,
    h('p', {}, `${hits.items.length} document${hits.items.length === 1 ? '' : 's'}.`),
    h('ol', { class: 'hits' }, hits.items.map((x) =>
      h('li', {}, link(`/documents/${x.documentId}`, x.title ?? x.documentId), x.published ? ` (${x.published})` : '', h('p', {}, snippet(x.snippet))))));
}
