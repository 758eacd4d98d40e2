/**
 * Every ISO 4217 currency by sign, code and name, singular and plural: the ISO list from the
 * currency-codes package, the names and signs states use from world-countries, and what neither says
 * (which currency a shared sign or word means, English plurals, nicknames) from data/figure-currencies.yaml.
 */
import currencyCodes from 'currency-codes';
import { z } from 'zod';
import { loadValidated } from '../../core/data-files.js';
import { readWorldCountries } from '../../core/world-countries.js';

const words = z.array(z.string().min(1));
const codeOrChoices = z.union([z.string().regex(/^[A-Z]{3}$/), z.array(z.string().regex(/^[A-Z]{3}$/)).min(1)]);
const schema = z.object({
  before: z.record(z.string(), codeOrChoices),
  afterSigns: z.record(z.string(), codeOrChoices).default({}),
  after: z.record(z.string().regex(/^[A-Z]{3}$/), words),
  defaults: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)),
  fixedDefaults: words,
  notBare: words,
  afterScale: words,
  notCodes: words,
  invariant: words,
  plurals: z.record(z.string(), words),
  spellings: z.record(z.string(), words),
});
type CurrencyData = z.infer<typeof schema>;

/** What a currency sign or word means: one code, or several with the one to take when the parties say nothing. */
export interface CurrencyChoice {
  readonly code: string;
  /** Every currency the word may mean, when more than one and the parties may decide. */
  readonly choices?: readonly string[];
}

export interface CurrencyLexicon {
  /** Lookup key (lower case, single spaces) → meaning, for words written before the number. */
  readonly before: ReadonlyMap<string, CurrencyChoice>;
  readonly after: ReadonlyMap<string, CurrencyChoice>;
  /** The words as they must be written (lower case: any case), for the amount patterns. */
  readonly beforeWords: readonly string[];
  readonly afterWords: readonly string[];
  /** Signs written right after the number ("8.4bn/-"), as written; their meanings are in `after`. */
  readonly afterSigns: readonly string[];
  /** Bare names that are also English words ("won", "real"), read only right after a scale word ("80 trillion won"); meanings in `after`. */
  readonly afterScaleWords: readonly string[];
  /** Currency code → the states (ISO alpha-3) that issue or use it. */
  readonly issuers: ReadonlyMap<string, ReadonlySet<string>>;
}

/** ISO entries that are not money in news: funds, units of account, metals, test and settlement codes. */
const NOT_MONEY = /fund|unidad|mvdol|wir |bond markets|gold|silver|platinum|palladium|testing|no currency|sucre|adb unit|next day|value|mecanismo/i;

export const lookupKey = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
/** "Vietnamese đồng" → "vietnamese dong", "złoty" → "zloty": news copy is often written without the marks. */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/đ/g, 'd');
const clean = (s: string): string => s.replace(/\s*\(.*?\)\s*/g, ' ').replace(/\s+/g, ' ').trim();

function compile(data: CurrencyData): CurrencyLexicon {
  const issuers = new Map<string, Set<string>>();
  const stateNames = new Map<string, Set<string>>();
  const signs = new Map<string, Set<string>>();
  for (const c of readWorldCountries()) {
    for (const [code, v] of Object.entries(c.currencies ?? {})) {
      if (!issuers.has(code)) issuers.set(code, new Set());
      issuers.get(code)!.add(c.cca3);
      if (v.name) (stateNames.get(code) ?? stateNames.set(code, new Set()).get(code)!).add(v.name);
      if (v.symbol) (signs.get(v.symbol) ?? signs.set(v.symbol, new Set()).get(v.symbol)!).add(code);
    }
  }
  const iso = currencyCodes.data.filter((d) => d.countries.length > 0 && !NOT_MONEY.test(d.currency));
  const isoCodes = new Set(iso.map((d) => d.code));
  const notCodes = new Set(data.notCodes);
  const notBare = new Set(data.notBare.map(lookupKey));
  const afterScale = new Set(data.afterScale.map(lookupKey));
  const invariant = new Set(data.invariant.map(lookupKey));
  const spellingsOf = new Map(Object.entries(data.spellings).map(([k, v]) => [lookupKey(k), v.map(lookupKey)]));
  const pluralsOf = new Map(Object.entries(data.plurals).map(([k, v]) => [lookupKey(k), v.map(lookupKey)]));

  /** A last word's other spellings and plurals, with the singular it stands for. */
  const forms = (last: string): Array<{ word: string; singular: string }> => {
    const out: Array<{ word: string; singular: string }> = [];
    for (const s of [last, ...(spellingsOf.get(last) ?? [])]) {
      out.push({ word: s, singular: last });
      if (invariant.has(s)) continue;
      const plurals = pluralsOf.get(s) ?? (pluralsOf.has(last) ? [] : [`${s}s`]);
      for (const p of plurals) out.push({ word: p, singular: last });
    }
    return out;
  };

  const full = new Map<string, Set<string>>(); // multi-word name → codes
  const bare = new Map<string, { codes: Set<string>; singular: string }>();
  const scaledOnly = new Map<string, { codes: Set<string>; singular: string }>();
  const addFull = (name: string, code: string): void => {
    (full.get(name) ?? full.set(name, new Set()).get(name)!).add(code);
  };
  for (const d of iso) {
    const names = new Set<string>();
    for (const n of [clean(d.currency), ...(stateNames.get(d.code) ?? [])]) {
      names.add(lookupKey(n));
      names.add(lookupKey(fold(n)));
    }
    for (const name of names) {
      const parts = name.split(' ');
      const last = parts.pop()!;
      for (const f of forms(last)) {
        if (parts.length) addFull([...parts, f.word].join(' '), d.code);
        // A bare name that is also a word is not read alone; the data's afterScale few ("won") are read
        // right after a scale word ("80 trillion won"), the others never ("the 30 billion mark").
        const into = !notBare.has(f.word) ? bare : afterScale.has(f.word) ? scaledOnly : null;
        if (!into) continue;
        const b = into.get(f.word) ?? into.set(f.word, { codes: new Set(), singular: f.singular }).get(f.word)!;
        b.codes.add(d.code);
      }
    }
  }

  const choose = (codes: ReadonlySet<string>, singular: string): CurrencyChoice => {
    const sorted = [...codes].sort();
    if (sorted.length === 1) return { code: sorted[0]! };
    const preferred = data.defaults[singular];
    const code = preferred && codes.has(preferred) ? preferred : sorted[0]!;
    if (data.fixedDefaults.includes(singular)) return { code };
    return { code, choices: [code, ...sorted.filter((c) => c !== code)] };
  };

  const after = new Map<string, CurrencyChoice>();
  const afterWords: string[] = [];
  const put = (map: Map<string, CurrencyChoice>, list: string[], word: string, meaning: CurrencyChoice): void => {
    map.set(lookupKey(word), meaning);
    list.push(word);
  };
  for (const [word, b] of bare) put(after, afterWords, word, choose(b.codes, b.singular));
  for (const [name, codes] of full) put(after, afterWords, name, choose(codes, name.split(' ').pop()!));
  for (const code of isoCodes) if (!notCodes.has(code)) put(after, afterWords, code, { code });
  for (const [code, list] of Object.entries(data.after)) for (const w of list) put(after, afterWords, w, { code });
  const afterScaleWords: string[] = [];
  for (const [word, b] of scaledOnly) if (!after.has(lookupKey(word))) put(after, afterScaleWords, word, choose(b.codes, b.singular));

  const afterSigns: string[] = [];
  for (const [sign, v] of Object.entries(data.afterSigns)) {
    const list = Array.isArray(v) ? v : [v];
    put(after, afterSigns, sign, list.length > 1 ? { code: list[0]!, choices: list } : { code: list[0]! });
  }

  const before = new Map<string, CurrencyChoice>();
  const beforeWords: string[] = [];
  for (const code of isoCodes) if (!notCodes.has(code)) put(before, beforeWords, code, { code });
  // A sign states use is read when one currency has it and it is no run of Latin letters ("kr", "Fr"):
  // those are words or initials too often, and the data file lists the few that are safe ("RM", "Rp").
  for (const [sign, codes] of signs) {
    if (codes.size !== 1 || /^[A-Za-z.'’]+$/.test(sign) || /^\p{L}$/u.test(sign)) continue;
    const code = [...codes][0]!;
    if (isoCodes.has(code)) put(before, beforeWords, sign, { code });
  }
  for (const [sign, v] of Object.entries(data.before)) {
    const list = Array.isArray(v) ? v : [v];
    put(before, beforeWords, sign, list.length > 1 ? { code: list[0]!, choices: list } : { code: list[0]! });
  }
  return { before, after, beforeWords, afterWords, afterSigns, afterScaleWords, issuers };
}

let cached: CurrencyLexicon | undefined;

/** The compiled currency lexicon, built on first use. */
export function currencyLexicon(): CurrencyLexicon {
  if (cached === undefined) cached = compile(loadValidated('figure-currencies.yaml', schema));
  return cached;
}

/**
 * The currency of an amount whose word several currencies share: the one a party of the figure issues
 * ("rupees" in a Pakistan–China figure are PKR), else the word's default.
 */
export function currencyForParties(choice: CurrencyChoice, parties: ReadonlyArray<string | null>): string {
  if (!choice.choices) return choice.code;
  const lex = currencyLexicon();
  for (const code of choice.choices) {
    const states = lex.issuers.get(code);
    if (states && parties.some((p) => p !== null && states.has(p))) return code;
  }
  return choice.code;
}
