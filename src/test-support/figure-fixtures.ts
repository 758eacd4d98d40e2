/**
 * Test support: builds actor and date mentions by finding words in a text, standing in for the actor
 * and date layers so that figure tests state exactly what those layers would give.
 */
import { escapeRegExp } from '../core/regex-words.js';
import type { ActorMention, DateMention, Sentence } from '../core/types.js';
import { splitSentences } from '../text/sentences.js';
import type { FigureInput } from '../extract/figures/figure-extractor.js';

/** Every whole-word occurrence of each key, as an actor mention with the given code, sorted. */
export function actorsFor(text: string, codes: Readonly<Record<string, string | readonly string[]>>): ActorMention[] {
  const out: ActorMention[] = [];
  for (const [word, code] of Object.entries(codes)) {
    const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      for (const c of typeof code === 'string' ? [code] : code) {
        out.push({ kind: 'actor', span: { start: m.index, end: m.index + m[0].length }, code: c, via: 'name', rule: 'test' });
      }
    }
  }
  return out.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
}

/** A date spec: the phrase's interval and grain. */
export type DateSpec = readonly [from: string, to: string, grain?: DateMention['grain']];

/** Every occurrence of each phrase, as a date mention with the given interval, sorted. */
export function datesFor(text: string, specs: Readonly<Record<string, DateSpec>>): DateMention[] {
  const out: DateMention[] = [];
  for (const [phrase, [from, to, grain]] of Object.entries(specs)) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      out.push({
        kind: 'date', span: { start: at, end: at + phrase.length }, interval: { from, to },
        grain: grain ?? (from.slice(0, 4) === to.slice(0, 4) && from.endsWith('01-01') && to.endsWith('12-31') ? 'year' : 'range'),
        inferredYear: false, rule: 'test',
      });
    }
  }
  return out.sort((x, y) => x.span.start - y.span.start);
}

/** A full figure input for `text`, sentences split by the project's splitter. */
export function figureInput(
  text: string, codes: Readonly<Record<string, string | readonly string[]>> = {}, dates: Readonly<Record<string, DateSpec>> = {},
  published: string | null = null,
): FigureInput {
  const sentences: Sentence[] = splitSentences(text);
  return { text, sentences, actors: actorsFor(text, codes), dates: datesFor(text, dates), published };
}
