/**
 * Resolves references in narration (text outside quotations) to the actors named before them:
 * he/his/she/her, "the President", "the latter"/"the former", "the two leaders", "the two countries",
 * "bilateral", "the country", and attaches a person to "the Russian leader" when one was named.
 * Conservative by design: a reference with no antecedent in reach stays unresolved.
 */
import { fitsDescriptor } from './descriptor-regions.js';
import type { ActorMention, Diagnostic, Span } from '../../core/types.js';
import { roleMatches } from './leaders.js';
import { loadValidated } from '../../core/data-files.js';
import { coreferenceSchema } from './lexicon-data.js';
import type { ExplicitMention, PendingReference } from './mention-combiner.js';

/** Where a position sits: its sentence, that sentence's rank among narration sentences, and whether it is quoted. */
export interface Position {
  readonly sentence: number;
  readonly narration: number;
  readonly quoted: boolean;
}

/** The refiner's output: explicit mentions (persons attached) and resolved references, plus diagnostics. */
export interface RefinedMentions {
  readonly mentions: ExplicitMention[];
  readonly diagnostics: Diagnostic[];
  /** "It" in narration that no state or organisation before it answered (a sector subject may, once resolved). */
  readonly openIt?: Span[];
}

interface Seen {
  readonly mention: ActorMention;
  readonly personLike: boolean;
  readonly subjectLike: boolean;
  readonly pos: Position;
  readonly titleWord?: string;
}

// Sectors of the bodies "the group", "the movement" may name again: armed groups, separatists, opposition parties.
const GROUP_SECTORS = new Set(['REB', 'SEP', 'OPP']);

// How many narration sentences back "the council", "the bloc" may find the organisation it names again.
const BODY_REACH = 3;

// How many narration sentences back "the ambassador", "the general" may find the holder it names again.
const ENVOY_REACH = 3;
/** One word for the forms of a title of no office ("spokeswoman" and "spokesperson" are one spokesman). */
const titleFamily = (w: string): string => w.replace(/^spokes(?:man|woman|person)$/, 'spokes');

// How many narration sentences back a pronoun may find its antecedent.
const PRONOUN_REACH = 2;

/** Pronouns and title words that tell a person's sex (data/coreference.yaml). */
let sexWords: { male: Set<string>; female: Set<string>; maleTitles: Set<string>; femaleTitles: Set<string> } | undefined;
function sexes() {
  if (!sexWords) {
    const c = loadValidated('coreference.yaml', coreferenceSchema);
    const low = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
    sexWords = { male: low(c.malePronouns), female: low(c.femalePronouns), maleTitles: low(c.maleTitleWords), femaleTitles: low(c.femaleTitleWords) };
  }
  return sexWords;
}
/** Whether a narration pronoun may point back to a person, by the sex a title word tells ("he" is not a spokeswoman). */
function sexAgrees(pronoun: string, titleWord: string | undefined): boolean {
  if (!titleWord) return true;
  const s = sexes();
  const words = titleWord.toLowerCase().split(/\s+/);
  const p = pronoun.toLowerCase();
  if (s.male.has(p)) return !words.some((w) => s.femaleTitles.has(w));
  if (s.female.has(p)) return !words.some((w) => s.maleTitles.has(w));
  return true;
}
const ATTRIBUTION_REACH = 4;
const STATE_CODE = /^[A-Z]{3}$/;
// "the former president" / "the former Soviet Union" are descriptions, "the former said" a reference.
const DESCRIPTION_NOUN = new Set([
  'head', 'chief', 'minister', 'ministers', 'ambassador', 'envoy', 'member', 'members', 'state', 'states', 'country',
  'countries', 'part', 'case', 'one', 'ones', 'option', 'approach', 'type', 'group', 'category', 'capital', 'republic',
  'official', 'officials', 'deputy', 'secretary', 'chairman', 'speaker', 'mayor', 'governor', 'prime', 'foreign', 'vice',
  'president', 'leader', 'leaders', 'premier', 'chancellor', 'king', 'emir', 'director', 'general', 'colony', 'territory',
  'capital', 'soviet', 'name', 'partner', 'partners', 'government', 'administration', 'regime', 'agreement', 'two',
]);
function isReferenceFollower(next: string | undefined): boolean {
  if (next === undefined || !/^\p{L}/u.test(next)) return true;
  return !/^\p{Lu}/u.test(next) && !DESCRIPTION_NOUN.has(next.toLowerCase());
}

function personKey(m: ActorMention): string {
  return m.person ?? `${m.code}/${m.role ?? ''}/${m.span.start}`;
}

/**
 * "The country" among several states: the sentence's own states are the ones acting on it ("Kazakhstan
 * condemned the Russian invasion of Ukraine. Meanwhile, it sent aid to the war-torn country"; "many
 * countries including China and Qatar have provided aid to the country"), so the one state of the
 * sentence before that this sentence does not name, a state named outright before one named by its
 * adjective; null when that still leaves several.
 */
function otherCountry(actors: readonly Seen[], pos: Position): ActorMention | null {
  const here = new Set(actors.filter((a) => a.pos.sentence === pos.sentence).map((a) => a.mention.code));
  const before = actors.filter((a) => a.pos.narration === pos.narration - 1 && a.pos.sentence < pos.sentence
    && STATE_CODE.test(a.mention.code) && !here.has(a.mention.code) && a.mention.via !== 'person' && a.mention.via !== 'pronoun');
  const pick = (xs: readonly Seen[]) => (new Set(xs.map((a) => a.mention.code)).size === 1 ? xs[0]!.mention : null);
  return pick(before) ?? pick(before.filter((a) => a.mention.via === 'name' || a.mention.via === 'capital'));
}

/** Resolves every pending reference; `locate` gives the position of an offset. */
export function refineReferences(
  explicit: readonly ExplicitMention[],
  pending: readonly PendingReference[],
  locate: (offset: number) => Position,
  afterQuote: (offset: number) => boolean = () => false,
  pluralAt: (span: Span) => boolean = () => false,
  /** Whether text[from, to) names another group of people ("a group of Saudi prisoners"), which "the group" may mean. */
  otherGroupBetween: (from: number, to: number) => boolean = () => false,
  /** Whether a "his"/"her" at this offset follows a verb whose possessive is its subject's own ("expressed his"). */
  ownPossessive: (offset: number) => boolean = () => false,
): RefinedMentions {
  const diagnostics: Diagnostic[] = [];
  const out: ExplicitMention[] = [];
  const openIt: Span[] = [];
  const people: Seen[] = []; // narration person-like mentions, in order
  const actors: Seen[] = []; // every mention (quotes too), in order

  // The document's main person: the one named most often in narration (first named wins a tie).
  const counts = new Map<string, { n: number; first: number; m: ActorMention }>();
  for (const e of explicit) {
    if (!e.mention.person || locate(e.mention.span.start).quoted) continue;
    const c = counts.get(e.mention.person);
    if (c) c.n++;
    else counts.set(e.mention.person, { n: 1, first: e.mention.span.start, m: e.mention });
  }
  let main: ActorMention | null = null;
  let bestN = 0;
  for (const c of counts.values()) if (c.n > bestN) ((main = c.m), (bestN = c.n));

  const emit = (e: ExplicitMention, pos: Position) => {
    out.push(e);
    const seen: Seen = { mention: e.mention, personLike: e.personLike, subjectLike: e.subjectLike !== false, pos, ...(e.titleWord ? { titleWord: e.titleWord } : {}) };
    actors.push(seen);
    if (e.personLike && !pos.quoted) people.push(seen);
  };
  const ref = (s: Span, from: ActorMention, rule: string, withPerson: boolean): ExplicitMention => ({
    mention: {
      kind: 'actor',
      span: s,
      code: from.code,
      via: 'pronoun',
      ...(withPerson && from.person ? { person: from.person } : {}),
      ...(withPerson && from.role ? { role: from.role } : {}),
      ...(withPerson && from.sector ? { sector: from.sector } : {}),
      rule,
    },
    personLike: withPerson,
    needsPerson: false,
  });
  const unresolved = (p: PendingReference, what: string) =>
    diagnostics.push({ reason: `unresolved ${what}`, rule: 'actors.unresolved-reference', severity: 'info', span: p.span });

  const distinctPeople = (n: number): Seen[] => {
    const got: Seen[] = [];
    const keys = new Set<string>();
    for (let i = people.length - 1; i >= 0 && got.length < n; i--) {
      const k = personKey(people[i]!.mention);
      if (!keys.has(k)) {
        keys.add(k);
        got.push(people[i]!);
      }
    }
    return got;
  };

  // "The two leaders" meet across a border: the latest person and the latest one of another country
  // ("Eritrea's president … the Ethiopian envoy … Abiy … Both leaders"), two of one country only when
  // no other country has a person named.
  /** The latest mention in narration, in this sentence or the `reach` before it, that `fits`, else null. */
  const latestNamed = (pos: Position, reach: number, fits: (m: ActorMention) => boolean): ActorMention | null => {
    for (let i = actors.length - 1; i >= 0; i--) {
      const a = actors[i]!;
      if (a.pos.narration < pos.narration - reach) break;
      if (!a.pos.quoted && fits(a.mention)) return a.mention;
    }
    return null;
  };

  const twoLeaders = (recent: Seen[]): Seen[] => {
    const first = recent[0];
    if (!first) return [];
    const other = recent.find((s) => s.mention.code !== first.mention.code) ?? recent[1];
    return other ? [first, other] : [first];
  };

  let pi = 0;
  const items = [...explicit];
  for (let ei = 0; ei <= items.length; ei++) {
    const e = items[ei];
    const limit = e ? e.mention.span.start : Infinity;
    // References that come before the next explicit mention are resolved against what precedes them.
    for (; pi < pending.length && pending[pi]!.span.start < limit; pi++) {
      const p = pending[pi]!;
      const pos = locate(p.span.start);
      switch (p.cls) {
        case 'thePerson': {
          // "The former army general then travelled to the UK": a description of the person the text is
          // following, read like "he" opening a sentence: the first subject-like person of the sentence
          // before (then the one before that), never someone named later in its own sentence.
          if (pos.quoted) break;
          let ante: Seen | undefined;
          for (let back = 1; !ante && back <= PRONOUN_REACH; back++) {
            const inSentence = people.filter((s) => s.pos.narration === pos.narration - back && s.pos.sentence < pos.sentence);
            ante = inSentence.find((s) => s.subjectLike) ?? inSentence[0];
          }
          if (ante) emit(ref(p.span, ante.mention, 'actors.the-person', true), pos);
          else unresolved(p, 'person description');
          break;
        }
        case 'narrationPersonPronouns': {
          if (pos.quoted) break;
          // The pronoun of an attribution ("…,” he said) reaches further: the quote itself is no narration.
          const reach = afterQuote(p.span.start) ? ATTRIBUTION_REACH : PRONOUN_REACH;
          const recent: Seen[] = [];
          for (let i = people.length - 1; i >= 0 && people[i]!.pos.narration >= pos.narration - reach; i--) recent.unshift(people[i]!);
          const same = recent.filter((s) => s.pos.sentence === pos.sentence);
          // An object "him" is not the subject of its own sentence ("X invited him", "X thanked Y and
          // invited him"): skip the sentence's first subject-like person, else the nearest one.
          if (p.words === 'him') {
            const subject = same.findIndex((s) => s.subjectLike);
            same.splice(subject >= 0 ? subject : same.length - 1, 1);
          }
          // "X accepted Y's invitation and expressed his support": the subject's own, not the nearest person's.
          const own = (p.words === 'his' || p.words === 'her') && ownPossessive(p.span.start) ? same.find((s) => s.subjectLike) : undefined;
          let ante: Seen | undefined = own ?? same[same.length - 1];
          // Else the first subject-like person of the previous narration sentence (news puts the subject
          // first), then of the one before it.
          for (let back = 1; !ante && back <= reach; back++) {
            const rank = pos.narration - back;
            const inSentence = recent.filter((s) => s.pos.narration === rank && s.pos.sentence < pos.sentence);
            ante = inSentence.find((s) => s.subjectLike) ?? inSentence[0];
          }
          // "spokeswoman X said … and he was visited by …": a pronoun whose nearest person is of the other sex
          // points to someone the text named without an office (a detainee, an activist): left unresolved.
          if (ante && !sexAgrees(p.words, ante.titleWord)) ante = undefined;
          if (ante) emit(ref(p.span, ante.mention, 'actors.pronoun', true), pos);
          else unresolved(p, 'pronoun');
          break;
        }
        case 'roleNoun': {
          let ante: ActorMention | null = null;
          // Press releases call their own leader "the Head of State" throughout: the honorific form of
          // that title is the document's main person whenever their office fits.
          if (p.honorific && p.role === 'head_of_state' && main && roleMatches(p.role, main.role)) ante = main;
          for (let i = people.length - 1; !ante && i >= 0; i--) {
            const m = people[i]!.mention;
            if (roleMatches(p.role ?? 'any', m.role)) {
              // fix18: "Tokayev met Azerbaijani President Aliyev. The president then flew to Tashkent": of the
              // holders of the office named in one sentence, the one its subject names (news follows its
              // subject), as "he" is read; the latest named when none is a subject.
              const seen = people[i]!;
              const subject = seen.subjectLike || p.role === 'envoy' || p.role === 'official' ? undefined
                : people.find((s) => s.pos.narration === seen.pos.narration && s.subjectLike && roleMatches(p.role ?? 'any', s.mention.role));
              ante = subject?.mention ?? m;
              break;
            }
          }
          // An envoy holds no office of data/leaders: "the ambassador", "the spokesman" is the latest envoy
          // named with that title, a few sentences back at most.
          // Other office holders ("the deputy prime minister", "the general") likewise, by their whole title.
          if (p.role === 'envoy' || p.role === 'official') {
            // Inside a quotation the speaker's "the deputy prime minister" is someone they know, not the last one told.
            if (pos.quoted) break;
            const envoy = p.role === 'envoy';
            const titleOf = (w: string) => (envoy ? titleFamily(w.split(' ').pop() ?? '') : w);
            const word = titleOf(p.words);
            for (let i = people.length - 1; i >= 0 && people[i]!.pos.narration >= pos.narration - ENVOY_REACH; i--) {
              const w = people[i]!.titleWord;
              if (w !== undefined && titleOf(w) === word) {
                const r = ref(p.span, people[i]!.mention, envoy ? 'actors.role-noun-envoy' : 'actors.role-noun-official', false);
                emit({ ...r, mention: { ...r.mention, via: 'title', ...(people[i]!.mention.sector ? { sector: people[i]!.mention.sector! } : {}) } }, pos);
                break;
              }
            }
            if (!out.some((o) => o.mention.span.start === p.span.start)) unresolved(p, 'role noun');
            break;
          }
          const rule = ante ? 'actors.role-noun' : 'actors.role-noun-main-person';
          // The main person stands in only when their office fits the title.
          if (!ante && main && roleMatches(p.role ?? 'any', main.role)) ante = main;
          if (ante) {
            const r = ref(p.span, ante, rule, true);
            emit({ ...r, mention: { ...r.mention, via: 'title' } }, pos);
          }
          else unresolved(p, 'role noun');
          break;
        }
        case 'former':
        case 'latter': {
          if (pos.quoted || !isReferenceFollower(p.nextToken?.text)) break;
          const two = distinctPeople(2);
          if (two.length < 2) {
            unresolved(p, p.cls);
            break;
          }
          const ante = p.cls === 'latter' ? two[0]! : two[1]!;
          emit(ref(p.span, ante.mention, `actors.${p.cls}`, true), pos);
          break;
        }
        case 'twoPeople': {
          const two = twoLeaders(distinctPeople(Infinity));
          if (two.length < 2) unresolved(p, 'reference to two leaders');
          else for (const s of [...two].reverse()) emit(ref(p.span, s.mention, 'actors.two-people', true), pos);
          break;
        }
        case 'thePair': {
          // "The pair" has no count or title of its own: it is the two leaders the other two-people words would
          // take, unless the nearest narration sentence before that names people named people of three or more
          // states ("Tokayev met Putin and Xi …"), where it could be any two; an aide beside two leaders is no third.
          let named: Seen[] = [];
          for (let back = 1; named.length === 0 && back <= PRONOUN_REACH; back++) named = people.filter((s) => s.pos.narration === pos.narration - back);
          const crowded = new Set(named.map((s) => s.mention.code)).size > 2;
          const two = twoLeaders(distinctPeople(Infinity));
          if (pos.quoted || crowded || two.length < 2) unresolved(p, 'reference to a pair');
          else for (const s of [...two].reverse()) emit(ref(p.span, s.mention, 'actors.two-people', true), pos);
          break;
        }
        case 'twoCountries': {
          // Inside a quotation "our two countries" includes the speaker: resolved once speakers are known.
          if (pos.quoted) break;
          const codes = twoCodes(p, pos, actors, explicit, locate);
          if (codes.length < 2) unresolved(p, 'reference to two countries');
          else for (const m of codes) emit(ref(p.span, m, 'actors.two-countries', false), pos);
          break;
        }
        case 'theCountry': {
          // States named as such (name, adjective, capital, title) count first; the countries people
          // speak for only when no state is named: "Tokayev paid a visit to the country" after "China".
          // "The island nation of Sri Lanka": the phrase names its state itself ("the country of 40 million
          // people" still points back).
          if (p.nextToken?.text === 'of' && items.some((x) => x.mention.span.start > p.span.end && x.mention.span.start <= p.span.end + 8)) break;
          const named = new Map<string, ActorMention>();
          const viaPeople = new Map<string, ActorMention>();
          for (let i = actors.length - 1; i >= 0; i--) {
            const a = actors[i]!;
            if (a.pos.narration < pos.narration - 1) break;
            // "The Gulf state" is never Washington, named between it and Qatar.
            if (!STATE_CODE.test(a.mention.code) || !fitsDescriptor(p.words, a.mention.code)) continue;
            const into = a.mention.via === 'person' || a.mention.via === 'pronoun' ? viaPeople : named;
            if (!into.has(a.mention.code)) into.set(a.mention.code, a.mention);
          }
          const codes = named.size > 0 ? named : viaPeople;
          const other = named.size > 1 ? otherCountry(actors, pos) : null;
          const one = codes.size === 1 ? [...codes.values()][0]! : other && fitsDescriptor(p.words, other.code) ? other : null;
          if (one) emit(ref(p.span, one, 'actors.the-country', false), pos);
          else unresolved(p, '"the country"');
          break;
        }
        case 'theGroup': {
          if (pos.quoted) break;
          // The latest armed group, party or movement named (or spoken for: "Houthi spokesman …") in this
          // sentence or the one before; a state or an organisation of states is no group.
          let ante = latestNamed(pos, 1, (m) => !!m.sector && GROUP_SECTORS.has(m.sector)
            && (m.via === 'organisation' || m.via === 'title' || m.via === 'person'));
          // "Houthi rebels freed a group of Saudi prisoners. The group thanked Oman …": that group, not the rebels.
          if (ante && otherGroupBetween(ante.span.end, p.span.start)) ante = null;
          if (ante) {
            const r = ref(p.span, ante, 'actors.the-group', false);
            emit({ ...r, mention: { ...r.mention, sector: ante.sector! } }, pos);
          }
          else unresolved(p, '"the group"');
          break;
        }
        case 'theNeighbour': {
          if (pos.quoted) break;
          // "Russia's invasion of its neighbour" after "Ukraine": the one other state named in this sentence (else in the
          // one before), besides the owner (the state named last before the words).
          const seen = actors.filter((a) => a.pos.narration >= pos.narration - 1 && !a.pos.quoted && STATE_CODE.test(a.mention.code)
            && a.mention.via !== 'person' && a.mention.via !== 'pronoun');
          const owner = [...seen].reverse().find((a) => a.pos.sentence === pos.sentence);
          // (the sentence's own states first: "… in Ukraine, before and after Russia's invasion of its neighbour")
          const othersIn = (xs: readonly Seen[]) => new Map(xs.filter((a) => owner && a.mention.code !== owner.mention.code).map((a) => [a.mention.code, a.mention]));
          const here = othersIn(seen.filter((a) => a.pos.sentence === pos.sentence));
          const others = here.size > 0 ? here : othersIn(seen);
          if (others.size === 1) emit(ref(p.span, [...others.values()][0]!, 'actors.the-neighbour', false), pos);
          else unresolved(p, '"its neighbour"');
          break;
        }
        case 'theBody': {
          if (pos.quoted) break;
          // "The UN Security Council met on Monday. … the council ordered sanctions": the latest organisation of
          // states named in narration in this sentence or the BODY_REACH before it (an armed group is no body).
          // "EU foreign ministers", "UN officials": the organisation's own people name it too.
          const ante = latestNamed(pos, BODY_REACH, (m) => (m.via === 'organisation' ? !m.sector
            : !STATE_CODE.test(m.code) && !GROUP_SECTORS.has(m.sector ?? '')));
          if (ante) emit(ref(p.span, ante, 'actors.the-body', false), pos);
          else unresolved(p, '"the council"');
          break;
        }
        case 'statePronouns': {
          if (pos.quoted) break;
          // The subject of this sentence, else of the one before: its first state or organisation named in
          // narration, not a person ("Bolivia cut ties with Israel, citing what it called …"; "Somalia
          // recalled its envoy. It said …").
          // "they": only a plural body of a state ("Sudanese officials", "Chinese troops").
          const plural = p.words === 'they';
          const fits = (a: Seen) => !a.pos.quoted && !a.personLike && a.subjectLike && (!plural || !!a.mention.sector && pluralAt(a.mention.span));
          // "they" takes the nearest such body before it ("…, but Kazakh authorities refused, though they asked …").
          const same = actors.filter((a) => a.pos.sentence === pos.sentence && fits(a));
          let ante = plural ? same[same.length - 1] : same[0];
          if (!ante) {
            const before = actors.filter((a) => a.pos.narration === pos.narration - 1 && a.pos.sentence < pos.sentence);
            ante = before.find(fits);
          }
          if (ante) {
            // "Nigeria's army said it had …": the pronoun is the army, sector and all.
            const r = ref(p.span, ante.mention, 'actors.state-pronoun', false);
            emit(ante.mention.sector ? { ...r, mention: { ...r.mention, sector: ante.mention.sector } } : r, pos);
          }
          else {
            unresolved(p, '"it"');
            if (!plural) openIt.push(p.span);
          }
          break;
        }
        default:
          // Speaker pronouns (I, we …) are resolved once quotes have speakers.
          break;
      }
    }
    if (!e) break;
    const pos = locate(e.mention.span.start);
    if (e.needsPerson) {
      // "the Russian leader": the latest person of that country (and role, if stated), else the main person.
      let found: ActorMention | null = null;
      for (let i = people.length - 1; i >= 0; i--) {
        const m = people[i]!.mention;
        if (m.person && m.code === e.mention.code && roleMatches(e.titleRole ?? 'any', m.role)) {
          found = m;
          break;
        }
      }
      if (!found && main && main.code === e.mention.code && roleMatches(e.titleRole ?? 'any', main.role)) found = main;
      if (found) {
        const role = e.mention.role ?? found.role;
        emit({ ...e, mention: { ...e.mention, person: found.person!, ...(role ? { role } : {}) } }, pos);
        continue;
      }
    }
    emit(e, pos);
  }
  return { mentions: out, diagnostics, openIt };
}

/** The two actors "the two countries"/"bilateral" points to: forward in the sentence for "bilateral", else backward. */
function twoCodes(
  p: PendingReference,
  pos: Position,
  actors: readonly Seen[],
  explicit: readonly ExplicitMention[],
  locate: (offset: number) => Position,
): ActorMention[] {
  const pickDistinct = (list: Iterable<ActorMention>): ActorMention[] => {
    const got = new Map<string, ActorMention>();
    for (const m of list) {
      if (!got.has(m.code)) got.set(m.code, m);
      if (got.size === 2) break;
    }
    return [...got.values()];
  };
  // A single word ("bilateral") usually comes before the pair it qualifies: "A held bilateral talks with B",
  // "bilateral trade between A and B".
  if (p.span.end - p.span.start <= 'bilateral'.length) {
    const ahead: ActorMention[] = [];
    let lo = 0;
    let hi = explicit.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (explicit[mid]!.mention.span.start < p.span.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < explicit.length && locate(explicit[i]!.mention.span.start).sentence === pos.sentence; i++) {
      ahead.push(explicit[i]!.mention);
    }
    const last = actors[actors.length - 1];
    const before = last && last.pos.sentence === pos.sentence ? last.mention : null;
    if (before && ahead.length > 0) {
      const two = pickDistinct([before, ...ahead]);
      if (two.length === 2) return two;
    }
    const two = pickDistinct(ahead);
    if (two.length === 2) return two;
  }
  const back: ActorMention[] = [];
  // "X spoke with his counterparts in both countries": the counterparts' two countries are not X's, so
  // what the sentence named before the phrase (X, "his") is left out of the pair.
  const own = new Set(p.afterCounterpart ? actors.filter((a) => a.pos.sentence === pos.sentence).map((a) => a.mention.code) : []);
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i]!;
    if (a.pos.narration < pos.narration - 2) break;
    if (!own.has(a.mention.code)) back.push(a.mention);
  }
  // "Tokayev informed Rahmon about the CSTO contingent's exit. The parties discussed their bilateral …":
  // two states told of before are the pair, ahead of an organisation named between them.
  const states = pickDistinct(back.filter((m) => STATE_CODE.test(m.code)));
  // "Kazakhstan sees the EU as a key partner, and the two sides …": a state and an organisation named in
  // the phrase's own sentence (outside quotes) are the pair, not a state of an earlier sentence.
  // Only where the sentence names no more than those two before the phrase.
  const sentenceCodes = new Set(actors.filter((a) => a.pos.sentence === pos.sentence && !a.pos.quoted && !own.has(a.mention.code)).map((a) => a.mention.code));
  if (sentenceCodes.size === 2 && states.length === 2 && ![...sentenceCodes].every((c) => states.some((m) => m.code === c))) {
    const here = pickDistinct(back.filter((m) => sentenceCodes.has(m.code)));
    if (here.length === 2) return here.reverse();
  }
  return (states.length === 2 ? states : pickDistinct(back)).reverse();
}

/**
 * "The government announced that it would …": "it" was resolved before sector nouns had their country,
 * so it could not see the institution opening its own sentence. Where the first non-person actor of the
 * pronoun's sentence before it is such a sector reference, the pronoun is that institution, sector and all.
 * `merged` is sorted by start; `fromSectors` holds the sector references' mentions.
 */
export function pronounsOfSectorSubjects(
  merged: readonly ExplicitMention[],
  fromSectors: ReadonlySet<ExplicitMention>,
  locate: (offset: number) => Position,
  openIt: readonly Span[] = [],
): ExplicitMention[] {
  if (fromSectors.size === 0) return [...merged];
  const firstInSentence = new Map<number, ExplicitMention>();
  // "“…,” the junta said in a statement. It accused ECOWAS of …": an "it" nothing before it answered is the
  // institution that opened the narration of the sentence before, once that sector noun has its country (pairs10).
  const firstInNarration = new Map<number, ExplicitMention>();
  for (const e of merged) {
    const pos = locate(e.mention.span.start);
    if (!e.personLike && !pos.quoted && !firstInNarration.has(pos.narration)) firstInNarration.set(pos.narration, e);
  }
  const opened: ExplicitMention[] = [];
  for (const span of openIt) {
    const pos = locate(span.start);
    const first = firstInNarration.get(pos.narration - 1);
    if (!first || !fromSectors.has(first) || (firstInNarration.get(pos.narration)?.mention.span.start ?? Infinity) < span.start) continue;
    const { code, sector } = first.mention;
    opened.push({
      mention: { kind: 'actor', span, code, via: 'pronoun', ...(sector ? { sector } : {}), rule: 'actors.state-pronoun' },
      personLike: false,
      needsPerson: false,
    });
  }
  if (opened.length > 0) merged = [...merged, ...opened].sort((a, b) => a.mention.span.start - b.mention.span.start);
  return merged.map((e) => {
    const pos = locate(e.mention.span.start);
    if (e.mention.rule === 'actors.state-pronoun') {
      const first = firstInSentence.get(pos.sentence);
      if (first && fromSectors.has(first)) {
        const { code, sector } = first.mention;
        return { ...e, mention: { ...e.mention, code, ...(sector ? { sector } : {}) } };
      }
      return e;
    }
    if (!e.personLike && !pos.quoted && !firstInSentence.has(pos.sentence)) firstInSentence.set(pos.sentence, e);
    return e;
  });
}
