/**
 * The date of a wire dateline ("ASTANA, 5 May 2023 –", "MOSCOW, July 5 (Reuters) -") tells when the story
 * was filed, never when its deeds happened: "arrived in Beijing on Tuesday" must not take the dateline's
 * day because it stands nearer the verb than "Tuesday".
 */
import type { DateMention, Span } from '../../core/types.js';

/** What may follow a dateline's date: a dash, an agency mark in brackets, a slash mark, a colon or a full stop. */
const AFTER_DATELINE = /^[ \t]*(?:[-–—:|(/]|\.\s)/;

/** The date mentions without the one that is the document's dateline (the date the resolver read there). */
export function withoutDatelineDate(text: string, dates: readonly DateMention[], datelineSpan: Span | undefined): DateMention[] {
  if (!datelineSpan || !AFTER_DATELINE.test(text.slice(datelineSpan.end, datelineSpan.end + 4))) return [...dates];
  return dates.filter((d) => !(d.span.start < datelineSpan.end && datelineSpan.start < d.span.end));
}
