/** Plain-text formatting shared by the HTML and Markdown briefs: numbers, amounts, tiers, events, citations. */
import type { StoredEvidence, StoredFigure } from '../store/types.js';
import type { BootstrapInterval } from '../analyze/bootstrap.js';
import type { TimelineEntry } from './brief-model.js';
import { actorName } from './actor-names.js';

/** An index in [0, 1] with three decimals, or an en dash when undefined. */
export function formatIndex(v: number | null | undefined): string {
  return v === null || v === undefined ? '–' : v.toFixed(3);
}

/** A bootstrap interval as "0.512–0.733". */
export function formatInterval(i: BootstrapInterval | null): string {
  return i ? `${i.low.toFixed(3)}–${i.high.toFixed(3)}` : '–';
}

/** A share as a whole percentage. */
export function formatShare(v: number | null): string {
  return v === null ? '–' : `${Math.round(v * 100)} %`;
}

/** A score with at most one decimal. */
export function formatScore(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

/** An amount with its unit, large values in thousands/millions/billions ("USD 17.8 bn"). */
export function formatAmount(value: number, unit: string): string {
  const abs = Math.abs(value);
  const scaled =
    abs >= 1e12 ? `${trim(value / 1e12)} tn` : abs >= 1e9 ? `${trim(value / 1e9)} bn` : abs >= 1e6 ? `${trim(value / 1e6)} m` : abs >= 1e4 ? `${trim(value / 1e3)} k` : trim(value);
  return unit === 'count' || unit === '' ? scaled : `${unit} ${scaled}`;
}

function trim(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/** An amount with its qualifier in words: "more than USD 25 bn", "about USD 6.5 bn". */
export function formatFigure(value: number, unit: string, qualifier: string): string {
  const words: Readonly<Record<string, string>> = { over: 'more than ', under: 'less than ', approx: 'about ' };
  return `${words[qualifier] ?? ''}${formatAmount(value, unit)}`;
}

/** An interval as "2023-01-01 to 2023-12-31", shortened to a year or month where it covers exactly one. */
export function formatPeriod(p: { readonly from: string; readonly to: string } | null): string {
  if (!p) return 'no period';
  if (p.from === p.to) return p.from;
  const y = p.from.slice(0, 4);
  if (p.from === `${y}-01-01` && p.to === `${y}-12-31`) return y;
  const m = p.from.slice(0, 7);
  if (p.from === `${m}-01` && p.to.slice(0, 7) === m && Number(p.to.slice(8)) >= 28) return m;
  return `${p.from} to ${p.to}`;
}

/** A tier code as words ("comprehensive strategic partnership"). */
export function formatTier(tier: string): string {
  return tier.replace(/_/g, ' ');
}

/** An event in words: "Kazakhstan → China: CONSULT (visit), planned". */
export function formatEvent(e: Pick<TimelineEntry, 'source' | 'target' | 'type' | 'mode' | 'status'>): string {
  const mode = e.mode ? ` (${e.mode})` : '';
  return `${actorName(e.source)} → ${actorName(e.target)}: ${e.type}${mode}${e.status === 'planned' ? ', planned' : ''}`;
}

/** A figure's parties in words. */
export function formatParties(f: Pick<StoredFigure, 'a' | 'b'>): string {
  return [f.a, f.b].filter((x): x is string => x !== null).map(actorName).join(' – ') || '–';
}

/** Evidence reduced to one entry per document and sentence, in a stable order. */
export function distinctEvidence(evidence: readonly StoredEvidence[]): StoredEvidence[] {
  const seen = new Set<string>();
  const out: StoredEvidence[] = [];
  for (const e of evidence) {
    const key = `${e.documentId}\u0000${e.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** The documents a brief cites, numbered in order of first citation. */
export class CitationRegistry {
  private readonly numbers = new Map<string, number>();
  private readonly docs: StoredEvidence[] = [];

  /** The number of a document, assigning the next one on first sight. */
  cite(e: StoredEvidence): number {
    let n = this.numbers.get(e.documentId);
    if (n === undefined) {
      n = this.docs.length + 1;
      this.numbers.set(e.documentId, n);
      this.docs.push(e);
    }
    return n;
  }

  /** Cited documents in citation order, with their numbers. */
  entries(): { readonly n: number; readonly doc: StoredEvidence }[] {
    return this.docs.map((doc, i) => ({ n: i + 1, doc }));
  }
}

/** How a cited document is named: its title, else its id, with its date. */
export function documentLabel(e: Pick<StoredEvidence, 'documentId' | 'title' | 'published'>): string {
  return `${e.title ?? e.documentId}${e.published ? ` (${e.published})` : ''}`;
}
