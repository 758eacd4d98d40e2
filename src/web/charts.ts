/** ECharts, only the parts the dashboard draws (tree-shaken), rendered as SVG with ARIA descriptions. */
import { BarChart, GraphChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { h } from './dom.js';

echarts.use([BarChart, LineChart, GraphChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

const charts = new Set<echarts.ECharts>();
window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

/** Disposes the charts of the page being left. */
export function disposeCharts(): void {
  charts.forEach((c) => c.dispose());
  charts.clear();
}

/**
 * A labelled figure holding a chart; `describe` is the text alternative screen readers get (the chart
 * itself is an image to them), and the caller adds a data table next to it for the numbers.
 */
export function chartFigure(id: string, caption: string, describe: string, option: echarts.EChartsCoreOption, height = 320): HTMLElement {
  const box = h('div', { class: 'chart', id, role: 'img', 'aria-label': `${caption}. ${describe}`, style: `height:${height}px` });
  const fig = h('figure', {}, h('figcaption', {}, caption), box);
  // Drawn once the element is in the document and has a width.
  queueMicrotask(() => {
    const chart = echarts.init(box, undefined, { renderer: 'svg' });
    chart.setOption({ aria: { enabled: true }, animation: false, ...option });
    charts.add(chart);
  });
  return fig;
}

export const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];
