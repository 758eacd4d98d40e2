/**
 * Scores predicted records against gold files: per kind (events, events ignoring date and status,
 * relations, figures, document dates) and per event type, with each document's misses and extras.
 * The tallies and rounding are those of shared/tools/score.mjs.
 */
import type { GoldFile } from './gold.js';
import { asList, eventCompat, figureCompat, maxMatching, publishedOk, relationCompat } from './matching.js';
import type { PredEvent, PredRecord } from './predictions.js';

/** Metrics the evaluation scores; others (targets, shares …) are neither credited nor penalised. */
export const SCORED_METRICS: ReadonlySet<string> = new Set([
  'trade_turnover', 'exports', 'imports', 'investment', 'agreements_count', 'visits_count',
]);

export interface EvalOptions {
  /** Score only facts involving this actor (a gold file's own `focus` wins). */
  readonly focus?: string;
  /** Score domestic events (same actor on both sides) in every file, not only where gold says so. */
  readonly domestic?: boolean;
}

/** True and false positives, and how many required gold items there were and were found. */
export interface Tally {
  tp: number;
  fp: number;
  requiredHit: number;
  required: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** One event type's scores; counts let a reader see how much each number rests on. */
export interface TypeScore extends Prf {
  readonly predicted: number;
  readonly matched: number;
  readonly gold: number;
  readonly found: number;
  readonly ignoringDateAndStatus: Prf;
}

export interface Summary {
  readonly events: Prf;
  readonly eventsIgnoringDateAndStatus: Prf;
  readonly relations: Prf;
  readonly figures: Prf;
  readonly dates: number;
  readonly documents: number;
}

export type FactKind = 'event' | 'relation' | 'figure';

/** What went wrong in one document. */
export interface DocumentReport {
  readonly document: string;
  readonly hasRecord: boolean;
  readonly missed: ReadonlyArray<{ readonly kind: FactKind; readonly item: Record<string, unknown> }>;
  readonly extra: ReadonlyArray<{ readonly kind: FactKind; readonly item: Record<string, unknown> }>;
  /** The predicted publication date and whether gold accepts it. */
  readonly date: { readonly predicted: string | null; readonly ok: boolean; readonly window: { from: string; to: string } | null };
}

export interface EvalResult {
  readonly summary: Summary;
  readonly byType: Readonly<Record<string, TypeScore>>;
  readonly documents: readonly DocumentReport[];
  readonly counts: { readonly dates: { readonly ok: number; readonly n: number } };
}

export const emptyTally = (): Tally => ({ tp: 0, fp: 0, requiredHit: 0, required: 0 });

/** Precision, recall and F1 rounded to three places; nothing predicted and nothing expected is perfect. */
export function prf(t: Tally): Prf {
  const P = t.tp + t.fp ? t.tp / (t.tp + t.fp) : t.required ? 0 : 1;
  const R = t.required ? t.requiredHit / t.required : 1;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  return { precision: +P.toFixed(3), recall: +R.toFixed(3), f1: +F.toFixed(3) };
}

/** Drops the evidence span list of a prediction, shortens gold's evidence text: what a report line shows. */
function brief(x: object): Record<string, unknown> {
  const { evidence, ...rest } = x as Record<string, unknown>;
  return typeof evidence === 'string' ? { ...rest, evidence: evidence.slice(0, 80) } : rest;
}

interface KindResult {
  readonly matchOf: number[];
  readonly used: ReadonlySet<number>;
}

/** Matches one kind in one document and adds to the tally; unmatched required gold are misses. */
function scoreKind<P extends object, G extends { readonly required?: boolean | undefined }>(
  preds: readonly P[],
  golds: readonly G[],
  compat: (p: P, g: G) => boolean,
  t: Tally,
): KindResult {
  const matchOf = maxMatching(preds, golds, compat);
  const used = new Set(matchOf.filter((x) => x >= 0));
  golds.forEach((g, gi) => {
    if (g.required === false) return;
    t.required++;
    if (matchOf[gi]! >= 0) t.requiredHit++;
  });
  t.tp += used.size;
  t.fp += preds.length - used.size;
  return { matchOf, used };
}

/** Per-type tallies: a prediction counts under its type; a gold item under its match's type, else its first type. */
function addByType(
  byType: Map<string, Tally>,
  preds: readonly PredEvent[],
  golds: GoldFile['events'],
  r: KindResult,
): void {
  const at = (type: string): Tally => {
    let t = byType.get(type);
    if (!t) byType.set(type, (t = emptyTally()));
    return t;
  };
  preds.forEach((p, pi) => {
    const t = at(String(p.type).toUpperCase());
    if (r.used.has(pi)) t.tp++;
    else t.fp++;
  });
  golds.forEach((g, gi) => {
    if (g.required === false) return;
    const pi = r.matchOf[gi]!;
    const t = at(pi >= 0 ? String(preds[pi]!.type).toUpperCase() : String(asList(g.type)[0]));
    t.required++;
    if (pi >= 0) t.requiredHit++;
  });
}

/** Scores every gold file against the record with its key (a record with no gold is not scored). */
export function scoreCorpus(golds: readonly GoldFile[], preds: ReadonlyMap<string, PredRecord>, options: EvalOptions = {}): EvalResult {
  const T = { events: emptyTally(), eventsLoose: emptyTally(), relations: emptyTally(), figures: emptyTally() };
  const dates = { ok: 0, n: 0 };
  const strictByType = new Map<string, Tally>();
  const looseByType = new Map<string, Tally>();
  const documents: DocumentReport[] = [];

  for (const g of golds) {
    const focus = g.focus ?? options.focus;
    const involves = (x: object, a: string, b: string): boolean =>
      !focus || (x as Record<string, unknown>)[a] === focus || (x as Record<string, unknown>)[b] === focus;
    const p = preds.get(g.document);
    const domestic = g.domestic === true || options.domestic === true;
    const pe = (p?.events ?? []).filter((e) => involves(e, 'source', 'target') && (domestic || e.source !== e.target));
    const pr = (p?.relations ?? []).filter((r) => involves(r, 'a', 'b'));
    const pf = (p?.figures ?? []).filter((x) => SCORED_METRICS.has(String(x.metric)) && involves(x, 'a', 'b'));

    const ev = scoreKind(pe, g.events, eventCompat(), T.events);
    const loose = scoreKind(pe, g.events, eventCompat({ status: true, date: true }), T.eventsLoose);
    const rel = scoreKind(pr, g.relations, relationCompat, T.relations);
    const fig = scoreKind(pf, g.figures, figureCompat, T.figures);
    addByType(strictByType, pe, g.events, ev);
    addByType(looseByType, pe, g.events, loose);

    const missed: Array<DocumentReport['missed'][number]> = [];
    const extra: Array<DocumentReport['extra'][number]> = [];
    const collect = (kind: FactKind, ps: readonly object[], gs: ReadonlyArray<{ required?: boolean | undefined }>, r: KindResult): void => {
      gs.forEach((x, gi) => {
        if (x.required !== false && r.matchOf[gi]! < 0) missed.push({ kind, item: brief(x) });
      });
      ps.forEach((x, pi) => {
        if (!r.used.has(pi)) extra.push({ kind, item: brief(x) });
      });
    };
    collect('event', pe, g.events, ev);
    collect('relation', pr, g.relations, rel);
    collect('figure', pf, g.figures, fig);

    dates.n++;
    const pub = p?.document?.published ?? null;
    const window = g.published ?? null;
    const dateOk = pub ? window !== null && publishedOk(pub, window) : g.published_unknown_ok === true;
    if (dateOk) dates.ok++;
    documents.push({ document: g.document, hasRecord: p !== undefined, missed, extra, date: { predicted: pub, ok: dateOk, window } });
  }

  const byType: Record<string, TypeScore> = {};
  for (const type of [...strictByType.keys()].sort()) {
    const t = strictByType.get(type)!;
    const l = looseByType.get(type) ?? emptyTally();
    byType[type] = { ...prf(t), predicted: t.tp + t.fp, matched: t.tp, gold: t.required, found: t.requiredHit, ignoringDateAndStatus: prf(l) };
  }
  for (const type of [...looseByType.keys()].sort()) {
    if (byType[type]) continue;
    // A type seen only through loose matches (a prediction of another type would not move it here).
    const l = looseByType.get(type)!;
    byType[type] = { ...prf(emptyTally()), predicted: 0, matched: 0, gold: 0, found: 0, ignoringDateAndStatus: prf(l) };
  }

  return {
    summary: {
      events: prf(T.events),
      eventsIgnoringDateAndStatus: prf(T.eventsLoose),
      relations: prf(T.relations),
      figures: prf(T.figures),
      dates: +(dates.n ? dates.ok / dates.n : 0).toFixed(3),
      documents: dates.n,
    },
    byType,
    documents,
    counts: { dates },
  };
}
