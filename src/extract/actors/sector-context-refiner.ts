/**
 * Gives bare sector nouns and transnational groups their country from context, in the coreference
 * style: "Egyptian police … Police arrested dozens" (the same sector named before), "Ruto said police
 * …" (a state named earlier in the sentence), "Police fired tear gas in Nairobi" (a city later in the
 * sentence), then the paragraph, the dateline, and the document's main country. A mention inside the
 * noun's own phrase ("Iranian-backed militias", "pro-Russian separatists") is never its country.
 */
import type { ActorMention, Diagnostic } from '../../core/types.js';
import type { TaggedToken } from '../../text/tagger.js';
import { loadValidated, sectorsSchema } from './lexicon-data.js';
import { orderVerbs } from '../events/clause-reader.js';
import type { ExplicitMention } from './mention-combiner.js';
import type { PlaceMention, SectorReference } from './sector-phrases.js';

/** Where an offset sits: sentence index, paragraph index and whether it is quoted. */
export interface SectorPosition {
  readonly sentence: number;
  readonly paragraph: number;
  readonly quoted: boolean;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  /** The mention's last word, lower-cased ("army" for "the Sudanese army"); '' for places. */
  readonly head: string;
  readonly code: string;
  readonly sector: string | undefined;
  /** A city, region or capital: a place that can follow the noun ("police in Cairo" told later). */
  readonly place: boolean;
  /** Written as a location ("in Niger", "in central Nigeria"), not a capital standing for its state. */
  readonly located?: boolean;
  readonly pos: SectorPosition;
}

// How many sentences back the same sector still names the same body ("Israeli troops … the soldiers").
const ANTECEDENT_SENTENCES = 2;
const STATE_CODE = /^[A-Z]{3}$/;
const BORDER_WITH = /\b(?:border|borders|frontier|boundary)\s+with\s+$/i;

// A state's envoy or embassy stands in another country: "the French envoy … the junta" is not France's junta.
const ABROAD_HEADS = new Set(['envoy', 'envoys', 'ambassador', 'ambassadors', 'diplomat', 'diplomats', 'embassy', 'consulate', 'consul', 'attache', 'mission']);
const abroad = (c: { head: string }) => ABROAD_HEADS.has(c.head.toLowerCase());

let betweenCache: RegExp | undefined;
let postCache: RegExp | undefined;

/** The words telling a bare noun's post, then an optional article, right after it (data/sectors.yaml `postLinks`). */
function postLinkAfter(): RegExp {
  if (!postCache) {
    const q = loadValidated('sectors.yaml', sectorsSchema).postLinks.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    postCache = new RegExp(`^,?\\s+(?:${q.join('|') || '(?!)'})\\s+(?:(?:the|a|an)\\s+)?$`, 'i');
  }
  return postCache;
}

let locationCache: RegExp | undefined;

/** "in ", "in northern ", "in the north of " just before a country: the country is written as a location (data/sectors.yaml, `locationQualifiers`). */
function locationBefore(): RegExp {
  if (!locationCache) {
    const q = loadValidated('sectors.yaml', sectorsSchema).locationQualifiers.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    locationCache = new RegExp(`(?:^|\\s)in\\s+(?:(?:${q.join('|') || '(?!)'})\\s+)?$`, 'i');
  }
  return locationCache;
}

/** What may stand between a subject and the noun its verb governs: auxiliaries, adverbs, the verb, quantities (data/sectors.yaml, `subjectVerbGap`). */
function betweenSubjectAndObject(): RegExp {
  if (!betweenCache) {
    const gap = loadValidated('sectors.yaml', sectorsSchema).subjectVerbGap;
    betweenCache = new RegExp(`^(?:\\s+(?:${gap.beforeVerb.join('|')}|\\d[\\d,]*))*\\s+\\p{L}+(?:ed|s)?(?:\\s+(?:${gap.afterVerb.join('|')}|\\d[\\d,]*))*\\s+$`, 'u');
  }
  return betweenCache;
}

/**
 * Whether only a verb (with auxiliaries and quantities) stands between a state mention and a noun: "X
 * deployed 300 troops". The word in the verb's place must be tagged a verb: "with X while troops …" has
 * a conjunction there, and X is no subject of the troops' clause.
 */
function verbOnlyBetween(text: string, subject: Candidate, nounStart: number, tokensAt: (offset: number) => readonly TaggedToken[]): boolean {
  if (!betweenSubjectAndObject().test(text.slice(subject.end, nounStart))) return false;
  return tokensAt(subject.end).some((t) => t.start >= subject.end && t.end <= nounStart && t.pos === 'VERB');
}

let homeCache: ReadonlySet<string> | undefined;
/** data/sectors.yaml `homeSectors`: sectors that act in their own state. */
function homeSectors(): ReadonlySet<string> {
  homeCache ??= new Set(loadValidated('sectors.yaml', sectorsSchema).homeSectors);
  return homeCache;
}

let homeBodiesCache: ReadonlySet<string> | undefined;
/** data/sectors.yaml `homeBodies`: the bodies of a state that act on its own soil. */
function homeBodies(): ReadonlySet<string> {
  homeBodiesCache ??= new Set(loadValidated('sectors.yaml', sectorsSchema).homeBodies);
  return homeBodiesCache;
}

let addressingCache: ReadonlySet<string> | undefined;
/** data/sectors.yaml `addressingVerbs`, with the verbs of asking and ordering (data/clause-words.yaml `order-verbs`). */
function addressingVerbs(): ReadonlySet<string> {
  addressingCache ??= new Set([...orderVerbs(), ...loadValidated('sectors.yaml', sectorsSchema).addressingVerbs]);
  return addressingCache;
}

let crowdCache: ReadonlySet<string> | undefined;
/** data/sectors.yaml `crowdSectors`: crowds, whose home a state that only tells of them is not ("X says … protesters"). */
function crowdSectors(): ReadonlySet<string> {
  crowdCache ??= new Set(loadValidated('sectors.yaml', sectorsSchema).crowdSectors);
  return crowdCache;
}

// Words that may stand between a verb and the institution it addresses ("called on both the government").
const ADDRESS_GAP_POS = new Set(['ADP', 'PART', 'DET', 'ADV', 'AUX', 'CCONJ']);

/**
 * Whether a bare state addresses the institution after it through a verb of addressing (data/sectors.yaml
 * `addressingVerbs`, data/clause-words.yaml `order-verbs`): "The United States and Britain called on the government to …", "Japan urged the
 * authorities to …". The institution is then another state's, not the addresser's.
 */
function addressesInstitution(text: string, state: Candidate, nounStart: number, tokensAt: (offset: number) => readonly TaggedToken[]): boolean {
  if (state.sector || nounStart - state.end > 80 || /[;:]/.test(text.slice(state.end, nounStart))) return false;
  const between = tokensAt(state.end).filter((t) => t.start >= state.end && t.end <= nounStart);
  const at = between.findIndex((t) => t.pos === 'VERB');
  if (at < 0 || !addressingVerbs().has(between[at]!.lemma)) return false;
  // A coordinated subject may stand before the verb ("The United States and Britain called on …"); only
  // particles, determiners and adverbs after it.
  return between.slice(0, at).every((t) => t.pos === 'PROPN' || t.pos === 'CCONJ' || t.pos === 'DET' || t.text === ',')
    && between.slice(at + 1).every((t) => ADDRESS_GAP_POS.has(t.pos));
}

/** Resolves sector references against the mentions and places of the document. */
export function resolveSectorReferences(
  mentions: readonly ExplicitMention[],
  refs: readonly SectorReference[],
  places: readonly PlaceMention[],
  dateline: string | null,
  organisations: ReadonlySet<string>,
  locate: (offset: number) => SectorPosition,
  text: string,
  // A verb of saying right after an institution (data/attribution-verbs.yaml): it reports what its sentence told before.
  reporterVerb: RegExp,
  // The tagged tokens of the sentence that holds an offset (read only where a verb must be told apart).
  tokensAt: (offset: number) => readonly TaggedToken[],
): { mentions: ExplicitMention[]; diagnostics: Diagnostic[] } {
  const out: ExplicitMention[] = [];
  const diagnostics: Diagnostic[] = [];
  if (refs.length === 0) return { mentions: out, diagnostics };
  const isState = (code: string) => STATE_CODE.test(code) && !organisations.has(code);

  const cands: Candidate[] = [];
  const counts = new Map<string, number>();
  for (const e of mentions) {
    const m = e.mention;
    if (!isState(m.code)) continue;
    const pos = locate(m.span.start);
    // Capitals, and countries written as a location ("in Syria", "troops in Syria"), are places.
    const located = locationBefore().test(text.slice(Math.max(0, m.span.start - 40), m.span.start));
    // "near the border with Mali": a neighbour named as a line on the map is no home of what stands there.
    const border = !m.sector && BORDER_WITH.test(text.slice(Math.max(0, m.span.start - 30), m.span.start));
    if (border) continue;
    const place = m.via === 'capital' || m.rule === 'actors.sector-place' || located;
    const head = m.sector ? lastWord(text, m.span.start, m.span.end) : '';
    cands.push({ start: m.span.start, end: m.span.end, head, code: m.code, sector: m.sector, place, located, pos });
    if (m.via !== 'pronoun' && !pos.quoted) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  }
  for (const p of places) {
    const located = locationBefore().test(text.slice(Math.max(0, p.span.start - 40), p.span.start));
    cands.push({ start: p.span.start, end: p.span.end, head: '', code: p.code, sector: undefined, place: true, located, pos: locate(p.span.start) });
  }
  const home = homeSectors();
  cands.sort((a, b) => a.start - b.start);
  const main = mainCountry(counts);

  const resolved: Candidate[] = []; // references already resolved, antecedents for later ones
  let ci = 0;
  for (const r of refs) {
    const pos = locate(r.span.start);
    while (ci < cands.length && cands[ci]!.start < r.span.start) ci++;
    const before = (c: Candidate) => c.start < r.phraseStart;
    let code: string | null = null;
    let rule = '';
    // 0. "The junta": the state whose coup the text told before it.
    const rulers = coupRulersOf(text, r.span);
    const coup = rulers ? coupState(cands, text, r.span.start, locate) : null;
    if (coup) [code, rule] = [coup, 'actors.sector-coup'];
    // 0b. "officials working at the French embassy", "reporters who worked for a Nigerian paper": a
    // bare noun whose post is told right after it is of the state that post belongs to.
    if (!code && !r.institution && !r.group) {
      const post = cands.slice(ci).find((x) => x.start >= r.span.end && x.start - r.span.end <= 60 && x.pos.sentence === pos.sentence);
      if (post && !post.located && post.code && postLinkAfter().test(text.slice(r.span.end, post.start))) [code, rule] = [post.code, 'actors.sector-post'];
    }
    // 1. The same sector named shortly before (explicitly or by an earlier reference); for "the army",
    // "the government", the same institution ("Chinese troops … the army" says nothing of whose army); for a
    // named group acting in several countries, only the same group ("Islamic State" after "Hezbollah" is no
    // reference back to Lebanon's group).
    const sameSector = (c: Candidate) =>
      c.sector === r.sector && (!(r.institution || r.group) || c.head === r.head) && before(c) &&
      (c.pos.paragraph === pos.paragraph || c.pos.sentence >= pos.sentence - ANTECEDENT_SENTENCES);
    const ante = code ? null : latest(cands, ci, sameSector, (c) => c.pos.sentence >= pos.sentence - ANTECEDENT_SENTENCES || c.pos.paragraph === pos.paragraph);
    const anteRef = code ? undefined : [...resolved].reverse().find(sameSector);
    const best = ante && anteRef ? (ante.start > anteRef.start ? ante : anteRef) : (ante ?? anteRef);
    if (best) [code, rule] = [best.code, 'actors.sector-antecedent'];
    // …unless a state named after it is the subject of the noun's own verb ("Guyana's army went on alert
    // after Venezuela deployed troops": Venezuela's troops).
    if (best && !r.institution) {
      const subject = latest(cands, ci, (x) => x.start > best.start && x.pos.sentence === pos.sentence && !x.place && (!x.sector || home.has(x.sector)) && before(x), (x) => x.pos.sentence === pos.sentence);
      if (subject && subject.code !== best.code && verbOnlyBetween(text, subject, r.phraseStart, tokensAt)) [code, rule] = [subject.code, 'actors.sector-subject'];
      // …and a body that acts at home (rebels, police, crowds) named in a later sentence than its antecedent
      // is of the state its own sentence places it in ("in neighbouring Niger, militants …", "gunmen
      // abducted a priest in central Nigeria"), before it or after it.
      else if (home.has(r.sector) && best.pos.sentence < pos.sentence) {
        const here = (x: Candidate) => x.pos.sentence === pos.sentence && x.located === true && !x.sector && x.code !== best.code && (before(x) || x.start >= r.span.end);
        const there = cands.find(here);
        if (there) [code, rule] = [there.code, 'actors.sector-home-place'];
      }
    }
    // 2. A state named earlier in the sentence. An institution named as the reporter after what it said
    // ("Algeria has no plans to drill with Russia, the defence ministry said") is the first state's, the
    // one the report is about; otherwise the nearest.
    if (!code) {
      const inSentence = (x: Candidate) => x.pos.sentence === pos.sentence && before(x) && !abroad(x)
        && !(r.institution && addressesInstitution(text, x, r.phraseStart, tokensAt));
      const c = r.institution && reporterVerb.test(text.slice(r.span.end, r.span.end + 24)) && /,\s*(?:the\s+)?$/i.test(text.slice(Math.max(0, r.span.start - 8), r.span.start))
        ? cands.slice(0, ci).find((x) => inSentence(x) && !x.place) ?? cands.slice(0, ci).find((x) => inSentence(x) && x.located === true) ?? null
        : latest(cands, ci, inSentence, (x) => x.pos.sentence === pos.sentence);
      // "The United States says the institutions targeted protesters who took to the streets against Ortega's
      // government": a state that only tells the sentence is no home of a crowd when another state, named
      // after the crowd in the same sentence, is.
      const after = c && !r.institution && crowdSectors().has(r.sector) && reporterVerb.test(text.slice(c.end, c.end + 24))
        ? cands.slice(ci).find((x) => x.pos.sentence === pos.sentence && x.start >= r.span.end && !x.place && x.code !== c.code) ?? null
        : null;
      if (after) [code, rule] = [after.code, 'actors.sector-after-teller'];
      else if (c) [code, rule] = [c.code, 'actors.sector-sentence'];
    }
    // 3. A city or capital later in the sentence ("Police fired tear gas at crowds in Nairobi").
    if (!code) {
      for (let i = ci; i < cands.length && cands[i]!.pos.sentence === pos.sentence; i++) {
        if (cands[i]!.place && cands[i]!.start >= r.span.end) {
          [code, rule] = [cands[i]!.code, 'actors.sector-place-after'];
          break;
        }
      }
    }
    // 3b. A body that acts at home (rebels, crowds) with no state in context before it, whose sentence
    // names after it the police or officials of a state ("Militants killed three Indonesian police officers",
    // "protesters attacked Kenyan police"): that state, where such bodies act.
    if (!code && home.has(r.sector) && !r.institution) {
      for (let i = ci; i < cands.length && cands[i]!.pos.sentence === pos.sentence; i++) {
        const c = cands[i]!;
        if (!c.place && c.start >= r.span.end && !!c.sector && homeBodies().has(c.sector)) {
          [code, rule] = [c.code, 'actors.sector-home-body'];
          break;
        }
      }
    }
    // 4. "The government", "the ministry", "the army" with none of their kind named before: the state the
    // sentence before is about, which news names first ("Tusk said Warsaw would close its crossing with
    // Belarus. The government announced …" is Poland's government), not the state it named last.
    if (!code && r.institution) {
      const c = subjectOfSentenceBefore(cands, ci, pos.sentence);
      if (c) [code, rule] = [c.code, 'actors.sector-subject-before'];
    }
    // 5. A state named earlier in the paragraph.
    if (!code) {
      const c = latest(cands, ci, (x) => x.pos.paragraph === pos.paragraph && before(x) && !abroad(x), (x) => x.pos.paragraph === pos.paragraph);
      if (c) [code, rule] = [c.code, 'actors.sector-paragraph'];
    }
    if (!code && dateline) [code, rule] = [dateline, 'actors.sector-dateline'];
    if (!code && main) [code, rule] = [main, 'actors.sector-main-country'];
    if (!code) {
      diagnostics.push({ reason: 'sector noun without a country in context', rule: 'actors.unresolved-sector', severity: 'info', span: r.span });
      continue;
    }
    const mention: ActorMention = { kind: 'actor', span: r.span, code, via: r.group ? 'organisation' : 'pronoun', sector: r.sector, rule };
    out.push({ mention, personLike: false, needsPerson: false });
    resolved.push({ start: r.span.start, end: r.span.end, head: r.head, code, sector: r.sector, place: false, pos });
  }
  return { mentions: out, diagnostics };
}

let coupCache: { rulers: RegExp; cues: RegExp } | null | undefined;

/** The rulers' words and the coup's cues of data/sectors.yaml (`coupRulers`), as patterns; null when absent. */
function coupPatterns(): { rulers: RegExp; cues: RegExp } | null {
  if (coupCache === undefined) {
    const c = loadValidated('sectors.yaml', sectorsSchema).coupRulers;
    const alt = (ws: readonly string[]) => ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
    coupCache = c ? { rulers: new RegExp(`\\b(?:${alt(c.words)})$`, 'i'), cues: new RegExp(`\\b(?:${alt(c.cues)})\\b`, 'gi') } : null;
  }
  return coupCache;
}

/** Whether a sector noun's words are those of rulers who took power by force ("the junta", "the new military rulers"). */
function coupRulersOf(text: string, span: { start: number; end: number }): boolean {
  const p = coupPatterns();
  return !!p && p.rulers.test(text.slice(span.start, span.end));
}

// How far (characters) after a coup's word the state it happened in may stand, in its sentence: "the
// coup in Niger", "the coup overthrowing Niger's elected leader"; before it only the state's own
// adjective or possessive ("the Nigerien coup", "Niger's coup"). A state further before is more often
// one that judged it ("France condemned the coup").
const COUP_STATE_REACH = 60;
const COUP_OWNER_GAP = 3;

/**
 * The state whose coup the text told before `offset`: each telling of the coup votes for the state that
 * names it (above); the state with most votes, on a tie the one the latest telling names. Null when no
 * coup is told or no telling names its state.
 */
function coupState(cands: readonly Candidate[], text: string, offset: number, locate: (offset: number) => SectorPosition): string | null {
  const p = coupPatterns();
  if (!p) return null;
  const votes = new Map<string, number>();
  let latestVote: string | null = null;
  for (const m of text.slice(0, offset).matchAll(p.cues)) {
    const at = m.index;
    const end = at + m[0].length;
    const sentence = locate(at).sentence;
    let best: Candidate | null = null;
    for (const c of cands) {
      if (c.start >= offset || abroad(c) || c.pos.quoted) continue;
      const owner = c.end <= at && at - c.end <= COUP_OWNER_GAP;
      const after = c.start >= end && c.start - end <= COUP_STATE_REACH && c.pos.sentence === sentence;
      if (owner || (after && !best)) best = c;
    }
    if (!best) continue;
    votes.set(best.code, (votes.get(best.code) ?? 0) + 1);
    latestVote = best.code;
  }
  let code: string | null = null;
  let n = 0;
  for (const [c, k] of votes) if (k > n || (k === n && c === latestVote)) [code, n] = [c, k];
  return code;
}

// How many sentences back an institution may look for the state its sentence before was about.
const SUBJECT_SENTENCES = 2;

/**
 * The first state named (not as a place, not as an envoy abroad) in the nearest of the sentences
 * before `sentence` that names one, within SUBJECT_SENTENCES.
 */
function subjectOfSentenceBefore(cands: readonly Candidate[], end: number, sentence: number): Candidate | null {
  let found: Candidate | null = null;
  for (let i = end - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.pos.sentence >= sentence) continue;
    if (c.pos.sentence < sentence - SUBJECT_SENTENCES || (found && c.pos.sentence < found.pos.sentence)) break;
    if (!c.place && !abroad(c) && !c.pos.quoted) found = c;
  }
  return found;
}

/** The last word of a span, lower-cased: the head of a noun phrase. */
function lastWord(text: string, start: number, end: number): string {
  let i = end;
  while (i > start && /[\p{L}\p{N}]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end).toLowerCase();
}

/** The latest candidate before index `end` passing `ok`, looking back while `within` holds. */
function latest(cands: readonly Candidate[], end: number, ok: (c: Candidate) => boolean, within: (c: Candidate) => boolean): Candidate | null {
  for (let i = end - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (!within(c)) return null;
    if (ok(c)) return c;
  }
  return null;
}

/** The state named most often in narration, when it is named at least twice and more than any other. */
function mainCountry(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  let second = 0;
  for (const [code, c] of counts) {
    if (c > n) {
      second = n;
      n = c;
      best = code;
    } else if (c > second) second = c;
  }
  return n >= 2 && n > second ? best : null;
}
