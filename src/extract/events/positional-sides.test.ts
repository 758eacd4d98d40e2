/**
 * A verb the event lexicon knows, whose sides the clause reader could not attach, is read by position: the
 * one state named before it as its doer against the one state named after it (lexicon-rule.ts,
 * sidesByPosition). The lead's own sentences, with the shapes it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

/** The events as 'TYPE SRC>TGT', sectors left out. */
const pairs = (text: string) => eventsOf(text).map((e) => e.split(' ').slice(0, 2).join(' ').replace(/\/[A-Z]{3}/g, ''));

describe('a known verb with no side attached is read by position', () => {
  it.each([
    ['Estonia expelled two diplomats that Latvia had sent.', 'SANCTION EST>LVA'],
  ])('%s', (text, event) => {
    expect(pairs(text)).toContain(event);
  });
});

describe('what position alone must not pair', () => {
  it.each([
    // an ally, not a side
    'Norwegian troops fought alongside Latvian soldiers during the exercise.',
    // the state of a place is no target
    "Oman's navy withdrew its ships from the strait after the drills in Yemen.",
    // two states before the verb: which of them acted is not known by position
    'Austria and Italy withdrew from the talks that Slovenia had called.',
    // the verb's own subject names no state of the two
    'The Danish minister said the group withdrew from a forum that Iceland had set up.',
    // a clause of its own: its states have roles of their own
    'Estonia withdrew from the drills, but Latvia stayed.',
    'Estonia withdrew its offer to build a bridge with Latvia.',
    // a relative clause's own sides, or one set off by a comma
    'Ghana welcomed the decision, which Togo had opposed.',
    'Ghana detained a man who had travelled from Nigeria.',
    'Ghana sanctioned firms that sold arms to Nigeria.',
    // a phrasal verb the lexicon did not list with its particle
    'Ghana backed away from the plan that Togo drafted.',
    // a deed only possible
    'Estonia could withdraw from the pact if Latvia objects.',
    'Estonia may seek help from Latvia if the pact fails.',
    'Estonia may seek funds that Latvia holds.',
    'Estonia may also seek funds that Latvia holds.',
  ])('%s', (text) => {
    expect(pairs(text)).toEqual([]);
  });

  it('a doer in a phrase opened by a preposition is no doer', () => {
    // "talked" has no subject the reader found; the actor right before it stands after "with"
    expect(pairs('The envoy had a long conversation with the Omani minister and talked about Yemen.').filter((e) => e.endsWith('>YEM'))).toEqual([]);
  });
});
