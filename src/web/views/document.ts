/** `/documents/:id`: the article with every fact highlighted at its span (<mark>), and a fact list linking to the spans and back. */
import { api, type DocumentData, type DocumentFact } from '../api.js';
import { h, page } from '../dom.js';

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly fact: DocumentFact;
  readonly index: number;
}

const key = (f: DocumentFact) => `${f.kind}-${f.id}`;
const KIND_LABEL: Record<DocumentFact['kind'], string> = { event: 'Event', relation: 'Relation', figure: 'Figure', quote: 'Quote' };

/**
 * The text cut at every span boundary; each cut piece covered by spans is a <mark> naming its facts.
 * Overlapping spans (an event inside a quote) give nested-looking runs of marks, never broken markup.
 */
export function highlightedText(text: string, facts: readonly DocumentFact[], current: string | null): HTMLElement {
  const pieces: Piece[] = facts.flatMap((fact) => fact.spans.map((s, index) => ({ start: s.start, end: s.end, fact, index })))
    .filter((p) => p.start >= 0 && p.end <= text.length && p.end > p.start);
  const cuts = [...new Set([0, text.length, ...pieces.flatMap((p) => [p.start, p.end])])].sort((a, b) => a - b);
  const body = h('div', { class: 'article', id: 'article-text' });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const chunk = text.slice(from, to);
    const covering = pieces.filter((p) => p.start <= from && p.end >= to);
    if (covering.length === 0) {
      body.append(chunk);
      continue;
    }
    const starting = covering.filter((p) => p.start === from);
    const isCurrent = current !== null && covering.some((p) => key(p.fact) === current);
    const mark = h('mark', {
      class: `fact-${covering[0]!.fact.kind}${isCurrent ? ' current' : ''}`,
      title: covering.map((p) => p.fact.label).join('; '),
      'data-facts': covering.map((p) => key(p.fact)).join(' '),
    }, chunk);
    // The start of a span carries its anchor, so the fact list can link to it.
    if (starting[0]) mark.id = `${key(starting[0].fact)}-${starting[0].index}`;
    for (const extra of starting.slice(1)) mark.prepend(h('span', { id: `${key(extra.fact)}-${extra.index}` }));
    body.append(mark);
    // After the end of a span: a small link back to its entry in the fact list.
    for (const p of covering.filter((x) => x.end === to)) {
      // The accessible name starts with the visible text (WCAG 2.5.3), then says where the link goes.
      const tag = `${p.fact.kind[0]}${p.fact.id}`;
      body.append(h('sup', { class: 'back' }, h('a', { href: `#fact-${key(p.fact)}`, 'aria-label': `${tag}: ${KIND_LABEL[p.fact.kind]} ${p.fact.label}, in the fact list` }, tag)));
    }
  }
  return body;
}

export async function documentView(m: RegExpMatchArray, query: URLSearchParams): Promise<void> {
  const doc = await api<DocumentData>(`/api/documents/${encodeURIComponent(m[1]!)}`);
  const event = query.get('event');
  const current = event && /^\d+$/.test(event) ? `event-${event}` : null;
  const list = h('ol', { class: 'fact-list', id: 'fact-list' }, doc.facts.map((f) =>
    h('li', { id: `fact-${key(f)}`, class: current === key(f) ? 'current' : null },
      h('span', { class: `kind kind-${f.kind}` }, KIND_LABEL[f.kind]), ' ', f.label, ' ',
      f.spans.length
        ? f.spans.map((_, i) => h('a', { href: `#${key(f)}-${i}`, class: 'to-span' }, f.spans.length > 1 ? `span ${i + 1}` : 'in the text'))
        : '(no span)')));
  page(doc.title ?? doc.id,
    h('p', { class: 'lede' }, [doc.source, doc.published].filter(Boolean).join(' · '),
      doc.url ? [' · ', h('a', { href: doc.url, rel: 'noopener noreferrer' }, 'original')] : null),
    h('div', { class: 'doc-layout' },
      h('section', { 'aria-labelledby': 'text-h' }, h('h2', { id: 'text-h' }, 'Text'), highlightedText(doc.text, doc.facts, current)),
      h('section', { 'aria-labelledby': 'facts-h', class: 'facts-side' }, h('h2', { id: 'facts-h' }, `Facts (${doc.facts.length})`), list)));
  if (current && !window.location.hash) document.querySelector('mark.current')?.scrollIntoView({ block: 'center' });
}
