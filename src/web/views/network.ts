/** `/network`: the focus and its partners as a graph; edges weighted by engagement, coloured by the latest tier. */
import { api, getHealth, type Partner, type Relation } from '../api.js';
import { chartFigure } from '../charts.js';
import { fmt, h, link, page, table } from '../dom.js';

const TIER_COLOURS: Record<string, string> = {
  alliance: '#67000d',
  comprehensive_strategic_partnership: '#a50f15',
  strategic_partnership: '#e6550d',
  enhanced_partnership: '#31a354',
  partnership: '#3182bd',
  none: '#9e9e9e',
};

export async function networkView(): Promise<void> {
  const health = await getHealth();
  const focus = health.focus ?? undefined;
  const [partners, relations] = await Promise.all([
    api<{ focus: string; focusName: string; partners: Partner[] }>('/api/partners', { focus }),
    api<{ items: Relation[] }>('/api/relations'),
  ]);
  const max = Math.max(1, ...partners.partners.map((p) => p.engagement));
  const tiers = Object.keys(TIER_COLOURS);
  const nodes = [
    { id: partners.focus, name: partners.focusName, symbolSize: 46, category: tiers.length, fixed: false },
    ...partners.partners.map((p) => ({ id: p.partner, name: p.name, symbolSize: 14 + 28 * Math.sqrt(p.engagement / max), category: tiers.indexOf(p.tier?.tier ?? 'none') })),
  ];
  const known = new Set(nodes.map((n) => n.id));
  const edges = [
    ...partners.partners.map((p) => ({
      source: partners.focus, target: p.partner, value: p.engagement,
      lineStyle: { width: 1 + 7 * (p.engagement / max), color: TIER_COLOURS[p.tier?.tier ?? 'none'] },
    })),
    // Tiers stated between two partners (not the focus): thin dashed links.
    ...relations.items.filter((r) => r.a !== partners.focus && r.b !== partners.focus && known.has(r.a) && known.has(r.b))
      .map((r) => ({ source: r.a, target: r.b, value: 0, lineStyle: { width: 1, type: 'dashed', color: TIER_COLOURS[r.tier] ?? '#999' } })),
  ];
  const graph = chartFigure('network-chart', `Partners of ${partners.focusName}`,
    `${partners.partners.length} partners around ${partners.focusName}; thicker links mean more engagement, colours show the latest partnership tier.`, {
      tooltip: {},
      legend: { bottom: 0, data: tiers.map((t) => (t === 'none' ? 'no tier stated' : fmt.tier(t))) },
      color: [...tiers.map((t) => TIER_COLOURS[t]!), '#08306b'],
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 260, edgeLength: [60, 180] },
        label: { show: true, position: 'right', formatter: '{b}' },
        categories: [...tiers.map((t) => ({ name: t === 'none' ? 'no tier stated' : fmt.tier(t) })), { name: 'focus' }],
        data: nodes, links: edges,
      }],
    }, 520);
  page(`Network of ${partners.focusName}`, graph,
    table('Links to the focus', ['Partner', 'Engagement', 'Tier (latest)'], partners.partners.map((p) => [
      link(`/partners/${p.partner}`, `${p.name} (${p.partner})`), fmt.number(p.engagement), fmt.tier(p.tier?.tier)])));
}
