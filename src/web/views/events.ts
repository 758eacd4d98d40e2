/** `/events`: events filtered by partner, vector, type, status, dates and text; sortable columns; paged. All state is in the URL. */
import { api, getHealth, type Balance, type EventItem, type Partner } from '../api.js';
import { fmt, h, link, page } from '../dom.js';
import { navigate } from '../main.js';

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const PAGE = 50;

function select(name: string, label: string, value: string, options: [string, string][]): HTMLElement {
  return h('div', { class: 'field' },
    h('label', { for: `f-${name}` }, label),
    h('select', { id: `f-${name}`, name }, h('option', { value: '' }, 'any'), options.map(([v, t]) => h('option', { value: v, selected: v === value }, t))));
}

function input(name: string, label: string, value: string, attrs: Record<string, string> = {}): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: `f-${name}` }, label), h('input', { id: `f-${name}`, name, value, ...attrs }));
}

export async function eventsView(_m: RegExpMatchArray, query: URLSearchParams): Promise<void> {
  const health = await getHealth();
  const focus = health.focus ?? undefined;
  const q = (k: string) => query.get(k) ?? '';
  const sort = q('sort') || '-date';
  const offset = Math.max(0, Number(q('offset')) || 0);
  const [partners, balance, events] = await Promise.all([
    api<{ partners: Partner[] }>('/api/partners', { focus }),
    api<Balance>('/api/balance', { focus }),
    api<{ items: EventItem[]; total: number }>('/api/events', {
      focus: q('partner') || q('vector') ? focus : undefined, partner: q('partner'), vector: q('vector'), type: q('type'), status: q('status'),
      from: q('from'), to: q('to'), q: q('q'), sort, limit: PAGE, offset,
    }),
  ]);

  const form = h('form', { class: 'filters', action: '/events', method: 'get', 'aria-label': 'Filter events' },
    select('partner', 'Partner', q('partner'), partners.partners.map((p) => [p.partner, `${p.name} (${p.partner})`])),
    select('vector', 'Vector', q('vector'), balance.vectors.map((v) => [v.id, v.label])),
    select('type', 'Type', q('type'), TYPES.map((t) => [t, t])),
    select('status', 'Status', q('status'), [['occurred', 'occurred'], ['planned', 'planned']]),
    input('from', 'From', q('from'), { placeholder: 'YYYY[-MM[-DD]]', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', inputmode: 'numeric' }),
    input('to', 'To', q('to'), { placeholder: 'YYYY[-MM[-DD]]', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', inputmode: 'numeric' }),
    input('q', 'Text', q('q'), { type: 'search', placeholder: 'words in the article' }),
    sort !== '-date' ? h('input', { type: 'hidden', name: 'sort', value: sort }) : null,
    h('div', { class: 'field buttons' }, h('button', { type: 'submit' }, 'Filter'), link('/events', 'Clear')));

  const withParams = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(changes)) if (v === null || v === '') next.delete(k); else next.set(k, v);
    return `/events${next.toString() ? `?${next}` : ''}`;
  };
  const sortable = (label: string, key: string) => {
    const current = sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : 'none';
    const nextSort = sort === key ? `-${key}` : key;
    return h('th', { scope: 'col', 'aria-sort': current },
      h('button', { type: 'button', class: 'sort', onclick: () => navigate(withParams({ sort: nextSort, offset: null })) },
        label, h('span', { 'aria-hidden': 'true' }, current === 'ascending' ? ' ▲' : current === 'descending' ? ' ▼' : ' ↕')));
  };
  const plain = (label: string) => h('th', { scope: 'col' }, label);
  const rows = events.items.map((e) => h('tr', {},
    h('td', {}, fmt.date(e.date)),
    h('td', {}, e.type, e.mode ? ` (${e.mode})` : ''),
    h('td', {}, link(`/partners/${e.source}`, e.source), ' → ', link(`/partners/${e.target}`, e.target)),
    h('td', {}, e.status),
    h('td', {}, String(e.sources)),
    h('td', {}, e.evidence ? [e.evidence.sentence, ' ', link(`/documents/${e.evidence.documentId}?event=${e.id}#event-${e.id}-0`, 'source')] : '—')));
  const tbl = h('div', { class: 'table-wrap', role: 'region', 'aria-label': 'Events', tabindex: 0 },
    h('table', { id: 'events-table' },
      h('caption', {}, `${events.total} events${events.total > PAGE ? `, ${offset + 1}–${Math.min(offset + PAGE, events.total)} shown` : ''}`),
      h('thead', {}, h('tr', {}, sortable('Date', 'date'), sortable('Type', 'type'), plain('Actors'), plain('Status'), sortable('Sources', 'sources'), plain('Evidence'))),
      h('tbody', {}, rows)));
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? link(withParams({ offset: String(Math.max(0, offset - PAGE)) }), '← Previous') : null,
    offset + PAGE < events.total ? link(withParams({ offset: String(offset + PAGE) }), 'Next →') : null);
  page('Events', form, tbl, pager);
}
