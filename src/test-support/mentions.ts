/** Test helpers: hand-made actor and date mentions for extractor tests that must not depend on other layers. */
import { escapeRegExp } from '../core/regex-words.js';
import type { ActorMention, DateInterval, DateMention } from '../core/types.js';

/** Every whole-word occurrence of each name, as an actor mention of the given code (sorted). */
export function actorsByName(text: string, names: Record<string, string>): ActorMention[] {
  const out: ActorMention[] = [];
  for (const [name, code] of Object.entries(names)) {
    const re = new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const via = /^(?:he|his|him|she|her|we|our|us|they|their|them|its|my|i)$/i.test(name) ? 'pronoun' : 'name';
      out.push({ kind: 'actor', span: { start: m.index, end: m.index + m[0].length }, code, via, rule: 'test' });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** A date mention for the first occurrence of `phrase` in text. */
export function dateAt(text: string, phrase: string, interval: DateInterval, grain: DateMention['grain'] = 'day', inferredYear = false): DateMention {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in text: ${phrase}`);
  return { kind: 'date', span: { start, end: start + phrase.length }, interval, grain, inferredYear, rule: 'test' };
}
