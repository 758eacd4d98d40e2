/**
 * Requests told with "tell"/"want" and an infinitive after the party, and with "seek" (session 10, from the
 * lead's own sentences), with the readings that must stay no request.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

const requests = (text: string) => eventsOf(text).filter((e) => e.startsWith('REQUEST ')).map((e) => e.split(' ').slice(0, 2).join(' ').replace(/\/[A-Z]{3}/g, ''));

describe('a party told, wanted or sought', () => {
  it.each([
    ['Beijing told Manila to stop provocations in the South China Sea.', 'REQUEST CHN>PHL'],
    ['Seoul told Washington not to impose tariffs on Korean cars.', 'REQUEST KOR>USA'],
    ['Tashkent wants Kabul to guarantee the security of the railway project, an official said.', 'REQUEST UZB>AFG'],
    ['Ethiopia sought Somalia\'s consent for a naval base.', 'REQUEST ETH>SOM'],
    ['Taiwan is seeking faster deliveries of American weapons, its defence minister said.', 'REQUEST TWN>USA'],
  ])('%s', (text, expected) => {
    expect(requests(text)).toContain(expected);
  });

  it.each([
    'Putin told reporters in Moscow that relations with Kazakhstan were excellent.',
    'Russia wants talks, the Kremlin spokesman said.',
    'He wanted to visit Tokyo next year, the Mongolian president said.',
    'Thousands of Syrians sought asylum in Germany in 2015.',
    'Analysts told Reuters that China wants to expand its influence.',
    'Moscow is seeking to expand its influence in Africa, officials said.',
    'The Egyptian president told his Sudanese counterpart to convey his greetings to the people of Sudan.',
  ])('no request: %s', (text) => {
    expect(requests(text)).toEqual([]);
  });
});
