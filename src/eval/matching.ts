/**
 * The matching rules of shared/spec/extraction-format.md ("How the evaluation matches"), written to
 * behave exactly like shared/tools/score.mjs so that numbers from `multivector eval` and from the shared
 * scorer can be compared.
 */
import type { GoldEvent, GoldFigure, GoldRelation, GoldWindow } from './gold.js';
import type { PredEvent, PredFigure, PredRelation } from './predictions.js';

const DAY = 86_400_000;

/** Milliseconds of an ISO day; a bare month ("2023-01", what a URL may give) is its first day. */
export const dayOf = (s: unknown): number => Date.parse(String(s).length === 7 ? `${String(s)}-01` : String(s));

export const asList = <T>(x: T | readonly T[] | undefined): readonly (T | undefined)[] => (Array.isArray(x) ? x : [x as T | undefined]);

/** Unordered pair equality: agreements, meetings and calls match either way round. */
export const samePair = (a1: unknown, b1: unknown, a2: unknown, b2: unknown): boolean =>
  (a1 === a2 && b1 === b2) || (a1 === b2 && b1 === a2);

type Interval = { readonly from?: string | null; readonly to?: string | null } | null | undefined;

/** The predicted interval lies inside the gold window, with `slackDays` either side; no gold date accepts any. */
export function dateInside(pd: Interval, gd: GoldWindow | null | undefined, slackDays = 1): boolean {
  if (!gd) return true;
  if (!pd || !pd.from || !pd.to) return false;
  return dayOf(pd.from) >= dayOf(gd.from) - slackDays * DAY && dayOf(pd.to) <= dayOf(gd.to) + slackDays * DAY;
}

/** Each end of a figure's period within 31 days of gold's; no gold period accepts any. */
export function periodClose(pp: Interval, gp: GoldWindow | null | undefined): boolean {
  if (!gp) return true;
  if (!pp || !pp.from || !pp.to) return false;
  return Math.abs(dayOf(pp.from) - dayOf(gp.from)) <= 31 * DAY && Math.abs(dayOf(pp.to) - dayOf(gp.to)) <= 31 * DAY;
}

/** A full publication date must lie inside the gold window; a month must overlap it. */
export function publishedOk(pub: string, gw: GoldWindow): boolean {
  if (pub.length !== 7) return dateInside({ from: pub, to: pub }, gw, 0);
  const [y, m] = pub.split('-').map(Number);
  const last = new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
  return dayOf(pub) <= dayOf(gw.to) && dayOf(last) >= dayOf(gw.from);
}

/** Loosenings used for the "ignoring date and status" score, which separates recognition from dating. */
export interface EventRelax {
  readonly status?: boolean;
  readonly date?: boolean;
}

/** The gold event's pair, or any of its listed alternative pairs. */
const pairOk = (p: PredEvent, g: GoldEvent): boolean =>
  (g.pairs ?? [[g.source, g.target]]).some(([a, b]) => samePair(p.source, p.target, a, b));

export const eventCompat = (relax: EventRelax = {}) => (p: PredEvent, g: GoldEvent): boolean =>
  asList(g.type).includes(String(p.type).toUpperCase()) &&
  pairOk(p, g) &&
  (relax.status === true || asList(g.status).includes(p.status as string)) &&
  (relax.date === true || dateInside(p.date, g.date));

export const relationCompat = (p: PredRelation, g: GoldRelation): boolean =>
  samePair(p.a, p.b, g.a, g.b) && asList(g.tier).includes(p.tier as string);

export const figureCompat = (p: PredFigure, g: GoldFigure): boolean =>
  p.metric === g.metric && samePair(p.a, p.b, g.a, g.b) && p.unit === g.unit &&
  Math.abs(Number(p.value) - g.value) <= 0.01 * Math.abs(g.value) && periodClose(p.period, g.period);

/**
 * Maximum bipartite matching of predictions to gold items (augmenting paths, predictions in order).
 * Required gold items are offered first, so an optional one never takes a prediction a required one
 * could use. Returns, for each gold index, the matched prediction index or -1.
 */
export function maxMatching<P, G extends object>(
  preds: readonly P[],
  golds: readonly G[],
  compat: (p: P, g: G) => boolean,
): number[] {
  const isRequired = (g: G): number => ((g as { required?: unknown }).required !== false ? 1 : 0);
  // Array.prototype.sort is stable: required items keep their order, then optional ones.
  const order = golds.map((_, i) => i).sort((a, b) => isRequired(golds[b]!) - isRequired(golds[a]!));
  const predOf: number[] = new Array<number>(golds.length).fill(-1); // indexed by position in `order`
  const augment = (pi: number, seen: boolean[]): boolean => {
    for (let k = 0; k < order.length; k++) {
      if (seen[k] || !compat(preds[pi]!, golds[order[k]!]!)) continue;
      seen[k] = true;
      if (predOf[k]! < 0 || augment(predOf[k]!, seen)) {
        predOf[k] = pi;
        return true;
      }
    }
    return false;
  };
  for (let pi = 0; pi < preds.length; pi++) augment(pi, new Array<boolean>(order.length).fill(false));
  const result: number[] = new Array<number>(golds.length).fill(-1);
  order.forEach((gi, k) => {
    result[gi] = predOf[k]!;
  });
  return result;
}
