/**
 * Refiners over the parsers' candidates, in chrono's manner: shift by a stated offset ("one week before
 * 12 March"), merge two ends into a range ("from 2019 to 2022"), then keep the longest of overlapping
 * candidates.
 */
import type { DateInterval } from '../../core/types.js';
import { addDays, addMonths, dayInterval, daysInMonth, isoDay, isValidDay, monthInterval } from './calendar.js';
import type { DateCandidate } from './date-candidate.js';
import { countValue } from './date-words.js';

const OFFSET = /\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\s+(before|after|prior\s+to|following)\s+(?:the\s+)?$/i;

function shiftDay(iso: string, unit: string, n: number): string {
  if (unit === 'day') return addDays(iso, n);
  if (unit === 'week') return addDays(iso, 7 * n);
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const p = addMonths(y, m, unit === 'year' ? 12 * n : n);
  return isoDay(p.year, p.month, Math.min(d, daysInMonth(p.year, p.month)));
}

/** "one week before March 12" → March 5: an offset written right before a placed date shifts it. */
export function offsetRefiner(text: string, candidates: readonly DateCandidate[]): DateCandidate[] {
  return candidates.map((c) => {
    if (!c.interval) return c;
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    const m = OFFSET.exec(before);
    if (!m) return c;
    const n = countValue(m[1] ?? '');
    if (n === null) return c;
    const unit = (m[2] ?? '').toLowerCase();
    const sign = /^(?:before|prior)/i.test(m[3] ?? '') ? -1 : 1;
    // Shifting a month or a year by days keeps only the coarser grain honest: shift both ends.
    const interval = { from: shiftDay(c.interval.from, unit, sign * n), to: shiftDay(c.interval.to, unit, sign * n) };
    return { ...c, start: c.start - m[0].length, interval, rule: `offset/${c.rule}`,
      relation: sign < 0 ? 'past' : 'future' } satisfies DateCandidate;
  });
}

const LINK = /^\s*(?:-|–|—|to|through|until|till|and)\s*$/i;
const INTRO = /\b(from|between)\s+$/i;

/** The interval a year-less candidate would have in year y. */
function inYear(c: DateCandidate, y: number): DateInterval | null {
  const p = c.yearless;
  if (!p) return null;
  if (p.day !== undefined) return isValidDay(y, p.month, p.day) ? dayInterval(y, p.month, p.day) : null;
  return monthInterval(y, p.month);
}

/** Merges "from A to B", "between A and B" and "A–B" into one range; B's year completes A's. */
export function rangeRefiner(text: string, candidates: readonly DateCandidate[]): DateCandidate[] {
  const sorted = [...candidates].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: DateCandidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as DateCandidate;
    const b = sorted[i + 1];
    if (!b || !b.interval || b.start < a.end || !LINK.test(text.slice(a.end, b.start))) {
      out.push(a);
      continue;
    }
    const link = text.slice(a.end, b.start).trim().toLowerCase();
    const intro = INTRO.exec(text.slice(Math.max(0, a.start - 12), a.start));
    if ((link === 'and' && intro?.[1]?.toLowerCase() !== 'between') || (link !== 'and' && intro?.[1]?.toLowerCase() === 'between')) {
      out.push(a);
      continue;
    }
    let first = a.interval;
    if (a.inferredYear && !b.inferredYear && a.yearless) {
      const y = Number(b.interval.from.slice(0, 4));
      const same = inYear(a, y);
      first = same && same.from <= b.interval.from ? same : inYear(a, y - 1);
    }
    if (!first || first.from > b.interval.to) {
      out.push(a);
      continue;
    }
    const start = intro ? a.start - intro[0].length : a.start;
    out.push({ start, end: b.end, interval: { from: first.from, to: b.interval.to }, grain: 'range',
      inferredYear: b.inferredYear, rule: 'range', ...(b.relation ? { relation: b.relation } : {}) });
    i++;
  }
  return out;
}

/** Keeps the longest of overlapping candidates; on equal length the earlier-listed (higher priority) one. */
export function overlapRefiner(candidates: readonly DateCandidate[]): DateCandidate[] {
  const order = candidates.map((c, i) => ({ c, i }))
    .sort((x, y) => (y.c.end - y.c.start) - (x.c.end - x.c.start) || x.i - y.i);
  const kept: DateCandidate[] = [];
  for (const { c } of order) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((x, y) => x.start - y.start);
}

const ANAPHORIC = /\b(?:(that|the same|the following|the next|the previous|the preceding) year|(a|one|two|three|four|five) years? (later|earlier))\b/gi;
/** How far back an antecedent year may sit. */
const ANTECEDENT_WINDOW = 600;

/**
 * "that year", "the same year", "the following year", "two years later": years counted from the
 * nearest year the text wrote before them (within a few sentences), not from the reference date.
 */
export function anaphoricYearRefiner(text: string, candidates: readonly DateCandidate[], from: number, to: number,
  refYear: number | null): DateCandidate[] {
  const slice = text.slice(from, to);
  if (!/\byears?\b/i.test(slice)) return [...candidates];
  const stated = candidates.filter((c) => c.interval && !c.inferredYear && !c.relative
    && (c.grain === 'year' || c.grain === 'month' || c.grain === 'day' || c.grain === 'season' || c.grain === 'quarter'));
  const added: DateCandidate[] = [];
  ANAPHORIC.lastIndex = 0;
  for (let m = ANAPHORIC.exec(slice); m; m = ANAPHORIC.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    let antecedent: DateCandidate | undefined;
    for (const c of stated) if (c.end <= start && start - c.end <= ANTECEDENT_WINDOW) antecedent = c;
    const word = (m[1] ?? '').toLowerCase();
    // Without a written year before it, "the previous/next year" counts from the reference instead.
    const fromRef = !antecedent && refYear !== null && /^the (?:previous|preceding|next)$/.test(word);
    if (!antecedent?.interval && !fromRef) continue;
    const base = antecedent?.interval ? Number(antecedent.interval.from.slice(0, 4)) : (refYear as number);
    let shift = 0;
    if (word === 'the following' || word === 'the next') shift = 1;
    else if (word === 'the previous' || word === 'the preceding') shift = -1;
    else if (m[2]) shift = (countValue(m[2]) ?? 1) * ((m[3] ?? '').toLowerCase() === 'later' ? 1 : -1);
    const y = base + shift;
    added.push({ start, end, interval: { from: isoDay(y, 1, 1), to: isoDay(y, 12, 31) }, grain: 'year', inferredYear: !fromRef,
      rule: fromRef ? 'relative-year' : 'anaphoric-year', ...(fromRef ? { relative: true } : {}) });
  }
  return [...candidates, ...added];
}
