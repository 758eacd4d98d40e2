/**
 * The date of a wire dateline ("ASTANA, 5 May 2023 –", "MOSCOW, July 5 (Reuters) -") or of the page's own
 * stamp ("Published: …") tells when the story was filed, never when its deeds happened: "arrived in Beijing
 * on Tuesday" must not take the dateline's day because it stands nearer the verb than "Tuesday".
 */
import type { DateMention, Span } from '../../core/types.js';
import { findDateline, findPageStamp } from './dateline-reader.js';

/** The date mentions without those inside the text's dateline or page stamp. */
export function withoutDatelineDate(text: string, dates: readonly DateMention[]): DateMention[] {
  const filed: Span[] = [findDateline(text)?.span, findPageStamp(text)?.span].filter((s): s is Span => !!s);
  if (filed.length === 0) return [...dates];
  return dates.filter((d) => !filed.some((f) => d.span.start < f.end && f.start < d.span.end));
}
