/**
 * The language of a document as an ISO 639-1 code, or null when the text is too short to tell. tinyld
 * (a maintained n-gram detector) names the language; because its scores on English news full of foreign
 * names are low, an English verdict also comes from the share of English function words, which is high
 * in any English prose and near zero in other languages. The pipeline gives non-English documents no
 * facts, so a wrong "not English" costs more than a wrong "English": the check leans towards English.
 */
import { createRequire } from 'node:module';

type Detect = (text: string) => string;
// tinyld builds its n-gram tables when imported (about 0.1 s); most English news never reaches it (the
// function-word share decides), so its CommonJS build is required on first use instead.
let tinyldDetect: Detect | undefined;
function detect(text: string): string {
  tinyldDetect ??= (createRequire(import.meta.url)('tinyld') as { detect: Detect }).detect;
  return tinyldDetect(text);
}

/** How much text is looked at: enough for a sure verdict, little enough to stay cheap on long articles. */
const SAMPLE_CHARS = 4000;
/** Fewer words than this and only a non-Latin script decides. */
const MIN_WORDS = 20;
/** Share of words that are English function words above which the text is English. */
const ENGLISH_SHARE = 0.08;

const ENGLISH_WORDS = new Set(
  'the of and to in a is was that for on with as by at from it its has have had be were are said will which his her their this an not but'.split(' '),
);

const LETTER = /^\p{L}$/u;
const LONGEST_ENGLISH_WORD = Math.max(...[...ENGLISH_WORDS].map((w) => w.length));

/** 2 where a surrogate pair starts at i (c is its first unit), else 1: a lone surrogate is one unit. */
function pairWidth(c: number, text: string, i: number): 1 | 2 {
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Whether the code point at i (width 1, or 2 for a surrogate pair) of a lower-cased text is a letter. */
function isLetter(c: number, text: string, i: number, width: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return LETTER.test(width === 1 ? text[i]! : text.slice(i, i + 2));
}

/** ISO 639-1 code of the text's language, or null when it cannot be told. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  // One pass over the words (this runs on every document, so without a regular expression per word):
  // how many, how many in Latin letters (a–z, U+00C0–U+024F), how many English function words.
  const lower = sample.toLowerCase();
  let words = 0;
  let latin = 0;
  let english = 0;
  // Words are maximal runs of letters (\p{L}, by code point); a letter outside a–z is tested by LETTER.
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    let width = pairWidth(c, lower, i);
    if (!isLetter(c, lower, i, width)) {
      i += width;
      continue;
    }
    const start = i;
    let isLatinWord = true;
    let ascii = true;
    do {
      if (c > 122) {
        ascii = false;
        if (c < 0xc0 || c > 0x24f) isLatinWord = false;
      }
      i += width;
      if (i >= n) break;
      c = lower.charCodeAt(i);
      width = pairWidth(c, lower, i);
    } while (isLetter(c, lower, i, width));
    words++;
    if (isLatinWord) latin++;
    if (ascii && i - start <= LONGEST_ENGLISH_WORD && ENGLISH_WORDS.has(lower.slice(start, i))) english++;
  }
  // A page in Cyrillic, Arabic, Chinese … is not English whatever its length.
  if (words > 0 && latin / words < 0.5) return iso1(detect(sample));
  if (words < MIN_WORDS) return null;
  if (english / words >= ENGLISH_SHARE) return 'en';
  const found = iso1(detect(sample));
  // A Latin-script text the detector calls English despite few function words (headline lists) stays English.
  return found;
}

function iso1(code: string): string | null {
  return /^[a-z]{2}$/.test(code) ? code : null;
}
