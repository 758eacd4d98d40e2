/**
 * Starts work on the next items of a stream while the caller is still busy with earlier ones, and hands
 * the started items back in input order. The number of items in flight and their total weight (say, the
 * characters of their text) are both bounded, so memory does not grow with the size of the input.
 */

/** Characters of document text worth holding ahead of the writer: a few huge articles, any number of small ones. */
export const TEXT_AHEAD_CHARS = 64_000_000;

/** How far ahead {@link runAhead} may start work. */
export interface RunAheadLimits<T> {
  /** Items started and not yet handed back, at most (at least 1). */
  readonly items: number;
  /** The weight of one item; with `maxWeight`, bounds what is held when items are large. */
  readonly weight?: (item: T) => number;
  /** Total weight in flight past which earlier items are handed back before another is read (so at most this plus the last item read). */
  readonly maxWeight?: number;
}

/**
 * Calls `start` on each item as soon as it is read (within the limits) and yields what it returned, in the
 * order the items came. `start` typically kicks off asynchronous work and returns a handle to await.
 */
export async function* runAhead<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  start: (item: T) => R,
  limits: RunAheadLimits<T>,
): AsyncIterable<R> {
  const maxItems = Math.max(1, limits.items);
  const maxWeight = limits.maxWeight ?? Infinity;
  const weigh = limits.weight ?? (() => 0);
  const queue: Array<{ started: R; weight: number }> = [];
  let weight = 0;
  const next = (): R => {
    const head = queue.shift()!;
    weight -= head.weight;
    return head.started;
  };
  for await (const item of source) {
    const w = weigh(item);
    queue.push({ started: start(item), weight: w });
    weight += w;
    while (queue.length >= maxItems || (queue.length > 0 && weight > maxWeight)) yield next();
  }
  while (queue.length > 0) yield next();
}
