/**
 * Rejections that refer back to what another party said, rejections of calls made "from" a party, and gifts
 * the one who thanks for them received (session 12, the helper's own wire-style sentences), with the
 * readings that must stay no event.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

/** The events of one type as 'TYPE SRC>TGT', sectors left out. */
const typed = (type: string, text: string) => eventsOf(text).filter((e) => e.startsWith(`${type} `)).map((e) => e.split(' ').slice(0, 2).join(' ').replace(/\/[A-Z]{3}/g, ''));

describe('a rejection of what was said before it in the sentence', () => {
  it.each([
    ['Pakistan blamed India for the bombing, but New Delhi rejected the charge.', 'REJECT IND>PAK'],
    ['Pakistan blamed India on Monday for a bombing in Quetta, a charge New Delhi rejected.', 'REJECT IND>PAK'],
    ['Russia offered to mediate between the two sides, but Yerevan turned down the offer.', 'REJECT ARM>RUS'],
    ['Libya\'s army chief accused Turkey of arming the militias, an allegation Ankara denied.', 'REJECT TUR>LBY'],
    ['Manila accused Beijing on Friday of harassing its fishermen, a charge China denied.', 'REJECT CHN>PHL'],
    ['China said the Philippine vessel had entered its waters, a claim Manila rejected.', 'REJECT PHL>CHN'],
    ['Iran asked Iraq to extradite the suspects, a request Baghdad declined.', 'REJECT IRQ>IRN'],
    ['The EU proposed new talks, but Serbia turned down the proposal.', 'REJECT SRB>EU'],
  ])('%s', (text, expected) => {
    expect(typed('REJECT', text)).toContain(expected);
  });

  it.each([
    // what was rejected was told by nobody in the sentence
    'Kyiv welcomed the statement, but Moscow rejected the claims.',
    'Moscow rejected the claims made in a report on Ukraine.',
    'Britain did not reject the Argentine offer.',
    // a standing dispute: the charge told as repeated, and its denial
    'Manila has often accused Beijing of harassing its fishermen, a charge China denies.',
  ])('no rejection of another party: %s', (text) => {
    expect(typed('REJECT', text)).toEqual([]);
  });

  it('an asked deed stays asked, the rejection occurred', () => {
    expect(eventsOf('Iran asked Iraq to extradite the suspects, a request Baghdad declined.')).toContain('REJECT IRQ>IRN occurred');
  });
});

describe('calls rebuffed', () => {
  it('a plural after a past verb is its object, and "from" names whose call it was', () => {
    expect(typed('REJECT', 'Somalia\'s government rebuffed calls from Ethiopia to reopen negotiations over the port deal.')).toEqual(['REJECT SOM>ETH']);
  });
});

describe('a phrase after "but" that opens a clause of its own', () => {
  it('is no object of the verb before it', () => {
    expect(typed('SUPPORT', 'Kyiv welcomed the statement, but Moscow rejected the claims.')).toEqual([]);
  });
});

describe('a gift told in the thanks for it', () => {
  it.each([
    ['Fiji thanked Australia for sending relief supplies after the cyclone.', 'AID AUS>FJI'],
    ['Taiwan expressed gratitude to Japan for donating 50 ambulances to hospitals in Taipei.', 'AID JPN>TWN'],
  ])('%s', (text, expected) => {
    expect(typed('AID', text)).toContain(expected);
    expect(typed('SUPPORT', text)).toContain(`SUPPORT ${expected.split(' ')[1]!.split('>').reverse().join('>')}`);
  });

  it.each([
    'Pakistan blamed India for sending militants across the border.',
    'Fiji thanked Australia for its support.',
  ])('no gift: %s', (text) => {
    expect(typed('AID', text)).toEqual([]);
  });
});
