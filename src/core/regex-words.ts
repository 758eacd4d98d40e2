/**
 * Helpers that turn hand-written word lists into RegExp source, shared by every layer that compiles
 * data-file words into patterns so that escaping and ordering rules are the same everywhere.
 */

/** Escapes every RegExp metacharacter in `text` so it matches itself literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Escapes a word for a RegExp and lets its spaces match any run of white space. */
export function wordPattern(word: string): string {
  return escapeRegExp(word).replace(/ /g, '\\s+');
}

/**
 * An alternation of the distinct words, longest first so that a longer phrase ("US dollars", "Sept")
 * wins over a shorter one it starts with ("dollars", "Sep").
 */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(wordPattern).join('|');
}
