/** Which actor codes are states (ISO 3166-1 alpha-3 in world-countries) rather than organisations or groups. */
import worldCountries, { type Country } from 'world-countries';

// The package's typings describe a module object; at run time the default export is the array.
const STATES: ReadonlySet<string> = new Set((worldCountries as unknown as readonly Country[]).map((c) => c.cca3));

/** True for a state's code (KAZ, TUR), false for an organisation or group (SCO, EU, C5). */
export function isStateCode(code: string): boolean {
  return STATES.has(code);
}
