// The extraction benchmark's synthetic corpus: deterministic (seeded PRNG), written for the benchmark
// (no third-party text), shaped like the real news of test/realnews/texts/dev as measured on
// 2026-12-06 (see notes/speed.md): articles of about 1.4–2.1 KB (9–15 sentences, mean 13), sentences
// of 26–240 characters (median ~130), 1.4 sentences a paragraph, and events in about one sentence in
// five; the rest is background (setting, economy, history, logistics) that names no two parties.
import countries from 'world-countries';
import { seededRandom } from '../../../dist/core/seeded-random.js';

export const SEED = 20240103;

const STATES = countries
  .filter((c) => c.unMember && c.capital?.[0] && c.demonyms?.eng?.m)
  .map((c) => ({ name: c.name.common, capital: c.capital[0], demonym: c.demonyms.eng.m }))
  .sort((a, b) => (a.name < b.name ? -1 : 1));
const ORGS = ['the SCO', 'the EU', 'ASEAN', 'the CIS', 'the EAEU', 'the OSCE', 'BRICS', 'the UN', 'the G20', 'the African Union'];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Deputy Foreign Minister', 'Trade Minister', 'Energy Minister'];
const GIVEN = ['Amara', 'Bekzat', 'Carlos', 'Dana', 'Emil', 'Farida', 'Goran', 'Hana', 'Ivo', 'Jasmin', 'Kemal', 'Lina', 'Marek', 'Nadia', 'Omar', 'Petra', 'Rustam', 'Sofia', 'Tomas', 'Yasmin'];
const FAMILY = ['Abenova', 'Brandt', 'Costa', 'Dimitrov', 'Eriksen', 'Fofana', 'Garcia', 'Haddad', 'Ilves', 'Jensen', 'Kaya', 'Lopez', 'Mensah', 'Novak', 'Okafor', 'Petrov', 'Quispe', 'Rahimov', 'Sato', 'Tanaka'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SECTORS = ['energy', 'transport', 'agriculture', 'digital services', 'water management', 'logistics', 'health care', 'mining', 'education', 'tourism'];
const TIERS = ['strategic partnership', 'comprehensive strategic partnership', 'enhanced partnership', 'allied relations', 'partnership'];
const METRICS = ['Trade between {A} and {B}', 'Bilateral trade turnover', '{A}’s exports to {B}', '{A}’s imports from {B}', 'Investment from {B} in {A}'];
const PLACES = ['the old town', 'the river port', 'the northern districts', 'the new business quarter', 'the airport road', 'the central square'];
const GOODS = ['wheat', 'cotton', 'cement', 'fertiliser', 'copper', 'fruit', 'steel pipes', 'textiles'];
const HEADINGS = ['Energy and transit', 'Background', 'What comes next', 'Trade and investment', 'Regional security', 'Reactions'];

/** One document's text and the number of its article sentences (furniture excluded). */
export function makeDocument(rand, index) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const maybe = (p, s) => (rand() < p ? s : '');
  const person = () => `${pick(GIVEN)} ${pick(FAMILY)}`;
  const a = pick(STATES);
  let b = pick(STATES);
  if (b === a) b = STATES[(STATES.indexOf(a) + 1) % STATES.length];
  const year = int(2015, 2025);
  const month = int(0, 11);
  const day = int(1, 28);
  const leaderA = person();
  const leaderB = person();
  const titleA = pick(TITLES);
  const date = () => pick([`on ${day} ${MONTHS[month]}`, `on ${MONTHS[month]} ${day}`, `in ${MONTHS[int(0, 11)]} ${int(year - 3, year)}`, 'last week', 'on Tuesday', 'earlier this year', `next ${MONTHS[int(0, 11)]}`]);
  const amount = () => pick([`$${int(1, 90)}.${int(0, 9)} billion`, `${int(100, 950)} million US dollars`, `nearly $${int(2, 40)} billion`, `over €${int(1, 30)} billion`, `${int(5, 99)} million euros`]);
  const fill = (s) => s.replaceAll('{A}', a.name).replaceAll('{B}', b.name);

  // Sentences that report an event between the two states (or a figure about them).
  const events = [
    () => `${titleA} ${leaderA} of ${a.name} held talks with his ${b.demonym} counterpart ${leaderB} in ${b.capital} ${date()}, the foreign ministry said.`,
    () => `The two sides signed ${int(2, 30)} agreements worth ${amount()} covering ${pick(SECTORS)} and ${pick(SECTORS)}.`,
    () => `${fill(pick(METRICS))} reached ${amount()} in ${year - 1}, up ${int(1, 45)}.${int(0, 9)}% from a year earlier.`,
    () => `${a.name} and ${b.name} agreed to raise their relations to the level of ${pick(TIERS)} during the visit.`,
    () => `${leaderB} is expected to pay a state visit to ${a.name} ${pick(['next month', 'in the autumn', `in ${MONTHS[int(0, 11)]}`, 'before the end of the year'])}.`,
    () => `${a.name} supports the territorial integrity of ${b.name}, the statement said, and thanked ${b.capital} for its humanitarian aid.`,
    () => `${a.name} condemned the strike on a ${b.demonym} border post and called on ${b.name} to show restraint.`,
    () => `${b.name} summoned the ${a.demonym} ambassador over remarks made ${date()}.`,
  ];
  // Sentences that name at most one state, or none: what most of a news article is.
  const background = [
    () => `“We are ready to deepen cooperation in ${pick(SECTORS)} and to open new routes for our exporters,” ${leaderA} told reporters in ${a.capital}.`,
    () => `${a.name} will host the next summit of ${pick(ORGS)} in ${MONTHS[int(0, 11)]} ${year + 1}, officials in ${a.capital} announced.`,
    () => `Officials said the talks focused on ${pick(SECTORS)}, ${pick(SECTORS)} and the security situation in the region.`,
    () => `Analysts in ${b.capital} said the deal could double freight volumes by ${year + int(2, 8)}, although financing remains uncertain.`,
    () => `The ministry did not give further details.`,
    () => `${a.capital} has a population of about ${int(1, 9)}.${int(0, 9)} million people${maybe(0.85, `, most of them living in ${pick(PLACES)}`)}.`,
    () => `Temperatures in the region are expected to drop below zero later this week${maybe(0.85, ', and snow has already closed several mountain passes')}.`,
    () => `Local media reported heavy traffic near ${pick(PLACES)} as the delegations arrived${maybe(0.8, ', with several streets closed to cars for most of the day')}.`,
    () => `The project, first proposed in ${int(1995, year - 1)}, has faced repeated delays${maybe(0.85, ' over land rights, financing and the choice of contractors')}.`,
    () => `Prices for ${pick(GOODS)} and ${pick(GOODS)} have risen sharply since the spring${maybe(0.85, ', squeezing small traders in the border markets')}.`,
    () => `Officials said more information would be published on the ministry’s website.`,
    () => `The museum, which opened in ${int(1950, 2010)}, attracts thousands of visitors every summer.`,
    () => `Economists say the region’s roads, railways and power grids need large investment over the next decade${maybe(0.85, ' if growth is to continue at its current pace')}.`,
    () => `Some ${int(20, 400)} kilometres of new road were built in ${pick(PLACES)} last year.`,
    () => `The government has set up a commission to study the proposals${maybe(0.85, ` and is due to report by ${MONTHS[int(0, 11)]}`)}.`,
    () => `Critics argue that the reforms have been too slow and too narrow${maybe(0.85, ', leaving most rural districts without reliable water or heating')}.`,
    () => `He did not say when the work would be completed.`,
    () => `The statement was published late on ${pick(WEEKDAYS)} evening, several hours after the meeting had ended.`,
    () => `${a.demonym} exporters of ${pick(GOODS)} have long complained about slow customs checks and a shortage of rail wagons${maybe(0.85, ' during the harvest season')}.`,
    () => `The ${a.demonym} economy grew by ${int(1, 7)}.${int(0, 9)} percent last year, according to preliminary estimates.`,
    () => `${leaderA}, a former ${pick(['economist', 'diplomat', 'engineer', 'lawyer'])}, has held the post since ${int(2005, year)}.`,
    () => `Construction of the ${pick(['bridge', 'pipeline', 'rail terminal', 'power plant'])} is scheduled to begin in ${MONTHS[int(0, 11)]}.`,
    () => `The talks were closed to the press, and neither side took questions from reporters afterwards.`,
    () => `Several roads in the capital were closed for the visit, and residents were asked to avoid the centre until the evening.`,
    () => `The ${a.demonym} parliament is expected to debate the budget for ${year + 1} in the coming weeks, with spending on pensions, schools and road repairs at the centre of the discussion.`,
    () => `Officials in ${pick(PLACES)} said the new water pipes should end the shortages that have hit several neighbourhoods every summer since the old network was built.`,
    () => `Residents of ${pick(PLACES)} said they had waited for years for the new school, the clinic and the bus line that were promised before the last election, and that little had changed since then.`,
    () => `In ${a.capital}, where the government has spent heavily on new ministries, parks and housing over the past decade, the mood among small business owners is more cautious than the official figures suggest.`,
    () => `The ${pick(['bridge', 'pipeline', 'rail terminal', 'power plant'])} would link ${pick(PLACES)} with the main highway to the south, cutting travel times for lorries carrying ${pick(GOODS)} and ${pick(GOODS)} to the border crossings by several hours.`,
    () => `Many of the people interviewed for this article asked not to be named, saying they feared losing their jobs or permits if they spoke openly about the project and the way contracts were awarded.`,
  ];
  const EVENT_SHARE = 0.15;
  const sentence = () => (rand() < EVENT_SHARE ? pick(events) : pick(background))();

  let sentences = 1;
  const paragraphs = [`${a.capital.toUpperCase()} – ${events[0]()}`];
  const target = int(8, 17);
  while (sentences < target) {
    if (rand() < 0.12) paragraphs.push(pick(HEADINGS));
    const k = rand() < 0.65 ? 1 : rand() < 0.85 ? 2 : 3;
    const parts = [];
    for (let s = 0; s < k; s++) parts.push(sentence());
    sentences += k;
    let line = parts.join(' ');
    if (rand() < 0.05) line += ` Photo credit: ${a.demonym} ${pick(['press office', 'news agency', 'ministry'])}`;
    paragraphs.push(line);
  }

  const lines = [];
  if (rand() < 0.6) {
    lines.push(`title: ${a.name} and ${b.name} discuss ${pick(SECTORS)} cooperation`);
    lines.push(`url: https://news.example/${year}/${String(month + 1).padStart(2, '0')}/${index}`);
    lines.push(`published: ${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    lines.push('', '');
  } else if (rand() < 0.5) {
    lines.push(`date ${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')} `);
  }
  let text = lines.join('\n') + paragraphs.join('\n');
  if (rand() < 0.4) {
    text += `\n\nsource: ${pick(['wire services', 'agencies', 'news.example'])}\n\nRelated articles\n`;
    for (let r = 0; r < int(2, 6); r++) text += `\n${pick(STATES).name} and ${pick(STATES).name} sign ${pick(SECTORS)} deal on ${int(1, 28)} ${pick(MONTHS)} ${int(2010, 2025)}\n`;
  }
  return { text: text + '\n', sentences };
}

/** Documents until `targetBytes`, as the CLI would read them (UTF-8 buffers with a path). */
export function buildCorpus(targetBytes) {
  const rand = seededRandom(SEED);
  const docs = [];
  let bytes = 0;
  let sentences = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const d = makeDocument(rand, i);
    const buf = Buffer.from(d.text, 'utf8');
    docs.push({ path: `synthetic/${String(i).padStart(5, '0')}.txt`, bytes: buf });
    bytes += buf.length;
    sentences += d.sentences;
  }
  return { docs, bytes, sentences };
}
