/** `/partners/:code`: the partner's profile, timeline of events with the focus, tier history and figures. */
import { api, getHealth, type EventItem, type Figure, type Partner, type Relation } from '../api.js';
import { fmt, h, link, page, table } from '../dom.js';
import { byTypeText } from './overview.js';

export async function partnerView(m: RegExpMatchArray): Promise<void> {
  const code = m[1]!.toUpperCase();
  const health = await getHealth();
  const focus = health.focus ?? undefined;
  const [partners, events, relations, figures] = await Promise.all([
    api<{ partners: Partner[]; focusName: string }>('/api/partners', { focus }),
    api<{ items: EventItem[]; total: number }>('/api/events', { focus, partner: code, sort: 'date', limit: 500 }),
    api<{ items: Relation[] }>('/api/relations', { partner: code }),
    api<{ items: Figure[] }>('/api/figures', { partner: code }),
  ]);
  const p = partners.partners.find((x) => x.partner === code);
  page(
    p ? `${p.name} (${code})` : code,
    p
      ? h('dl', { class: 'facts' },
          h('dt', {}, 'Vector'), h('dd', {}, p.vectorLabel),
          h('dt', {}, 'Tier'), h('dd', {}, p.tier ? `${fmt.tier(p.tier.tier)} (“${p.tier.label}”, ${p.tier.statedOn ?? 'undated'})` : '—'),
          h('dt', {}, 'Highest tier stated'), h('dd', {}, fmt.tier(p.highestTier?.tier)),
          h('dt', {}, 'Events'), h('dd', {}, `${p.events} (${byTypeText(p.byType)})`),
          h('dt', {}, 'Engagement'), h('dd', {}, `${fmt.number(p.engagement)}: cooperation ${fmt.number(p.cooperation)}, conflict ${fmt.number(p.conflict)}`),
          h('dt', {}, 'Last contact'), h('dd', {}, p.lastContact ?? '—'))
      : h('p', {}, `No events of ${partners.focusName} with ${code} in the covered years.`),
    h('h2', {}, `Events with ${partners.focusName}`),
    events.total > events.items.length ? h('p', {}, `Showing the first ${events.items.length} of ${events.total}.`) : null,
    h('ol', { class: 'timeline', id: 'partner-timeline' }, events.items.map((e) =>
      h('li', {},
        h('time', {}, fmt.date(e.date)), ' ', h('strong', {}, `${e.source} ${e.type}${e.mode ? ` (${e.mode})` : ''} ${e.target}`),
        e.status === 'planned' ? ' — planned' : '',
        e.evidence ? h('p', {}, '“', e.evidence.sentence, '” ', link(`/documents/${e.evidence.documentId}?event=${e.id}`, 'source')) : null))),
    h('h2', {}, 'Tier history'),
    relations.items.length
      ? table(`Partnership tiers stated with ${code}`, ['Stated', 'Pair', 'Tier', 'Wording', 'Source'], relations.items.map((r) => [
          r.statedOn ?? '—', `${r.a}–${r.b}`, fmt.tier(r.tier), r.label,
          r.reports[0] ? link(`/documents/${r.reports[0].documentId}`, r.reports[0].title ?? 'source') : '—']))
      : h('p', {}, 'No partnership tier stated.'),
    h('h2', {}, 'Figures'),
    figures.items.length
      ? table(`Figures involving ${code}`, ['Metric', 'Pair', 'Value', 'Period', 'Source'], figures.items.map((f) => [
          f.metric.replace(/_/g, ' '), [f.a, f.b].filter(Boolean).join('–'), `${f.qualifier === 'exact' ? '' : `${f.qualifier} `}${fmt.money(f.value, f.unit)}`,
          fmt.date(f.period), f.reports[0] ? link(`/documents/${f.reports[0].documentId}`, f.reports[0].title ?? 'source') : '—']))
      : h('p', {}, 'No figures stated.'),
  );
}
