/** Renders the brief as Markdown, with its charts as SVG files beside it and evidence as footnotes. */
import type { StoredEvidence } from '../store/types.js';
import { PLOVER_TYPES } from '../record/types.js';
import { OTHER_VECTOR } from '../analyze/vector-grouping.js';
import type { BriefModel } from './brief-model.js';
import { actorName } from './actor-names.js';
import { balanceChartSvg, vectorChartSvg } from './chart-renderer.js';
import {
  distinctEvidence, documentLabel, formatEvent, formatFigure, formatIndex, formatInterval, formatParties, formatPeriod,
  formatScore, formatShare, formatTier,
} from './brief-format.js';
import { escapeMarkdown as md, safeUrl } from './html-escape.js';

/** A file the Markdown brief refers to, to be written next to it. */
export interface BriefAsset {
  readonly name: string;
  readonly content: string;
}

/** The Markdown text and the chart files it links to. */
export interface MarkdownBrief {
  readonly markdown: string;
  readonly assets: readonly BriefAsset[];
}

class Notes {
  private readonly lines: string[] = [];
  private readonly keys = new Map<string, number>();

  /** Footnote references for the evidence, one per distinct document sentence. */
  refs(evidence: readonly StoredEvidence[]): string {
    return distinctEvidence(evidence).map((e) => `[^${this.add(e)}]`).join('');
  }

  private add(e: StoredEvidence): number {
    const key = `${e.documentId}\u0000${e.sentence}`;
    let n = this.keys.get(key);
    if (n === undefined) {
      n = this.lines.length + 1;
      this.keys.set(key, n);
      const url = safeUrl(e.url);
      const where = url ? `[${md(documentLabel(e))}](${url.replace(/[()\s]/g, encodeURIComponent)})` : `${md(documentLabel(e))}, document \`${e.documentId.replace(/`/g, "'")}\``;
      this.lines.push(`[^${n}]: “${md(e.sentence.trim())}” — ${where}`);
    }
    return n;
  }

  render(): string {
    return this.lines.join('\n');
  }
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The brief as Markdown; `assetPrefix` names the chart files (e.g. "brief" → brief-balance.svg). */
export function renderMarkdownBrief(m: BriefModel, assetPrefix = 'brief'): MarkdownBrief {
  const notes = new Notes();
  const balanceName = `${assetPrefix}-balance.svg`;
  const vectorsName = `${assetPrefix}-vectors.svg`;
  const out: string[] = [];
  out.push(`# ${md(m.focusName)}: foreign-policy balance`, '');
  out.push(`${md(m.generatedFor)}. ${m.totals.events} events with ${m.totals.partners} partners${m.totals.documents !== null ? ` from ${m.totals.documents} documents` : ''}. Vectors (${m.grouping.source === 'override' ? 'hand-tuned' : 'default grouping'}): ${md(m.grouping.vectors.map((v) => v.label).join(', '))}.`, '');

  out.push('## Balance index', '', `![Balance index over time](${balanceName})`, '');
  out.push(table(['Period', 'Events', 'Engagement', 'Index', '95 % interval', 'Great powers', '95 % interval', 'Dominant vector (share)', 'Trade index'],
    m.balance.map((b, i) => [b.period, String(b.events), formatScore(b.engagement), formatIndex(b.index), formatInterval(b.interval), formatIndex(b.greatPowerIndex), formatInterval(b.greatPowerInterval),
      b.dominant ? `${md(m.grouping.labelOf(b.dominant))} (${formatShare(b.dominantShare)})` : '–', formatIndex(m.trade[i]?.index)])), '');
  out.push(`Index: normalised Shannon entropy of engagement shares over the ${m.grouping.vectors.length} vectors (1 = even, 0 = all with one vector); intervals from ${m.bootstrapRounds} seeded resamplings of each period's events.`, '');

  out.push('## Partners', '');
  out.push(table(['Partner', 'Vector', 'Latest tier', 'Last contact', 'Events by type', 'Engagement', 'Latest trade turnover'], m.partners.map((p) => [
    `${md(actorName(p.partner))} (${p.partner})`,
    md(m.grouping.labelOf(p.vector)),
    p.tier ? `${formatTier(p.tier.tier)}${p.tier.statedOn ? ` (${p.tier.statedOn})` : ''}${notes.refs(p.tier.evidence)}` : '–',
    p.lastContact ?? '–',
    (PLOVER_TYPES.filter((t) => p.byType[t]).map((t) => `${t} ${p.byType[t]}`).join(' · ') || '–') + (p.planned ? ` (${p.planned} planned)` : ''),
    `${formatScore(p.cooperation)}${p.conflict ? ` + ${formatScore(p.conflict)} conflict` : ''}`,
    p.trade ? `${formatFigure(p.trade.value, p.trade.unit, p.trade.qualifier)}, ${formatPeriod(p.trade.period)}${notes.refs(p.trade.evidence)}` : '–',
  ])), '');

  out.push('## Engagement by vector', '', `![Engagement by vector](${vectorsName})`, '');
  out.push(table(['Vector', ...m.periods, 'Total'], m.vectorSeries.filter((s) => s.total > 0).map((s) => [
    md(s.label) + (s.vector === OTHER_VECTOR ? ' (not in the index)' : ''), ...s.values.map(formatScore), formatScore(s.total),
  ])), '');

  out.push('## Key events', '');
  out.push(table(['Date', 'Event', 'Evidence'], m.timeline.map((t) => [t.date ? formatPeriod(t.date) : `${t.day} (document date)`, md(formatEvent(t)), notes.refs(t.evidence) || '–'])), '');

  out.push('## Figures', '');
  out.push(table(['Metric', 'Parties', 'Value', 'Period', 'Evidence'], m.figures.map((f) => [
    md(f.metric), md(formatParties(f)), formatFigure(f.value, f.unit, f.qualifier), formatPeriod(f.period), notes.refs(f.evidence) || '–',
  ])), '');

  out.push('## Partnership designations', '');
  out.push(table(['Pair', 'Tier', 'As written', 'Stated', 'Evidence'], m.relations.map((r) => [
    `${md(actorName(r.a))} – ${md(actorName(r.b))}`, formatTier(r.tier), md(r.label), r.statedOn ?? '–', notes.refs(r.evidence) || '–',
  ])), '');

  out.push('## Evidence', '', notes.render(), '');
  return { markdown: out.join('\n'), assets: [{ name: balanceName, content: balanceChartSvg(m) }, { name: vectorsName, content: vectorChartSvg(m) }] };
}
