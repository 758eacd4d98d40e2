/**
 * Finds every date expression in a text and gives it the finest interval the text supports, resolved
 * against a reference date: chrono once for written days, our own parsers for periods, then refiners.
 */
import type { DateMention, Span } from '../../core/types.js';
import { parseRef, refEnd, refStart } from './calendar.js';
import { parseChronoDays } from './chrono-day-parser.js';
import type { DateCandidate, ParseInput } from './date-candidate.js';
import { anaphoricDayRefiner, dayPartParser } from './anaphoric-days.js';
import { anaphoricYearRefiner, offsetRefiner, overlapRefiner, rangeRefiner } from './date-refiners.js';
import { runParsers } from './parser-runner.js';
import { fiscalYear, relativeFiscalYear, splitYearLabel, yearEndingIn } from './fiscal-years.js';
import { periodParsers } from './period-parsers.js';
import { yearParsers } from './year-parsers.js';

/** Every candidate in text[range], placed where the reference allows (interval null where it does not). */
export function scanDates(text: string, refDate: string | null, range?: Span): DateCandidate[] {
  const from = Math.max(0, Math.min(range?.start ?? 0, text.length));
  const to = Math.max(from, Math.min(range?.end ?? text.length, text.length));
  const input: ParseInput = { text, from, to, ref: parseRef(refDate) };
  // Priority on equal spans: chrono's written days first, then periods, fiscal years, then years.
  const raw = [
    ...parseChronoDays(input), ...runParsers(periodParsers, input), ...runParsers([fiscalYear, relativeFiscalYear, splitYearLabel, yearEndingIn], input), ...runParsers(yearParsers, input),
    ...runParsers([dayPartParser], input),
  ];
  // Overlaps go first so that a range joins whole expressions ("from March 3 to May 2024"), not fragments.
  const distinct = overlapRefiner(raw);
  const ranged = overlapRefiner(rangeRefiner(text, offsetRefiner(text, distinct)));
  // Anaphoric years and days come last: they need the written dates around them, and lose to any overlap.
  const withYears = anaphoricYearRefiner(text, ranged, from, to, input.ref?.year ?? null);
  const r = input.ref;
  const refDay = r && r.month !== null && r.day !== null ? `${r.year}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}` : null;
  return overlapRefiner(anaphoricDayRefiner(text, withYears, from, to, refDay));
}

/** Every date expression in text[range] (default: whole text), resolved against the reference date. */
export function findDates(text: string, ref: { readonly date: string | null }, range?: Span): DateMention[] {
  const out: DateMention[] = [];
  const r = parseRef(ref.date);
  const refFrom = r ? refStart(r) : null;
  const refTo = r ? refEnd(r) : null;
  for (const c of scanDates(text, ref.date, range)) {
    if (!c.interval) continue;
    // Where no modifier set it, the relation follows from where the interval lies against the reference.
    const relation = c.relation ?? (refFrom === null || refTo === null ? undefined
      : c.interval.to < refFrom ? 'past' : c.interval.from > refTo ? 'future' : 'present');
    out.push({
      kind: 'date',
      span: { start: c.start, end: c.end },
      interval: c.interval,
      grain: c.grain,
      inferredYear: c.inferredYear,
      ...(relation ? { relation } : {}),
      rule: c.rule,
      ...(c.fiscal ? { fiscal: c.fiscal } : {}),
    });
  }
  return out;
}
