import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import { actorsByName } from '../../test-support/mentions.js';
import { extractEvents } from './event-extractor.js';

const NAMES: Record<string, string> = {
  Turkey: 'TUR', Erdogan: 'TUR', Azerbaijan: 'AZE', Aliyev: 'AZE', Japan: 'JPN', Mongolia: 'MNG',
  Germany: 'DEU', Uzbekistan: 'UZB', Russia: 'RUS', Ukraine: 'UKR', Kazakhstan: 'KAZ', Georgia: 'GEO',
};

const none = (text: string) =>
  extractEvents({ text, sentences: splitSentences(text), actors: actorsByName(text, NAMES), dates: [], quotes: [], published: '2022-03-01' }).events;

describe('extractEvents: what is not an event', () => {
  const cases: Record<string, string> = {
    'a negated meeting': 'Japan and Mongolia did not meet last year.',
    'a denied visit': 'Erdogan never visited Azerbaijan during that term.',
    'a conditional visit': 'If Uzbekistan signs the deal with Germany, trade would double.',
    'a hypothetical': 'Aliyev could visit Turkey, officials said, but nothing is scheduled.',
    'a habitual statement': 'Turkey and Azerbaijan regularly hold talks on energy.',
    'a count of visits (a figure, not an event)': 'Erdogan has visited Azerbaijan 20 times.',
    'one actor only': 'Georgia signed a new law on media.',
    'trade partner is no event': 'Germany remains a key trading partner of Uzbekistan.',
    'a self-visit': 'Erdogan visited Turkey’s eastern provinces.',
    'praise of achievements is not coded': 'Turkey praised the growth of the economy.',
    'an attributive participle tells no deed': 'Japan’s internationally recognised expertise helped Mongolia’s miners.',
    'a reporter named after a threat is not its target': 'Turkey threatened to act soon, Georgia said.',
    'lower-case words after a party are no title and name': 'Russia thinks many people backed Ukraine.',
    'a negation written as a contraction': 'Japan hasn’t signed an agreement with Mongolia.',
    'a negation written as a contraction, straight apostrophe': "Turkey didn't meet Georgia during the summit.",
    'a negation written as a rarer contraction': 'Japan mightn’t meet Mongolia this year.',
    'a state’s feeling told as background is no accusation': 'Japan’s regret over its war with Mongolia has shaped its politics for decades.',
    'a negation before a speech aside': 'Japan has not, the ministry said, signed an agreement with Mongolia.',
    'a negation before a speech aside with a longer speaker': 'Turkey never, a senior official in Germany told reporters, signed an agreement with Georgia.',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      expect(none(text)).toEqual([]);
    });
  }

  it('a cancelled meeting is no meeting (calling it off is a rejection)', () => {
    const events = none('The Japan–Mongolia meeting was cancelled and Japan called off talks with Mongolia.');
    expect(events.map((e) => e.type)).toEqual(['REJECT']);
  });

  it('joint exercises are cooperation, not a show of force', () => {
    const events = none('Uzbekistan and Kazakhstan held joint military exercises near the border.');
    expect(events.map((e) => e.type)).toEqual(['COOPERATE']);
  });

  it('an unlisted title and name after a party still let the rule read the party', () => {
    const events = none('Japan special envoy Taro Sato visited Mongolia on Monday.');
    expect(events.map((e) => `${e.type} ${e.source}>${e.target}`)).toEqual(['CONSULT JPN>MNG']);
  });

  it('an empty document has no events and does not throw', () => {
    expect(extractEvents({ text: '', sentences: [], actors: [], dates: [], quotes: [], published: null }).events).toEqual([]);
  });
});
