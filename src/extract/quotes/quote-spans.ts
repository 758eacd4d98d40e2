/**
 * Finds direct quotations by their marks: “…”, "…" and «…», tolerating mixed curly/straight marks and
 * quotations that run over paragraphs (a paragraph left open whose successor opens with a quote mark).
 */
import type { Span } from '../../core/types.js';
import { loadValidated } from '../../core/data-files.js';
import { coreferenceSchema } from '../actors/lexicon-data.js';

/** A quotation found in the text, marks included, with the paragraphs it starts and ends in. */
export interface QuoteSpan {
  readonly span: Span;
  /** The quoted words without the marks. */
  readonly inner: Span;
  /** False when the paragraph ended before a closing mark. */
  readonly closed: boolean;
  /** Number of words inside. */
  readonly words: number;
}

const DOUBLE_OPEN = '\u201C';
const DOUBLE_CLOSE = '\u201D';
const STRAIGHT = '"';
const LOW_OPEN = '\u201E';
const GUILLEMET_OPEN = '\u00AB';
const GUILLEMET_CLOSE = '\u00BB';

function isOpenMark(ch: string | undefined): boolean {
  return ch === DOUBLE_OPEN || ch === STRAIGHT || ch === GUILLEMET_OPEN || ch === LOW_OPEN;
}

/** Every top-level quotation, in text order; single quotes are left alone (they double as apostrophes). */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let guillemet = false;
  let paragraphStart = 0;
  let quotedInParagraph = false;
  const emit = (end: number, closed: boolean, innerEnd: number, innerStart = open + 1) => {
    quotedInParagraph = true;
    let e = innerEnd;
    while (e > innerStart && /\s/.test(text[e - 1]!)) e--;
    const words = text.slice(innerStart, e).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (words > 0) out.push({ span: { start: open, end }, inner: { start: innerStart, end: e }, closed, words });
    open = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && open < 0) {
      paragraphStart = i + 1;
      quotedInParagraph = false;
      continue;
    }
    if (open < 0) {
      if (ch === DOUBLE_CLOSE && !quotedInParagraph && /[,.!?…]/.test(text[i - 1] ?? '')) {
        // A paragraph of speech whose opening mark is missing: “ … ,” he said. The quote starts the paragraph.
        let start = paragraphStart;
        while (start < i && /\s/.test(text[start]!)) start++;
        if (i - start > 1) {
          open = start;
          emit(i + 1, true, i, start);
        }
        continue;
      }
      if (ch === GUILLEMET_OPEN) {
        open = i;
        guillemet = true;
      } else if (ch === DOUBLE_OPEN || ch === STRAIGHT || ch === LOW_OPEN) {
        open = i;
        guillemet = false;
      } else if (ch === DOUBLE_CLOSE && !/[\p{L}\p{N},.!?]/u.test(text[i - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ')) {
        // A closing mark used as an opener ("”word"), as some sites do.
        open = i;
        guillemet = false;
      }
      continue;
    }
    if (ch === '\n') {
      // A quote still open at a paragraph end continues only if the next paragraph opens with a mark.
      let j = i;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      if (isOpenMark(text[j])) {
        i = j;
        continue;
      }
      let end = i;
      while (end > open && /\s/.test(text[end - 1]!)) end--;
      emit(end, false, end);
      paragraphStart = i + 1;
      quotedInParagraph = false;
      continue;
    }
    if (guillemet) {
      if (ch === GUILLEMET_CLOSE) emit(i + 1, true, i);
    } else if (ch === DOUBLE_CLOSE || ch === STRAIGHT) {
      emit(i + 1, true, i);
    } else if (ch === DOUBLE_OPEN && /[\p{L}\p{N}.,!?]/u.test(text[i - 1] ?? ' ')) {
      // “ glued to the end of a word closes the quote (a mis-typed closing mark).
      emit(i + 1, true, i);
    }
  }
  if (open >= 0) {
    let end = text.length;
    while (end > open && /\s/.test(text[end - 1]!)) end--;
    emit(end, false, end);
  }
  const speeches = transcriptSpeeches(text, out);
  return speeches.length === 0 ? out : [...out, ...speeches].sort((a, b) => a.span.start - b.span.start);
}

// kaz15: a transcript's speech: a paragraph ending "X said:" followed by paragraphs of speech opened by a dash
// and set in no quote marks ("President X said:\n\n- Dear colleague, …").
const DASH_OPENING = /^[-–—]\s+\S/;
const QUOTE_MARKS = /[“”"«»„]/;
// The speaker's own voice in a paragraph of the speech with no dash: the speaker's and the group's pronouns of
// data/coreference.yaml ("I" not as an initial, "I. Aliyev").
let firstPersonRe: RegExp | undefined;
const firstPerson = (): RegExp => {
  if (firstPersonRe) return firstPersonRe;
  const c = loadValidated('coreference.yaml', coreferenceSchema);
  const words = [...c.quoteSpeakerPronouns, ...c.quoteGroupPronouns].filter((w) => w !== 'I');
  return (firstPersonRe = new RegExp(`\\bI\\b(?!\\.)|\\b(?:${words.join('|')})\\b`, 'i'));
};
// How many paragraphs a transcript's speech may run over.
const SPEECH_MAX_PARAGRAPHS = 12;

/**
 * Speeches set after "… said:" as dash-opened paragraphs (and undashed ones in the speaker's voice), up to a
 * paragraph with quote marks, one ending in a colon, or one of narrative.
 */
function transcriptSpeeches(text: string, quotes: readonly QuoteSpan[]): QuoteSpan[] {
  const paragraphs: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (/\S/.test(m[0])) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const inQuote = (sp: Span) => quotes.some((q) => q.span.start < sp.end && sp.start < q.span.end);
  const out: QuoteSpan[] = [];
  for (let k = 0; k + 1 < paragraphs.length; k++) {
    const intro = text.slice(paragraphs[k]!.start, paragraphs[k]!.end).trimEnd();
    const first = paragraphs[k + 1]!;
    if (!intro.endsWith(':') || !DASH_OPENING.test(text.slice(first.start, first.end).trimStart())) continue;
    let last = k;
    for (let j = k + 1; j < paragraphs.length && j - k <= SPEECH_MAX_PARAGRAPHS; j++) {
      const para = text.slice(paragraphs[j]!.start, paragraphs[j]!.end);
      // Another "… said:" opens the next speech, its own.
      if (QUOTE_MARKS.test(para) || inQuote(paragraphs[j]!) || para.trimEnd().endsWith(':')) break;
      // A paragraph with no dash of its own goes on the speech only in the speaker's voice; the report's narrative
      // ("After the talks, the leaders visited …") ends it.
      if (!DASH_OPENING.test(para.trimStart()) && !firstPerson().test(para)) break;
      last = j;
    }
    if (last === k) continue;
    let start = first.start;
    while (/\s/.test(text[start]!)) start++;
    let end = paragraphs[last]!.end;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    const words = text.slice(start, end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    out.push({ span: { start, end }, inner: { start, end }, closed: false, words });
    k = last;
  }
  return out;
}
