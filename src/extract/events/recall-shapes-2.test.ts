/**
 * More shapes of news sentences with both parties named and no event read (branch reader8): a
 * participle that describes the actor after it, peace made with a state, commitment to a side.
 * Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

const ofType = (text: string, type: string) => eventsOf(text).filter((e) => e.startsWith(`${type} `));

describe('"visiting" before an actor describes it: both actors are the subject', () => {
  it.each([
    ['President Boric and visiting President Lula of Brazil held talks on Monday and agreed to expand trade.', 'AGREE CHL>BRA occurred'],
    ['Chancellor Scholz and visiting Polish Prime Minister Donald Tusk agreed to set up a joint border commission.', 'AGREE DEU>POL occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text).map((e) => e.replace(/ (\w+)>(\w+) /, (_m, a, b) => ` ${[a, b].sort().join('>')} `))).toContain(
      expected.replace(/ (\w+)>(\w+) /, (_m, a, b) => ` ${[a, b].sort().join('>')} `),
    );
  });
  it.each([
    ['a visit told by the participle is still a visit', 'Visiting Nairobi on Monday, the Ugandan president praised Kenya.', 'SUPPORT UGA>KEN occurred'],
  ])('%s', (_name, text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
});

describe('peace made with a state is an agreement with it', () => {
  it.each([
    ['Egypt made peace with Israel in 1979.', 'AGREE EGY>ISR occurred'],
    ['In 1995, Peru became the first neighbour to make peace with Ecuador.', 'AGREE PER>ECU occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['peace urged on a state is not made', 'Kenya urged Uganda to make peace with Rwanda.'],
    ['peace not made is no agreement', 'Syria has never made peace with Israel.'],
    ['a deal made at home names no other side', 'Peru made changes to its trade rules with Ecuador.'],
  ])('%s', (_name, text) => {
    expect(ofType(text, 'AGREE').filter((e) => e.endsWith('occurred') && !e.includes('KEN>UGA'))).toEqual([]);
  });
});

describe('a commitment or adherence to a side is support of it', () => {
  it.each([
    ['Nicaragua reaffirmed its commitment to the One China policy.', 'SUPPORT NIC>CHN occurred'],
    ['Senegal reiterated its adherence to the One China principle on Friday.', 'SUPPORT SEN>CHN occurred'],
    ['Honduras adheres to the One China policy, its foreign minister said.', 'SUPPORT HND>CHN occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['a commitment to a goal names no side', 'Nicaragua reaffirmed its commitment to the ceasefire.'],
    ['a commitment asked of a side is not made', 'Senegal urged Gambia to show commitment to reform.'],
  ])('%s', (_name, text) => {
    expect(ofType(text, 'SUPPORT')).toEqual([]);
  });
});

describe('scare quotes around a word or two do not break the clause', () => {
  it.each([
    ['Venezuela said it “firmly” condemned the “unilateral” sanctions imposed on it by Canada.', 'ACCUSE VEN>CAN occurred'],
    ['Chad “strongly” condemned the “illegal” expulsion of its diplomats by Sudan.', 'ACCUSE TCD>SDN occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['a quoted clause stays the speaker\'s words', '“We condemn nothing,” Venezuela said of Canada’s plan.'],
    ['a quoted word in a sentence with no deed adds none', 'Venezuela called Canada a “friend” of the region.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
  });
});

describe('a noun heading the subject of a passive verb: the "by" phrase acts, the verb\'s phrases name the other side', () => {
  it.each([
    ['New sanctions were imposed on Belarus by Canada on Tuesday.', 'SANCTION CAN>BLR occurred'],
    ['Tariffs on low-cost Chinese electric cars were imposed by Brazil last month.', 'SANCTION BRA>CHN occurred'],
    ['Travel bans were imposed on Iranian officials by Australia.', 'SANCTION AUS>IRN occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['sanctions only discussed are not imposed', 'Sanctions on Belarus were discussed in Ottawa by Canada.'],
    ['a by phrase of place is no agent', 'Sanctions were imposed on Belarus by the end of the year.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('SANCTION'))).toEqual([]);
  });
});

describe('joint operations and drills with another side\'s forces are cooperation', () => {
  it.each([
    ['Kenyan and Ugandan police seized 300 kilos of heroin in a joint operation near Busia.', 'COOPERATE KEN>UGA occurred'],
    ['Peruvian troops trained with Brazilian forces near the border last week.', 'COOPERATE PER>BRA occurred'],
    ['The Indonesian navy, which has been exercising with Australian warships since Monday, returned to port.', 'COOPERATE IDN>AUS occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['a right exercised is no drill', 'Kenya exercised its right to reply to Uganda.'],
    ['athletes training together are no forces', 'Kenyan athletes trained with Ugandan runners in Eldoret.'],
    ['an operation of one side alone is no joint deed', 'Kenyan police seized heroin from Ugandan smugglers in an operation near Busia.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('COOPERATE'))).toEqual([]);
  });
});

describe('officials flying to a state visit it', () => {
  it.each([
    ['The delegation of Tajikistan headed by its deputy prime minister flew to Bishkek on Monday to resume border talks.', 'CONSULT TJK>KGZ occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['aircraft flying to a state are no visit', 'Two Turkish helicopters flew to Libya on Monday.'],
    ['people flown out are no visitors', 'More than 100 Cuban prisoners were freed and flown to Mexico on Friday.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('CONSULT'))).toEqual([]);
  });
});
