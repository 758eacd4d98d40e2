/** Day intervals (YYYY-MM-DD, both ends included): the operations extraction and the store share. */
import type { DateInterval } from './types.js';

/** Whether two closed day intervals share at least one day. */
export function overlaps(a: DateInterval, b: DateInterval): boolean {
  return a.from <= b.to && b.from <= a.to;
}
