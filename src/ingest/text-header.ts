/**
 * Metadata at the top of a plain-text article: a block of `key: value` lines ended by a blank line, and/or
 * a leading `date YYYY-MM-DD` token. The block counts as a header only if every line in it looks like
 * `key: value` and at least one key is a known one, so a body that opens with "Note: …" keeps its text.
 * Markdown front matter (the same lines between `---` fences) is read the same way.
 */

/** What a text header says about the document; values as written (dates are not parsed here). */
export interface HeaderMeta {
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  readonly author?: string;
  readonly id?: string;
  /** The publication date as written: from a `published:`/`date:` line or a leading `date` token. */
  readonly published?: string;
}

/** The parsed header and where the body starts in the (normalised) text. */
export interface TextHeader {
  readonly meta: HeaderMeta;
  /** Offset of the first non-white-space character of the body. */
  readonly bodyOffset: number;
  /** Keys that were recognised as header lines, lower case, in order (for diagnostics). */
  readonly keys: readonly string[];
}

type MetaKey = keyof HeaderMeta;

// Several spellings of one field, as feeds, scrapers and people write them; compared without spaces,
// hyphens and underscores.
const KNOWN_KEYS: ReadonlyMap<string, MetaKey> = new Map<string, MetaKey>([
  ['title', 'title'], ['headline', 'title'],
  ['url', 'url'], ['link', 'url'], ['canonical', 'url'], ['canonicalurl', 'url'], ['sourceurl', 'url'],
  ['published', 'published'], ['date', 'published'], ['pubdate', 'published'], ['publishedat', 'published'],
  ['datepublished', 'published'], ['publicationdate', 'published'], ['publishdate', 'published'],
  ['source', 'source'], ['publisher', 'source'], ['outlet', 'source'], ['site', 'source'],
  ['author', 'author'], ['byline', 'author'], ['by', 'author'],
  ['id', 'id'], ['docid', 'id'], ['documentid', 'id'],
]);

// A header key: one to three words of letters, digits, `-`, `_`; the value may hold further colons (URLs).
// No `(.*?)[ \t]*$`: on a long run of spaces that backtracks quadratically; values are trimmed in code.
const HEADER_LINE = /^[ \t]*([A-Za-z][A-Za-z0-9_-]*(?:[ \t][A-Za-z0-9_-]+){0,2})[ \t]*:(.*)$/;
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(\n|$)/;
const DATE_TOKEN = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?![\d-])[ \t]*/i;

/** Reads the header at the top of `text` (already normalised: LF line ends) and locates the body. */
export function parseTextHeader(text: string): TextHeader {
  const meta: { -readonly [K in MetaKey]?: string } = {};
  const keys: string[] = [];
  let pos = 0;

  const token = DATE_TOKEN.exec(text);
  const fence = FRONT_MATTER.exec(text);
  if (fence) {
    // Markdown front matter: the fences make it unambiguous, so lines that are not `key: value`
    // (YAML lists, nested maps) are simply skipped.
    for (const line of fence[1]!.split('\n')) {
      const m = HEADER_LINE.exec(line);
      if (m && !/^\s/.test(line)) setField(m[1]!.toLowerCase(), m[2]!.trim(), meta, keys);
    }
    pos = fence[0].length;
  } else if (token) {
    meta.published = token[1]!;
    keys.push('date');
    pos = token[0].length;
    // `date 2024-01-03` alone on its line may still be followed by a `key: value` block.
    if (text[pos] === '\n' || pos === text.length) pos = readBlock(text, pos + 1, meta, keys);
  } else {
    pos = readBlock(text, 0, meta, keys);
  }
  return { meta, bodyOffset: skipWhiteSpace(text, pos), keys };
}

/** Parses a `key: value` block starting at `from`; returns where the body starts (`from` if no header). */
function readBlock(text: string, from: number, meta: { -readonly [K in MetaKey]?: string }, keys: string[]): number {
  const start = skipBlankLines(text, from);
  if (start >= text.length) return from;
  const blank = /\n[ \t]*(?:\n|$)/g;
  blank.lastIndex = start;
  const end = blank.exec(text)?.index ?? text.length;
  const lines = text.slice(start, end).split('\n');
  const parsed: Array<[string, string]> = [];
  let known = 0;
  for (const line of lines) {
    const m = HEADER_LINE.exec(line);
    if (!m) return from;
    const key = m[1]!.toLowerCase();
    if (KNOWN_KEYS.has(key.replace(/[\s_-]+/g, ''))) known++;
    parsed.push([key, m[2]!.trim()]);
  }
  if (known === 0) return from;
  for (const [key, value] of parsed) setField(key, value, meta, keys);
  return end;
}

function setField(key: string, value: string, meta: { -readonly [K in MetaKey]?: string }, keys: string[]): void {
  keys.push(key);
  const field = KNOWN_KEYS.get(key.replace(/[\s_-]+/g, ''));
  // The first value of a field wins: a later `date:` must not override an explicit `published:`.
  // Quotes around a value are YAML/front-matter syntax, not part of it.
  const clean = value.replace(/^(["'])(.*)\1$/, '$2');
  if (field && clean && meta[field] === undefined) meta[field] = clean;
}

function skipBlankLines(text: string, from: number): number {
  const re = /(?:[ \t]*\n)*/y;
  re.lastIndex = from;
  re.exec(text);
  return re.lastIndex;
}

function skipWhiteSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
