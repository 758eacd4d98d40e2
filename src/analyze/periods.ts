/** Calendar periods (month, quarter, year) as sortable string keys, and the lists between two of them. */

/** The length of the periods a series is counted in. */
export type Grain = 'month' | 'quarter' | 'year';

/** The grains a user may ask for. */
export const GRAINS: readonly Grain[] = ['month', 'quarter', 'year'];

const ISO_PREFIX = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** The period key (`2024`, `2024-Q3`, `2024-07`) that an ISO date or prefix falls in; null if unparseable or too coarse. */
export function periodKey(date: string, grain: Grain): string | null {
  const m = ISO_PREFIX.exec(date.slice(0, 10));
  if (!m) return null;
  const year = m[1]!;
  if (grain === 'year') return year;
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (grain === 'month') return `${year}-${m[2]}`;
  return `${year}-Q${Math.ceil(month / 3)}`;
}

/** The first day of a period key, as `YYYY-MM-DD`. */
export function periodStart(key: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  if (q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  if (/^\d{4}$/.test(key)) return `${key}-01-01`;
  return `${key}-01`;
}

/** The key after the given one in the same grain. */
export function nextPeriod(key: string, grain: Grain): string {
  const year = Number(key.slice(0, 4));
  if (grain === 'year') return String(year + 1);
  if (grain === 'quarter') {
    const q = Number(key.slice(6));
    return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
  }
  const month = Number(key.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** Every period key from the one containing `from` to the one containing `to`, inclusive (at most 1200). */
export function periodRange(from: string, to: string, grain: Grain): string[] {
  // A bare year bound means its first (from) or last (to) month, so `--from 2022 --to 2025` covers 2022–2025.
  const first = periodKey(/^\d{4}$/.test(from) && grain !== 'year' ? `${from}-01` : from, grain);
  const last = periodKey(/^\d{4}$/.test(to) && grain !== 'year' ? `${to}-12` : to, grain);
  if (first === null || last === null || first > last) return [];
  const keys: string[] = [];
  for (let k = first; k <= last && keys.length < 1200; k = nextPeriod(k, grain)) keys.push(k);
  return keys;
}

/** True when an ISO date or prefix lies within the optional inclusive bounds (prefix comparison). */
export function withinBounds(date: string, from?: string | null, to?: string | null): boolean {
  if (from && date < from && !from.startsWith(date)) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}
