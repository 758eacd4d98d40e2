/**
 * A deterministic synthetic news corpus (from templates and a seeded generator) with an extractor that
 * reads back exactly the facts the templates put in. Benchmarks and crash tests use it to exercise the
 * store with many documents that report the same events, without depending on the real extractor.
 */
import { seededRandom } from '../core/seeded-random.js';
import type { Document, Span } from '../core/types.js';
import type { ExtractionRecord, RecordEvent, RecordFigure, RecordRelation } from '../record/types.js';

const COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ['Kazakhstan', 'KAZ'], ['China', 'CHN'], ['Russia', 'RUS'], ['Germany', 'DEU'], ['Turkey', 'TUR'],
  ['Japan', 'JPN'], ['Brazil', 'BRA'], ['Kenya', 'KEN'], ['Chile', 'CHL'], ['Peru', 'PER'],
  ['Uzbekistan', 'UZB'], ['India', 'IND'],
];
const CODE = new Map(COUNTRIES.map(([name, code]) => [name, code]));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const FILLER = [
  'Analysts said the talks covered transport corridors, energy supply and grain exports.',
  'The ministry did not give further details about the programme.',
  'Local media described the atmosphere as businesslike and constructive.',
  'Observers noted that both sides have expanded their consular networks in recent years.',
  'A joint working group is expected to report on logistics bottlenecks before the end of the season.',
  'The delegation also visited an industrial park and a university campus.',
  'Officials stressed that cooperation in digital services and water management remains a priority.',
];

/** Options of {@link syntheticCorpus}. */
export interface SyntheticOptions {
  readonly documents: number;
  readonly seed?: number;
  /** Filler paragraphs per document (each ~100 characters); raises the size without adding facts. */
  readonly filler?: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Generates documents whose facts come from a small pool, so many documents report the same events. */
export function syntheticCorpus(options: SyntheticOptions): Document[] {
  const rnd = seededRandom(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const docs: Document[] = [];
  for (let i = 0; i < options.documents; i++) {
    const year = 2023 + Math.floor(rnd() * 2);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const lines: string[] = [`Report ${i + 1} on regional diplomacy`];
    const facts = 2 + Math.floor(rnd() * 4);
    for (let f = 0; f < facts; f++) {
      // A small pool of actors and news days, so that many documents report the same events.
      const [a] = rnd() < 0.5 ? COUNTRIES[0]! : pick(COUNTRIES.slice(0, 6));
      let [b] = pick(COUNTRIES);
      if (b === a) b = a === 'Kazakhstan' ? 'China' : 'Kazakhstan';
      const q = Math.floor(rnd() * 4);
      const factMonth = MONTHS[q * 3 + 2]!;
      const d = `${pad(7 * (q + 1))} ${factMonth} ${year}`;
      switch (Math.floor(rnd() * 6)) {
        case 0: lines.push(`Delegations of ${a} and ${b} held talks on ${d}.`); break;
        case 1: lines.push(`${a} signed a transit agreement with ${b} on ${d}.`); break;
        case 2: lines.push(`${a} plans to host a visit from ${b} in ${factMonth} ${year}.`); break;
        case 3: lines.push(`${a} voiced support for ${b} on ${d}.`); break;
        case 4: lines.push(`${a} and ${b} describe each other as strategic partners.`); break;
        default: lines.push(`Trade between ${a} and ${b} reached ${10 * (1 + Math.floor(rnd() * 9))} million dollars in ${year - 1}.`);
      }
      for (let k = 0; k < (options.filler ?? 1); k++) lines.push(pick(FILLER));
    }
    const id = `synthetic-${String(i).padStart(5, '0')}`;
    docs.push({
      id,
      text: lines.join('\n'),
      meta: { path: `${id}.txt`, url: `https://news.example.test/${id}`, title: lines[0]!, published: `${year}-${pad(month)}-${pad(day)}` },
    });
  }
  return docs;
}

const NAME = COUNTRIES.map(([n]) => n).join('|');
const MONTH = MONTHS.join('|');
const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray, span: Span) => RecordEvent | RecordRelation | RecordFigure]> = [
  [new RegExp(`Delegations of (${NAME}) and (${NAME}) held talks on (\\d+) (${MONTH}) (\\d{4})\\.`, 'g'),
    (m, span) => event('CONSULT', m[1]!, m[2]!, 'occurred', day(m[5]!, m[4]!, m[3]!), span, 'meeting')],
  [new RegExp(`(${NAME}) signed a transit agreement with (${NAME}) on (\\d+) (${MONTH}) (\\d{4})\\.`, 'g'),
    (m, span) => event('AGREE', m[1]!, m[2]!, 'occurred', day(m[5]!, m[4]!, m[3]!), span, null)],
  [new RegExp(`(${NAME}) plans to host a visit from (${NAME}) in (${MONTH}) (\\d{4})\\.`, 'g'),
    (m, span) => event('CONSULT', m[2]!, m[1]!, 'planned', monthOf(m[4]!, m[3]!), span, 'visit')],
  [new RegExp(`(${NAME}) voiced support for (${NAME}) on (\\d+) (${MONTH}) (\\d{4})\\.`, 'g'),
    (m, span) => event('SUPPORT', m[1]!, m[2]!, 'occurred', day(m[5]!, m[4]!, m[3]!), span, null)],
  [new RegExp(`(${NAME}) and (${NAME}) describe each other as strategic partners\\.`, 'g'),
    (m, span): RecordRelation => ({ a: CODE.get(m[1]!)!, b: CODE.get(m[2]!)!, tier: 'strategic_partnership', label: 'strategic partners', evidence: [span], rule: 'synthetic.relation' })],
  [new RegExp(`Trade between (${NAME}) and (${NAME}) reached (\\d+) million dollars in (\\d{4})\\.`, 'g'),
    (m, span): RecordFigure => ({
      metric: 'trade_turnover', a: CODE.get(m[1]!)!, b: CODE.get(m[2]!)!, value: Number(m[3]) * 1e6, unit: 'USD', qualifier: 'exact',
      period: { from: `${m[4]}-01-01`, to: `${m[4]}-12-31` }, evidence: [span], rule: 'synthetic.figure',
    })],
];

function day(year: string, month: string, d: string): { from: string; to: string } {
  const iso = `${year}-${pad(MONTHS.indexOf(month) + 1)}-${pad(Number(d))}`;
  return { from: iso, to: iso };
}

function monthOf(year: string, month: string): { from: string; to: string } {
  const m = MONTHS.indexOf(month) + 1;
  const last = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return { from: `${year}-${pad(m)}-01`, to: `${year}-${pad(m)}-${pad(last)}` };
}

function event(type: RecordEvent['type'], a: string, b: string, status: RecordEvent['status'], date: { from: string; to: string }, span: Span, mode: string | null): RecordEvent {
  return { type, mode, source: CODE.get(a)!, target: CODE.get(b)!, status, date, evidence: [span], rule: 'synthetic.event' };
}

/** Reads back the facts of a synthetic document; on other text it finds nothing. */
export function syntheticExtractor(doc: Document): ExtractionRecord {
  const events: RecordEvent[] = [];
  const relations: RecordRelation[] = [];
  const figures: RecordFigure[] = [];
  for (const [re, make] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const fact = make(m, { start: m.index, end: m.index + m[0].length });
      if ('type' in fact) events.push(fact);
      else if ('tier' in fact) relations.push(fact);
      else figures.push(fact);
    }
  }
  return {
    document: {
      id: doc.id, ...(doc.meta.path ? { path: doc.meta.path } : {}), url: doc.meta.url ?? null, title: doc.meta.title ?? null,
      source: doc.meta.source ?? null, published: doc.meta.published ?? null, publishedBasis: doc.meta.published ? 'metadata' : null,
      length: doc.text.length,
    },
    events, relations, figures, quotes: [], diagnostics: [],
  };
}
