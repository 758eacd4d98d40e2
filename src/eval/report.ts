/** The evaluation's outputs: a readable report, the JSON summary, and the --require check. */
import type { EvalResult, Prf, Summary } from './scoring.js';

const KIND_ORDER = ['event', 'relation', 'figure'] as const;

/** Per-document lines in the shared scorer's wording ("missed event: {…}", "extra  figure: {…}"). */
export function documentLines(result: EvalResult): string[] {
  const out: string[] = [];
  for (const d of result.documents) {
    const lines: string[] = [];
    if (!d.hasRecord) lines.push('  no record for this document');
    for (const kind of KIND_ORDER) {
      for (const m of d.missed) if (m.kind === kind) lines.push(`  missed ${kind}: ${JSON.stringify(m.item)}`);
      for (const x of d.extra) if (x.kind === kind) lines.push(`  extra  ${kind}: ${JSON.stringify(x.item)}`);
    }
    if (!d.date.ok) {
      const window = d.date.window ? `${d.date.window.from}..${d.date.window.to}` : '(gold gives no window)';
      lines.push(`  document date ${d.date.predicted} not in ${window}`);
    }
    if (lines.length) out.push(d.document, ...lines);
  }
  return out;
}

const fmt = (name: string, s: Prf): string => `${name} P ${s.precision} R ${s.recall} F1 ${s.f1}`;

/** The per-type table: one row per PLOVER type seen in gold or predictions. */
export function typeTable(result: EvalResult): string[] {
  const rows = Object.entries(result.byType);
  if (rows.length === 0) return [];
  const head = ['type', 'P', 'R', 'F1', 'F1 loose', 'pred', 'gold'];
  const body = rows.map(([type, s]) => [
    type, String(s.precision), String(s.recall), String(s.f1), String(s.ignoringDateAndStatus.f1), String(s.predicted), String(s.gold),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return ['events by type (F1 loose: ignoring date and status):', line(head), ...body.map(line)];
}

/** The whole text report: misses and extras (unless quiet), scores per kind, the per-type table. */
export function textReport(result: EvalResult, { quiet = false }: { quiet?: boolean } = {}): string {
  const s = result.summary;
  const lines = quiet ? [] : documentLines(result);
  lines.push(
    `${fmt('events', s.events)} (ignoring date and status: F1 ${s.eventsIgnoringDateAndStatus.f1})`,
    fmt('relations', s.relations),
    fmt('figures', s.figures),
    `document dates ${result.counts.dates.ok}/${result.counts.dates.n}`,
    ...typeTable(result),
  );
  return `${lines.join('\n')}\n`;
}

/** The JSON output: the shared scorer's summary, then the per-type table and each document's findings. */
export function jsonReport(result: EvalResult): string {
  return `${JSON.stringify({ ...result.summary, byType: result.byType, details: result.documents }, null, 1)}\n`;
}

/** A parsed --require: kind → lowest acceptable F1 (dates: share of documents dated right). */
export type Requirement = ReadonlyArray<readonly [string, number]>;

const REQUIRABLE = new Set(['events', 'eventsIgnoringDateAndStatus', 'relations', 'figures', 'dates']);

/** Parses "events=0.8,figures=0.9"; an unknown kind or a non-number is a usage error. */
export function parseRequire(spec: string): Requirement {
  return spec.split(',').filter((kv) => kv.trim()).map((kv) => {
    const [k, v] = kv.split('=').map((x) => x.trim());
    const n = Number(v);
    if (!k || !REQUIRABLE.has(k) || v === undefined || v === '' || !Number.isFinite(n)) {
      throw new Error(`--require: expected kind=number with kind one of ${[...REQUIRABLE].join(', ')}, got "${kv}"`);
    }
    return [k, n] as const;
  });
}

/** The requirements the summary falls short of, as "events 0.71 < 0.8". */
export function unmet(summary: Summary, requirement: Requirement): string[] {
  return requirement.flatMap(([k, min]) => {
    const got = k === 'dates' ? summary.dates : (summary[k as Exclude<keyof Summary, 'dates' | 'documents'>]).f1;
    return got < min ? [`${k} ${got} < ${min}`] : [];
  });
}

/** The one-line recap the shared scorer ends with. */
export function scoreLine(summary: Summary, spec?: string, failures: readonly string[] = []): string {
  const base = `score: events F1 ${summary.events.f1} | relations F1 ${summary.relations.f1} | figures F1 ${summary.figures.f1} | dates ${summary.dates}`;
  return `${base}${spec ? (failures.length ? ` | BELOW ${spec}` : ` | meets ${spec}`) : ''}\n`;
}
