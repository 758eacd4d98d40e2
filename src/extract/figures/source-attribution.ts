/**
 * Who a figure is quoted from is not a side of it: "exports reached $9 billion, according to the World
 * Bank" or "… imports, citing UN Comtrade data" name a source, not a trade partner. Mentions that an
 * attribution phrase (data/figure-metrics.yaml `attribution`) introduces are left out of party reading.
 */
import type { ActorMention } from '../../core/types.js';
import { isStateCode } from '../../core/states.js';

/** How far before a mention the attribution phrase may end (a few words of title: "data from the statistics bureau of"). */
const REACH = 60;

/**
 * The mentions that are not named as the source of what is reported. A state stays: its own agencies
 * report its own trade ("trade with Tajikistan reached $600 million, according to Uzbekistan's statistics
 * agency"), so a state named as the source is a side; organisations (the World Bank, UN Comtrade) are not.
 */
export function withoutSources(text: string, actors: readonly ActorMention[], attribution: RegExp): readonly ActorMention[] {
  const kept = actors.filter((m) => isStateCode(m.code) || !attribution.test(text.slice(Math.max(0, m.span.start - REACH), m.span.start)));
  return kept.length === actors.length ? actors : kept;
}
