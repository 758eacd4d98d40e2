/** Which actor codes are states (ISO 3166-1 alpha-3 in world-countries) rather than organisations or groups. */
import { readWorldCountries } from './world-countries.js';

const STATES: ReadonlySet<string> = new Set(readWorldCountries().map((c) => c.cca3));

/** True for a state's code (KAZ, TUR), false for an organisation or group (SCO, EU, C5). */
export function isStateCode(code: string): boolean {
  return STATES.has(code);
}
