/**
 * Dates that stand in a photo caption or an embedded social-media post rather than in the report: the
 * day a photo was taken or a post was written is not the news day, nor a day that "two days later"
 * counts from. The caption marks are in data/date-words.yaml (`embedMarks`). A caption is the mark's
 * own stretch of its line, not the whole line: a credit set inside a paragraph ("… on March 3. Photo:
 * Presidency. The pact took effect on March 5.") leaves the paragraph's other dates to the report.
 */
import type { Span } from '../../core/types.js';
import { dateWords } from './date-words.js';
import { endsInTitleAbbreviation } from '../../text/sentences.js';

// The signature of an embedded post: "— Name (@handle) March 3, 2024".
const POST_SIGNATURE = /\(@\w+\)\s*$/;
// The end of a sentence: a stop, closing quotes or brackets, then a space; not the stop of an initial
// ("U.S. Secretary") or of a title abbreviation ("Gen. Ali Reza").
const SENTENCE_END = /[.!?]["”’)\]]*\s/g;
const INITIAL = /(?:^|[\s.])\p{Lu}$/u;

function hasSentenceEnd(stretch: string): boolean {
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(stretch); m; m = SENTENCE_END.exec(stretch)) {
    const before = stretch.slice(0, m.index);
    if (stretch[m.index] === '.' && (INITIAL.test(before) || endsInTitleAbbreviation(`${before}.`))) continue;
    return true;
  }
  return false;
}
// What may stand between a caption's date and the credit that closes it: the rest of its sentence, its
// stop, and a short credit before the mark ("May 9, 2019. REUTERS/…", "… in Lima (AP Photo/…", "…
// looks on.Jo Roe—Getty Images").
const UP_TO_CREDIT = /^[^.!?]*(?:[.!?]["”’)\]]*[^.!?]{0,40})?$/;

/** Whether text[span] is a date inside a caption (after a caption mark, before a credit) or right after an embedded post's signature. */
export function isEmbeddedDate(text: string, span: Span): boolean {
  if (POST_SIGNATURE.test(text.slice(Math.max(0, span.start - 60), span.start))) return true;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const nl = text.indexOf('\n', span.end);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl);
  const from = span.start - lineStart;
  const to = span.end - lineStart;
  const { opening, closing } = dateWords().embedMarks;
  // "FILE PHOTO: Troops on parade, May 9, 2019.": the date after the mark, in the mark's sentence.
  for (const mark of opening) {
    for (let at = line.indexOf(mark); at >= 0 && at + mark.length <= from; at = line.indexOf(mark, at + 1)) {
      if (!hasSentenceEnd(line.slice(at + mark.length, from))) return true;
    }
  }
  // "Troops march in Lima, May 9, 2019. REUTERS/Name": the date in the sentence the credit closes.
  for (const mark of closing) {
    for (let at = line.indexOf(mark, to); at >= 0; at = line.indexOf(mark, at + 1)) {
      if (UP_TO_CREDIT.test(line.slice(to, at))) return true;
    }
  }
  return false;
}
