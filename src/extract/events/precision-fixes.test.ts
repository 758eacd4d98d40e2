/**
 * Wrong events the precision pass (branch precision7) removed, each with a similar sentence whose right
 * reading stays: a party taken from the next clause, a meeting someone withdrew from, a withdrawal from a
 * meeting read as a retreat. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

const consults = (text: string) => eventsOf(text).filter((e) => e.startsWith('CONSULT'));

describe('a party filled from the sentence after the trigger stands in the trigger\'s clause', () => {
  it('the next clause\'s actor is no side of the talks', () => {
    const got = consults('Dozens of prisoners were freed after months of negotiations between Lima and Santiago, while Argentina released a Bolivian trader.');
    expect(got.filter((e) => /ARG|BOL/.test(e))).toEqual([]);
    expect(got.some((e) => e.includes('CHL') && e.includes('PER'))).toBe(true);
  });
  it('an actor after the trigger in the same clause still fills the side', () => {
    expect(consults('After talks with Peru on Monday, the Chilean delegation left for Lima.').some((e) => e.includes('CHL') && e.includes('PER'))).toBe(true);
  });
});

describe('a meeting someone withdrew from is not held', () => {
  it.each([
    'Ghana withdrew from an upcoming bilateral meeting with Togo in Lome.',
    'Japan pulled out of the planned talks with South Korea on Monday.',
  ])('%s', (text) => {
    expect(consults(text)).toEqual([]);
  });
  it('a withdrawal from a meeting is no retreat', () => {
    expect(eventsOf('Ghana withdrew from an upcoming bilateral meeting with Togo in Lome.').filter((e) => e.startsWith('RETREAT'))).toEqual([]);
  });
  it('troops withdrawing from a country still retreat', () => {
    expect(eventsOf('Troops of the Collective Security Treaty Organization began withdrawing from Kazakhstan on Thursday.'))
      .toContain('RETREAT CSTO>KAZ occurred');
  });
  it('a meeting held after a withdrawal told in its own clause stays', () => {
    expect(consults('Mali withdrew from the regional bloc in January and held talks with Russia in Moscow on Monday.'))
      .toContain('CONSULT MLI>RUS occurred');
  });
});

describe('who attends a summit', () => {
  const multilateral = (text: string) => eventsOf(text).filter((e) => e.startsWith('CONSULT') && /SCO|USA/.test(e));
  it('an actor inside an adverbial phrase opening the sentence is not said to attend', () => {
    const got = multilateral('After talks and a dinner hosted by President Tokayev, Modi left for Moscow to attend the summit of the SCO.');
    expect(got.some((e) => e.startsWith('CONSULT IND>SCO'))).toBe(true);
    expect(got.filter((e) => e.includes('KAZ'))).toEqual([]);
  });
  it('subjects of the clause itself still attend', () => {
    const got = multilateral('Tokayev and Modi attended the summit of the SCO in Ufa.');
    expect(got).toContain('CONSULT KAZ>SCO occurred');
    expect(got).toContain('CONSULT IND>SCO occurred');
  });
  it('the members listed in brackets after a group meet the outside partner', () => {
    const got = multilateral('Blinken will attend a C5+1 ministerial meeting with the foreign ministers of the Central Asian states (Kazakhstan, Kyrgyzstan and Uzbekistan) next week.');
    expect(got).toContain('CONSULT KAZ>USA planned');
    expect(got).toContain('CONSULT UZB>USA planned');
  });
});

describe('an event told as unlikely is not coded', () => {
  it('"unlikely to travel" is no planned visit', () => {
    expect(eventsOf('Observers said Aliyev was unlikely to travel to Moscow this year.')).toEqual([]);
  });
  it('"likely to travel" stays a planned visit', () => {
    expect(eventsOf('Observers said Aliyev was likely to travel to Moscow this year.')).toContain('CONSULT AZE>RUS planned');
  });
});

describe('an active verb after the summit noun has the summit as its subject', () => {
  it('"a summit meant to address" names no participant', () => {
    expect(eventsOf('The United States warned Rwanda of sanctions ahead of a summit meant to address the conflict in Congo.')
      .filter((e) => e.startsWith('CONSULT'))).toEqual([]);
  });
  it('"attended by" after the noun still names the participants', () => {
    const got = eventsOf('A summit of the SCO held in Astana on Monday was attended by Pakistan and India.');
    expect(got).toContain('CONSULT PAK>SCO occurred');
    expect(got).toContain('CONSULT IND>SCO occurred');
  });
});

describe('a meeting prepared for or planned has not taken place yet', () => {
  it('"prepares for talks" is planned', () => {
    expect(eventsOf('Fuel is scarce as the government of Sri Lanka prepares for talks with the International Monetary Fund.'))
      .toContain('CONSULT LKA>IMF planned');
  });
  it('talks held stay occurred', () => {
    expect(eventsOf('The government of Sri Lanka held talks with the International Monetary Fund on Monday.'))
      .toContain('CONSULT LKA>IMF occurred');
  });
});
