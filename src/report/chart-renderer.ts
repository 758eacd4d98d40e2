/** Server-side SVG charts of the brief, drawn by echarts in SSR mode (no DOM, no browser). */
import * as echarts from 'echarts';
import type { BriefModel } from './brief-model.js';

/** Size of a chart in CSS pixels. */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

const PALETTE = ['#c0392b', '#d4a017', '#1f5fa8', '#2e8b57', '#7b4ea3', '#e67e22', '#16a085', '#8e6c4a', '#5d6d7e', '#b03a7a', '#95a5a6', '#34495e', '#a3c644', '#555555'];

function render(name: string, option: echarts.EChartsOption, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, color: PALETTE, textStyle: { fontFamily: 'system-ui, sans-serif' }, ...option });
    // echarts numbers ids and classes with process-wide counters ("zr3-c0", "zr3-cls-25"); renumber them per
    // chart so that the SVG is the same however many charts came before, and two inline charts never clash.
    const svg = chart.renderToSVGString();
    const renamed = new Map<string, string>();
    return svg.replace(/\bzr\d+-([a-z]+-?)(\d+)\b/g, (token: string, kind: string) => {
      let id = renamed.get(token);
      if (id === undefined) renamed.set(token, (id = `mv-${name}-${kind}${renamed.size}`));
      return id;
    });
  } finally {
    chart.dispose();
  }
}

const round3 = (v: number | null): number | null => (v === null ? null : Math.round(v * 1000) / 1000);

/** The balance index over time: overall with its bootstrap band, great powers only, and trade where available. */
export function balanceChartSvg(model: BriefModel, size: ChartSize = { width: 760, height: 340 }): string {
  const periods = [...model.periods];
  const low = model.balance.map((b) => round3(b.interval?.low ?? null));
  const band = model.balance.map((b) => (b.interval ? round3(b.interval.high - b.interval.low) : null));
  return render('balance', {
    title: { text: `Balance index of ${model.focusName}`, left: 'center', textStyle: { fontSize: 14 } },
    legend: { bottom: 0, data: ['Balance index (all vectors)', 'Great powers only', 'Trade turnover'] },
    grid: { left: 50, right: 20, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: periods, boundaryGap: false },
    yAxis: { type: 'value', min: 0, max: 1, name: 'H (0–1)' },
    series: [
      // The 95 % interval as a band: an invisible base line and a stacked area of the interval's width.
      { name: 'interval-base', type: 'line', data: low, stack: 'ci', symbol: 'none', lineStyle: { opacity: 0 }, silent: true, connectNulls: false },
      { name: '95% interval', type: 'line', data: band, stack: 'ci', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: '#1f5fa8', opacity: 0.15 }, silent: true },
      { name: 'Balance index (all vectors)', type: 'line', data: model.balance.map((b) => round3(b.index)), color: '#1f5fa8', symbolSize: 6 },
      { name: 'Great powers only', type: 'line', data: model.balance.map((b) => round3(b.greatPowerIndex)), color: '#c0392b', lineStyle: { type: 'dashed' }, symbolSize: 5 },
      { name: 'Trade turnover', type: 'line', data: model.trade.map((t) => round3(t.index)), color: '#2e8b57', lineStyle: { type: 'dotted' }, symbol: 'diamond', symbolSize: 8 },
    ],
  }, size);
}

/** Engagement with each vector over time, stacked. */
export function vectorChartSvg(model: BriefModel, size: ChartSize = { width: 760, height: 380 }): string {
  const shown = model.vectorSeries.filter((s) => s.total > 0);
  return render('vectors', {
    title: { text: 'Engagement by vector', left: 'center', textStyle: { fontSize: 14 } },
    legend: { bottom: 0, type: 'plain', data: shown.map((s) => s.label) },
    grid: { left: 50, right: 20, top: 40, bottom: 80 },
    xAxis: { type: 'category', data: [...model.periods] },
    yAxis: { type: 'value', name: 'engagement' },
    series: shown.map((s) => ({ name: s.label, type: 'bar', stack: 'engagement', data: s.values.map((v) => Math.round(v * 10) / 10) })),
  }, size);
}
