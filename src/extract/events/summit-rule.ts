/**
 * Multilateral meetings: finds a summit (or a council of heads of state) in a sentence frame, reads
 * its format from the words around the noun ("SCO summit", "Central Asia–Japan summit", "summit with
 * the Gulf monarchies") and pairs the participants as the spec's format rules say.
 */
import { z } from 'zod';
import type { Span } from '../../core/types.js';
import { loadValidated } from '../../core/data-files.js';
import { isStateCode } from '../../core/states.js';
import { CLOSE, OPEN, groupsIn, type SentenceFrame } from './sentence-frame.js';
import { compileNow } from '../../core/native-regexp.js';
import { gerundOpeners } from './clause-reader.js';

const FormatFile = z.object({
  'meeting-nouns': z.string(),
  'participation-verbs': z.string(),
  'participation-after': z.string(),
  'fronted-openers': z.string(),
  'attending-gerunds': z.string(),
  'topic-verbs': z.array(z.string().regex(/^[a-z]+$/)).default([]),
  'host-verbs': z.string(),
  'anaphoric-nouns': z.string(),
  groups: z.record(z.string(), z.array(z.string().regex(/^[A-Z]{3}$/)).min(2)),
  'host-members': z.record(z.string(), z.array(z.string().regex(/^[A-Z]{3}$/)).min(2)).default({}),
});

interface SummitLexicon {
  readonly noun: RegExp;
  readonly participation: RegExp;
  readonly participationAfter: RegExp;
  /** A phrase opening the sentence up to its comma ("After talks hosted by X, …"): its actors attend nothing. */
  readonly fronted: RegExp;
  /** "after attending the", "while taking part in the annual": a gerund of attending opened by a word of time, up to the meeting's noun. */
  readonly attendingGerund: RegExp;
  readonly groups: ReadonlyMap<string, ReadonlySet<string>>;
  readonly hostMembers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Lemmas of verbs whose object may name a summit as what was talked about ("discussed … the SCO summit"). */
  readonly topicVerbs: ReadonlySet<string>;
  /** After the meeting noun, "… held/opened in ⟨place⟩": the host, a participant when nobody else is named. */
  readonly hostAfter: RegExp;
  /** "The meeting was attended by …" right after a summit of a named organisation: that summit again. */
  readonly anaphoric: RegExp;
}

let lexicon: SummitLexicon | undefined;

function load(): SummitLexicon {
  if (lexicon) return lexicon;
  const d = loadValidated('summit-formats.yaml', FormatFile);
  lexicon = {
    // Run on every sentence with a party: compiled to machine code at once (native-regexp.ts).
    noun: compileNow(new RegExp(`(?<![\\w-])(?:${d['meeting-nouns']})(?![\\w-])`, 'giu')),
    participation: compileNow(new RegExp(`(?<![\\w-])(?:${d['participation-verbs']})(?![\\w-])`, 'iu')),
    participationAfter: compileNow(new RegExp(`(?<![\\w-])(?:${d['participation-after']})(?![\\w-])`, 'iu')),
    fronted: new RegExp(`^\\s*(?:${d['fronted-openers']})\\b[^,;:]*,\\s*`, 'iu'),
    attendingGerund: new RegExp(`\\b(?:${gerundOpeners().join('|')})\\s+(?:${d['attending-gerunds'].replace(/ /g, '\\s+')})\\s+(?:\\S+\\s+){0,5}$`, 'i'),
    groups: new Map(Object.entries(d.groups).map(([k, v]) => [k, new Set(v)])),
    hostMembers: new Map(Object.entries(d['host-members']).map(([k, v]) => [k, new Set(v)])),
    topicVerbs: new Set(d['topic-verbs']),
    hostAfter: new RegExp(`^[^.;]{0,80}?(?<![\\w-])(?:${d['host-verbs']})\\s+in\\s+(?:the\\s+)?(${ACT})`, 'iu'),
    anaphoric: new RegExp(`(?<![\\w-])(?:${d['anaphoric-nouns']})(?![\\w-])`, 'giu'),
  };
  return lexicon;
}

/** Whether a verb of this lemma may have a summit as the topic of its object ("discussed … the SCO summit planned for June"). */
export function isSummitTopicVerb(lemma: string): boolean {
  return load().topicVerbs.has(lemma);
}

const ACT = `${OPEN}\\d+${CLOSE}`;
// Actors fused into the noun phrase before the meeting noun: "the Central Asia–Japan", "SCO", "Tokyo-hosted".
const SUMMIT_ADJECTIVE = `(?:informal|extraordinary|annual|jubilee|anniversary|virtual|online|first|second|third|inaugural|historic|first-ever|consultative|trilateral|quadrilateral|\\d+(?:st|nd|rd|th)?|\\+\\s*\\d|plus one|leaders[’']?|business|economic|presidential|ministerial)`;
const FORMAT_BEFORE = new RegExp(`((?:${ACT}(?:\\s*(?:[-–—+/&]|and)\\s*|\\s+|[-–]\\w+\\s+)?)+)(?:\\d\\s*)?(?:${SUMMIT_ADJECTIVE}\\s+){0,2}$`, 'iu');
// Or after it: "summit of the SCO", "summit with the Gulf monarchies".
// A body may stand between ("meeting of the Council of Foreign Ministers of the CIS").
const FORMAT_AFTER = new RegExp(`^\\s+(?:of|with|between)\\s+(?:the\\s+)?(?:(?:[Cc]ouncil|[Cc]onference|Assembly|Board|Committee|Forum)\\s+of\\s+(?:the\\s+)?)?((?:${ACT}(?:\\s*(?:,|and|[-–+&])\\s*)?)+)`, 'u');

// kaz17: or in a "format" phrase after it: "the meeting of the heads of foreign affairs agencies in the Central
// Asia – Russia format" (the format's parties, as "Central Asia – Russia meeting" would name them).
const FORMAT_IN = new RegExp(`^[^.;]{0,80}?\\s+in\\s+(?:the\\s+)?((?:${ACT}(?:\\s*(?:[-–—+/&]|and)\\s*|\\s+)?)+)\\s*format\\b`, 'u');

// Participants named after the noun: "…, bringing together the presidents of A, B and C".
const PARTICIPANTS_AFTER = new RegExp(
  `^[^.;]{0,80}?\\b(?:bringing together|brought together|brings together|with the participation of|attended by|joined by|gathering|gathered)\\s+(?:the\\s+)?(?:(?:presidents?|leaders?|heads? of (?:state|government)|prime ministers?|foreign ministers?|delegations?)\\s+of\\s+(?:the\\s+)?)?((?:${ACT}(?:,\\s*and\\s+|,\\s*|\\s+and\\s+)?)+)`,
  'iu',
);
// Or the members of a group listed in brackets after its name: "a meeting with the foreign ministers of
// the Central Asian states (A, B, C …)".
const MEMBERS_IN_BRACKETS = new RegExp(
  `^[^.;]{0,40}?\\bwith\\s+(?:the\\s+)?(?:(?:presidents?|leaders?|heads? of (?:state|government)|prime ministers?|foreign ministers?|delegations?)\\s+of\\s+(?:the\\s+)?)?${ACT}\\s*\\(\\s*((?:${ACT}(?:,\\s*and\\s+|,\\s*|\\s+and\\s+)?)+)\\)`,
  'iu',
);

/** The regional groups of data/summit-formats.yaml with their member states. */
export function summitGroups(): ReadonlyMap<string, readonly string[]> {
  return new Map([...load().groups].map(([k, v]) => [k, [...v]]));
}

const INVITED_TO = /\binvit(?:ed|es|ing|e|ation)\b[^.;]*$/i;

// "… said during an extraordinary session of the Council": whoever speaks there takes part.
const DURING_THE_MEETING = /\b(?:during|at)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,4}$/i;

export interface SummitMatch {
  readonly trigger: Span;
  readonly pairs: Array<[string, string]>;
  /** The organisation or format the meeting was of, where the sentence names one. */
  readonly format: readonly string[];
}

// Actors right after these words are where someone went or came from, not who took part ("left for Russia
// to take part in the summit").
const PLACE_BEFORE = /\b(?:for|to|in|into|from|at|near|towards?|via)\s+(?:the\s+)?$/i;

/**
 * Pairs for every multilateral meeting the sentence names; participants default to the sentence's
 * subject or speaker. `contextFormat` is the organisation of the summit told just before: a list of
 * leaders "attending" in the next sentence attends that summit, not one of their own.
 */
export function matchSummits(frame: SentenceFrame, speaker: string | null, contextFormat: readonly string[] = []): SummitMatch[] {
  const { noun, participation, participationAfter, groups } = load();
  const out: SummitMatch[] = [];
  const base = frame.sentence.span.start;
  const found: Array<{ index: number; text: string; anaphoric: boolean }> = [];
  noun.lastIndex = 0;
  for (let m = noun.exec(frame.masked); m; m = noun.exec(frame.masked)) found.push({ index: m.index, text: m[0], anaphoric: false });
  // kaz15: "The meeting was attended by A, B and C" after a summit of a named organisation: the same summit.
  if (contextFormat.length > 0) {
    const { anaphoric } = load();
    anaphoric.lastIndex = 0;
    for (let m = anaphoric.exec(frame.masked); m; m = anaphoric.exec(frame.masked)) {
      if (!found.some((f) => f.index < m!.index + m![0].length && m!.index < f.index + f.text.length)) found.push({ index: m.index, text: m[0], anaphoric: true });
    }
  }
  found.sort((x, y) => x.index - y.index);
  for (const m of found) {
    const before = frame.masked.slice(0, m.index);
    const after = frame.masked.slice(m.index + m.text.length);
    if (m.anaphoric && !PARTICIPANTS_AFTER.test(after)) continue;
    const fused = FORMAT_BEFORE.exec(before.slice(-80));
    // kaz15: "⟨the leaders of the SCO member states⟩ met in …": the organisation's own mention is the meeting.
    const self = groupsIn(m.text);
    if (self.some((i) => (frame.groups[i]?.codes ?? []).some(isStateCode))) continue;
    const formatIdx = [
      ...self,
      ...groupsIn(fused?.[1]),
      ...groupsIn(FORMAT_AFTER.exec(after)?.[1]),
      ...groupsIn(FORMAT_IN.exec(after)?.[1]),
    ];
    const named = [...new Set(formatIdx.flatMap((i) => frame.groups[i]?.codes ?? []))];
    const format = named.length > 0 ? named : [...contextFormat];
    const used = new Set(formatIdx);
    // Participants: actors before the noun, nearest first, that are not part of the format nor places gone to,
    // nor inside an adverbial phrase opening the sentence when the clause names its own subject after it
    // ("After talks hosted by X, Y left to attend the summit": X is not said to attend).
    const candidates = groupsIn(before).filter((i) => !used.has(i) && !placeGoneTo(before, i));
    const opening = load().fronted.exec(before)?.[0].length ?? 0;
    const ownClause = candidates.filter((i) => before.indexOf(`${OPEN}${i}${CLOSE}`) >= opening);
    const beforeIdx = opening > 0 && ownClause.length > 0 ? ownClause : candidates;
    const hostMatch = load().hostAfter.exec(after);
    const hasVerb = participation.test(before.slice(-120)) || participationAfter.test(after.slice(0, 40)) || hostMatch !== null
      || DURING_THE_MEETING.test(before.slice(0, before.length - (fused?.[0].length ?? 0)));
    const afterIdx = groupsIn(PARTICIPANTS_AFTER.exec(after)?.[1] ?? MEMBERS_IN_BRACKETS.exec(after)?.[1]).filter((i) => !used.has(i));
    // "X flew to Tokyo for talks with Y after attending the APEC summit": a gerund after "after", "before",
    // "while" … has the clause's subject for its doer; the parties met on the way attend nothing.
    const doerOnly = load().attendingGerund.test(before.slice(-100)) && beforeIdx.length > 1 ? subjectRun(before, beforeIdx) : beforeIdx;
    let participants = [...new Set([...doerOnly, ...afterIdx].flatMap((i) => frame.groups[i]?.codes ?? []))];
    if (participants.length === 0 && speaker) participants = [speaker];
    // kaz15: "A summit of the X member states has kicked off in ⟨Astana⟩", "The leaders of X met in ⟨Astana⟩":
    // with nobody else named, the host takes part where it is a member (data/summit-formats.yaml host-members).
    if (participants.length === 0 && named.length > 0) {
      const host = hostMatch?.[1];
      const hostCodes = host ? (frame.groups[groupsIn(host)[0]!]?.codes ?? []).filter(isStateCode) : [];
      const member = (code: string) => named.some((org) => load().hostMembers.get(org)?.has(code) ?? false);
      if (hostCodes.length === 1 && !named.includes(hostCodes[0]!) && member(hostCodes[0]!)) participants = hostCodes;
    }
    // kaz15: a summit of a named organisation that took place, with no participant named yet: its format is
    // the context of the sentences that name them ("The summit is attended by the presidents of …").
    if (hasVerb && participants.length === 0 && named.length === 1 && !isStateCode(named[0]!) && !INVITED_TO.test(before.slice(-120))) {
      out.push({ trigger: { start: base + frame.toText(m.index), end: base + frame.toText(m.index + m.text.length) }, pairs: [], format: named });
      continue;
    }
    // A meeting nobody is said to attend, hold or host is only talked about (proposed, praised); one
    // someone is invited to attend is an invitation (a REQUEST the phrase rules code), not attendance.
    if (!hasVerb || (participants.length === 0 && format.length < 2)) continue;
    if (INVITED_TO.test(before.slice(-120))) continue;
    const pairs: Array<[string, string]> = [];
    const add = (a: string, b: string) => {
      if (a !== b && !pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) pairs.push([a, b]);
    };
    // "A summit of A, B and C was held": states named as the format are the participants themselves,
    // the first named (usually the host) paired with the others.
    if (participants.length === 0 && format.length >= 2 && format.every(isStateCode)) {
      participants = format.splice(0, format.length);
    }
    const regional = format.find((c) => groups.has(c));
    let partners = format.filter((c) => c !== regional);
    // "C5+1": the format names only the group; the outside participant is the "+1".
    if (regional && partners.length === 0) partners = participants.filter((p) => !groups.get(regional)!.has(p) && p !== regional);
    if (regional && partners.length > 0) {
      // A regional group meeting an outside partner: each member participant with the partner.
      const members = groups.get(regional)!;
      const memberParticipants = participants.filter((p) => members.has(p));
      for (const p of memberParticipants) for (const partner of partners) add(p, partner);
      // An outside partner's leader attending meets the group's members the sentence names (or the speaker's side).
      if (memberParticipants.length === 0 && speaker && members.has(speaker)) for (const partner of partners) add(speaker, partner);
    } else if (format.length > 0) {
      for (const p of participants) for (const f of format) add(p, f);
    } else if (participants.length >= 2) {
      const [host, ...guests] = participants;
      for (const g of guests) add(host!, g);
    }
    if (pairs.length === 0) continue;
    const start = fused ? m.index - fused[0].length : m.index;
    out.push({
      trigger: { start: base + frame.toText(start), end: base + frame.toText(m.index + m.text.length) },
      pairs,
      format: named,
    });
  }
  return out;
}

// An adverbial phrase or clause opening the sentence, up to its comma: "After talks with X,", "During his
// visit to Y,", "Ahead of the forum,".

/** The first of `idx` and those listed with it ("A, B and C"): the subject of the sentence's clause. */
function subjectRun(masked: string, idx: readonly number[]): number[] {
  const out = [idx[0]!];
  for (let k = 1; k < idx.length; k++) {
    const a = masked.indexOf(`${OPEN}${idx[k - 1]}${CLOSE}`), b = masked.indexOf(`${OPEN}${idx[k]}${CLOSE}`);
    if (a < 0 || b < 0 || !/^\s*(?:,|and|,\s*and)\s*$/.test(masked.slice(a + `${OPEN}${idx[k - 1]}${CLOSE}`.length, b))) break;
    out.push(idx[k]!);
  }
  return out;
}

/** Whether actor group `i` stands in `text` right after a preposition of place or direction. */
function placeGoneTo(text: string, i: number): boolean {
  const at = text.indexOf(`${OPEN}${i}${CLOSE}`);
  return at >= 0 && PLACE_BEFORE.test(text.slice(Math.max(0, at - 30), at));
}
