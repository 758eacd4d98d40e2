/**
 * Placing a period written without a year (a month, season, quarter or "first nine months") relative to
 * the reference: by its modifier ("last", "next", "this") or, failing that, by the clause's tense.
 */
import type { DateInterval } from '../../core/types.js';
import { refEnd, refStart, type RefDate } from './calendar.js';
import type { Tense } from './date-candidate.js';

/** How the text anchors a year-less period: a modifier word, or only the clause's tense. */
export type Anchor = 'last' | 'next' | 'this' | 'since' | Tense | undefined;

/**
 * started: the period counts once it has begun (a month, a season: "in November" said in November);
 * completed: only once it has ended (statistics for "the first nine months" appear after September).
 */
export type PeriodMode = 'started' | 'completed';

/** Maps a modifier word to an anchor, or undefined for none. */
export function anchorOf(word: string | undefined): Anchor {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/^the\s+/, '');
  if (w === 'last' || w === 'past' || w === 'previous') return 'last';
  if (w === 'next' || w === 'coming') return 'next';
  if (w === 'this' || w === 'current') return 'this';
  if (w === 'since') return 'since';
  return undefined;
}

/** The relation a modifier or tense gives the expression, for DateMention.relation. */
export function relationOf(anchor: Anchor): 'past' | 'future' | 'present' | undefined {
  if (anchor === 'last' || anchor === 'past' || anchor === 'since') return 'past';
  if (anchor === 'next' || anchor === 'future') return 'future';
  if (anchor === 'this') return 'present';
  return undefined;
}

/**
 * The interval of a year-less period: `make(y)` gives the period in year y. Without a month in the
 * reference only "this" can be placed (in the reference year); otherwise null.
 */
export function placePeriod(make: (year: number) => DateInterval, ref: RefDate | null, anchor: Anchor,
  tense: Tense | undefined, mode: PeriodMode): DateInterval | null {
  if (ref === null) return null;
  if (ref.month === null) return anchor === 'this' ? make(ref.year) : null;
  const rs = refStart(ref);
  const re = refEnd(ref);
  const years = [ref.year - 2, ref.year - 1, ref.year, ref.year + 1, ref.year + 2];
  const all = years.map(make);
  const latest = (ok: (i: DateInterval) => boolean): DateInterval | null => [...all].reverse().find(ok) ?? null;
  const earliest = (ok: (i: DateInterval) => boolean): DateInterval | null => all.find(ok) ?? null;
  const how = anchor ?? tense;
  switch (how) {
    case 'last':
      return latest((i) => i.to < rs);
    case 'next':
      return earliest((i) => i.from > re);
    case 'this':
      return earliest((i) => i.from <= re && i.to >= rs) ?? make(ref.year);
    case 'future':
      return earliest((i) => i.to >= rs);
    case 'since': {
      const p = latest((i) => i.from <= re);
      return p ? { from: p.from, to: re } : null;
    }
    default:
      return mode === 'completed' ? latest((i) => i.to <= re) : latest((i) => i.from <= re);
  }
}
