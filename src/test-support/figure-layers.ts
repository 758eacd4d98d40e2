/**
 * Test support: figures read over the real sentence, actor and date layers, as the pipeline reads them, each as
 * a compact tuple (metric, a, b, value, qualifier, "from..to" or null).
 */
import { splitSentences } from '../text/sentences.js';
import { analyseActors } from '../extract/actors/index.js';
import { findDates } from '../extract/dates/index.js';
import { findFigures } from '../extract/figures/index.js';

export type FigureTuple = [metric: string, a: string | null, b: string | null, value: number, qualifier: string, period: string | null];

/** Runs the real sentence, actor and date layers, then figures. */
export function figuresOverRealLayers(text: string, published: string): FigureTuple[] {
  const sentences = splitSentences(text);
  const actors = analyseActors(text, sentences, published).mentions;
  const dates = findDates(text, { date: published });
  return findFigures({ text, sentences, actors, dates, published }).figures.map((f) => [
    f.metric, f.a, f.b, f.value, f.qualifier, f.period ? `${f.period.from}..${f.period.to}` : null,
  ]);
}
