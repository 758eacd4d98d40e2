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

/** ISO 639-1 code of the text's language, or null when it cannot be told. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const latin = words.filter((w) => /^[a-z\u00c0-\u024f]+$/.test(w)).length;
  // A page in Cyrillic, Arabic, Chinese … is not English whatever its length.
  if (words.length > 0 && latin / words.length < 0.5) return iso1(detect(sample));
  if (words.length < MIN_WORDS) return null;
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  if (english / words.length >= ENGLISH_SHARE) return 'en';
  const found = iso1(detect(sample));
  // A Latin-script text the detector calls English despite few function words (headline lists) stays English.
  return found;
}

function iso1(code: string): string | null {
  return /^[a-z]{2}$/.test(code) ? code : null;
}
