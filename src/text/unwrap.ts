/**
 * Hard-wrapped text: some wires and aggregators break lines at a fixed width inside sentences ("the
 * trade\nturnover between A and B reached $5\nbillion"). The sentence splitter reads every line as a
 * paragraph, so such a sentence falls apart and no layer sees a cue, a number and its scale, or two
 * parties together. This turns the wrap breaks of a hard-wrapped text into spaces, one character for
 * one, so every offset into the result is an offset into the original (evidence spans stay valid).
 *
 * A text counts as hard-wrapped only when several of its line breaks run on into a lower-case word
 * and they are a good share of its breaks: ordinary news puts one paragraph per line and is left as
 * it is. In a hard-wrapped text, a break is a wrap when the line before does not end a sentence and
 * the line after starts in lower case, or the line before ends with a comma or a word that cannot end
 * a heading ("between Kazakhstan's\nPrime Minister").
 */

import { z } from 'zod';
import { loadValidated } from '../core/data-files.js';

/** End of a sentence, heading or caption: . ! ? : ; optionally followed by a closing quote or bracket. */
const ENDS_SENTENCE = /[.!?:;…]["'”’»)\]]*\s*$/u;
/** A line that starts in lower case (the rest of a wrapped sentence), possibly after an opening quote. */
const STARTS_LOWER = /^\s*["'“‘(]?\p{Ll}/u;

const lineWrapsSchema = z.strictObject({ runsOn: z.array(z.string().regex(/^\p{L}+$/u)).min(1) });
let runsOnCache: RegExp | undefined;

/** A comma, a possessive or a word a line cannot end with (data/line-wraps.yaml): the sentence runs on into the next line. */
function runsOnCue(): RegExp {
  runsOnCache ??= new RegExp(`(?:,|\\b(?:${loadValidated('line-wraps.yaml', lineWrapsSchema).runsOn.join('|')})|['’]s)\\s*$`, 'iu');
  return runsOnCache;
}

/** At least this many lower-case run-ons, and this share of all single line breaks, make a text hard-wrapped. */
const MIN_RUN_ONS = 3;
const MIN_SHARE = 0.2;

/** The text with the wrap breaks of a hard-wrapped text turned into spaces (same length); else the text itself. */
export function unwrapHardBreaks(text: string): string {
  const breaks: Array<{ at: number; lower: boolean; runsOn: boolean }> = [];
  let lowerRunOns = 0;
  let single = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const nextEnd = text.indexOf('\n', at + 1);
    const before = text.slice(lineStart, at);
    const after = text.slice(at + 1, nextEnd < 0 ? text.length : nextEnd);
    // A blank line on either side is a paragraph break, never a wrap.
    if (!before.trim() || !after.trim()) continue;
    single++;
    if (ENDS_SENTENCE.test(before)) continue;
    const lower = STARTS_LOWER.test(after);
    const runsOn = runsOnCue().test(before);
    if (lower) lowerRunOns++;
    if (lower || runsOn) breaks.push({ at, lower, runsOn });
  }
  if (lowerRunOns < MIN_RUN_ONS || lowerRunOns < MIN_SHARE * single) return text;
  const chars = text.split('');
  for (const b of breaks) chars[b.at] = ' ';
  return chars.join('');
}
