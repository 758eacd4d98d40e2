/**
 * Which field of a dump record (a JSON Lines object or a CSV row) holds the article text, URL, date,
 * title, source, author and id. The usual names are found by themselves (compared without case, spaces,
 * hyphens and underscores); `--fields text=body,url=link,published=date,title=headline` names others.
 */

/** The fields a reader fills from a dump record. */
export const FIELD_NAMES = ['text', 'url', 'published', 'title', 'source', 'author', 'id'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** A user's mapping from our field names to the dump's own column names. */
export type FieldMap = Partial<Readonly<Record<FieldName, string>>>;

/** The values one record gives, strings or null. */
export type RecordFields = Readonly<Record<FieldName, string | null>>;

// Spellings seen in news archives, scrapers and APIs, in order of preference.
const USUAL: Readonly<Record<FieldName, readonly string[]>> = {
  text: ['text', 'body', 'content', 'articletext', 'articlebody', 'fulltext', 'maintext', 'story', 'article', 'contenttext'],
  url: ['url', 'link', 'canonicalurl', 'sourceurl', 'articleurl', 'href', 'uri'],
  published: ['published', 'publishedat', 'publishdate', 'publicationdate', 'datepublished', 'datepublish', 'pubdate', 'date', 'publishedtime', 'seendate'],
  title: ['title', 'headline', 'heading'],
  source: ['source', 'sourcename', 'publisher', 'outlet', 'site', 'sitename', 'domain'],
  author: ['author', 'byline', 'authors', 'creator'],
  id: ['id', 'docid', 'documentid', 'articleid', 'uuid', 'guid'],
};

/** Parses `--fields text=body,url=link`; throws a one-line Error on a bad spec. */
export function parseFieldsOption(spec: string): FieldMap {
  const out: Partial<Record<FieldName, string>> = {};
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([a-z]+)=(.+)$/.exec(part);
    if (!m || !(FIELD_NAMES as readonly string[]).includes(m[1]!)) {
      throw new Error(`--fields: expected NAME=COLUMN with NAME one of ${FIELD_NAMES.join(', ')}; got "${part}"`);
    }
    out[m[1] as FieldName] = m[2]!.trim();
  }
  return out;
}

const squash = (key: string): string => key.toLowerCase().replace(/[\s_-]+/g, '');

/** The record's values for our fields: the user's mapping first, else the usual names. */
export function pickFields(record: Readonly<Record<string, unknown>>, map: FieldMap = {}): RecordFields {
  const byKey = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) if (!byKey.has(squash(key))) byKey.set(squash(key), value);
  const out = {} as Record<FieldName, string | null>;
  for (const name of FIELD_NAMES) {
    const mapped = map[name];
    if (mapped !== undefined) {
      out[name] = asString(mapped in record ? record[mapped] : byKey.get(squash(mapped)));
      continue;
    }
    out[name] = null;
    for (const key of USUAL[name]) {
      const value = asString(byKey.get(key));
      if (value !== null) {
        out[name] = value;
        break;
      }
    }
  }
  return out;
}

/** Strings as they are, numbers as text, `{name: …}` objects and arrays by their first name. */
function asString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.length > 0 ? asString(value[0]) : null;
  if (value && typeof value === 'object' && 'name' in value) return asString((value as { name: unknown }).name);
  return null;
}
