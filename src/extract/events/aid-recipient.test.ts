/**
 * A list of donors tells the receiver once: "India pledged aid to Fiji. Japan has provided …" (branch
 * actors8). A state's gift whose sentence names no receiver goes to the receiver of the aid told a few
 * sentences before. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

const aid = (text: string) => eventsOf(text).filter((e) => e.startsWith('AID'));

describe('a donor of a list gives to the receiver of the aid told just before', () => {
  it.each([
    ['Chile pledged aid to Tonga after the storm. The Peruvian Government has provided $2 million in relief assistance.', 'AID PER>TON occurred'],
    ['Chile pledged aid to Tonga. The storm was the worst on record. Norway has pledged $300,000 in humanitarian aid.', 'AID NOR>TON planned'],
    ['Spain sent aid to Haiti on Monday. Portugal has also offered financing and loans.', 'AID PRT>HTI occurred'],
  ])('%s', (text, expected) => {
    expect(aid(text)).toContain(expected);
  });

  it.each([
    ['no aid told before', 'Chile criticised Tonga. The Peruvian Government has provided $2 million in relief assistance.'],
    ['the aid told too long before', 'Chile pledged aid to Tonga. One. Two. Three. Four. Five. Six. Seven. Norway has pledged $300,000 in aid.'],
    ['the receiver itself gives', 'Chile pledged aid to Tonga. Tonga has provided $1 million in relief assistance to its islands.'],
    ['a gift whose object names a party', 'Chile pledged aid to Tonga. Peru has provided Bolivia with $2 million in aid.'],
  ])('%s', (_name, text) => {
    // Only Chile's own, stated gift goes to Tonga.
    expect(aid(text).filter((e) => e.includes('>TON') && !e.startsWith('AID CHL>TON'))).toEqual([]);
  });
});
