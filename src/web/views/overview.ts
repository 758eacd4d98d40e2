/** `/`: balance index with its interval band, engagement by vector (stacked), partners table, key events. */
import { api, getHealth, type Balance, type Partner } from '../api.js';
import { chartFigure, PALETTE } from '../charts.js';
import { fmt, h, link, page, table } from '../dom.js';

/** "CONSULT 3, AGREE 1" for a partner's events by type. */
export function byTypeText(byType: Record<string, number>): string {
  return Object.entries(byType).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ') || '—';
}

export function partnersTable(partners: Partner[], caption: string): HTMLElement {
  return table(caption, ['Partner', 'Vector', 'Tier (latest)', 'Events by type', 'Engagement', 'Last contact', 'Trade (latest)'],
    partners.map((p) => [
      link(`/partners/${p.partner}`, `${p.name} (${p.partner})`),
      p.vectorLabel,
      p.tier ? fmt.tier(p.tier.tier) : '—',
      byTypeText(p.byType),
      `${fmt.number(p.engagement)}${p.conflict > 0 ? ` (conflict ${fmt.number(p.conflict)})` : ''}`,
      p.lastContact ?? '—',
      p.trade ? `${fmt.money(p.trade.value, p.trade.unit)}${p.trade.period ? ` (${p.trade.period.from.slice(0, 4)})` : ''}` : '—',
    ]), { id: 'partners-table' });
}

function balanceChart(b: Balance): HTMLElement {
  const periods = b.periods.map((p) => p.period);
  const low = b.periods.map((p) => p.interval?.low ?? null);
  const band = b.periods.map((p) => (p.interval ? p.interval.high - p.interval.low : null));
  const indexed = b.periods.filter((p) => p.index !== null);
  const describe = indexed.length
    ? `Balance index per ${b.by} from ${indexed[0]!.period} (${indexed[0]!.index!.toFixed(2)}) to ${indexed[indexed.length - 1]!.period} (${indexed[indexed.length - 1]!.index!.toFixed(2)}), with its 95 % bootstrap interval as a band.`
    : 'No period has enough engagement for an index.';
  return chartFigure('balance-chart', `Balance index of ${b.focusName} (0 = one vector, 1 = all vectors equal)`, describe, {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, top: 24, bottom: 40 },
    xAxis: { type: 'category', data: periods, boundaryGap: false },
    yAxis: { type: 'value', min: 0, max: 1 },
    series: [
      { name: 'interval low', type: 'line', data: low, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } },
      { name: '95 % interval', type: 'line', data: band, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: '#9ecae1', opacity: 0.6 } },
      { name: 'balance index', type: 'line', data: b.periods.map((p) => p.index), connectNulls: false, symbolSize: 7, lineStyle: { width: 3, color: '#08519c' }, itemStyle: { color: '#08519c' } },
      { name: 'great-power index', type: 'line', data: b.periods.map((p) => p.greatPowerIndex), lineStyle: { type: 'dashed', color: '#a63603' }, itemStyle: { color: '#a63603' } },
    ],
    legend: { bottom: 0, data: ['balance index', 'great-power index', '95 % interval'] },
  });
}

function vectorChart(b: Balance): HTMLElement {
  const vectors = b.vectors.filter((v) => b.periods.some((p) => (p.byVector[v.id]?.engagement ?? 0) > 0));
  return chartFigure('vector-chart', 'Engagement by vector', `Stacked engagement per ${b.by} for ${vectors.map((v) => v.label).join(', ')}.`, {
    tooltip: { trigger: 'axis' },
    color: PALETTE,
    grid: { left: 48, right: 16, top: 24, bottom: 64 },
    legend: { bottom: 0, type: 'scroll' },
    xAxis: { type: 'category', data: b.periods.map((p) => p.period) },
    yAxis: { type: 'value' },
    series: vectors.map((v) => ({ name: v.label, type: 'bar', stack: 'engagement', data: b.periods.map((p) => p.byVector[v.id]?.engagement ?? 0) })),
  });
}

export async function overviewView(_m: RegExpMatchArray, query: URLSearchParams): Promise<void> {
  const health = await getHealth();
  const focus = query.get('focus') ?? health.focus ?? undefined;
  const by = ['year', 'quarter', 'month'].includes(query.get('by') ?? '') ? query.get('by')! : 'year';
  const [balance, partners] = await Promise.all([
    api<Balance>('/api/balance', { focus, by }),
    api<{ partners: Partner[] }>('/api/partners', { focus }),
  ]);
  const grain = h('form', { class: 'inline', action: '/', method: 'get' },
    h('label', { for: 'by' }, 'Periods '),
    h('select', { id: 'by', name: 'by' }, ['year', 'quarter', 'month'].map((g) => h('option', { value: g, selected: g === by }, `by ${g}`))),
    focus ? h('input', { type: 'hidden', name: 'focus', value: focus }) : null,
    h('button', { type: 'submit' }, 'Show'));
  page(
    `${balance.focusName}: balance of partners`,
    h('p', { class: 'lede' },
      `${health.counts['documents'] ?? 0} documents, ${health.counts['events'] ?? 0} events, ${partners.partners.length} partners`,
      balance.range ? `, ${balance.range.from} to ${balance.range.to}` : '', '.'),
    grain,
    h('div', { class: 'grid2' }, balanceChart(balance), vectorChart(balance)),
    h('details', {},
      h('summary', {}, 'Balance index as a table'),
      table('Balance index per period', ['Period', 'Events', 'Index', '95 % interval', 'Great-power index', 'Dominant vector'],
        balance.periods.map((p) => [p.period, p.events, p.index?.toFixed(2) ?? '—', p.interval ? `${p.interval.low.toFixed(2)}–${p.interval.high.toFixed(2)}` : '—',
          p.greatPowerIndex?.toFixed(2) ?? '—', p.dominant ? `${balance.vectors.find((v) => v.id === p.dominant)?.label ?? p.dominant} (${Math.round((p.dominantShare ?? 0) * 100)} %)` : '—']))),
    h('h2', {}, 'Partners'),
    partnersTable(partners.partners, `Partners of ${balance.focusName}, by engagement`),
    h('h2', {}, 'Key events'),
    h('ol', { class: 'timeline' }, balance.keyEvents.map((e) =>
      h('li', {},
        h('time', { datetime: e.day }, e.day), ' ',
        h('strong', {}, `${e.type}${e.mode ? ` (${e.mode})` : ''}`), ' ',
        link(`/partners/${e.partner}`, e.partner), e.status === 'planned' ? ' — planned' : '',
        e.evidence ? h('p', {}, '“', e.evidence.sentence, '” ', link(`/documents/${e.evidence.documentId}`, e.evidence.title ?? 'source')) : null))),
  );
}
