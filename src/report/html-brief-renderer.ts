/** Renders the brief as one self-contained HTML page: inline CSS, inline SVG charts, no scripts, no fetches. */
import type { StoredEvidence } from '../store/types.js';
import { PLOVER_TYPES } from '../record/types.js';
import { OTHER_VECTOR } from '../analyze/vector-grouping.js';
import type { BriefModel } from './brief-model.js';
import { actorName } from './actor-names.js';
import { balanceChartSvg, vectorChartSvg } from './chart-renderer.js';
import {
  CitationRegistry, distinctEvidence, documentLabel, formatEvent, formatFigure, formatIndex, formatInterval, formatParties,
  formatPeriod, formatScore, formatShare, formatTier,
} from './brief-format.js';
import { escapeHtml as h, safeUrl } from './html-escape.js';

const CSS = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d232a;max-width:1080px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
.meta{color:#57606a}table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}
th,td{border:1px solid #d0d7de;padding:.3rem .45rem;text-align:left;vertical-align:top}th{background:#f3f5f7}
td.num{text-align:right;font-variant-numeric:tabular-nums}q{font-style:italic;color:#333}
ul.ev{margin:.2rem 0;padding-left:1.1rem;font-size:.88rem}details summary{cursor:pointer;color:#1f5fa8}
.chart{overflow-x:auto;margin:.6rem 0}.conflict{color:#a40e26}.planned{color:#7d5d00}
.note{font-size:.9rem;color:#57606a}ol.sources li{margin:.2rem 0}
`;

/** A document link: its URL where it has one, else the brief's own sources list. */
function docHref(e: StoredEvidence, n: number): string {
  return safeUrl(e.url) ?? `#src-${n}`;
}

function evidenceList(evidence: readonly StoredEvidence[], cites: CitationRegistry): string {
  const items = distinctEvidence(evidence).map((e) => {
    const n = cites.cite(e);
    return `<li><q>${h(e.sentence.trim())}</q> — <a href="${h(docHref(e, n))}">[${n}] ${h(documentLabel(e))}</a></li>`;
  });
  return items.length > 0 ? `<ul class="ev">${items.join('')}</ul>` : '<span class="note">no evidence stored</span>';
}

function folded(label: string, evidence: readonly StoredEvidence[], cites: CitationRegistry): string {
  return `<details><summary>${h(label)}</summary>${evidenceList(evidence, cites)}</details>`;
}

function balanceSection(m: BriefModel): string {
  const rows = m.balance.map((b, i) => {
    const t = m.trade[i];
    return `<tr><td>${h(b.period)}</td><td class="num">${b.events}</td><td class="num">${formatScore(b.engagement)}</td>` +
      `<td class="num">${formatIndex(b.index)}</td><td class="num">${formatInterval(b.interval)}</td>` +
      `<td class="num">${formatIndex(b.greatPowerIndex)}</td><td class="num">${formatInterval(b.greatPowerInterval)}</td>` +
      `<td>${b.dominant ? `${h(m.grouping.labelOf(b.dominant))} (${formatShare(b.dominantShare)})` : '–'}</td>` +
      `<td class="num">${formatIndex(t?.index)}</td></tr>`;
  });
  return `<section id="balance"><h2>Balance index</h2>
<div class="chart">${balanceChartSvg(m)}</div>
<table><thead><tr><th>Period</th><th>Events</th><th>Engagement</th><th>Index</th><th>95 % interval</th><th>Great powers</th><th>95 % interval</th><th>Dominant vector (share)</th><th>Trade index</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<p class="note">Index: normalised Shannon entropy of engagement shares over the ${m.grouping.vectors.length} vectors of ${h(m.focusName)}'s grouping (1 = even, 0 = all with one vector); "other" partners are left out. Great powers: the same over ${h(m.grouping.vectors.filter((v) => v.greatPower).map((v) => v.label).join(', '))}. Intervals: 2.5th–97.5th percentiles of ${m.bootstrapRounds} seeded resamplings of the period's events. Trade index: the same entropy over trade-turnover figures, where at least two partners have one for the period.</p>
</section>`;
}

function partnersSection(m: BriefModel, cites: CitationRegistry): string {
  const rows = m.partners.map((p) => {
    const types = PLOVER_TYPES.filter((t) => p.byType[t]).map((t) => `${t} ${p.byType[t]}`).join(' · ');
    const tier = p.tier ? folded(`${formatTier(p.tier.tier)}${p.tier.statedOn ? ` (${p.tier.statedOn})` : ''}`, p.tier.evidence, cites) : '–';
    const trade = p.trade ? folded(`${formatFigure(p.trade.value, p.trade.unit, p.trade.qualifier)}, ${formatPeriod(p.trade.period)}`, p.trade.evidence, cites) : '–';
    return `<tr><td>${h(actorName(p.partner))} <span class="note">${h(p.partner)}</span></td><td>${h(m.grouping.labelOf(p.vector))}</td>` +
      `<td>${tier}</td><td>${h(p.lastContact ?? '–')}</td><td>${h(types || '–')}${p.planned ? ` <span class="planned">(${p.planned} planned)</span>` : ''}</td>` +
      `<td class="num">${formatScore(p.cooperation)}${p.conflict ? ` <span class="conflict">+${formatScore(p.conflict)} conflict</span>` : ''}</td><td>${trade}</td></tr>`;
  });
  return `<section id="partners"><h2>Partners</h2>
<table><thead><tr><th>Partner</th><th>Vector</th><th>Latest tier</th><th>Last contact</th><th>Events by type</th><th>Engagement</th><th>Latest trade turnover</th></tr></thead>
<tbody>${rows.join('\n') || '<tr><td colspan="7">No partners in range.</td></tr>'}</tbody></table></section>`;
}

function vectorsSection(m: BriefModel): string {
  const shown = m.vectorSeries.filter((s) => s.total > 0);
  const head = m.periods.map((p) => `<th>${h(p)}</th>`).join('');
  const rows = shown.map((s) => `<tr><td>${h(s.label)}${s.vector === OTHER_VECTOR ? ' <span class="note">(not in the index)</span>' : ''}</td>${s.values.map((v) => `<td class="num">${formatScore(v)}</td>`).join('')}<td class="num">${formatScore(s.total)}</td></tr>`);
  return `<section id="vectors"><h2>Engagement by vector</h2>
<div class="chart">${vectorChartSvg(m)}</div>
<table><thead><tr><th>Vector</th>${head}<th>Total</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

function timelineSection(m: BriefModel, cites: CitationRegistry): string {
  const items = m.timeline.map((t) =>
    `<tr><td>${h(t.date ? formatPeriod(t.date) : `${t.day} (document date)`)}</td><td class="${t.kind === 'conflict' ? 'conflict' : t.status === 'planned' ? 'planned' : ''}">${h(formatEvent(t))}</td><td>${evidenceList(t.evidence, cites)}</td></tr>`);
  return `<section id="timeline"><h2>Key events</h2>
<p class="note">The ${m.timeline.length} weightiest events in range, by engagement weight, in date order.</p>
<table><thead><tr><th>Date</th><th>Event</th><th>Evidence</th></tr></thead><tbody>${items.join('\n') || '<tr><td colspan="3">No events in range.</td></tr>'}</tbody></table></section>`;
}

function figuresSection(m: BriefModel, cites: CitationRegistry): string {
  const rows = m.figures.map((f) =>
    `<tr><td>${h(f.metric)}</td><td>${h(formatParties(f))}</td><td class="num">${h(formatFigure(f.value, f.unit, f.qualifier))}</td><td>${h(formatPeriod(f.period))}</td><td>${evidenceList(f.evidence, cites)}</td></tr>`);
  return `<section id="figures"><h2>Figures</h2>
<table><thead><tr><th>Metric</th><th>Parties</th><th>Value</th><th>Period</th><th>Evidence</th></tr></thead><tbody>${rows.join('\n') || '<tr><td colspan="5">No figures in range.</td></tr>'}</tbody></table></section>`;
}

function relationsSection(m: BriefModel, cites: CitationRegistry): string {
  const rows = m.relations.map((r) =>
    `<tr><td>${h(actorName(r.a))} – ${h(actorName(r.b))}</td><td>${h(formatTier(r.tier))}</td><td>${h(r.label)}</td><td>${h(r.statedOn ?? '–')}</td><td>${evidenceList(r.evidence, cites)}</td></tr>`);
  return `<section id="tiers"><h2>Partnership designations</h2>
<table><thead><tr><th>Pair</th><th>Tier</th><th>As written</th><th>Stated</th><th>Evidence</th></tr></thead><tbody>${rows.join('\n') || '<tr><td colspan="5">No designations in range.</td></tr>'}</tbody></table></section>`;
}

function sourcesSection(cites: CitationRegistry): string {
  const items = cites.entries().map(({ n, doc }) => {
    const url = safeUrl(doc.url);
    return `<li id="src-${n}">${h(documentLabel(doc))} — ${url ? `<a href="${h(url)}">${h(url)}</a>` : `document <code>${h(doc.documentId)}</code>`}</li>`;
  });
  return `<section id="sources"><h2>Sources</h2><ol class="sources">${items.join('\n')}</ol></section>`;
}

/** The brief as a complete HTML document. */
export function renderHtmlBrief(m: BriefModel): string {
  const cites = new CitationRegistry();
  // Sections are rendered in page order so citation numbers follow the reading order.
  const body = [balanceSection(m), partnersSection(m, cites), vectorsSection(m), timelineSection(m, cites), figuresSection(m, cites), relationsSection(m, cites)];
  const vectors = m.grouping.vectors.map((v) => v.label).join(', ');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(`multivector brief: ${m.focusName}`)}</title><style>${CSS}</style></head>
<body>
<h1>${h(m.focusName)}: foreign-policy balance</h1>
<p class="meta">${h(m.generatedFor)}. ${m.totals.events} events with ${m.totals.partners} partners${m.totals.documents !== null ? ` from ${m.totals.documents} documents` : ''}. Vectors (${m.grouping.source === 'override' ? 'hand-tuned' : 'default grouping'}): ${h(vectors)}.</p>
${body.join('\n')}
${sourcesSection(cites)}
<p class="note">Made by multivector from stored extraction records; every fact quotes the sentence it was read from.</p>
</body></html>
`;
}
