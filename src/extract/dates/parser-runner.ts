/** The shape of a regex-driven date parser (chrono's pattern + extract split) and the loop that runs them. */
import type { DateCandidate, ParseInput } from './date-candidate.js';

/** A pattern (global RegExp) and the step that turns one match into a candidate, or null to skip it. */
export interface RegexDateParser {
  readonly rule: string;
  /** A cheap test (no 'g' flag) the text must pass before the full pattern runs over it. */
  readonly trigger?: RegExp;
  readonly pattern: () => RegExp;
  readonly extract: (match: RegExpExecArray, input: ParseInput, start: number, end: number) => DateCandidate | null;
}

/** Runs every parser over input.text[from, to) and collects their candidates. */
export function runParsers(parsers: readonly RegexDateParser[], input: ParseInput): DateCandidate[] {
  const out: DateCandidate[] = [];
  const slice = input.text.slice(input.from, input.to);
  for (const parser of parsers) {
    if (parser.trigger && !parser.trigger.test(slice)) continue;
    const re = parser.pattern();
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = input.from + m.index;
      const c = parser.extract(m, input, start, start + m[0].length);
      if (c) out.push(c);
    }
  }
  return out;
}

/** Builds a pattern lazily once (data files load on first use, not at import). */
export function lazyPattern(build: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= build());
}
