/**
 * Days told relative to another day: "the next day", "a day earlier", "two days later" count from the
 * day the text stated just before them (not from the document date); "tonight", "this morning" are the
 * reference day itself. The phrases are in data/date-words.yaml (`anaphoricDays`, `dayParts`).
 */
import { alternation } from '../../core/regex-words.js';
import { addDays, dayInterval } from './calendar.js';
import type { DateCandidate } from './date-candidate.js';
import { countValue, dateWords } from './date-words.js';
import { isEmbeddedDate } from './embedded-dates.js';
import { lazyPattern, type RegexDateParser } from './parser-runner.js';

/** How far back (in characters) the day an anaphoric phrase counts from may be stated. */
const ANTECEDENT_WINDOW = 600;

/** "tonight", "this morning", "earlier today": the reference day. */
export const dayPartParser: RegexDateParser = {
  rule: 'day-part',
  trigger: /\b(?:tonight|today|this\s+(?:morning|afternoon|evening))\b/i,
  pattern: lazyPattern(() => new RegExp(`\\b(?:${alternation(dateWords().dayParts)})\\b`, 'gi')),
  extract(m, input, start, end) {
    const ref = input.ref;
    if (ref === null || ref.month === null || ref.day === null) return null;
    const earlier = /earlier/i.test(m[0]);
    const later = /later|tonight|evening/i.test(m[0]);
    return { start, end, interval: dayInterval(ref.year, ref.month, ref.day), grain: 'day', inferredYear: false, rule: this.rule,
      relative: true, relation: earlier ? 'past' : later ? 'future' : 'present' };
  },
};

let phraseRe: RegExp | undefined;
function phrases(): RegExp {
  if (!phraseRe) {
    const w = dateWords().anaphoricDays;
    const counted = `(${alternation([...Object.keys(dateWords().numbers), ...Object.keys(dateWords().vagueNumbers)])}|\\d{1,2})\\s+(days?|weeks?)\\s+(later|earlier)`;
    // "The day after"/"the day before" count from a stated day only when nothing follows them ("the day
    // after the vote" counts from the vote, which is not a date).
    phraseRe = new RegExp(`\\b(?:(${alternation(w.forward)})|(${alternation(w.back)})|(${alternation(w.same)})|${counted})\\b`, 'gi');
  }
  return phraseRe;
}

/**
 * How many days the phrase counts from its antecedent: 1 for "the next day", -1 for "the day before", 0 for
 * "the same day", ±n or ±7n for "n days/weeks later/earlier"; null for a count it cannot read.
 */
function phraseShift(m: RegExpExecArray): number | null {
  if (m[1]) return 1;
  if (m[2]) return -1;
  if (m[3]) return 0;
  const n = countValue(m[4] ?? '');
  if (n === null) return null;
  return (/^week/i.test(m[5] ?? '') ? 7 * n : n) * (/later/i.test(m[6] ?? '') ? 1 : -1);
}

/** The interval an anaphoric phrase gives, counted from the latest placed day stated before it. */
export function anaphoricDayRefiner(text: string, candidates: readonly DateCandidate[], from: number, to: number, refDay: string | null = null): DateCandidate[] {
  const slice = text.slice(from, to);
  if (!/\b(?:day|days|week|weeks|morning|evening|night|afternoon)\b/i.test(slice)) return [...candidates];
  const days = candidates.filter((c) => c.interval && (c.grain === 'day' || (c.grain === 'range' && c.interval.to !== c.interval.from
    && Date.parse(c.interval.to) - Date.parse(c.interval.from) <= 7 * 86_400_000)));
  // Month-wide dates ("in February"), which a phrase after them counts from as a stretch.
  const months = candidates.filter((c) => c.interval && c.grain === 'month');
  const added: DateCandidate[] = [];
  const re = phrases();
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    // "the day after the vote" counts from the vote; "the day before yesterday" from the document (chrono-day-parser.ts).
    if (/\bthe day (?:after|before)$/i.test(m[0]) && /^\s+(?:the|a|an|his|her|their|its|yesterday|tomorrow|[a-z]+ing)\b/i.test(text.slice(end, end + 12))) continue;
    let antecedent: DateCandidate | undefined;
    // A photo caption or an embedded post is not the story the phrase continues.
    for (const c of days) if (c.end <= start && start - c.end <= ANTECEDENT_WINDOW && !isEmbeddedDate(text, c)) antecedent = c;
    // "The row began in February. Two weeks later, …": a month stated after the last day is what the phrase
    // counts from, and the count gives a stretch as wide as that month, not a day.
    const shift = phraseShift(m);
    const month = months.filter((c) => c.end <= start && start - c.end <= ANTECEDENT_WINDOW && (!antecedent || c.start > antecedent.end) && !isEmbeddedDate(text, c)).at(-1);
    if (month?.interval) {
      // ("The same day" after a month names no day of it.)
      if (shift) {
        const interval = { from: addDays(month.interval.from, shift), to: addDays(month.interval.to, shift) };
        added.push({ start, end, interval, grain: 'range', inferredYear: month.inferredYear, rule: 'anaphoric-day', relative: true });
      }
      continue;
    }
    // "hailed the forum held the day earlier": with no day stated before it, the day before is the one
    // before the report's own day ("the next day" and a counted "three days later" still need a stated day).
    const fromReport = !antecedent?.interval && refDay !== null && m[2] !== undefined
      && !days.some((c) => c.end <= start && start - c.end <= ANTECEDENT_WINDOW);
    if (!antecedent?.interval && !fromReport) continue;
    const base = antecedent?.interval ?? { from: refDay!, to: refDay! };
    if (shift === null) continue;
    // Forward from the stated stretch's last day, back from its first.
    const day = shift > 0 ? addDays(base.to, shift) : addDays(base.from, shift);
    added.push({ start, end, interval: { from: day, to: day }, grain: 'day', inferredYear: antecedent?.inferredYear ?? false,
      rule: 'anaphoric-day', relative: true });
  }
  return [...candidates, ...added];
}
