/**
 * Dates that stand in a photo caption or an embedded social-media post rather than in the report: the
 * day a photo was taken or a post was written is not the news day, nor a day that "two days later"
 * counts from. The caption marks are in data/date-words.yaml (`embedMarks`).
 */
import type { Span } from '../../core/types.js';
import { dateWords } from './date-words.js';

// The signature of an embedded post: "— Name (@handle) March 3, 2024".
const POST_SIGNATURE = /\(@\w+\)\s*$/;

/** Whether text[span] is a date inside a caption line or right after an embedded post's signature. */
export function isEmbeddedDate(text: string, span: Span): boolean {
  if (POST_SIGNATURE.test(text.slice(Math.max(0, span.start - 60), span.start))) return true;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const nl = text.indexOf('\n', span.end);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl);
  return dateWords().embedMarks.some((mark) => line.includes(mark));
}
