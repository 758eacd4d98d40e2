/**
 * Turns raw lexicon matches into explicit actor mentions: joins titles with the country before them
 * ("Kazakh President", "Germany's Chancellor") or after them ("foreign minister of Turkey") and with the
 * name that follows ("President Tokayev", "Chinese President Xi Jinping" → one mention), resolves people
 * by date, and keeps the coreference phrases and bare role nouns for the coreference refiner.
 */
import { countriesExtraSchema, loadValidated, sectorsSchema } from './lexicon-data.js';
import type { ActorMention, Diagnostic, Span } from '../../core/types.js';
import type { ActorLexicon, CorefClass, LexValue } from './actor-lexicon.js';
import { isOfficeRole, officeOn, pickPerson, type Person } from './leaders.js';
import { sectorPhrases, type PlaceMention, type SectorReference } from './sector-phrases.js';
import type { Token, TrieMatch } from './token-trie.js';
import { defaultNameWords, resolveIntroducedNames, type Introduction, type NameWords } from './introduced-names.js';

/** An explicit mention plus what coreference needs to know about it. */
export interface ExplicitMention {
  readonly mention: ActorMention;
  /** People, titles of office and their pronouns: candidates for he/she and for speakers. */
  readonly personLike: boolean;
  /** A title with a country but no name ("the Russian leader"): the refiner may attach a person. */
  readonly needsPerson: boolean;
  /** The role the title states (`any` for leader/counterpart), when a title was part of the mention. */
  readonly titleRole?: string;
  /** False when a possessive or a preposition shows the mention is not a clause subject ("Putin's visit", "with Putin"). */
  readonly subjectLike?: boolean;
  /** The title, lower-cased, for titles of no office ("ambassador", "deputy prime minister"): "the ambassador" later refers back. */
  readonly titleWord?: string;
}

/** A phrase that points back to earlier actors and must be resolved by coreference. */
// "his counterparts in both countries", "her counterpart from the two states".
const COUNTERPART = /^counterparts?$/;
const COUNTERPART_OF = new Set(['in', 'of', 'from']);
let locative: Set<string> | undefined;
const isLocative = (key: string): boolean => (locative ??= new Set(loadValidated('sectors.yaml', sectorsSchema).locationPrepositions)).has(key);

export interface PendingReference {
  readonly span: Span;
  readonly cls: CorefClass | 'roleNoun';
  readonly role?: string;
  /** The phrase, lower-cased ("him", "the two leaders"). */
  readonly words: string;
  /** The token after the phrase (the former/the latter need it). */
  readonly nextToken: Token | undefined;
  /** The title is written as an honorific, capital first ("the Head of State"). */
  readonly honorific?: boolean;
  /** "his counterparts in both countries": the pair is the others, not the sentence's own side. */
  readonly afterCounterpart?: boolean;
}

/** The combiner's output: explicit mentions, pending references and diagnostics. */
export interface CombinedMentions {
  readonly explicit: ExplicitMention[];
  readonly pending: PendingReference[];
  readonly diagnostics: Diagnostic[];
  /** Sector nouns and groups written without a country ("police arrested dozens"), for the context refiner. */
  readonly sectorRefs: SectorReference[];
  /** Cities and regions named (not actors themselves), for the context refiner. */
  readonly places: PlaceMention[];
  /** The country of a dateline opening the document ("CAIRO (Reuters) -"), or null. */
  readonly dateline: string | null;
}

// Between two country words that share one sector noun: "Russian and Ukrainian troops".
const COORDINATION = new Set(['and', ',', 'or']);
// What may follow the place of a dateline: "CAIRO, …", "CAIRO (Reuters) -", "KABUL — …".
const DATELINE_AFTER = new Set([',', '(', '-', ':']);

type M = TrieMatch<LexValue>;

// verbal15: "the Ambassador of the Republic of Eritrea", "the President of the Federal Republic of Somalia": a
// state's formal style between the title and its name.
// (data/countries-extra.yaml formalStyle: its modifiers and heads.)
let formalStateOf: RegExp | undefined;
const FORMAL_STATE_OF = {
  test(words: string): boolean {
    if (!formalStateOf) {
      const { modifiers, heads } = loadValidated('countries-extra.yaml', countriesExtraSchema).formalStyle;
      const alt = (list: readonly string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
      formalStateOf = heads.length ? new RegExp(`^of (?:the )?(?:(?:${alt(modifiers)}) )*(?:${alt(heads)}) of(?: the)?$`) : /(?!)/;
    }
    return formalStateOf.test(words);
  },
};

const NOT_SUBJECT_BEFORE = new Set(['with', 'to', 'by', 'for', 'of', 'from', 'between', 'about', 'on', 'at', 'against', 'toward', 'towards', 'than', 'including', 'like', 'under', 'recalling', 'visit', 'met', 'meet', 'meeting']);

const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const NAME_STOP = new Set(['The', 'A', 'An', 'And', 'Of', 'In', 'On', 'At', 'For', 'To', 'But', 'As', 'He', 'She', 'It', 'This', 'That', 'His', 'Her']);

/** Resolves a person on a date to the mention fields: code, person id and office role. */
export function resolvePerson(
  people: readonly Person[],
  date: string | null,
  context?: ReadonlySet<string>,
): { code: string; person: string; role: string } | null {
  const p = pickPerson(people, date, context);
  if (!p) return null;
  const office = officeOn(p, date);
  if (!office) return null;
  return { code: office.actor, person: p.id, role: office.role };
}

/** Combines the lexicon matches of one document into mentions. */
export function combineMatches(
  text: string,
  tokens: readonly Token[],
  matches: readonly M[],
  lexicon: ActorLexicon,
  refDate: string | null,
  sentenceStarts: readonly number[] = [],
  nameWords: NameWords = defaultNameWords(),
): CombinedMentions {
  const explicit: ExplicitMention[] = [];
  const pending: PendingReference[] = [];
  const diagnostics: Diagnostic[] = [];
  // People the lexicon does not know, introduced with a country: later mentions of their names resolve.
  const intros: Introduction[] = [];
  // Actors the document names outright: they settle which namesake a shared surname means.
  const context = new Set<string>();
  for (const m of matches) if (m.entry.value.kind === 'actor') context.add(m.entry.value.code);
  const sp = sectorPhrases(tokens, matches, lexicon);
  const sectorRefs: SectorReference[] = [];
  const places: PlaceMention[] = [];
  const dateline = datelineOf(tokens, matches);
  // The sector a title or office gives its holder; none for organisations' officers (UN, EU).
  const sectorFor = (code: string | undefined, sector: string | undefined): { sector?: string } =>
    code && sector && !lexicon.organisations.has(code) ? { sector } : {};
  const covered = new Uint8Array(tokens.length);
  // Tokens of unknown names already inside a title mention ("Japanese Prime Minister Taro Yamada").
  const named = new Uint8Array(tokens.length);
  for (const m of matches) for (let t = m.from; t < m.to; t++) covered[t] = 1;
  // "Abdullah II": a regnal number ends no name a person is called by alone.
  const regnalEnd = (from: number, to: number): number => (to - from >= 2 && /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/.test(tokens[to - 1]!.text) ? to - 1 : to);
  const introduce = (from: number, to: number, code: string, role: string | undefined, sector: string | undefined) => {
    intros.push({ from, to, code, ...(role ? { role } : {}), ...(sector ? { sector } : {}) });
    for (let t = from; t < to; t++) named[t] = 1;
  };
  /** Capitalised words not in the lexicon ending right before token `end` (≥ 2 words, no sentence opener), or null. */
  const unknownNameBefore = (end: number): { from: number; to: number } | null => {
    let i = end;
    let words = 0;
    while (i > 0 && words < 4) {
      // The word ending at token i: hyphenated parts ("Nam-ki", "Kassym-Jomart") are one word.
      let j = i - 1;
      while (j >= 2 && tokens[j - 1]!.key === '-' && tokens[j - 1]!.end === tokens[j]!.start && tokens[j - 2]!.end === tokens[j - 1]!.start && /^\p{L}/u.test(tokens[j - 2]!.text)) j -= 2;
      const t = tokens[j]!;
      if (!/^\p{Lu}\p{Ll}/u.test(t.text) || NAME_STOP.has(t.text) || CALENDAR_WORDS.has(t.key)) break;
      if (covered.subarray(j, i).some((c) => c === 1)) break;
      if (i < end && tokens[i - 1]!.end < tokens[i]!.start - 1) break;
      i = j;
      words++;
    }
    return words >= 2 ? { from: i, to: end } : null;
  };
  /** The new name set before a title by a comma: "<Name>, [the] <title>" (token index of the title phrase's start). */
  const appositionBefore = (at: number): { from: number; to: number } | null => {
    let i = at;
    // "an", and "a former …" ("Henry Walsh, a former Australian diplomat").
    if (tokens[i - 1]?.key === 'former') i--;
    if (tokens[i - 1]?.key === 'the' || tokens[i - 1]?.key === 'a' || tokens[i - 1]?.key === 'an') i--;
    if (tokens[i - 1]?.key !== ',') return null;
    return unknownNameBefore(i - 1);
  };
  /** The new name after a title: ", [Ambassador|Mr] <Name>", for an envoy after "to <state>" too. */
  const appositionAfter = (at: number, lastK: number, envoy: boolean): { from: number; to: number } | null => {
    let i = at;
    let k2 = lastK + 1;
    if (envoy && tokens[i]?.key === 'to' && matches[k2]?.from === i + 1 && matches[k2]!.entry.value.kind === 'actor') i = matches[k2++]!.to;
    if (tokens[i]?.key !== ',') return null;
    i++;
    const h = matches[k2];
    if (h && h.from === i && (h.entry.value.kind === 'honorific' || h.entry.value.kind === 'title')) i = h.to;
    else if (i === at + 1) return null; // ", Name" right after the title is read by unknownName already
    const u = unknownName(i, false);
    return u && u.to - u.from >= 2 ? u : null;
  };
  // The first state each sentence names, and the state the document names most: an apposition with no
  // country ("Hong Nam-ki, the minister of economy and finance, said") takes the state the sentence before
  // is about, but only where that is also the document's main state.
  const stateCounts = new Map<string, number>();
  for (const m of matches) {
    const mv = m.entry.value;
    if (mv.kind === 'actor' && (mv.via === 'name' || mv.via === 'demonym' || mv.via === 'capital') && /^[A-Z]{3}$/.test(mv.code)) stateCounts.set(mv.code, (stateCounts.get(mv.code) ?? 0) + 1);
  }
  let mainState: string | null = null;
  let mainN = 0;
  let tie = false;
  for (const [c, n] of stateCounts) {
    if (n > mainN) [mainState, mainN, tie] = [c, n, false];
    else if (n === mainN) tie = true;
  }
  if (tie) mainState = null;
  // The states and places the sentence holding a token names (sentenceStarts are character offsets); with
  // `located`, a state not written after a word of place is marked "~" (named as a party, not a place).
  const statesOfSentence = (tokenIndex: number, located = false): Set<string> => {
    const at = tokens[tokenIndex]!.start;
    let si = -1;
    for (let j = 0; j < sentenceStarts.length && sentenceStarts[j]! <= at; j++) si = j;
    const from = si >= 0 ? sentenceStarts[si]! : 0;
    const to = si + 1 < sentenceStarts.length ? sentenceStarts[si + 1]! : Infinity;
    const out = new Set<string>();
    for (const x of matches) {
      const st = tokens[x.from]!.start;
      if (st < from || st >= to) continue;
      const xv = x.entry.value;
      if ((xv.kind === 'actor' && xv.via !== 'organisation') || xv.kind === 'place') out.add(located && !(xv.kind === 'place' || isLocative(tokens[x.from - 1]?.key ?? '') || isLocative(tokens[x.from - 2]?.key ?? '')) ? `~${xv.code}` : xv.code);
    }
    return out;
  };
  // Only a state written as the place of the deed counts for the second home ("in Pakistan's north-west",
  // "near Peshawar"): "Pakistan urged the Taliban …" names a party, and the Taliban stay Afghan.
  const otherHome = (tokenIndex: number, home: string, alsoIn: readonly string[]): string | null => {
    const named = statesOfSentence(tokenIndex, true);
    if (named.has(home) || named.has(`~${home}`)) return null;
    if (alsoIn.some((c) => named.has(`~${c}`))) return null;
    const hits = alsoIn.filter((c) => named.has(c));
    return hits.length === 1 ? hits[0]! : null;
  };
  const stateOfSentenceBefore = (tokenIndex: number): string | null => {
    const at = tokens[tokenIndex]!.start;
    let si = -1;
    for (let j = 0; j < sentenceStarts.length && sentenceStarts[j]! <= at; j++) si = j;
    if (si < 1) return null;
    const from = sentenceStarts[si - 1]!;
    const to = sentenceStarts[si]!;
    for (const m of matches) {
      const st = tokens[m.from]!.start;
      if (st < from) continue;
      if (st >= to) break;
      const mv = m.entry.value;
      if (mv.kind === 'actor' && mv.via !== 'organisation' && /^[A-Z]{3}$/.test(mv.code)) return mv.code;
    }
    return null;
  };

  // notes16: "Chairman of the State Great Khural of Mongolia", "President of the National Assembly of X": an office of a
  // body named in capitals ("of (the) Body Name of") is the office of the state after it.
  const namedBodyOf = (fromTok: number, toTok: number): boolean => {
    const ts = tokens.slice(fromTok, toTok);
    if (ts.length < 3 || ts[0]!.key !== 'of' || ts[ts.length - 1]!.key !== 'of') return false;
    const body = ts.slice(ts[1]!.key === 'the' ? 2 : 1, -1);
    return body.length >= 1 && body.length <= 4 && body.every((t) => /^\p{Lu}/u.test(t.text));
  };
  const keys = (fromTok: number, toTok: number): string => tokens.slice(fromTok, toTok).map((t) => t.key).join(' ');
  const span = (fromTok: number, toTok: number): Span => ({ start: tokens[fromTok]!.start, end: tokens[toTok - 1]!.end });
  const gap = (a: M, b: M | undefined): string[] | null => (b ? tokens.slice(a.to, b.from).map((t) => t.key) : null);
  const isActor = (m: M | undefined): m is M & { entry: { value: { kind: 'actor' } } } =>
    m !== undefined && m.entry.value.kind === 'actor' && m.entry.value.via !== 'capital';
  const isKind = (m: M | undefined, kind: LexValue['kind']) => m !== undefined && m.entry.value.kind === kind;

  /** Capitalised words not in the lexicon right after token `at` (an unknown name), or null. */
  const unknownName = (at: number, allowComma: boolean): { from: number; to: number } | null => {
    let i = at;
    if (allowComma && tokens[i]?.text === ',') i++;
    const from = i;
    let words = 0;
    while (i < tokens.length && words < 4) {
      const t = tokens[i]!;
      // A known one-word name inside a longer unknown one ("Abdul Ghani Baradar") is part of it.
      // So is a place name that opens one right after a title ("President Santiago Peña", "Minister Victoria Nuland").
      const inside = covered[i] && (words > 0 ? loneName(i) : placeWord(i)) && tokens[i + 1] !== undefined && tokens[i + 1]!.start === t.end + 1 && unknownCapital(i + 1);
      if ((covered[i] && !inside) || !/^\p{Lu}\p{Ll}/u.test(t.text) || NAME_STOP.has(t.text) || tokens[i - 1]!.end < t.start - 1) break;
      words++;
      i++;
      // Hyphenated given names: Jae-myung, Kassym-Jomart.
      if (tokens[i]?.key === '-' && tokens[i]!.start === tokens[i - 1]!.end && /^\p{L}/u.test(tokens[i + 1]?.text ?? '')) i += 2;
    }
    if (words === 0 || (allowComma && from !== at && words < 2)) return null;
    return { from, to: i };
  };

  const unknownCapital = (i: number): boolean => {
    const t = tokens[i];
    return t !== undefined && !covered[i] && /^\p{Lu}\p{Ll}/u.test(t.text) && !CALENDAR_WORDS.has(t.key);
  };
  /** A bare surname glued to an unknown capitalised word (a TV host named "Li Ming", "Jane Kerry") names someone else. */
  /** Whether the given names written before a known surname could be that person's (same first letters). */
  const givenNameFits = (person: M, from: number, to: number): boolean => {
    const written = tokens.slice(from, to).map((t) => t.key).join('').replace(/[^\p{L}]/gu, '');
    const people = (person.entry.value as Extract<LexValue, { kind: 'person' }>).people;
    return people.some((p) => [p.name, ...p.aliases].some((n) => {
      const words = n.split(/\s+/);
      if (words.length < 2) return false;
      const given = words.slice(0, -1).join('').toLowerCase().replace(/[^\p{L}]/gu, '');
      return given.slice(0, 3) === written.slice(0, 3);
    }));
  };

  /** A capitalised name (known or not) starts at token `i`. */
  const nameAfter = (i: number): boolean => {
    const t = tokens[i];
    if (!t || !/^\p{Lu}\p{Ll}/u.test(t.text) || NAME_STOP.has(t.text) || CALENDAR_WORDS.has(t.key)) return false;
    if (!covered[i]) return unknownCapital(i + 1) || matches.some((x) => x.from === i + 1 && x.entry.value.kind === 'person');
    return matches.some((x) => x.from === i && x.entry.value.kind === 'person');
  };
  // A one-word place or state name ("Santiago", "Jordan"), which may open a new person's name after a title.
  const placeWord = (i: number): boolean => matches.some((x) => x.from === i && x.to === i + 1
    && (x.entry.value.kind === 'place' || (x.entry.value.kind === 'actor' && (x.entry.value.via === 'capital' || x.entry.value.via === 'name'))));
  // A one-word known name glued to another one-word known name ("Li Xi", "Ali Khan") is a third person's.
  const loneName = (i: number): boolean => matches.some((x) => x.from === i && x.to === i + 1 && x.entry.value.kind === 'person');
  const partOfOtherName = (i: number): boolean => {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (next && next.start === t.end + 1 && (unknownCapital(i + 1) || loneName(i + 1))) return true;
    const prev0 = tokens[i - 1];
    if (prev0 && prev0.end === t.start - 1 && loneName(i - 1)) return true;
    const prev = tokens[i - 1];
    if (prev && prev.end === t.start - 1 && unknownCapital(i - 1)) {
      const before = tokens[i - 2];
      // A capitalised word opening the sentence ("Yesterday Putin …") is not a first name.
      const sentenceStart = !before || /^[.!?"“”«»:;(\n]$/.test(before.text) || text.slice(before.end, prev.start).includes('\n');
      return !sentenceStart;
    }
    return false;
  };

  const personMention = (
    m: M,
    s: Span,
    rule: string,
    titleRole: string | undefined,
    fallbackCode: string | undefined,
    titleSector?: string,
  ): ExplicitMention | null => {
    const v = m.entry.value as Extract<LexValue, { kind: 'person' }>;
    const r = resolvePerson(v.people, refDate, context);
    if (!r) return null;
    const code = r.code ?? fallbackCode;
    return {
      mention: { kind: 'actor', span: s, code, via: 'person', person: r.person, role: r.role, ...sectorFor(code, titleSector ?? 'GOV'), rule },
      personLike: true,
      needsPerson: false,
      ...(titleRole ? { titleRole } : {}),
    };
  };

  // A known surname written after a title and given names that are not the known person's ("Minister
  // Bakhyt Sultanov" is not Utkir Sultanov) is someone else's throughout the document: the bare surname ("Sultanov said")
  // is not the known person either, and the lexicon no longer covers it, so the new name can be introduced.
  const shadowed = new Set<string>();
  for (const m of matches) {
    if (m.entry.value.kind !== 'person' || m.to - m.from !== 1) continue;
    let from = m.from;
    while (from > 0 && m.from - from < 3 && tokens[from - 1]!.end === tokens[from]!.start - 1 && unknownCapital(from - 1)) from--;
    if (from === m.from) continue;
    // Only after a title: a namesake of a known person holds an office of their own ("Minister Bakhyt
    // Sultanov"), while a bare "Heydar Aliyev Centre" may name a father, a street or a foundation.
    if (!matches.some((t) => t.to === from && t.entry.value.kind === 'title')) continue;
    if (!givenNameFits(m, from, m.from)) shadowed.add(tokens[m.from]!.key);
  }
  const isShadowed = (m: M): boolean => m.entry.value.kind === 'person' && m.to - m.from === 1 && shadowed.has(tokens[m.from]!.key);
  if (shadowed.size > 0) for (const m of matches) if (isShadowed(m)) covered[m.from] = 0;

  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (isShadowed(m)) {
      diagnostics.push({ reason: `"${tokens[m.from]!.text}" is written as another person's surname in this text`, rule: 'actors.surname-of-other-person', severity: 'info', span: span(m.from, m.to) });
      continue;
    }
    const v = m.entry.value;
    if (v.kind === 'none') continue;

    // A group of one state before a title speaks for it like a country word: "the Taliban Deputy Prime
    // Minister, Mullah …", "Houthi spokesman …".
    const groupTitle = v.kind === 'group' && v.code !== null && isKind(matches[k + 1], 'title') && matches[k + 1]!.from === m.to && sp.nounUse(matches[k + 1]!);
    if ((v.kind === 'place' || v.kind === 'sector' || v.kind === 'group') && !groupTitle) {
      if (v.kind === 'place') places.push({ span: span(m.from, m.to), code: v.code });
      const owned = v.kind === 'place' ? sp.afterOwner(k) : null;
      const r = owned ?? sp.alone(k);
      if (r.kind === 'mention') {
        const last = matches[r.endK]!;
        if (last !== m && last.entry.value.kind === 'place') places.push({ span: span(last.from, last.to), code: last.entry.value.code });
        // material15: a group known in a second state ("the Taliban" of Pakistan) acts there when its sentence
        // names that state and not the group's home ("Taliban militants stormed an air base in Pakistan's north-west").
        const other = v.kind === 'group' && v.alsoIn && r.mention.rule === 'actors.group' && v.code ? otherHome(m.from, v.code, v.alsoIn) : null;
        explicit.push({ mention: other ? { ...r.mention, code: other } : r.mention, personLike: false, needsPerson: false });
        k = r.endK;
      } else if (r.kind === 'reference') {
        sectorRefs.push(r.ref);
        if (r.endK !== undefined) k = r.endK;
      }
      continue;
    }

    if (v.kind === 'coref') {
      if (v.cls === 'statePronouns' && !(tokens[m.to] && lexicon.statePronounFollowers.has(tokens[m.to]!.key))) continue;
      const afterCounterpart = v.cls === 'twoCountries' && COUNTERPART.test(tokens[m.from - 2]?.key ?? '') && COUNTERPART_OF.has(tokens[m.from - 1]?.key ?? '');
      pending.push({ span: span(m.from, m.to), cls: v.cls, words: keys(m.from, m.to), nextToken: tokens[m.to], ...(afterCounterpart ? { afterCounterpart } : {}) });
      continue;
    }

    if (v.kind === 'honorific') {
      const next = matches[k + 1];
      if (isKind(next, 'person') && gap(m, next)!.length === 0) {
        const pm = personMention(next!, span(m.from, next!.to), 'actors.honorific-person', undefined, undefined);
        if (pm) explicit.push(pm);
        k++;
      } else {
        const u = unknownName(m.to, false);
        if (u) diagnostics.push(unknownPerson(text, span(m.from, u.to)));
      }
      continue;
    }

    if (v.kind === 'person') {
      if (m.to - m.from === 1 && partOfOtherName(m.from)) {
        diagnostics.push({ reason: `"${tokens[m.from]!.text}" looks like part of another person's name`, rule: 'actors.surname-in-other-name', severity: 'info', span: span(m.from, m.to) });
        continue;
      }
      const pm = personMention(m, span(m.from, m.to), 'actors.person', undefined, undefined);
      if (pm) {
        explicit.push(pm);
        // "King Abdullah II" … "Abdullah", "Charles Michel" … "Michel": a known person's name alone later
        // stands for the person too (the lexicon knows only the full aliases).
        if (m.to - m.from >= 2) introduce(m.from, regnalEnd(m.from, m.to), pm.mention.code, pm.mention.role, pm.mention.sector);
      }
      continue;
    }

    // A country (or organisation) directly before a title, possibly possessive: "Kazakh President", "Germany's Chancellor".
    let country: M | null = null;
    let title: M | null = null;
    let endK = k;
    if (groupTitle) {
      country = m;
      title = matches[k + 1]!;
      endK = k + 1;
    } else if (v.kind === 'actor') {
      const owned = sp.afterOwner(k);
      if (owned?.kind === 'mention') {
        // "Russian and Ukrainian troops": the first country word shares the noun.
        const prev = explicit[explicit.length - 1];
        const before = matches[k - 1];
        const g0 = before ? gap(before, m) : null;
        if (prev && before && owned.mention.via === 'demonym' && prev.mention.rule === 'actors.demonym' && prev.mention.span.start === tokens[before.from]!.start && g0 && g0.length >= 1 && g0.length <= 2 && g0.every((w) => COORDINATION.has(w))) {
          explicit[explicit.length - 1] = { ...prev, mention: { ...prev.mention, sector: owned.mention.sector!, rule: 'actors.sector-coordinated' } };
        }
        // "Australian diplomat Henry Walsh", "French tourist Marie Dubois": a state's sector noun in the
        // singular with an unknown name of two words or more right after it introduces that person, of that state.
        const nounEnd = matches[owned.endK]!.to;
        const named = owned.mention.via === 'demonym' && !/s$/.test(tokens[nounEnd - 1]!.key) ? unknownName(nounEnd, false) : null;
        if (named && named.to - named.from >= 2) {
          const former = tokens[m.from - 1]?.key === 'former';
          const sector = former ? undefined : owned.mention.sector;
          diagnostics.push(unknownPerson(text, span(named.from, named.to)));
          const { sector: _drop, ...rest } = owned.mention;
          explicit.push({
            mention: { ...rest, span: span(m.from, named.to), ...(sector ? { sector } : {}), rule: 'actors.sector-person' },
            personLike: true,
            needsPerson: false,
          });
          introduce(named.from, named.to, owned.mention.code, undefined, sector);
          k = owned.endK;
          while (matches[k + 1] && matches[k + 1]!.from < named.to) k++;
          continue;
        }
        // …and "Henry Walsh, an Australian diplomat," names the person before it.
        const holder = owned.mention.via === 'demonym' && !/s$/.test(tokens[nounEnd - 1]!.key) ? appositionBefore(m.from) : null;
        if (holder) introduce(holder.from, holder.to, owned.mention.code, undefined, tokens[m.from - 1]?.key === 'former' ? undefined : owned.mention.sector);
        explicit.push({ mention: owned.mention, personLike: false, needsPerson: false });
        k = owned.endK;
        continue;
      }
      const next = matches[k + 1];
      const g = gap(m, next);
      if (isActor(m) && isKind(next, 'title') && g !== null && sp.nounUse(next!) && titleGap(g, lexicon.qualifiers)) {
        country = m;
        title = next!;
        endK = k + 1;
        // verbal15: "Ghana's U.N. ambassador", "the Ukrainian UN envoy": a state's envoy to an organisation
        // speaks for the state (spec: an envoy resolves to the country they speak for), not for the organisation.
        const before = matches[k - 1];
        const g0 = before ? gap(before, m) : null;
        const prevMention = explicit[explicit.length - 1];
        if (
          (next!.entry.value as Extract<LexValue, { kind: 'title' }>).role === 'envoy' && m.entry.value.via === 'organisation' &&
          isActor(before) && before!.entry.value.via !== 'organisation' && before!.entry.value.via !== 'person' &&
          g0 !== null && /^(?:|['’]s?|['’] s)$/.test(g0.join(' ')) &&
          prevMention && prevMention.mention.span.start === tokens[before!.from]!.start
        ) {
          explicit.pop();
          country = before!;
        }
      } else if (isKind(next, 'title') && g !== null && sp.nounUse(next!) && nameAfter(next!.to) && titleGap(g, lexicon.qualifiers)) {
        // A seat of power, a role word and a name: "White House spokesman John Kirby", "Kremlin spokesman
        // …" (the name shows it is one person; a capital alone stays the government).
        country = m;
        title = next!;
        endK = k + 1;
      }
    } else if (v.kind === 'title') {
      if (!sp.nounUse(m)) continue;
      title = m;
      // "… of Turkey", "… of the European Commission"
      const next = matches[k + 1];
      const g = gap(m, next);
      if (isActor(next) && g !== null && g[0] === 'of' && (g.length === 1 || (g.length === 2 && g[1] === 'the') || FORMAL_STATE_OF.test(g.join(' ')) || namedBodyOf(m.to, next!.from))) {
        country = next!;
        endK = k + 1;
        // verbal15: "the Ambassador of Eritrea to the African Union": an envoy's post at an organisation is part
        // of the title, not a party of its own (the envoy speaks for the sending state). A post at a state stays
        // a mention: "the ambassador of X to Y was summoned" is Y's summons.
        const post = matches[k + 2];
        const g2 = gap(next!, post);
        if ((v as Extract<LexValue, { kind: 'title' }>).role === 'envoy' && isActor(post) && post!.entry.value.via === 'organisation' &&
          g2 !== null && g2[0] === 'to' && (g2.length === 1 || (g2.length === 2 && g2[1] === 'the'))) {
          endK = k + 2;
        }
      }
    }

    if (title) {
      const tv = title.entry.value as Extract<LexValue, { kind: 'title' }>;
      const role = tv.role;
      const titleRole = role;
      const first = country && country.from < title.from ? country : title;
      // A former holder acts for no office of the state: neither the title's mention nor later ones take
      // its role or sector ("former Ghanaian President X", "ex-President X", "Ghana's former President X").
      const former = formerBefore(tokens, first.from, title.from);
      let last = matches[endK]!;
      let code = country ? (country.entry.value as Extract<LexValue, { kind: 'actor' }>).code : undefined;
      let titleRule: string | null = null;
      // "an opposition leader in Minsk", "a judge in Lagos": an office holder placed by a city or country.
      if (!code && role === 'official') {
        const next = matches[endK + 1];
        const g = gap(last, next);
        const nv = next?.entry.value;
        if (g && g.length === 1 && g[0] === 'in' && nv && (nv.kind === 'place' || (nv.kind === 'actor' && nv.via !== 'organisation' && nv.via !== 'person'))) {
          code = nv.code;
          if (nv.kind === 'place') places.push({ span: span(next!.from, next!.to), code: nv.code });
          endK = endK + 1;
          last = next!;
          titleRule = 'actors.title-place';
        }
      }
      // A group's officer acts in the group's sector ("Hamas leader …" is PSE/REB).
      const titleSector = country?.entry.value.kind === 'group' ? country.entry.value.sector : tv.sector;
      const after = matches[endK + 1];
      const g = gap(last, after);
      const commaPerson = isKind(after, 'person') && g !== null && g.length === 1 && g[0] === ',';
      const joinable = isKind(after, 'person') && g !== null && (g.length === 0 || commaPerson);
      const pm = joinable ? personMention(after!, span(first.from, after!.to), country ? 'actors.title-country-person' : 'actors.title-person', titleRole, code, titleSector) : null;
      // "At a meeting with his Chinese counterpart, Lavrov said …": a person of another state after the comma
      // is someone else, not the title's holder.
      // kaz17: "Ukrainian Ambassador Petro Vrublevsky": a known one-word name glued to an unknown capitalised word
      // is that other person's given name, when the state it would make them speak for is not the title's.
      const otherNamesake = joinable && !commaPerson && after!.to - after!.from === 1 && partOfOtherName(after!.from)
        && code !== undefined && pm !== null && pm.mention.code !== undefined && pm.mention.code !== code;
      if (joinable && !otherNamesake && !(commaPerson && code && pm && pm.mention.code && pm.mention.code !== code)) {
        if (pm) {
          explicit.push(pm);
          if (after!.to - after!.from >= 2) introduce(after!.from, regnalEnd(after!.from, after!.to), pm.mention.code, pm.mention.role, pm.mention.sector);
        }
        k = endK + 1;
        continue;
      }
      const titleKey = tokens[title.to - 1]!.key;
      const plural = /s$/.test(titleKey) && !/ss$/.test(titleKey);
      const u = plural ? null : unknownName(last.to, true);
      // Given names the lexicon lacks before a known surname: "President Kassym Jomart Tokayev" — but
      // not a different given name ("Minister Bakhyt Sultanov" is not Utkir Sultanov).
      if (u && isKind(after, 'person') && after!.from === u.to && after!.to - after!.from === 1 && givenNameFits(after!, u.from, u.to)) {
        const pm = personMention(after!, span(first.from, after!.to), country ? 'actors.title-country-person' : 'actors.title-person', titleRole, code, titleSector);
        if (pm) explicit.push(pm);
        k = endK + 1;
        continue;
      }
      if (u && (country || /^\p{Lu}/u.test(tokens[title.from]!.text))) {
        let s = span(first.from, u.to);
        diagnostics.push(unknownPerson(text, span(u.from, u.to)));
        // Lexicon words inside the new name ("Santiago" of "Santiago Peña") are part of it, not mentions.
        while (matches[endK + 1] && matches[endK + 1]!.from < u.to) endK++;
        // "Foreign Minister Jane Doe of Peru"
        if (!code && titleRule === null && tokens[u.to]?.key === 'of') {
          const of = matches[endK + 1];
          const ov = of?.entry.value;
          const at = tokens[u.to + 1]?.key === 'the' ? u.to + 2 : u.to + 1;
          if (of && of.from === at && ov?.kind === 'actor' && ov.via !== 'person') {
            code = ov.code;
            s = span(first.from, of.to);
            endK = endK + 1;
          }
        }
        if (code) {
          const roleOut = isOfficeRole(role) && !former ? role : undefined;
          explicit.push({
            mention: { kind: 'actor', span: s, code, via: 'title', ...(roleOut ? { role: roleOut } : {}), ...(former ? {} : sectorFor(code, titleSector)), rule: 'actors.title-unknown-person' },
            personLike: true,
            needsPerson: false,
            titleRole,
            ...(role === 'envoy' || role === 'official' ? { titleWord: keys(title.from, title.to) } : {}),
          });
          // …nor when named again ("Glas", once "former Vice-President").
          introduce(u.from, u.to, code, roleOut, former ? undefined : sectorFor(code, titleSector).sector);
        }
        k = endK;
        continue;
      }
      if (code) {
        explicit.push({
          mention: { kind: 'actor', span: span(first.from, last.to), code, via: 'title', ...(isOfficeRole(role) && !former ? { role } : {}), ...(former ? {} : sectorFor(code, titleSector)), rule: titleRule ?? 'actors.title-country' },
          personLike: true,
          needsPerson: true,
          titleRole,
          ...(role === 'envoy' || role === 'official' ? { titleWord: keys(title.from, title.to) } : {}),
        });
        // The holder named beside the title: "Tanu Osei, Ghana's trade minister", "the Nigerian High
        // Commissioner to South Africa, Ambassador Kabiru Bala" (an envoy is his sending state's).
        const holder = appositionBefore(first.from) ?? appositionAfter(last.to, endK, role === 'envoy');
        if (holder) introduce(holder.from, holder.to, code, isOfficeRole(role) && !former ? role : undefined, former ? undefined : sectorFor(code, titleSector).sector);
        k = endK;
        continue;
      }
      // "Hong Nam-ki, the minister of economy and finance, said": a title with no country set beside a new
      // name belongs to the state the sentence before is about, when that is the document's main state.
      // Not where the title names its own body or place ("the spokesman of the Taliban", "the mayor of Riga").
      const ownBody = /^(?:of|for|in|at)$/.test(tokens[title.to]?.key ?? '') && [1, 2].some((d) => covered[title.to + d] === 1 || /^\p{Lu}/u.test(tokens[title.to + d]?.text ?? ''));
      if (!plural && !ownBody && tokens[title.from - 1]?.key === 'the' && tv.sector === 'GOV') {
        const holder = appositionBefore(title.from);
        const state = holder ? stateOfSentenceBefore(holder.from) : null;
        if (holder && state && state === mainState) {
          const roleOut = isOfficeRole(role) ? role : undefined;
          explicit.push({
            mention: { kind: 'actor', span: span(holder.from, holder.to), code: state, via: 'person', ...(roleOut ? { role: roleOut } : {}), sector: titleSector, rule: 'actors.apposition-main-state' },
            personLike: true,
            needsPerson: false,
            titleRole,
          });
          introduce(holder.from, holder.to, state, roleOut, titleSector);
          k = endK;
          continue;
        }
      }
      // A bare title after "the" is a role noun ("the President", "the head of state").
      const prev = tokens[title.from - 1];
      // Readouts drop the article before their own leader's office at a sentence's start: "Prime Minister
      // congratulated President Ramaphosa …" (an office of data/leaders, capitalised, no name after it).
      const next = tokens[title.to];
      const sentenceStart = !prev || /^[.!?]$/.test(prev.text) || /\n/.test(text.slice(prev.end, tokens[title.from]!.start));
      const bareOffice = sentenceStart && isOfficeRole(role) && /^\p{Lu}/u.test(tokens[title.from]!.text) && (!next || !/^\p{Lu}/u.test(next.text));
      if ((prev?.key === 'the' || bareOffice) && !plural && !/counterpart/.test(tokens[title.from]!.key)) {
        const honorific = /^[A-Z]/.test(tokens[title.from]!.text);
        pending.push({ span: span(title.from, title.to), cls: 'roleNoun', role, words: keys(title.from, title.to), nextToken: tokens[title.to], honorific });
      }
      continue;
    }

    if (v.kind === 'actor') {
      // A region or group word written straight before a state's name only describes it ("Central Asian
      // Tajikistan"): the state is the actor, not the group.
      const nextState = matches[k + 1];
      if (!/^[A-Z]{3}$/.test(v.code) && nextState?.from === m.to && nextState.entry.value.kind === 'actor'
        && (nextState.entry.value.via === 'name' || nextState.entry.value.via === 'demonym') && /^[A-Z]{3}$/.test(nextState.entry.value.code)) continue;
      explicit.push({
        mention: { kind: 'actor', span: span(m.from, m.to), code: v.code, via: v.via, ...(v.sector ? { sector: v.sector } : {}), rule: `actors.${v.via}` },
        personLike: false,
        needsPerson: false,
      });
    }
  }

  // Later mentions of people introduced with a country ("Hong said", "Kirby urged").
  const later = resolveIntroducedNames(text, tokens, intros, covered, named, nameWords);
  if (later.mentions.length > 0) {
    explicit.push(...later.mentions);
    explicit.sort((a, b) => a.mention.span.start - b.mention.span.start);
  }
  diagnostics.push(...later.diagnostics);
  // The token starting at an offset, by binary search (a map over every token cost more than the lookups).
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const st = tokens[mid]!.start;
      if (st === offset) return mid;
      if (st < offset) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  };
  const withSubject = explicit.map((e): ExplicitMention => {
    if (!e.personLike) return e;
    const first = tokenAt(e.mention.span.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < e.mention.span.end) last++;
    const possessive = tokens[last + 1]?.key === "'" && tokens[last + 2]?.key === 's';
    const afterPreposition = NOT_SUBJECT_BEFORE.has(tokens[first - 1]?.key ?? '');
    return { ...e, subjectLike: !possessive && !afterPreposition };
  });
  // A wire dateline ("MOSCOW (Sputnik) -", "KYIV, May 3 —") says where the story was filed, not who acted:
  // its place is no party of the sentence it opens.
  const datelines = datelineStarts(text, tokens, matches);
  const kept = datelines.size > 0 ? withSubject.filter((e) => !datelines.has(e.mention.span.start)) : withSubject;
  return { explicit: kept, pending, diagnostics, sectorRefs, places, dateline };
}

/**
 * The offsets of datelines: a capital, city or country name written in capitals that opens the text or
 * a line, then a comma, bracket or dash.
 */
function datelineStarts(text: string, tokens: readonly Token[], matches: readonly M[]): Set<number> {
  const out = new Set<number>();
  for (const m of matches) {
    const v = m.entry.value;
    if (v.kind !== 'place' && !(v.kind === 'actor' && (v.via === 'capital' || v.via === 'name'))) continue;
    if (!DATELINE_AFTER.has(tokens[m.to]?.key ?? '')) continue;
    const words = tokens.slice(m.from, m.to).filter((t) => /\p{L}/u.test(t.text));
    // Abbreviations ("US, China agree …", "UK -") open headlines, not datelines.
    if (words.length === 0 || !words.some((t) => /\p{L}{4}/u.test(t.text)) || words.some((t) => t.text !== t.text.toUpperCase())) continue;
    const start = tokens[m.from]!.start;
    const before = m.from === 0 ? '' : text.slice(tokens[m.from - 1]!.end, start);
    if (m.from === 0 || before.includes('\n')) out.add(start);
  }
  // "Washington, United States - The IMF's board announced …": a place opening a line, a comma, then the
  // country written out and a dash or bracket, in any case. Both names say where the story was filed.
  for (let i = 0; i + 1 < matches.length; i++) {
    const m = matches[i]!, n = matches[i + 1]!;
    const v = m.entry.value, w = n.entry.value;
    if (v.kind !== 'place' && !(v.kind === 'actor' && v.via === 'capital')) continue;
    if (tokens[m.to]?.key !== ',' || n.from !== m.to + 1) continue;
    if (!(w.kind === 'actor' && w.via === 'name')) continue;
    if (!['-', '('].includes(tokens[n.to]?.key ?? '')) continue;
    if (v.code !== w.code) continue;
    const start = tokens[m.from]!.start;
    const before = m.from === 0 ? '' : text.slice(tokens[m.from - 1]!.end, start);
    if (m.from === 0 || before.includes('\n')) { out.add(start); out.add(tokens[n.from]!.start); }
  }
  return out;
}

// Words that make an office holder a former one.
const FORMER = new Set(['former', 'ex']);

/**
 * Whether the title phrase from token `first` (its country word or the title) to the title at `titleFrom`
 * names a former holder: "former" or "ex-" right before it ("former Ghanaian President", "ex-President"),
 * or "former" between the country and the title ("Ghana's former President").
 */
function formerBefore(tokens: readonly Token[], first: number, titleFrom: number): boolean {
  const before = tokens[first - 1]?.key === '-' ? tokens[first - 2] : tokens[first - 1];
  if (FORMER.has(before?.key ?? '')) return true;
  for (let i = first; i < titleFrom; i++) if (FORMER.has(tokens[i]!.key)) return true;
  return false;
}

/** A title's gap after its country word: nothing, a possessive, then qualifiers ("Iran's top general"). */
function titleGap(g: readonly string[], qualifiers: ReadonlySet<string>): boolean {
  const start = g[0] === "'" ? (g[1] === 's' ? 2 : 1) : 0;
  for (let i = start; i < g.length; i++) if (!qualifiers.has(g[i]!)) return false;
  return g.length - start <= 2;
}

/** The country of a dateline: a capital, city or country name opening the document, then a comma, bracket or dash. */
function datelineOf(tokens: readonly Token[], matches: readonly M[]): string | null {
  const m = matches[0];
  if (!m || m.from > 0) return null;
  const v = m.entry.value;
  if (v.kind !== 'place' && !(v.kind === 'actor' && (v.via === 'capital' || v.via === 'name'))) return null;
  return DATELINE_AFTER.has(tokens[m.to]?.key ?? '') ? v.code : null;
}

function unknownPerson(text: string, s: Span): Diagnostic {
  return { reason: `unknown person "${text.slice(s.start, s.end)}" (not in data/leaders)`, rule: 'actors.unknown-person', severity: 'info', span: s };
}
