/**
 * Two shapes of ministry releases (branch probe7b): a body of people named by its leader or its origin
 * ("a delegation led by X", "a delegation from Y") stands for that state, and an adverbial opening the
 * sentence ("During talks with X, Y …") ends at its comma. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

const consults = (text: string) => eventsOf(text).filter((e) => e.startsWith('CONSULT'));

describe('a delegation led by, headed by or from an actor stands for its state', () => {
  it.each([
    ['The Uruguayan foreign minister met a delegation led by Paraguayan Vice President Pedro Alliana.', /CONSULT (URY>PRY|PRY>URY)/],
    ['The Finnish prime minister received a business mission headed by the Estonian economy minister.', /CONSULT EST>FIN/],
    ['The Norwegian king hosted a delegation from Iceland in Oslo.', /CONSULT ISL>NOR/],
  ])('%s', (text, expected) => {
    expect(consults(text).some((e) => expected.test(e))).toBe(true);
  });
  it('a body led by someone of no state stays no one', () => {
    expect(consults('The Uruguayan foreign minister met a team led by a local engineer.')).toEqual([]);
  });
  it('a noun that is no body of people does not reach for "led by"', () => {
    expect(consults('The Uruguayan foreign minister discussed an effort led by Paraguay.')).toEqual([]);
  });
});

describe('an adverbial opening the sentence ends at its comma', () => {
  it.each([
    ['During talks with Portugal, Spain praised the new rail link.', /CONSULT (ESP>PRT|PRT>ESP)/],
    ['Speaking at a joint press conference with the Dutch prime minister, the Belgian prime minister announced new port rules.', /CONSULT (BEL>NLD|NLD>BEL)/],
  ])('%s', (text, expected) => {
    const got = consults(text);
    expect(got.some((e) => expected.test(e))).toBe(true);
    expect(got).toHaveLength(1);
  });
  it('a list before the comma keeps its members', () => {
    const got = consults('During talks with Turkey, Iraq and Syria, Iran proposed a water plan.');
    expect(got.filter((e) => /^CONSULT (IRN>(TUR|IRQ|SYR)|(TUR|IRQ|SYR)>IRN)/.test(e))).toHaveLength(3);
  });
  it('a list that does not open the sentence is read as before', () => {
    // "talks with Turkey, Iraq" with no opener: the list is one party's side
    expect(consults('Iran held talks with Turkey, Iraq and Syria.')).toHaveLength(3);
  });
});

describe('a verb of saying after the speech\'s comma (probe7b)', () => {
  it('the speech before the comma lends the teller no party and no tense', () => {
    const got = consults('Ecuador wants to sign a trade pact with Colombia, Ecuadorian Foreign Minister Gabriela Sommerfeld told the Peruvian foreign minister.');
    expect(got).toContain('CONSULT ECU>PER occurred');
    expect(got.some((e) => e.startsWith('CONSULT COL'))).toBe(false);
  });
  it('a list subject before a verb of saying is still a list', () => {
    expect(eventsOf('Chile, Peru and Bolivia said they had agreed to share river data.').length).toBeGreaterThan(0);
  });
});

describe('a known person named alone after the full name (probe7b)', () => {
  it('a king\'s name without the regnal number is the king', () => {
    const got = eventsOf('The Spanish king received King Abdullah II of Jordan in Madrid. Later the Spanish king invited Abdullah to a state dinner.');
    expect(got.some((e) => /^REQUEST ESP>JOR/.test(e))).toBe(true);
  });
  it('a name never introduced stays no one', () => {
    expect(eventsOf('The Spanish king invited Abdullah to a state dinner.').filter((e) => e.startsWith('REQUEST'))).toEqual([]);
  });
});
