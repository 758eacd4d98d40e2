import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import { actorsByName, dateAt } from '../../test-support/mentions.js';
import type { DateMention } from '../../core/types.js';
import { extractEvents, type QuoteContext } from './event-extractor.js';

const NAMES: Record<string, string> = {
  Turkey: 'TUR', Turkish: 'TUR', Erdogan: 'TUR', Ankara: 'TUR',
  Azerbaijan: 'AZE', Azerbaijani: 'AZE', Aliyev: 'AZE', Baku: 'AZE',
  Japan: 'JPN', Japanese: 'JPN', Tokyo: 'JPN',
  Mongolia: 'MNG', Mongolian: 'MNG', 'Ulaanbaatar': 'MNG',
  Germany: 'DEU', German: 'DEU', Berlin: 'DEU',
  Uzbekistan: 'UZB', Uzbek: 'UZB', Mirziyoyev: 'UZB', Tashkent: 'UZB',
  India: 'IND', Indian: 'IND', Russia: 'RUS', Russian: 'RUS', Moscow: 'RUS',
  Ukraine: 'UKR', Ukrainian: 'UKR', France: 'FRA', French: 'FRA',
  'the SCO': 'SCO', SCO: 'SCO', 'the EU': 'EU', 'Central Asia': 'C5', 'Central Asian': 'C5',
  Kazakhstan: 'KAZ', Tokayev: 'KAZ', Astana: 'KAZ', 'the United States': 'USA', Washington: 'USA',
  Georgia: 'GEO', Armenia: 'ARM', Armenian: 'ARM', Qatar: 'QAT', Pakistan: 'PAK',
};

interface Case {
  readonly text: string;
  readonly published?: string;
  readonly dates?: (text: string) => DateMention[];
  readonly quotes?: (text: string) => QuoteContext[];
  readonly extraNames?: Record<string, string>;
  /** type source>target status [from..to] */
  readonly expected: readonly string[];
}

function run(c: Case): string[] {
  const actors = actorsByName(c.text, { ...NAMES, ...(c.extraNames ?? {}) });
  const { events } = extractEvents({
    text: c.text,
    sentences: splitSentences(c.text),
    actors,
    dates: c.dates?.(c.text) ?? [],
    quotes: c.quotes?.(c.text) ?? [],
    published: c.published ?? null,
  });
  return events.map((e) => `${e.type} ${e.source}>${e.target} ${e.status}${e.date ? ` ${e.date.from}..${e.date.to}` : ''}`);
}

const month = (phrase: string, from: string, to: string) => (t: string) => [dateAt(t, phrase, { from, to }, 'month')];

const cases: Record<string, Case> = {
  'a call told in a comma-set frame phrase keeps its own status, not that of a "bid to host" before it': {
    text: 'Japan thanked Germany for backing its bid to host the games, in a phone call on Monday.',
    expected: ['CONSULT JPN>DEU occurred', 'SUPPORT JPN>DEU occurred'],
  },
  'a call planned in its own frame phrase stays planned': {
    text: 'Japan thanked Germany for its support, in a phone call to be held on Monday.',
    expected: ['CONSULT JPN>DEU planned', 'SUPPORT JPN>DEU occurred'],
  },
  'talks agreed to be resumed are still to come, the agreement itself is done': {
    text: 'Japan and Germany agreed to resume their trade talks.',
    expected: ['AGREE JPN>DEU occurred', 'CONSULT JPN>DEU planned'],
  },
  'talks resumed are held': {
    text: 'Japan and Germany resumed their trade talks.',
    expected: ['CONSULT JPN>DEU occurred'],
  },
  'a call planned in the clause without a comma stays planned': {
    text: 'Japan will hold a phone call with Germany on Monday.',
    expected: ['CONSULT JPN>DEU planned'],
  },
  'state visit with a stated month': {
    text: 'In March, Erdogan paid a two-day state visit to Azerbaijan.',
    dates: month('In March', '2021-03-01', '2021-03-31'),
    expected: ['CONSULT TUR>AZE occurred 2021-03-01..2021-03-31'],
  },
  'host welcomes a visitor in the future': {
    published: '2021-06-15',
    text: 'Germany will host Mirziyoyev next month for talks on energy.',
    dates: month('next month', '2021-07-01', '2021-07-31'),
    expected: ['CONSULT UZB>DEU planned 2021-07-01..2021-07-31'],
  },
  'arrival in a capital': {
    text: 'The Mongolian president arrived in Tokyo on Monday.',
    dates: (t) => [dateAt(t, 'on Monday', { from: '2021-06-14', to: '2021-06-14' })],
    expected: ['CONSULT MNG>JPN occurred 2021-06-14..2021-06-14'],
  },
  'talks during a visit are one event with two spans': {
    text: 'Aliyev paid an official visit to Turkey in May 2021. During the visit, Aliyev held talks with Erdogan.',
    dates: month('in May 2021', '2021-05-01', '2021-05-31'),
    expected: ['CONSULT AZE>TUR occurred 2021-05-01..2021-05-31'],
  },
  'phone call between two leaders': {
    text: 'Japan and Mongolia held a telephone conversation on trade.',
    published: '2021-06-15',
    expected: ['CONSULT JPN>MNG occurred 2021-06-15..2021-06-15'],
  },
  'agreement signed with a partner': {
    text: 'Uzbekistan signed a memorandum on green energy with Germany in April.',
    dates: month('in April', '2021-04-01', '2021-04-30'),
    expected: ['AGREE UZB>DEU occurred 2021-04-01..2021-04-30'],
  },
  'agreement entering into force': {
    text: 'A visa waiver between Armenia and Qatar came into force this spring after long negotiations.',
    dates: (t) => [dateAt(t, 'this spring', { from: '2021-03-01', to: '2021-05-31' }, 'season')],
    published: '2021-06-15',
    expected: ['AGREE ARM>QAT occurred 2021-03-01..2021-05-31'],
  },
  'support for territorial integrity, dated by "back then"': {
    text: 'In February, the Turkish leader visited Baku. Back then, Erdogan vowed to support Azerbaijan’s territorial integrity.',
    dates: month('In February', '2021-02-01', '2021-02-28'),
    expected: ['CONSULT TUR>AZE occurred 2021-02-01..2021-02-28', 'SUPPORT TUR>AZE occurred 2021-02-01..2021-02-28'],
  },
  'congratulations': {
    text: 'Tokayev congratulated Mirziyoyev on his re-election.',
    published: '2021-10-25',
    expected: ['SUPPORT KAZ>UZB occurred 2021-10-25..2021-10-25'],
  },
  'a request with a possessive target': {
    text: 'Later that week Washington asked Pakistan for help with the evacuation.',
    expected: ['REQUEST USA>PAK occurred'],
  },
  'an invitation': {
    text: 'He said Moscow had invited India to the naval parade.',
    expected: ['REQUEST RUS>IND occurred'],
  },
  'accusation': {
    text: 'Ukraine accused Russia of violating the ceasefire.',
    expected: ['ACCUSE UKR>RUS occurred'],
  },
  'rejection': {
    text: 'Armenia rejected Azerbaijan’s proposal for a corridor.',
    expected: ['REJECT ARM>AZE occurred'],
  },
  'threat': {
    text: 'Russia threatened Georgia with new trade restrictions.',
    expected: ['THREATEN RUS>GEO occurred'],
  },
  'sanctions imposed': {
    text: 'The EU imposed new sanctions on Russia over the war.',
    extraNames: { 'The EU': 'EU' },
    expected: ['SANCTION EU>RUS occurred'],
  },
  'aid delivered': {
    text: 'Turkey sent 100 tons of humanitarian aid to Pakistan after the floods.',
    expected: ['AID TUR>PAK occurred'],
  },
  'troops withdrawn': {
    text: 'Russia withdrew its peacekeepers from Azerbaijan ahead of schedule.',
    expected: ['RETREAT RUS>AZE occurred'],
  },
  'troops massed': {
    text: 'Russia massed troops along the border with Ukraine.',
    expected: ['MOBILIZE RUS>UKR occurred'],
  },
  'attack': {
    text: 'Russia launched a missile attack on Ukraine overnight.',
    expected: ['ASSAULT RUS>UKR occurred'],
  },
  'demands accepted': {
    text: 'Georgia accepted Russia’s demands on the transit of goods.',
    expected: ['CONCEDE GEO>RUS occurred'],
  },
  'ships seized': {
    text: 'Russia seized Ukrainian vessels in the strait.',
    expected: ['COERCE RUS>UKR occurred'],
  },
  'joint exercise launched': {
    text: 'Uzbekistan and India launched joint military exercises near Tashkent.',
    expected: ['COOPERATE UZB>IND occurred'],
  },
  'summit of an organisation pairs the participant with it': {
    text: 'Mirziyoyev attended the SCO summit in Dushanbe.',
    expected: ['CONSULT UZB>SCO occurred'],
  },
  'a regional format with an outside partner pairs each member with the partner': {
    text: 'Tokayev and Mirziyoyev took part in the Central Asia–Japan summit.',
    expected: ['CONSULT KAZ>JPN occurred', 'CONSULT UZB>JPN occurred'],
  },
  'participants named after the summit noun each meet the organisation': {
    text: 'Uzbekistan hosted the summit of the SCO, bringing together the leaders of India, Pakistan and Russia.',
    expected: ['CONSULT UZB>SCO occurred', 'CONSULT IND>SCO occurred', 'CONSULT PAK>SCO occurred', 'CONSULT RUS>SCO occurred'],
  },
  'a C5+1 format pairs each member with the outside participant': {
    text: 'Kazakhstan, Uzbekistan and Japan attended the Central Asia+1 summit.',
    expected: ['CONSULT KAZ>JPN occurred', 'CONSULT UZB>JPN occurred'],
  },
  'talks with one partner "and with" another': {
    text: 'Aliyev held talks with Erdogan and with the Mongolian president.',
    extraNames: { 'the Mongolian president': 'MNG' },
    expected: ['CONSULT AZE>TUR occurred', 'CONSULT AZE>MNG occurred'],
  },
  'a possessive before a title names the title’s side': {
    text: 'Aliyev thanked his Turkish counterpart for the support.',
    extraNames: { his: 'AZE' },
    expected: ['SUPPORT AZE>TUR occurred'],
  },
  'a call named only by "during a video call" pairs the two actors of the sentence': {
    text: 'Japan and Mongolia agreed on new flights during a video call.',
    expected: ['AGREE JPN>MNG occurred', 'CONSULT JPN>MNG occurred'],
  },
  'welcoming a partner’s initiative is support, not a visit': {
    text: 'Uzbekistan welcomed Japan’s initiative on water security.',
    expected: ['SUPPORT UZB>JPN occurred'],
  },
  'a request for help from a partner': {
    text: 'Pakistan requested emergency assistance from Turkey after the floods.',
    expected: ['REQUEST PAK>TUR occurred'],
  },
  'criticism of a partner’s remarks': {
    text: 'Georgia condemned the remarks of Russian officials on the breakaway regions.',
    expected: ['ACCUSE GEO>RUS occurred'],
  },
  'a proposal rejected': {
    text: 'Ukraine rejected the ceasefire proposal of Russia.',
    expected: ['REJECT UKR>RUS occurred'],
  },
  'a threat to cut supplies': {
    text: 'Russia threatened to cut gas supplies to Georgia.',
    expected: ['THREATEN RUS>GEO occurred'],
  },
  'protesters outside an embassy': {
    text: 'In Tashkent, protesters rallied outside the Russian embassy.',
    expected: ['PROTEST UZB>RUS occurred'],
  },
  'an import ban': {
    text: 'Russia banned imports of wine from Georgia.',
    expected: ['SANCTION RUS>GEO occurred'],
  },
  'aid received from a donor': {
    text: 'Pakistan received 200 tonnes of relief supplies from Qatar.',
    expected: ['AID QAT>PAK occurred'],
  },
  'demands given in to': {
    text: 'Armenia bowed to Azerbaijan’s demands on the border villages.',
    expected: ['CONCEDE ARM>AZE occurred'],
  },
  'an extradition is judicial cooperation': {
    text: 'Turkey extradited a fraud suspect to Uzbekistan.',
    expected: ['COOPERATE TUR>UZB occurred'],
  },
  'drills near a border are a show of force': {
    text: 'Russia held large-scale military drills near the border with Ukraine.',
    expected: ['MOBILIZE RUS>UKR occurred'],
  },
  '"the participants adopted" refers to every pair of the meeting just told': {
    text: 'Uzbekistan and Japan attended the Central Asia–Japan summit. At its end the participants adopted a declaration.',
    expected: ['CONSULT UZB>JPN occurred', 'AGREE UZB>JPN occurred'],
  },
  'the next meeting of a format is planned for each of its pairs': {
    text: 'Mirziyoyev attended the SCO summit. The next summit will be held in Kyrgyzstan.',
    extraNames: { Kyrgyzstan: 'KGZ' },
    expected: ['CONSULT UZB>SCO occurred', 'CONSULT UZB>SCO planned'],
  },
  '"the same day" takes the date the report stated before': {
    text: 'Aliyev spoke at the forum in Baku on 12 May. Erdogan and Aliyev met separately the same day.',
    dates: (t) => [dateAt(t, 'on 12 May', { from: '2021-05-12', to: '2021-05-12' })],
    expected: ['CONSULT TUR>AZE occurred 2021-05-12..2021-05-12'],
  },
  'an undated deed takes the month its paragraph opened with': {
    text: 'In March 2020 the border dispute flared up again. Uzbekistan accused Russia of meddling.',
    dates: month('In March 2020', '2020-03-01', '2020-03-31'),
    expected: ['ACCUSE UZB>RUS occurred 2020-03-01..2020-03-31'],
  },
  'an accusation told by a participle': {
    text: 'Georgia protested on Monday, accusing Russia of moving the border markers.',
    expected: ['ACCUSE GEO>RUS occurred'],
  },
  'a visit called off is a rejection, though its verb is negative': {
    text: 'Azerbaijan called off a planned visit by the deputy prime minister of Russia.',
    expected: ['REJECT AZE>RUS occurred'],
  },
  '"his guest" is the visitor of the visit just told': {
    text: 'Aliyev paid a state visit to Turkey. Erdogan congratulated his guest on the new airport.',
    extraNames: { his: 'TUR' },
    expected: ['CONSULT AZE>TUR occurred', 'SUPPORT TUR>AZE occurred'],
  },
  'support for the territorial integrity "of" a state': {
    text: 'Turkey has always supported the sovereignty and territorial integrity of Azerbaijan.',
    expected: ['SUPPORT TUR>AZE occurred'],
  },
  'documents signed in the passive belong to the visit just told': {
    text: 'Erdogan paid an official visit to Uzbekistan. Within the framework of the visit, nine documents were signed.',
    expected: ['CONSULT TUR>UZB occurred', 'AGREE TUR>UZB occurred'],
  },
  'aid frozen is a sanction': {
    text: 'The EU froze 30 million euros of assistance to Georgia.',
    extraNames: { 'The EU': 'EU' },
    expected: ['SANCTION EU>GEO occurred'],
  },
  'support for the launch of talks is not a meeting': {
    text: 'Japan reaffirmed its support for the launch of visa talks with Mongolia.',
    expected: [],
  },
  'an unlisted title and name between a party and its verb': {
    text: 'The Japanese sanctions envoy Taro Yamada visited Tashkent.',
    expected: ['CONSULT JPN>UZB occurred'],
  },
  'a capitalised office "of" a state speaks for it': {
    text: 'Uzbekistan held a telephone conversation with Minister of Foreign Affairs and Trade of Turkey.',
    expected: ['CONSULT UZB>TUR occurred'],
  },
  '"will continue to support" states a standing position, not a plan': {
    text: 'Turkey has always supported, and will continue to support, the territorial integrity of Azerbaijan.',
    expected: ['SUPPORT TUR>AZE occurred'],
  },
  'a summit "of" three states pairs the first named with the others, and its statement follows': {
    text: 'A summit of Turkey, Azerbaijan and Georgia was held in Ankara. A joint declaration was adopted.',
    expected: ['CONSULT TUR>AZE occurred', 'CONSULT TUR>GEO occurred', 'AGREE TUR>AZE occurred', 'AGREE TUR>GEO occurred'],
  },
  'talks held in a capital are a visit, whoever the envoy is': {
    text: 'Earlier, the EU’s special envoy for sanctions, David Miller, held talks in Tashkent.',
    extraNames: { 'the EU': 'EU' },
    expected: ['CONSULT EU>UZB occurred'],
  },
  'joining a leader to sign is a meeting': {
    text: 'The Georgian prime minister joined the German chancellor to sign the accord.',
    extraNames: { Georgian: 'GEO' },
    expected: ['CONSULT GEO>DEU occurred'],
  },
  'congratulations told by a participle': {
    text: 'Mirziyoyev opened the session, congratulating Erdogan on his re-election.',
    expected: ['SUPPORT UZB>TUR occurred'],
  },
  'a congratulatory telegram is support': {
    text: 'Mirziyoyev sent a congratulatory telegram to the Turkish president on the national day.',
    extraNames: { 'the Turkish president': 'TUR' },
    expected: ['SUPPORT UZB>TUR occurred'],
  },
  'ratifying an agreement between two states is agreeing': {
    text: 'Parliament passed a law ratifying the agreement on labour migration between Uzbekistan and Turkey.',
    expected: ['AGREE UZB>TUR occurred'],
  },
  '"we" inside a quote resolves through the speaker': {
    text: '“We signed twelve documents with Japan,” said the Mongolian president.',
    quotes: (t) => [{ span: { start: 0, end: t.indexOf('”') + 1 }, speaker: 'MNG' }],
    extraNames: { We: 'MNG' },
    expected: ['AGREE MNG>JPN occurred'],
  },
  'a planned visit dated from a relative offset': {
    text: 'The statement came two days before Erdogan’s visit to Azerbaijan.',
    published: '2021-06-15',
    expected: ['CONSULT TUR>AZE planned 2021-06-17..2021-06-17'],
  },
  'a refusal told as a deed: a negated recognition is a rejection': {
    text: 'Georgia refused to recognise the referendum organised by Russia in the occupied districts.',
    expected: ['REJECT GEO>RUS occurred'],
  },
  'a standing non-recognition policy is no event': {
    text: 'Japan does not recognise the annexation announced by Russia.',
    expected: [],
  },
  'a threat whose other side is named in its condition': {
    text: 'Azerbaijan threatened to respond with force if Armenia moved artillery closer to the line.',
    expected: ['THREATEN AZE>ARM occurred'],
  },
  'a condemned deed is told as done, to the one who condemns it when it names no one else': {
    text: 'Ukraine condemned the overnight shelling carried out by Russian artillery.',
    expected: ['ACCUSE UKR>RUS occurred', 'ASSAULT RUS>UKR occurred'],
  },
  'support expressed for a state is SUPPORT; support mentioned in passing is not': {
    text: 'Japan reaffirmed its support for Mongolia’s sovereignty. With the support of Germany, Uzbekistan built the plant.',
    expected: ['SUPPORT JPN>MNG occurred'],
  },
  'a participle inside the object keeps the loan as what was approved': {
    text: 'Japan approved an expanded loan package for Mongolia on Friday.',
    expected: ['AID JPN>MNG occurred'],
  },
  'ties snapped is a sanction': {
    text: 'Georgia snapped diplomatic ties with Russia after the shelling of its villages.',
    expected: ['SANCTION GEO>RUS occurred'],
  },
  'a vow to retaliate is a threat': {
    text: 'Armenia vowed to retaliate against Azerbaijan for the attack on its border post.',
    expected: ['THREATEN ARM>AZE occurred'],
  },
  'a warning whose other side stands in its condition': {
    text: 'Turkey warned it would act if Armenia sent more troops to the frontier.',
    expected: ['THREATEN TUR>ARM occurred'],
  },
  'calling a deed a provocation is an accusation, not a phone call': {
    text: 'Erdogan called Armenia’s decision a provocation.',
    expected: ['ACCUSE TUR>ARM occurred'],
  },
  'a phone call is still a phone call': {
    text: 'Erdogan called Aliyev on Tuesday to discuss the corridor.',
    expected: ['CONSULT TUR>AZE occurred'],
  },
  'a strike on targets inside a country is against that country': {
    text: 'Turkish jets bombed militia positions inside Armenia overnight.',
    expected: ['ASSAULT TUR>ARM occurred'],
  },
  'a meeting of a joint body named for two parties is a meeting between them': {
    text: 'The fifth meeting of the Japan - Mongolia Intergovernmental Commission was held in Tokyo.',
    expected: ['CONSULT JPN>MNG occurred'],
  },
  'the scrapping of agreements with a state is a sanction': {
    text: 'Georgia announced the scrapping of its defence agreements with Russia.',
    expected: ['SANCTION GEO>RUS occurred'],
  },
  'presenting awards to officials of another state is support': {
    text: 'Erdogan presented Aliyev the Order of the State.',
    expected: ['SUPPORT TUR>AZE occurred'],
  },
};

describe('extractEvents', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      // Order is by evidence position; several events of one sentence may come in any order.
      expect(run(c).sort()).toEqual([...c.expected].sort());
    });
  }

  it('lets officials of a plural party ("the two governments") sign for the pair', () => {
    const text = 'Officials of the two governments signed agreements on visa exemption.';
    const at = text.indexOf('the two governments');
    const span = { start: at, end: at + 'the two governments'.length };
    const actors = ['KAZ', 'QAT'].map((code) => ({ kind: 'actor' as const, span, code, via: 'pronoun' as const, rule: 'test' }));
    const { events } = extractEvents({ text, sentences: splitSentences(text), actors, dates: [], quotes: [], published: null });
    expect(events.map((e) => `${e.type} ${[e.source, e.target].sort().join('-')}`)).toEqual(['AGREE KAZ-QAT']);
  });

  it('keeps a date from another clause out of the event ("after … the 2020 treaty")', () => {
    const text = 'In May, Japan held a phone call with Mongolia, after its parliament had ratified the 2020 treaty.';
    const dates = [dateAt(text, 'In May', { from: '2021-05-01', to: '2021-05-31' }, 'month'), dateAt(text, '2020', { from: '2020-01-01', to: '2020-12-31' }, 'year')];
    const { events } = extractEvents({ text, sentences: splitSentences(text), actors: actorsByName(text, NAMES), dates, quotes: [], published: '2021-06-15' });
    expect(events.map((e) => e.date)).toEqual([{ from: '2021-05-01', to: '2021-05-31' }]);
  });

  it('dates undated news by the month when only the month of publication is known (a URL\'s /2024/02/)', () => {
    const text = 'Japan and Mongolia signed a visa accord. Germany and Turkey signed a trade pact in 2019.';
    const dates = [dateAt(text, '2019', { from: '2019-01-01', to: '2019-12-31' }, 'year')];
    const { events } = extractEvents({ text, sentences: splitSentences(text), actors: actorsByName(text, NAMES), dates, quotes: [], published: '2024-02' });
    expect(events.map((e) => `${[e.source, e.target].sort().join('-')} ${e.date?.from}..${e.date?.to}`))
      .toEqual(['JPN-MNG 2024-02-01..2024-02-29', 'DEU-TUR 2019-01-01..2019-12-31']);
  });

  it('keeps undated news apart from a background happening of the pair told after it', () => {
    const text = 'Erdogan received the foreign minister of Japan in Ankara. The sides reviewed the deals reached during the visit of Erdogan to Tokyo in October.';
    const dates = [dateAt(text, 'in October', { from: '2023-10-01', to: '2023-10-31' }, 'month')];
    const { events } = extractEvents({ text, sentences: splitSentences(text), actors: actorsByName(text, NAMES), dates, quotes: [], published: '2023-11-14' });
    expect(events.filter((e) => e.type === 'CONSULT').map((e) => `${e.date?.from}..${e.date?.to}`).sort())
      .toEqual(['2023-10-01..2023-10-31', '2023-11-14..2023-11-14']);
  });

  it('gives every event evidence spans that lie inside the text', () => {
    const text = 'Turkey and Azerbaijan signed an accord. Erdogan then visited Baku.';
    const { events } = extractEvents({ text, sentences: splitSentences(text), actors: actorsByName(text, NAMES), dates: [], quotes: [], published: null });
    expect(events.length).toBe(2);
    for (const e of events) for (const s of e.evidence) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(s.start, s.end).length).toBeGreaterThan(0);
    }
  });
});
