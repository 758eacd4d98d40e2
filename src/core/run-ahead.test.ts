import { describe, expect, it } from 'vitest';
import { runAhead } from './run-ahead.js';

/** Runs `runAhead` over items, recording how many were started and not yet handed back at each hand-back. */
async function inFlightAtEachYield(items: number[], limits: Parameters<typeof runAhead<number, number>>[2]): Promise<{ order: number[]; inFlight: number[] }> {
  let started = 0;
  let returned = 0;
  const order: number[] = [];
  const inFlight: number[] = [];
  for await (const item of runAhead(items, (x) => (started++, x), limits)) {
    returned++;
    inFlight.push(started - returned + 1);
    order.push(item);
  }
  return { order, inFlight };
}

describe('runAhead', () => {
  it('hands items back in input order, never more than `items` started ahead', async () => {
    const { order, inFlight } = await inFlightAtEachYield([1, 2, 3, 4, 5, 6, 7], { items: 3 });
    expect(order).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(Math.max(...inFlight)).toBe(3);
  });

  it('bounds the weight in flight, letting one heavy item through on its own', async () => {
    const { order, inFlight } = await inFlightAtEachYield([10, 10, 10, 100, 10], { items: 50, weight: (x) => x, maxWeight: 25 });
    expect(order).toEqual([10, 10, 10, 100, 10]);
    // An item's weight is known once it is read: the third 10 (30 > 25) and then the 100 each make the
    // earlier items go out first, down to the 100 alone.
    expect(inFlight).toEqual([3, 3, 2, 1, 1]);
  });

  it('with items: 1, finishes each item before reading the next', async () => {
    const { inFlight } = await inFlightAtEachYield([1, 2, 3], { items: 1 });
    expect(inFlight).toEqual([1, 1, 1]);
  });
});
