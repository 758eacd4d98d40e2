/**
 * Which states a descriptive reference may point back to ("the Gulf state", "the Central Asian republic",
 * "the landlocked country"), from data/descriptor-regions.yaml. Without it "the Gulf state" took whatever
 * single state the sentence before named, Washington included.
 */
import { z } from 'zod';
import { loadValidated } from '../../core/data-files.js';
import { escapeRegExp } from '../../core/regex-words.js';

const schema = z.strictObject({
  regions: z.record(z.string().min(1), z.array(z.string().regex(/^[A-Z]{3}$/)).min(1)),
});

interface Region {
  readonly key: RegExp;
  readonly codes: ReadonlySet<string>;
}

let regions: readonly Region[] | undefined;

function loadRegions(): readonly Region[] {
  regions ??= Object.entries(loadValidated('descriptor-regions.yaml', schema).regions).map(([key, codes]) => ({
    key: new RegExp(`(?:^|[\\s-])${escapeRegExp(key.toLowerCase())}(?=$|[\\s-])`),
    codes: new Set(codes),
  }));
  return regions;
}

/**
 * Whether the state `code` fits every region the lower-cased phrase names; true for a phrase that names
 * none ("the country").
 */
export function fitsDescriptor(words: string, code: string): boolean {
  // Token keys are joined by spaces: "ex - soviet republic" is written "ex-soviet republic".
  const phrase = words.replace(/ - /g, '-');
  return loadRegions().every((r) => !r.key.test(phrase) || r.codes.has(code));
}
