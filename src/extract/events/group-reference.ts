/**
 * "Saudi Arabia, Bahrain and the UAE cut ties with Qatar. The three Gulf states also …": a numbered
 * group names the states of the list told just before it, when the count says so. The actor layer
 * resolves only pairs ("the two countries"); a group of three or more is read here, and only where it
 * is unambiguous: the latest list of states within two sentences back has exactly that many members,
 * or that many once the states the group's own sentence names beside it are left out ("the three Gulf
 * states and Egypt" after "Saudi Arabia, Bahrain, Egypt and the UAE"). Else the group stays no one.
 */
import type { ActorMention, Sentence } from '../../core/types.js';
import { eventCues } from './event-patterns.js';

// The counts a numbered group may say (a closed class of English number words).
const COUNTS: Readonly<Record<string, number>> = { three: 3, four: 4, five: 5, six: 6, seven: 7 };
const STATE_CODE = /^[A-Z]{3}$/;
// What joins two members of a list: a comma, "and", ", and", an article before the next member.
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;
// How many sentences back the list may be.
const GROUP_REACH = 2;

/**
 * One mention per member for every numbered group whose members a list just before names. A group of leaders
 * ("the three leaders", event-cues.yaml numbered-leader-groups) may point back to a list of the leaders themselves.
 */
export function groupReferenceMentions(text: string, sentences: readonly Sentence[], actors: readonly ActorMention[]): ActorMention[] {
  return [...numberedMentions(text, sentences, actors, eventCues().numberedGroups, false),
    ...numberedMentions(text, sentences, actors, eventCues().numberedLeaderGroups, true)].sort((x, y) => x.span.start - y.span.start);
}

function numberedMentions(text: string, sentences: readonly Sentence[], actors: readonly ActorMention[], re: RegExp, people: boolean): ActorMention[] {
  const out: ActorMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const count = COUNTS[/\b(three|four|five|six|seven)\b/i.exec(m[0])?.[1]?.toLowerCase() ?? ''];
    const span = { start: m.index, end: m.index + m[0].length };
    const si = sentences.findIndex((s) => s.span.start <= span.start && span.start < s.span.end);
    if (!count || si < 0 || actors.some((a) => a.span.start < span.end && span.start < a.span.end)) continue;
    const list = latestList(text, actors, sentences[Math.max(0, si - GROUP_REACH)]!.span.start, span.start, people);
    if (!list) continue;
    const own = sentences[si]!.span;
    // The states the group's own sentence names outside the list ("… and Egypt", "… accused Qatar").
    const beside = new Set(actors.filter((a) => a.span.start >= own.start && a.span.end <= own.end && !list.mentions.includes(a)).map((a) => a.code));
    const members = list.codes.filter((c) => !beside.has(c));
    const codes = members.length === count ? members : list.codes.length === count ? list.codes : null;
    if (!codes) continue;
    for (const code of codes) {
      const sector = list.mentions.find((a) => a.code === code)?.sector;
      out.push({ kind: 'actor', span, code, via: 'pronoun', ...(sector ? { sector } : {}), rule: 'events/group-reference' });
    }
  }
  return out;
}

interface StateList {
  readonly codes: string[];
  readonly mentions: ActorMention[];
}

/**
 * The last list of two or more states named outright between `from` and `to` (actors sorted by start); with `people`,
 * leaders named by name count as their states.
 */
function latestList(text: string, actors: readonly ActorMention[], from: number, to: number, people = false): StateList | null {
  let latest: StateList | null = null;
  let run: ActorMention[] = [];
  const close = () => {
    const codes = [...new Set(run.map((a) => a.code))];
    if (codes.length >= 2) latest = { codes, mentions: run };
    run = [];
  };
  for (const a of actors) {
    if (a.span.start < from) continue;
    if (a.span.end > to) break;
    // (A leader named by name stands for the state's government: "Erdogan" is TUR/GOV.)
    const named = STATE_CODE.test(a.code) && a.via !== 'pronoun' && (a.via === 'person' ? people && (!a.sector || a.sector === 'GOV') : !a.sector);
    const last = run[run.length - 1];
    if (named && last && LIST_JOIN.test(text.slice(last.span.end, a.span.start))) run.push(a);
    else {
      close();
      if (named) run.push(a);
    }
  }
  close();
  return latest;
}
