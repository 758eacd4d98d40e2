/**
 * Days that close a period or set a deadline ("valid until 31 December 2030", "to be completed by June
 * 30, 2031"): they say when something ends or must be done, never when the news happened. The cue words
 * are in data/date-words.yaml (`limitCues`).
 */
import type { Span } from '../../core/types.js';
import { dateWords } from './date-words.js';
import { escapeRegExp } from '../../core/regex-words.js';

let cues: { before: RegExp; opening: RegExp } | undefined;

function limitPatterns(): { before: RegExp; opening: RegExp } {
  if (!cues) {
    const alt = [...dateWords().limitCues].sort((a, b) => b.length - a.length)
      .map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');
    // "until the 31st of December", "expires on 1 May": a cue may stand before "on" or "the".
    cues = { before: new RegExp(`\\b(?:${alt})\\s+(?:on\\s+|the\\s+)?$`, 'i'), opening: new RegExp(`^(?:${alt})\\b`, 'i') };
  }
  return cues;
}

// How far before a date its cue may start ("no later than " and a little slack).
const CUE_REACH = 30;

/** Whether text[span] is a date written as a limit or deadline rather than a time something happened. */
export function isLimitDate(text: string, span: Span): boolean {
  const { before, opening } = limitPatterns();
  return opening.test(text.slice(span.start, span.end)) || before.test(text.slice(Math.max(0, span.start - CUE_REACH), span.start));
}
