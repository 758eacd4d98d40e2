/**
 * Names an organisation shares with a state's own body (data/organisations.yaml `state-body-names`): "the
 * Security Council" is the UN's only where no state is tied to it. "the Security Council of Kazakhstan",
 * "Russia's Security Council" and "the Kazakh Security Council" are the state's own council, no party of their own.
 */
import { loadValidated } from '../../core/data-files.js';
import { organisationsSchema } from './lexicon-data.js';
import type { LexValue } from './actor-lexicon.js';
import type { Token, TrieMatch } from './token-trie.js';

let names: { bodies: ReadonlySet<string>; organisationWords: ReadonlySet<string> } | undefined;
const stateBodyNames = () => {
  if (names) return names;
  const d = loadValidated('organisations.yaml', organisationsSchema);
  return (names = { bodies: new Set(d['state-body-names']), organisationWords: new Set(d['state-body-organisation-words']) });
};

const isState = (m: TrieMatch<LexValue> | undefined): boolean =>
  !!m && m.entry.value.kind === 'actor' && m.entry.value.via !== 'organisation' && /^[A-Z]{3}$/.test(m.entry.value.code);

/** The matches without an organisation's name that a state's own body bears here. */
export function dropStateBodies(tokens: readonly Token[], matches: readonly TrieMatch<LexValue>[]): readonly TrieMatch<LexValue>[] {
  const { bodies, organisationWords } = stateBodyNames();
  if (bodies.size === 0) return matches;
  const drop = new Set<number>();
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (m.entry.value.kind !== 'actor' || m.entry.value.via !== 'organisation') continue;
    if (!bodies.has(tokens.slice(m.from, m.to).map((t) => t.key).filter((w) => w !== 'the').join(' '))) continue;
    if (organisationWords.has(tokens[m.to]?.key ?? '')) continue;
    // A state right before it ("Russia's", "the Kazakh"), or after "of (the)" ("of Kazakhstan", "of the Russian Federation").
    const before = matches[k - 1];
    const owned = isState(before) && tokens.slice(before!.to, m.from).every((t) => /^['’]s?$|^s$/.test(t.key));
    let j = m.to;
    if (tokens[j]?.key === 'of') j++;
    if (tokens[j]?.key === 'the') j++;
    const after = matches[k + 1];
    if (owned || (j > m.to && isState(after) && after!.from === j)) drop.add(k);
  }
  return drop.size === 0 ? matches : matches.filter((_, k) => !drop.has(k));
}
