/** Display names for actor codes: world-countries for states, data/organisations.yaml for organisations. */
import worldCountries, { type Country } from 'world-countries';
import { z } from 'zod';
import { loadDataFile } from '../core/data-files.js';

const countries = worldCountries as unknown as readonly Country[];
const stateNames = new Map(countries.map((c) => [c.cca3, c.name.common]));

// Only the fields the brief needs; the organisations file is owned and validated by extraction.
const orgFileSchema = z.object({ organisations: z.array(z.object({ code: z.string(), names: z.array(z.string()).min(1) }).loose()) }).loose();

let orgNames: Map<string, string> | undefined;

function organisationNames(): Map<string, string> {
  if (orgNames) return orgNames;
  orgNames = new Map();
  try {
    const parsed = orgFileSchema.safeParse(loadDataFile('organisations.yaml'));
    if (parsed.success) for (const o of parsed.data.organisations) orgNames.set(o.code, o.names[0]!);
  } catch {
    // Without the file the brief shows organisation codes, which is still correct.
  }
  orgNames.set('C5', 'Central Asian states');
  return orgNames;
}

/** The common name of a state or organisation code, or the code itself when unknown. */
export function actorName(code: string): string {
  return stateNames.get(code) ?? organisationNames().get(code) ?? code;
}
