import { describe, expect, it } from 'vitest';
import type { RecordFigure } from '../../record/types.js';
import { figureInput, type DateSpec } from '../../test-support/figure-fixtures.js';
import { findFigures } from './figure-extractor.js';

const Y2021: DateSpec = ['2021-01-01', '2021-12-31', 'year'];
const Y2022: DateSpec = ['2022-01-01', '2022-12-31', 'year'];
const Y2023: DateSpec = ['2023-01-01', '2023-12-31', 'year'];

interface Expected {
  readonly metric: string;
  readonly a: string | null;
  readonly b: string | null;
  readonly value: number;
  readonly unit: string;
  readonly qualifier?: RecordFigure['qualifier'];
  readonly period: string | null;
  /** Text the evidence must contain. */
  readonly evidence?: string;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly actors: Record<string, string | readonly string[]>;
  readonly dates?: Record<string, DateSpec>;
  readonly published?: string;
  readonly figures: readonly Expected[];
}

const CASES: readonly Case[] = [
  {
    name: 'trade between two named countries, with a year',
    text: 'Official data show that trade between Turkey and Azerbaijan reached $7.6 billion in 2022.',
    actors: { Turkey: 'TUR', Azerbaijan: 'AZE' },
    dates: { '2022': Y2022 },
    figures: [{ metric: 'trade_turnover', a: 'TUR', b: 'AZE', value: 7.6e9, unit: 'USD', period: '2022-01-01..2022-12-31', evidence: 'trade between Turkey and Azerbaijan reached $7.6 billion' }],
  },
  {
    name: 'hyphenated demonyms and "nearly"',
    text: 'Georgian-Armenian trade turnover amounted to nearly $1.1 billion last year.',
    actors: { Georgian: 'GEO', Armenian: 'ARM' },
    dates: { 'last year': Y2023 },
    figures: [{ metric: 'trade_turnover', a: 'GEO', b: 'ARM', value: 1.1e9, unit: 'USD', qualifier: 'approx', period: '2023-01-01..2023-12-31' }],
  },
  {
    name: '"the two countries" resolved by the actor layer to two mentions',
    text: 'Egypt remains a key partner for Jordan. Trade between the two countries grew to $900 million in 2021.',
    actors: { Egypt: 'EGY', Jordan: 'JOR', 'the two countries': ['EGY', 'JOR'] },
    dates: { '2021': Y2021 },
    figures: [{ metric: 'trade_turnover', a: 'EGY', b: 'JOR', value: 9e8, unit: 'USD', period: '2021-01-01..2021-12-31' }],
  },
  {
    name: 'months of a year narrow the period; the pair comes from the paragraph when unnamed',
    text: 'Ghana and Nigeria discussed regional integration. Two-way trade stood at $4.1 billion for 8 months of 2023.',
    actors: { Ghana: 'GHA', Nigeria: 'NGA' },
    dates: { '2023': Y2023 },
    figures: [{ metric: 'trade_turnover', a: 'GHA', b: 'NGA', value: 4.1e9, unit: 'USD', period: '2023-01-01..2023-08-31' }],
  },
  {
    name: 'exports, imports and growth carried over a run of sentences',
    text: 'Trade between Uzbekistan and Russia came to $9.8 billion in 2022. Of that sum, Uzbekistan’s exports to Russia made up more than $3 billion. Imports, up 18.5%, stood at $6.8 billion.',
    actors: { Uzbekistan: 'UZB', Russia: 'RUS' },
    dates: { '2022': Y2022 },
    figures: [
      { metric: 'trade_turnover', a: 'UZB', b: 'RUS', value: 9.8e9, unit: 'USD', period: '2022-01-01..2022-12-31' },
      { metric: 'exports', a: 'UZB', b: 'RUS', value: 3e9, unit: 'USD', qualifier: 'over', period: '2022-01-01..2022-12-31', evidence: 'exports to Russia made up more than $3 billion' },
      { metric: 'growth_rate', a: 'UZB', b: 'RUS', value: 18.5, unit: '%', period: '2022-01-01..2022-12-31' },
      { metric: 'imports', a: 'UZB', b: 'RUS', value: 6.8e9, unit: 'USD', period: '2022-01-01..2022-12-31', evidence: 'Imports, up 18.5%, stood at $6.8 billion' },
    ],
  },
  {
    name: 'two flows in one sentence, each with its own cue',
    text: 'In 2021, Kenya’s exports to Uganda totalled $600 million, while imports from Uganda came to $250 million.',
    actors: { Kenya: 'KEN', Uganda: 'UGA' },
    dates: { '2021': Y2021 },
    figures: [
      { metric: 'exports', a: 'KEN', b: 'UGA', value: 6e8, unit: 'USD', period: '2021-01-01..2021-12-31' },
      { metric: 'imports', a: 'KEN', b: 'UGA', value: 2.5e8, unit: 'USD', period: '2021-01-01..2021-12-31' },
    ],
  },
  {
    name: 'imports with the importer after "to"',
    text: 'Mexican imports to Guatemala were worth $1.4 billion in 2023.',
    actors: { Mexican: 'MEX', Guatemala: 'GTM' },
    dates: { '2023': Y2023 },
    figures: [{ metric: 'imports', a: 'GTM', b: 'MEX', value: 1.4e9, unit: 'USD', period: '2023-01-01..2023-12-31' }],
  },
  {
    name: 'investment named after the amount: the recipient is the subject',
    text: 'Mongolia has attracted about $2.3 billion in Japanese investment.',
    actors: { Mongolia: 'MNG', Japanese: 'JPN' },
    figures: [{ metric: 'investment', a: 'JPN', b: 'MNG', value: 2.3e9, unit: 'USD', qualifier: 'approx', period: null }],
  },
  {
    name: 'investment with "in" for the recipient',
    text: 'Emirati investment in Egypt exceeded $11 billion in 2022.',
    actors: { Emirati: 'ARE', Egypt: 'EGY' },
    dates: { '2022': Y2022 },
    figures: [{ metric: 'investment', a: 'ARE', b: 'EGY', value: 11e9, unit: 'USD', qualifier: 'over', period: '2022-01-01..2022-12-31' }],
  },
  {
    name: 'an investor verb',
    text: 'Qatar invested €1.2 billion in Rwanda last year.',
    actors: { Qatar: 'QAT', Rwanda: 'RWA' },
    dates: { 'last year': Y2023 },
    figures: [{ metric: 'investment', a: 'QAT', b: 'RWA', value: 1.2e9, unit: 'EUR', period: '2023-01-01..2023-12-31' }],
  },
  {
    name: 'visits: a running total without a period',
    text: 'Lula has visited Argentina 9 times since taking office.',
    actors: { Lula: 'BRA', Argentina: 'ARG' },
    figures: [{ metric: 'visits_count', a: 'BRA', b: 'ARG', value: 9, unit: 'count', period: null, evidence: 'visited Argentina 9 times' }],
  },
  {
    name: 'a visit told as an ordinal is news of one visit, no count of visits',
    text: 'It was the Indian prime minister’s third visit to Japan.',
    actors: { Indian: 'IND', Japan: 'JPN' },
    figures: [],
  },
  {
    name: 'agreements over many years: period null even with a year in the clause',
    text: 'Since 1992, Seoul and Astana have concluded more than 110 treaties and agreements.',
    actors: { Seoul: 'KOR', Astana: 'KAZ' },
    dates: { '1992': ['1992-01-01', '1992-12-31', 'year'] },
    figures: [{ metric: 'agreements_count', a: 'KOR', b: 'KAZ', value: 110, unit: 'count', qualifier: 'over', period: null }],
  },
  {
    name: 'agreements signed at one event take its date; their value is a second figure',
    text: 'During the visit to Hanoi on May 14, Vietnam and India signed 12 agreements worth $4 billion.',
    actors: { Hanoi: 'VNM', Vietnam: 'VNM', India: 'IND' },
    dates: { 'on May 14': ['2024-05-14', '2024-05-14', 'day'] },
    figures: [
      { metric: 'agreements_count', a: 'VNM', b: 'IND', value: 12, unit: 'count', period: '2024-05-14..2024-05-14' },
      { metric: 'agreements_value', a: 'VNM', b: 'IND', value: 4e9, unit: 'USD', period: '2024-05-14..2024-05-14' },
    ],
  },
  {
    name: 'agreements signed at an event dated in the sentence before',
    text: 'On June 3, the presidents of Chile and Peru met in Lima. They signed 11 agreements on trade and energy.',
    actors: { Chile: 'CHL', Peru: 'PER', Lima: 'PER' },
    dates: { 'On June 3': ['2024-06-03', '2024-06-03', 'day'] },
    published: '2024-06-05',
    figures: [{ metric: 'agreements_count', a: 'CHL', b: 'PER', value: 11, unit: 'count', period: '2024-06-03..2024-06-03' }],
  },
  {
    name: 'agreements signed with no date take the document date; a standing total does not',
    text: 'Chile and Peru signed 11 agreements.\n\nChile and Peru have over 90 agreements in force.',
    actors: { Chile: 'CHL', Peru: 'PER' },
    published: '2024-06',
    figures: [
      { metric: 'agreements_count', a: 'CHL', b: 'PER', value: 11, unit: 'count', period: '2024-06-01..2024-06-30' },
      { metric: 'agreements_count', a: 'CHL', b: 'PER', value: 90, unit: 'count', qualifier: 'over', period: null },
    ],
  },
  {
    name: 'weak count noun with a signing verb',
    text: 'Peru and Ecuador signed more than 20 documents.',
    actors: { Peru: 'PER', Ecuador: 'ECU' },
    figures: [{ metric: 'agreements_count', a: 'PER', b: 'ECU', value: 20, unit: 'count', qualifier: 'over', period: null }],
  },
  {
    name: 'a flow ignores the day a statement was made',
    text: 'Speaking on March 3, the minister said trade between Chile and Bolivia reached $1.8 billion in 2023.',
    actors: { Chile: 'CHL', Bolivia: 'BOL' },
    dates: { 'on March 3': ['2024-03-03', '2024-03-03', 'day'], '2023': Y2023 },
    figures: [{ metric: 'trade_turnover', a: 'CHL', b: 'BOL', value: 1.8e9, unit: 'USD', period: '2023-01-01..2023-12-31' }],
  },
  {
    // Each level of a "from … to …" change takes the year written right after it.
    name: 'the nearest date wins in a "from … to …" change, and a starting level with its own year is a level',
    text: 'Trade between Chile and Bolivia rose from $1.2 billion in 2021 to $1.8 billion in 2022.',
    actors: { Chile: 'CHL', Bolivia: 'BOL' },
    dates: { '2021': Y2021, '2022': Y2022 },
    figures: [
      { metric: 'trade_turnover', a: 'CHL', b: 'BOL', value: 1.2e9, unit: 'USD', period: '2021-01-01..2021-12-31' },
      { metric: 'trade_turnover', a: 'CHL', b: 'BOL', value: 1.8e9, unit: 'USD', period: '2022-01-01..2022-12-31' },
    ],
  },
  {
    name: 'first months without a year take the document date',
    text: 'In the first four months, trade between Oman and Iran amounted to $700 million.',
    actors: { Oman: 'OMN', Iran: 'IRN' },
    published: '2024-06-10',
    figures: [{ metric: 'trade_turnover', a: 'OMN', b: 'IRN', value: 7e8, unit: 'USD', period: '2024-01-01..2024-04-30' }],
  },
  {
    name: 'first quarter of a year',
    text: 'In the first quarter of 2022, Polish exports to Ukraine reached €2 billion.',
    actors: { Polish: 'POL', Ukraine: 'UKR' },
    dates: { '2022': Y2022 },
    figures: [{ metric: 'exports', a: 'POL', b: 'UKR', value: 2e9, unit: 'EUR', period: '2022-01-01..2022-03-31' }],
  },
  {
    name: 'a target is trade_target, not turnover',
    text: 'Tunisia and Algeria aim to raise bilateral trade to $3 billion by 2027.',
    actors: { Tunisia: 'TUN', Algeria: 'DZA' },
    dates: { '2027': ['2027-01-01', '2027-12-31', 'year'] },
    figures: [{ metric: 'trade_target', a: 'TUN', b: 'DZA', value: 3e9, unit: 'USD', period: '2027-01-01..2027-12-31' }],
  },
  {
    name: 'kaz17: a raise proposed with a gerund is a goal',
    text: 'The Chilean president proposed increasing trade with Peru to $800 million in the coming years.',
    actors: { Chilean: 'CHL', Peru: 'PER' },
    dates: {},
    figures: [{ metric: 'trade_target', a: 'CHL', b: 'PER', value: 8e8, unit: 'USD', period: null }],
  },
  {
    name: 'kaz17: a sum "reached" among the tasks carried out is a goal',
    text: 'The ministers reviewed the roadmap, including reaching $3 billion of trade between Chile and Peru.',
    actors: { Chile: 'CHL', Peru: 'PER' },
    dates: {},
    figures: [{ metric: 'trade_target', a: 'CHL', b: 'PER', value: 3e9, unit: 'USD', period: null }],
  },
  {
    name: 'kaz17: a gerund of rising that tells the level reached stays turnover',
    text: 'Trade between Chile and Peru grew in 2023, increasing to $800 million.',
    actors: { Chile: 'CHL', Peru: 'PER' },
    dates: { '2023': Y2023 },
    figures: [{ metric: 'trade_turnover', a: 'CHL', b: 'PER', value: 8e8, unit: 'USD', period: '2023-01-01..2023-12-31' }],
  },
  {
    name: 'review B: a raise considered (third person) or discussed as a possibility is a goal',
    text: 'Chile considers raising trade with Peru to $900 million. The ministers discussed the possibility of increasing trade between Chile and Peru to $1 billion.',
    actors: { Chile: 'CHL', Peru: 'PER' },
    dates: {},
    figures: [
      { metric: 'trade_target', a: 'CHL', b: 'PER', value: 9e8, unit: 'USD', period: null },
      { metric: 'trade_target', a: 'CHL', b: 'PER', value: 1e9, unit: 'USD', period: null },
    ],
  },
  {
    name: 'review B: "including reaching" without a plan or task before it is a level reached, not a goal',
    text: 'Trade between Chile and Peru grew in 2023, including reaching $700 million.',
    actors: { Chile: 'CHL', Peru: 'PER' },
    dates: { '2023': Y2023 },
    figures: [{ metric: 'trade_turnover', a: 'CHL', b: 'PER', value: 7e8, unit: 'USD', period: '2023-01-01..2023-12-31' }],
  },
  {
    name: 'a forecast and the level it starts from, in one sentence',
    text: 'Trade between Chile and Peru is expected to reach $9 billion by 2030, up from $5 billion in 2023.',
    actors: { Chile: 'CHL', Peru: 'PER' },
    dates: { '2030': ['2030-01-01', '2030-12-31', 'year'], '2023': Y2023 },
    figures: [
      { metric: 'trade_target', a: 'CHL', b: 'PER', value: 9e9, unit: 'USD', period: '2030-01-01..2030-12-31' },
      { metric: 'trade_turnover', a: 'CHL', b: 'PER', value: 5e9, unit: 'USD', period: '2023-01-01..2023-12-31' },
    ],
  },
  {
    name: 'a level and then a goal: the goal does not take the level\'s year',
    text: 'Trade between Chile and Peru exceeded $5 billion last year, and the leaders intend to double it to $10 billion.',
    actors: { Chile: 'CHL', Peru: 'PER' },
    dates: { 'last year': Y2023 },
    figures: [
      { metric: 'trade_turnover', a: 'CHL', b: 'PER', value: 5e9, unit: 'USD', qualifier: 'over', period: '2023-01-01..2023-12-31' },
      { metric: 'trade_target', a: 'CHL', b: 'PER', value: 10e9, unit: 'USD', period: null },
    ],
  },
  {
    name: 'aid and loans: giver first',
    text: 'Japan provided Sri Lanka with humanitarian aid worth $30 million. The World Bank approved a $200 million loan to Sri Lanka.',
    actors: { Japan: 'JPN', 'Sri Lanka': 'LKA', 'World Bank': 'WB' },
    figures: [
      { metric: 'aid', a: 'JPN', b: 'LKA', value: 3e7, unit: 'USD', period: null },
      { metric: 'loans', a: 'WB', b: 'LKA', value: 2e8, unit: 'USD', period: null },
    ],
  },
  {
    name: 'a party that cannot be read stays null',
    text: 'Bilateral trade reached $2 billion.',
    actors: {},
    figures: [{ metric: 'trade_turnover', a: null, b: null, value: 2e9, unit: 'USD', period: null }],
  },
  {
    name: 'a headline and the body state one figure once',
    text: 'Serbia and Hungary have over 80 agreements\n\nOver the past decades, Serbia and Hungary have signed over 80 agreements.',
    actors: { Serbia: 'SRB', Hungary: 'HUN' },
    figures: [{ metric: 'agreements_count', a: 'SRB', b: 'HUN', value: 80, unit: 'count', qualifier: 'over', period: null }],
  },
  {
    name: 'a sum restated in dollars keeps the sum as first written',
    text: 'Trade between Kazakhstan and Kyrgyzstan reached 1.3 trillion tenge ($2.8 billion) in 2023.',
    actors: { Kazakhstan: 'KAZ', Kyrgyzstan: 'KGZ' },
    dates: { '2023': Y2023 },
    figures: [{ metric: 'trade_turnover', a: 'KAZ', b: 'KGZ', value: 1.3e12, unit: 'KZT', period: '2023-01-01..2023-12-31' }],
  },
  {
    name: 'projects of one side\'s investors are that side\'s investment',
    text: 'Ghana has registered 40 projects from Turkish investors worth $900 million.',
    actors: { Ghana: 'GHA', Turkish: 'TUR' },
    figures: [
      { metric: 'projects_count', a: 'GHA', b: 'TUR', value: 40, unit: 'count', period: null },
      { metric: 'investment', a: 'TUR', b: 'GHA', value: 9e8, unit: 'USD', period: null },
    ],
  },
  {
    name: 'joint projects without an investor keep their project value',
    text: 'Ghana and Togo are carrying out 15 joint projects worth $700 million.',
    actors: { Ghana: 'GHA', Togo: 'TGO' },
    figures: [
      { metric: 'projects_count', a: 'GHA', b: 'TGO', value: 15, unit: 'count', period: null },
      { metric: 'project_value', a: 'GHA', b: 'TGO', value: 7e8, unit: 'USD', period: null },
    ],
  },
  {
    name: 'a shilling sum takes the shilling of its parties',
    text: 'Trade between Tanzania and Egypt rose from 8.1bn/- in 2021 to 9.4bn/- in 2022.',
    actors: { Tanzania: 'TZA', Egypt: 'EGY' },
    dates: { '2021': Y2021, '2022': Y2022 },
    figures: [
      { metric: 'trade_turnover', a: 'TZA', b: 'EGY', value: 8.1e9, unit: 'TZS', period: '2021-01-01..2021-12-31' },
      { metric: 'trade_turnover', a: 'TZA', b: 'EGY', value: 9.4e9, unit: 'TZS', period: '2022-01-01..2022-12-31' },
    ],
  },
  {
    name: 'agreements signed at "the meeting" told paragraphs before take the meeting\'s day',
    text: 'On March 3, 2023, Lima hosted the fifth meeting of the joint commission of Peru and Chile.\n\nThe ministers discussed mining.\n\nThe meeting ended with the signing of six agreements.',
    actors: { Lima: 'PER', Peru: 'PER', Chile: 'CHL' },
    dates: { 'March 3, 2023': ['2023-03-03', '2023-03-03', 'day'] },
    published: '2023-04-20',
    figures: [{ metric: 'agreements_count', a: 'PER', b: 'CHL', value: 6, unit: 'count', period: '2023-03-03..2023-03-03' }],
  },
  {
    name: 'agreements with no back-reference to a meeting keep their own date',
    text: 'On March 3, 2023, Lima hosted the fifth meeting of the joint commission of Peru and Chile.\n\nThe ministers discussed mining.\n\nOn Friday the countries signed six agreements on fishing.',
    actors: { Lima: 'PER', Peru: 'PER', Chile: 'CHL' },
    dates: { 'March 3, 2023': ['2023-03-03', '2023-03-03', 'day'], 'On Friday': ['2023-04-14', '2023-04-14', 'day'] },
    published: '2023-04-20',
    figures: [{ metric: 'agreements_count', a: 'PER', b: 'CHL', value: 6, unit: 'count', period: '2023-04-14..2023-04-14' }],
  },
  {
    name: 'agreements that refer to no meeting are dated by the news, not by an earlier meeting',
    text: 'On March 3, 2023, Lima hosted the fifth meeting of the joint commission of Peru and Chile.\n\nThe ministers discussed mining.\n\nThe countries also signed six agreements.',
    actors: { Lima: 'PER', Peru: 'PER', Chile: 'CHL' },
    dates: { 'March 3, 2023': ['2023-03-03', '2023-03-03', 'day'] },
    published: '2023-04-20',
    figures: [{ metric: 'agreements_count', a: 'PER', b: 'CHL', value: 6, unit: 'count', period: '2023-04-20..2023-04-20' }],
  },
  {
    name: '"Last year it amounted to …" after a goal: the level reached, with the goal\'s metric and pair',
    text: 'Ghana and Togo aim to raise trade to $2 billion. Last year it amounted to $900 million.',
    actors: { Ghana: 'GHA', Togo: 'TGO' },
    dates: { 'Last year': Y2023 },
    figures: [
      { metric: 'trade_target', a: 'GHA', b: 'TGO', value: 2e9, unit: 'USD', period: null },
      { metric: 'trade_turnover', a: 'GHA', b: 'TGO', value: 9e8, unit: 'USD', period: '2023-01-01..2023-12-31' },
    ],
  },
  {
    name: 'a level stated beside a goal ("up from", "now") is no target',
    text: 'Ghana and Togo set a trade target of $2 billion, up from $700 million in 2023. Mali hopes to double its trade with Niger, now around $300 million.',
    actors: { Ghana: 'GHA', Togo: 'TGO', Mali: 'MLI', Niger: 'NER' },
    dates: { '2023': Y2023 },
    figures: [
      { metric: 'trade_target', a: 'GHA', b: 'TGO', value: 2e9, unit: 'USD', period: null },
      { metric: 'trade_turnover', a: 'GHA', b: 'TGO', value: 7e8, unit: 'USD', period: '2023-01-01..2023-12-31' },
      { metric: 'trade_turnover', a: 'MLI', b: 'NER', value: 3e8, unit: 'USD', qualifier: 'approx', period: null },
    ],
  },
  {
    name: 'a goal with no level beside it stays a target',
    text: 'Mali hopes to double its trade with Niger to $600 million.',
    actors: { Mali: 'MLI', Niger: 'NER' },
    figures: [{ metric: 'trade_target', a: 'MLI', b: 'NER', value: 6e8, unit: 'USD', period: null }],
  },
  {
    name: 'a converted sum keeps the cue written after its conversion',
    text: 'Japan will lend Ghana 30 billion yen ($200 million) in soft loans.',
    actors: { Japan: 'JPN', Ghana: 'GHA' },
    figures: [{ metric: 'loans_pledged', a: 'JPN', b: 'GHA', value: 3e10, unit: 'JPY', period: null }],
  },
  {
    name: 'a mention holding its own preposition ("investors in Rwanda") is the destination',
    text: 'Qatar is among the largest investors in Rwanda, with investment of $2 billion.',
    actors: { Qatar: 'QAT', 'investors in Rwanda': 'RWA' },
    figures: [{ metric: 'investment', a: 'QAT', b: 'RWA', value: 2e9, unit: 'USD', period: null }],
  },
  {
    name: 'a state named as the source of its own statistics is a side of the figure',
    text: 'According to Ghana\'s statistics service, trade with Togo reached $800 million in 2023.',
    actors: { Ghana: 'GHA', Togo: 'TGO' },
    dates: { '2023': Y2023 },
    figures: [{ metric: 'trade_turnover', a: 'GHA', b: 'TGO', value: 8e8, unit: 'USD', period: '2023-01-01..2023-12-31' }],
  },
  {
    name: 'an organisation named as the source is no side of the figure',
    text: 'Ghana\'s trade with Togo reached $800 million in 2023, according to the IMF.',
    actors: { Ghana: 'GHA', Togo: 'TGO', 'the IMF': 'IMF' },
    dates: { '2023': Y2023 },
    figures: [{ metric: 'trade_turnover', a: 'GHA', b: 'TGO', value: 8e8, unit: 'USD', period: '2023-01-01..2023-12-31' }],
  },
  {
    name: 'a dollar sum restated in euros keeps the dollars',
    text: 'Portugal exported goods worth $4.5 billion (about €4.1 billion) to Angola in 2023.',
    actors: { Portugal: 'PRT', Angola: 'AGO' },
    dates: { '2023': Y2023 },
    figures: [{ metric: 'exports', a: 'PRT', b: 'AGO', value: 4.5e9, unit: 'USD', period: '2023-01-01..2023-12-31' }],
  },
  {
    name: 'a demonym pair between number and noun',
    text: 'The ministers signed 9 Italian-Albanian protocols.',
    actors: { Italian: 'ITA', Albanian: 'ALB' },
    figures: [{ metric: 'agreements_count', a: 'ITA', b: 'ALB', value: 9, unit: 'count', period: null }],
  },
  {
    name: 'a total with the world has one side and its own metric',
    text: 'Ghana and Togo signed a transit deal. In 2023, Ghana’s foreign trade turnover reached $31 billion.',
    actors: { Ghana: 'GHA', Togo: 'TGO' },
    dates: { '2023': Y2023 },
    figures: [{ metric: 'foreign_trade', a: 'GHA', b: null, value: 31e9, unit: 'USD', period: '2023-01-01..2023-12-31' }],
  },
  {
    name: 'a list of partners with bracketed amounts',
    text: 'In 2022, Vietnam’s largest trading partners were China ($175 billion) and the United States ($123 billion).',
    actors: { Vietnam: 'VNM', China: 'CHN', 'the United States': 'USA' },
    dates: { '2022': Y2022 },
    figures: [
      { metric: 'trade_turnover', a: 'VNM', b: 'CHN', value: 175e9, unit: 'USD', period: '2022-01-01..2022-12-31' },
      { metric: 'trade_turnover', a: 'VNM', b: 'USA', value: 123e9, unit: 'USD', period: '2022-01-01..2022-12-31' },
    ],
  },
  {
    name: 'a list of investors told from the recipient',
    text: 'The top investors in Georgia in 2021 were the Netherlands ($400 million) and Turkey ($240 million).',
    actors: { Georgia: 'GEO', 'the Netherlands': 'NLD', Turkey: 'TUR' },
    dates: { '2021': Y2021 },
    figures: [
      { metric: 'investment', a: 'NLD', b: 'GEO', value: 4e8, unit: 'USD', period: '2021-01-01..2021-12-31' },
      { metric: 'investment', a: 'TUR', b: 'GEO', value: 2.4e8, unit: 'USD', period: '2021-01-01..2021-12-31' },
    ],
  },
  {
    name: 'a tonnage is a volume, not a money figure',
    text: 'Kazakhstan exported 1.2 million tonnes of wheat to Afghanistan in 2023.',
    actors: { Kazakhstan: 'KAZ', Afghanistan: 'AFG' },
    dates: { '2023': Y2023 },
    figures: [{ metric: 'exports_volume', a: 'KAZ', b: 'AFG', value: 1.2e6, unit: 't', period: '2023-01-01..2023-12-31' }],
  },
  // Session 12 (relfig12): own sentences.
  {
    name: 'goods sold abroad told by a verb and "worth"',
    text: 'Kyrgyzstan supplied electricity worth $120 million to Uzbekistan in 2023, and Georgia sold wine worth $80 million to Poland in 2022.',
    actors: { Kyrgyzstan: 'KGZ', Uzbekistan: 'UZB', Georgia: 'GEO', Poland: 'POL' },
    dates: { '2023': Y2023, '2022': Y2022 },
    figures: [
      { metric: 'exports', a: 'KGZ', b: 'UZB', value: 1.2e8, unit: 'USD', period: '2023-01-01..2023-12-31' },
      { metric: 'exports', a: 'GEO', b: 'POL', value: 8e7, unit: 'USD', period: '2022-01-01..2022-12-31' },
    ],
  },
  {
    name: 'goods bought told by a verb and "worth" are imports; weapons supplied are no exports',
    text: 'Armenia bought fuel worth $300 million from Iran in 2023. Greece supplied weapons worth $50 million to Ukraine in 2023.',
    actors: { Armenia: 'ARM', Iran: 'IRN', Greece: 'GRC', Ukraine: 'UKR' },
    dates: { '2023': Y2023 },
    figures: [{ metric: 'imports', a: 'ARM', b: 'IRN', value: 3e8, unit: 'USD', period: '2023-01-01..2023-12-31' }],
  },
  {
    name: 'the whole a share is of is the possessor\'s total, not a flow with the share\'s holder',
    text: 'Turkey accounts for a quarter of Georgia\'s exports, which reached $5.1 billion in 2023.',
    actors: { Turkey: 'TUR', Georgia: 'GEO' },
    dates: { '2023': Y2023 },
    figures: [{ metric: 'total_exports', a: 'GEO', b: null, value: 5.1e9, unit: 'USD', period: '2023-01-01..2023-12-31' }],
  },
  {
    name: 'a level reached takes no date after the document (a later goal\'s "by 2030")',
    text: 'Japanese firms have invested $3 billion in Mongolia since 2010, officials said, adding that they hoped to lift trade to $5 billion by 2030.',
    actors: { Japanese: 'JPN', Mongolia: 'MNG' },
    dates: { '2010': ['2010-01-01', '2010-12-31', 'year'], '2030': ['2030-01-01', '2030-12-31', 'year'] },
    published: '2024-05-01',
    figures: [
      { metric: 'investment', a: 'JPN', b: 'MNG', value: 3e9, unit: 'USD', period: null },
      { metric: 'trade_target', a: 'JPN', b: 'MNG', value: 5e9, unit: 'USD', period: '2030-01-01..2030-12-31' },
    ],
  },
  {
    name: 'a ranking of partners told with "with": the ranked subject and each later one with the possessor',
    text: 'Georgia\'s foreign trade reached $20 billion in 2023. Turkey remained Georgia\'s largest trading partner with $2.9 billion, followed by Russia with $2.5 billion and China with $1.8 billion.',
    actors: { 'Georgia': 'GEO', Turkey: 'TUR', Russia: 'RUS', China: 'CHN' },
    dates: { '2023': Y2023 },
    figures: [
      { metric: 'foreign_trade', a: 'GEO', b: null, value: 20e9, unit: 'USD', period: '2023-01-01..2023-12-31' },
      { metric: 'trade_turnover', a: 'GEO', b: 'TUR', value: 2.9e9, unit: 'USD', period: '2023-01-01..2023-12-31' },
      { metric: 'trade_turnover', a: 'GEO', b: 'RUS', value: 2.5e9, unit: 'USD', period: '2023-01-01..2023-12-31' },
      { metric: 'trade_turnover', a: 'GEO', b: 'CHN', value: 1.8e9, unit: 'USD', period: '2023-01-01..2023-12-31' },
    ],
  },
  {
    name: 'parallel clauses of partners take the side of the world total told before, not each other',
    text: 'Armenia\'s foreign trade grew to $19 billion in 2023. Trade with Iran stood at $700 million, while trade with India was $300 million.',
    actors: { Armenia: 'ARM', Iran: 'IRN', India: 'IND' },
    dates: { '2023': Y2023 },
    figures: [
      { metric: 'foreign_trade', a: 'ARM', b: null, value: 19e9, unit: 'USD', period: '2023-01-01..2023-12-31' },
      { metric: 'trade_turnover', a: 'IRN', b: 'ARM', value: 7e8, unit: 'USD', period: '2023-01-01..2023-12-31' },
      { metric: 'trade_turnover', a: 'IND', b: 'ARM', value: 3e8, unit: 'USD', period: '2023-01-01..2023-12-31' },
    ],
  },
  {
    name: 'the investors named after a world total\'s comma are its make-up, not a side',
    text: 'Foreign direct investment in Mongolia rose to $2.4 billion in 2023, with Canada and China accounting for most of it.',
    actors: { Mongolia: 'MNG', Canada: 'CAN', China: 'CHN' },
    dates: { '2023': Y2023 },
    figures: [{ metric: 'total_investment', a: 'MNG', b: null, value: 2.4e9, unit: 'USD', period: '2023-01-01..2023-12-31' }],
  },
  {
    name: 'a count of foreign visits is a total abroad, not visits to the country named after it',
    text: 'Mongolia\'s president made nine foreign visits in 2023, including two to Japan.',
    actors: { Mongolia: 'MNG', Japan: 'JPN' },
    dates: { '2023': Y2023 },
    figures: [{ metric: 'total_visits', a: 'MNG', b: null, value: 9, unit: 'count', period: '2023-01-01..2023-12-31' }],
  },
];

const periodText = (f: RecordFigure): string | null => (f.period ? `${f.period.from}..${f.period.to}` : null);

describe('findFigures', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const input = figureInput(c.text, c.actors, c.dates ?? {}, c.published ?? null);
    const { figures } = findFigures(input);
    expect(figures.map((f) => ({
      metric: f.metric, a: f.a, b: f.b, value: f.value, unit: f.unit, qualifier: f.qualifier, period: periodText(f),
    }))).toEqual(c.figures.map((e) => ({
      metric: e.metric, a: e.a, b: e.b, value: e.value, unit: e.unit, qualifier: e.qualifier ?? 'exact', period: e.period,
    })));
    figures.forEach((f, i) => {
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const span of f.evidence) {
        const inside = input.sentences.some((s) => span.start >= s.span.start && span.end <= s.span.end);
        expect(inside).toBe(true);
      }
      const wanted = c.figures[i]?.evidence;
      if (wanted) expect(input.text.slice(f.evidence[0]!.start, f.evidence[0]!.end)).toContain(wanted);
    });
  });

  it('warns when a party cannot be read', () => {
    const { diagnostics } = findFigures(figureInput('Bilateral trade reached $2 billion.'));
    expect(diagnostics.map((d) => d.rule)).toContain('figures/party-unresolved');
  });

  it('is deterministic', () => {
    const c = CASES[4]!;
    const input = figureInput(c.text, c.actors, c.dates ?? {});
    expect(findFigures(input)).toEqual(findFigures(input));
  });
});
