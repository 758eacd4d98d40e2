/**
 * Runs of a few articles compile their regular expressions without V8's regexp optimiser. Compiling the
 * large phrase rules to machine code is the largest single cost of a one-article run (about a fifth of
 * its CPU time); without the optimiser each compiles in less time and matches a little slower. Over one
 * to ten articles the saving wins (measured: about 70 ms of CPU less for one article and for ten), over
 * a few dozen the slower matching does (72 articles: about 180 ms more), so only a short run, as its
 * command line shows it, turns the optimiser off. What an expression matches does not change, only the
 * machine code V8 makes for it; the flag is read when an expression is compiled, so it must be set
 * before the first rule runs (the extract command sets it before reading any input).
 */
import { setFlagsFromString } from 'node:v8';
import { formatByName } from '../../ingest/input-format.js';

/** The most inputs a short run names. */
export const SHORT_RUN_INPUTS = 10;

/**
 * True when the inputs are at most SHORT_RUN_INPUTS files each holding one article (plain text or an
 * HTML page, by extension): folders, stdin, URLs and dumps (JSON, CSV, feeds, WARC) may hold any number.
 */
export function isShortRun(inputs: readonly string[]): boolean {
  return inputs.length > 0 && inputs.length <= SHORT_RUN_INPUTS && inputs.every(isOneArticleFile);
}

function isOneArticleFile(input: string): boolean {
  if (input === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(input)) return false;
  const { format } = formatByName(input);
  return format === 'text' || format === 'html';
}

/** Regular expressions compiled from now on skip V8's optimiser (process-wide, worker threads too). */
export function skipRegExpOptimiser(): void {
  setFlagsFromString('--no-regexp-optimization');
}

/**
 * Heap settings for a run that is not short (any number of documents, in this thread or in workers:
 * V8's flags are process-wide). Both only change when V8 collects garbage, never what a program computes.
 *
 * - No allocation-site pretenuring. V8 allocates objects straight into the old generation from any
 *   allocation site whose objects mostly survived a scavenge. A document's working objects (the actor
 *   tokens, frames, mentions) are alive while it is being read, so a scavenge that falls inside a document
 *   has those sites pretenured for the rest of the run, and every later document's working objects became
 *   old-generation garbage that only a full collection frees: over the bench's 3,511 files the old
 *   generation took in ~250 MB instead of ~130 MB.
 * - Heap growth 30 % past what the last full collection kept (V8 lets it grow up to 4 × when collections
 *   are cheap, which is how a run with ~60 MB of live heap reached a peak RSS of 250–330 MB). With the
 *   garbage above gone, full collections stay rare enough that this costs no measurable CPU here.
 *
 * Measured in notes/speed14.md.
 */
export function tuneHeapForBatch(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
  setFlagsFromString('--heap-growing-percent=30');
}
