import { describe, expect, it } from 'vitest';
import { analyseFixture, show } from './fixtures/fixture-analyser.js';

/** The mentions of a text as "surface=CODE[/person]", in text order. */
function mentions(text: string, date: string | null = '2024-06-01'): string[] {
  return analyseFixture(text, date).mentions.map((m) => show(text, m));
}

describe('countries, demonyms and organisations', () => {
  const cases: Array<[string, string[]]> = [
    ['Turkey and Azerbaijan signed a transit accord in Baku.', ['Turkey=TUR', 'Azerbaijan=AZE', 'Baku=AZE']],
    ['Türkiye hosted the talks.', ['Türkiye=TUR']],
    ['Japan’s trade office opened in Ulaanbaatar for talks with Mongolia.', ['Japan=JPN', 'Ulaanbaatar=MNG', 'Mongolia=MNG']],
    ["Germany's exports to Uzbekistan grew.", ['Germany=DEU', 'Uzbekistan=UZB']],
    ['The United States and the U.S. Treasury and the US Congress agree.', ['The United States=USA', 'U.S.=USA', 'US Congress=USA']],
    ['The Republic of Korea and North Korea met; the DPRK walked out.', ['Republic of Korea=KOR', 'North Korea=PRK', 'DPRK=PRK']],
    ['Britain and the UK are the same; so are the Netherlands and Holland.', ['Britain=GBR', 'the UK=GBR', 'the Netherlands=NLD', 'Holland=NLD']],
    ['Taiwan was mentioned once.', ['Taiwan=TWN']],
    ['A Kazakh-Korean venture and Uzbek-Japanese ties.', ['Kazakh=KAZ', 'Korean=KOR', 'Uzbek=UZB', 'Japanese=JPN']],
    ['The Armenia-Azerbaijan peace talks and the Central Asia–India dialogue.', ['Armenia=ARM', 'Azerbaijan=AZE', 'Central Asia=C5', 'India=IND']],
    ['Emirati, Azeri, Kyrgyz, Tajik, Turkmen and Uzbek delegates came.', ['Emirati=ARE', 'Azeri=AZE', 'Kyrgyz=KGZ', 'Tajik=TJK', 'Turkmen=TKM', 'Uzbek=UZB']],
    ['Korean and Japanese firms, German and French banks, British lawyers.', ['Korean=KOR', 'Japanese firms=JPN', 'German=DEU', 'French banks=FRA', 'British=GBR']],
    ['The Central Asian states met the European Union and the SCO.', ['Central Asian states=C5', 'European Union=EU', 'SCO=SCO']],
    ['The European Commission and the European Parliament.', ['European Commission=EU', 'European Parliament=EU']],
    ['Talks in Brussels, Moscow, the Kremlin and the White House.', ['Brussels=EU', 'Moscow=RUS', 'the Kremlin=RUS', 'the White House=USA']],
    ['India and Russia agreed in New Delhi.', ['India=IND', 'Russia=RUS', 'New Delhi=IND']],
    ['Georgia and Armenia opened a border post.', ['Georgia=GEO', 'Armenia=ARM']],
    ['The Eurasian Economic Union, CSTO, NATO, OPEC+, the G20 and BRICS.', ['Eurasian Economic Union=EAEU', 'CSTO=CSTO', 'NATO=NATO', 'OPEC+=OPEC', 'G20=G20', 'BRICS=BRICS']],
    ['The African Union, the World Bank and the Arab League.', ['African Union=AU', 'World Bank=WB', 'Arab League=LAS']],
    ['The West African Economic and Monetary Union (UEMOA), IGAD and Mercosur met.', ['West African Economic and Monetary Union=UEMOA', 'UEMOA=UEMOA', 'IGAD=IGAD', 'Mercosur=MERCOSUR']],
    // A region's adjective is no bloc: "Caribbean nations" is not CARICOM, "Pacific" not APEC.
    ['Caribbean nations and Pacific states joined CARICOM and APEC.', ['CARICOM=CARICOM', 'APEC=APEC']],
    // Described, not named: the CSTO as news calls it; a demonym before "-led" still names who leads.
    ['Minsk asked a Russian-led military bloc for help; Russian-led forces left.', ['Minsk=BLR', 'Russian-led military bloc=CSTO', 'Russian=RUS']],
    ['Talks in St. Vincent and the Grenadines, St Lucia and St. Kitts and Nevis; St. Petersburg stayed Russian.', ['St. Vincent and the Grenadines=VCT', 'St Lucia=LCA', 'St. Kitts and Nevis=KNA', 'St. Petersburg=RUS', 'Russian=RUS']],
    // A dateline is where the story was filed, no party.
    ['ANKARA – Officials in Tashkent and Bishkek.', ['Officials in Tashkent=UZB', 'Bishkek=KGZ']],
    ['MOSCOW (Sputnik) - The Indian Foreign Ministry said it had summoned the Canadian envoy.', ['Indian Foreign Ministry=IND', 'it=IND', 'Canadian envoy=CAN']],
    ['US, China agree to resume talks.', ['US=USA', 'China=CHN']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('gives each part of a hyphenated compound its own sub-span', () => {
    const text = 'Mongolia-Japan relations';
    const r = analyseFixture(text, '2024-01-01');
    expect(r.mentions.map((m) => [m.span.start, m.span.end])).toEqual([[0, 8], [9, 14]]);
  });

  it('prefers the longest match', () => {
    expect(mentions('the Democratic People’s Republic of Korea')).toEqual(['Democratic People’s Republic of Korea=PRK']);
  });
});

describe('people, resolved by the document date', () => {
  const cases: Array<[string, string | null, string[]]> = [
    ['Erdogan welcomed Aliyev in Ankara.', '2021-05-01', ['Erdogan=TUR/erdogan', 'Aliyev=AZE/ilham-aliyev', 'Ankara=TUR']],
    ['Aliyev received the delegation.', '2002-03-01', ['Aliyev=AZE/heydar-aliyev']],
    ['Trump spoke by phone.', '2025-02-01', ['Trump=USA/trump']],
    ['Trump spoke by phone.', '2023-02-01', ['Trump=USA/trump']],
    ['Mirziyoev and Mirziyoyev are one man.', '2022-01-01', ['Mirziyoev=UZB/mirziyoyev', 'Mirziyoyev=UZB/mirziyoyev']],
    ['Tokaev and Kassym-Zhomart Tokayev, and Qasym-Jomart Toqaev.', '2022-01-01', ['Tokaev=KAZ/tokayev', 'Kassym-Zhomart Tokayev=KAZ/tokayev', 'Qasym-Jomart Toqaev=KAZ/tokayev']],
    ['Yesterday Putin spoke; on Tuesday Modi replied.', '2022-01-01', ['Putin=RUS/putin', 'Modi=IND/modi']],
    ['Erdoğan met Khurelsukh.', '2022-01-01', ['Erdoğan=TUR/erdogan', 'Khurelsukh=MNG/khurelsukh']],
  ];
  it.each(cases)('%s (%s)', (text, date, expected) => {
    expect(mentions(text, date)).toEqual(expected);
  });

  it('a title and another given name before a known surname is not that person', () => {
    const found = analyseFixture('Energy Minister Rustam Putin opened the plant.', '2022-01-01').mentions;
    expect(found.some((m) => m.person === 'putin')).toBe(false);
    expect(analyseFixture('President Vladimir Putin opened the plant.', '2022-01-01').mentions.some((m) => m.person === 'putin')).toBe(true);
  });

  it('gives the office held on the date, or the latest one before it', () => {
    const at = (date: string | null) => analyseFixture('Putin spoke.', date).mentions[0]!;
    expect(at('2010-01-01').role).toBe('prime_minister');
    expect(at('2020-01-01').role).toBe('president');
    expect(at(null).role).toBe('president');
    // Out of office: the most recent office before the date still names the country.
    const scholz = analyseFixture('Scholz visited Tashkent.', '2026-03-01').mentions[0]!;
    expect([scholz.code, scholz.role]).toEqual(['DEU', 'chancellor']);
    const kishida = analyseFixture('Kishida visited Ulaanbaatar.', '2019-06-01').mentions[0]!;
    expect([kishida.code, kishida.role]).toEqual(['JPN', 'foreign_minister']);
  });

  it('accepts a month as the reference date', () => {
    expect(mentions('Trump called Tokayev.', '2025-02')).toEqual(['Trump=USA/trump', 'Tokayev=KAZ/tokayev']);
  });
});

describe('titles', () => {
  const cases: Array<[string, string[]]> = [
    ['Turkish President Recep Tayyip Erdogan arrived.', ['Turkish President Recep Tayyip Erdogan=TUR/erdogan']],
    ['Japan’s Prime Minister Fumio Kishida flew to Nukus.', ['Japan’s Prime Minister Fumio Kishida=JPN/kishida']],
    ['President Mirziyoyev and Mr. Scholz spoke.', ['President Mirziyoyev=UZB/mirziyoyev', 'Mr. Scholz=DEU/scholz']],
    ['Indian Prime Minister Narendra Modi met Russian Foreign Minister Sergey Lavrov.', ['Indian Prime Minister Narendra Modi=IND/modi', 'Russian Foreign Minister Sergey Lavrov=RUS/lavrov']],
    ['The foreign minister of Turkey called.', ['foreign minister of Turkey=TUR']],
    ['President Recep Erdogan and Prime Minister Narendra Damodardas Modi met.', ['President Recep Erdogan=TUR/erdogan', 'Prime Minister Narendra Damodardas Modi=IND/modi']],
    ['Japan’s envoy and the Indian ambassador arrived.', ['Japan’s envoy=JPN', 'Indian ambassador=IND']],
    ['The Mongolian President, Ukhnaagiin Khürelsükh, spoke.', ['Mongolian President, Ukhnaagiin Khürelsükh=MNG/khurelsukh']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(mentions(text, '2022-06-01')).toEqual(expected);
  });

  it('resolves a title with a country adjective even when the person is unknown, and reports the name', () => {
    const text = 'Japanese Prime Minister Taro Yamada visited Ulaanbaatar. Yamada then left.';
    const r = analyseFixture(text, '2024-01-01');
    expect(r.mentions.map((m) => show(text, m))).toEqual(['Japanese Prime Minister Taro Yamada=JPN', 'Ulaanbaatar=MNG', 'Yamada=JPN']);
    expect(r.mentions[0]!.role).toBe('prime_minister');
    expect(r.diagnostics.map((d) => d.rule)).toContain('actors.unknown-person');
  });

  it('attaches the latest person of that country to "the Russian leader"', () => {
    const text = 'Putin met Modi in Kazan. Later the Russian leader flew home.';
    const r = analyseFixture(text, '2024-10-22');
    const leader = r.mentions.find((m) => text.slice(m.span.start, m.span.end) === 'Russian leader')!;
    expect([leader.code, leader.person, leader.via]).toEqual(['RUS', 'putin', 'title']);
  });

  it('resolves "his Kazakh counterpart" to Kazakhstan', () => {
    const text = 'Mirziyoyev hosted his Kazakh counterpart in Tashkent.';
    const r = analyseFixture(text, '2023-03-01');
    expect(r.mentions.map((m) => show(text, m))).toEqual(['Mirziyoyev=UZB/mirziyoyev', 'his=UZB/mirziyoyev', 'Kazakh counterpart=KAZ', 'Tashkent=UZB']);
  });

  it('a person of another state after a title and a comma is someone else ("with his Kazakh counterpart, Mirziyoyev …")', () => {
    const text = 'After talks with his Kazakh counterpart, Mirziyoyev flew home. Kazakh Foreign Minister, Murat Nurtleu, stayed.';
    const r = analyseFixture(text, '2023-03-01');
    const shown = r.mentions.map((m) => show(text, m));
    expect(shown).toContain('Kazakh counterpart=KAZ');
    expect(shown).toContain('Mirziyoyev=UZB/mirziyoyev');
    expect(shown.some((x) => x.startsWith('Kazakh Foreign Minister, Murat Nurtleu=KAZ'))).toBe(true);
  });
});

describe('coreference', () => {
  it('resolves he/his to the latest person, preferring the subject of the previous sentence', () => {
    const text = 'Recalling Modi’s visit, Putin praised the talks. He said his team was ready.';
    const r = analyseFixture(text, '2024-07-10');
    expect(r.mentions.map((m) => show(text, m))).toEqual(['Modi=IND/modi', 'Putin=RUS/putin', 'He=RUS/putin', 'his=RUS/putin']);
  });

  it('resolves "the President" to the latest president, else the main person', () => {
    const text = 'Erdogan opened the forum in Istanbul. Lavrov attended. The President thanked the guests.';
    const r = analyseFixture(text, '2023-10-01');
    const pres = r.mentions.find((m) => text.slice(m.span.start, m.span.end) === 'President')!;
    expect([pres.code, pres.person]).toEqual(['TUR', 'erdogan']);
  });

  it('resolves "the head of state" to a head of state and "the minister" to a foreign minister', () => {
    const text = 'Aliyev received Lavrov in Baku. The head of state thanked the minister for the visit.';
    const r = analyseFixture(text, '2023-10-01');
    const of = (s: string) => r.mentions.find((m) => text.slice(m.span.start, m.span.end) === s)?.person;
    expect(of('head of state')).toBe('ilham-aliyev');
    expect(of('minister')).toBe('lavrov');
  });

  it('does not bind an object "him" to the subject just before it', () => {
    const text = 'Merz plans a visit to Tashkent. Mirziyoyev invited him by phone.';
    const r = analyseFixture(text, '2025-06-01');
    expect(r.mentions.find((m) => text.slice(m.span.start, m.span.end) === 'him')?.person).toBe('merz');
  });

  it('resolves the latter and the former', () => {
    const text = 'Aliyev thanked Erdogan after the latter lifted the new tariffs; the former then invited him for a visit.';
    const r = analyseFixture(text, '2023-06-01');
    const of = (s: string) => r.mentions.find((m) => text.slice(m.span.start, m.span.end) === s)?.person;
    expect(of('the latter')).toBe('erdogan');
    expect(of('the former')).toBe('ilham-aliyev');
  });

  it('emits one mention per actor for "the two leaders" and "the two countries"', () => {
    const text = 'Modi hosted Putin in New Delhi. The two leaders said the two countries would expand bilateral trade.';
    const r = analyseFixture(text, '2021-12-06');
    const at = (s: string) => r.mentions.filter((m) => text.slice(m.span.start, m.span.end) === s).map((m) => m.code).sort();
    expect(at('The two leaders')).toEqual(['IND', 'RUS']);
    expect(at('the two countries')).toEqual(['IND', 'RUS']);
    expect(at('bilateral')).toEqual(['IND', 'RUS']);
  });

  it('pairs "both leaders" across countries, passing over a second person of the same country', () => {
    const text = 'Modi met Putin in Moscow. Russian Foreign Minister Sergei Lavrov joined them. Both leaders praised the talks.';
    const r = analyseFixture(text, '2021-12-06');
    const at = (s: string) => r.mentions.filter((m) => text.slice(m.span.start, m.span.end) === s).map((m) => m.code).sort();
    expect(at('Both leaders')).toEqual(['IND', 'RUS']);
    // Two people of one country and no other: still the two latest people (one country twice), no third state.
    const home = 'Putin met Lavrov in Moscow. Both leaders praised the plan.';
    const h = analyseFixture(home, '2021-12-06');
    expect(h.mentions.filter((m) => home.slice(m.span.start, m.span.end) === 'Both leaders').map((m) => m.code)).toEqual(['RUS', 'RUS']);
  });

  it('reads "bilateral" forward when the pair follows it in the sentence', () => {
    const text = 'Putin spoke in Moscow. Bilateral trade between Japan and Mongolia rose.';
    const r = analyseFixture(text, '2022-01-01');
    expect(r.mentions.filter((m) => m.rule === 'actors.two-countries').map((m) => m.code).sort()).toEqual(['JPN', 'MNG']);
  });

  it('pairs a state and an organisation named in the phrase\'s own sentence, not a state told before', () => {
    const text = 'Japan and Mongolia held talks. Georgia sees the EU as a close partner, and the two sides trade a lot.';
    const r = analyseFixture(text, '2023-06-01');
    expect(r.mentions.filter((m) => m.rule === 'actors.two-countries').map((m) => m.code).sort()).toEqual(['EU', 'GEO']);
  });

  it('pairs the subject with the partner for "A held bilateral talks with B"', () => {
    const text = 'Aliyev will hold bilateral talks with Erdogan in Ankara.';
    const r = analyseFixture(text, '2023-06-01');
    expect(r.mentions.filter((m) => m.rule === 'actors.two-countries').map((m) => m.code).sort()).toEqual(['AZE', 'TUR']);
  });

  it('resolves "our two countries" in a quote to the speaker and the partner named before', () => {
    const text = 'Modi received Putin in New Delhi. “Our two countries have stood together for decades,” Modi said.';
    const r = analyseFixture(text, '2021-12-06');
    expect(r.mentions.filter((m) => text.slice(m.span.start, m.span.end) === 'Our two countries').map((m) => m.code).sort()).toEqual(['IND', 'RUS']);
  });

  it('resolves "the country" only when one state is in reach', () => {
    const one = 'Mongolia held elections. The country voted on Sunday.';
    expect(mentions(one)).toEqual(['Mongolia=MNG', 'The country=MNG']);
    // A state named as such outweighs the country a person speaks for.
    const visit = 'Khurelsukh will travel to Japan next week. His talks in the country will centre on rare earths.';
    expect(mentions(visit, '2024-01-01')).toEqual(['Khurelsukh=MNG/khurelsukh', 'Japan=JPN', 'His=MNG/khurelsukh', 'the country=JPN']);
    const two = 'Japan and Mongolia held talks. The country voted on Sunday.';
    expect(mentions(two)).toEqual(['Japan=JPN', 'Mongolia=MNG']);
    // A description of the country refers back the same way.
    const described = 'Nepal reopened its border. Traders returned to the Himalayan nation on Monday.';
    expect(mentions(described)).toEqual(['Nepal=NPL', 'the Himalayan nation=NPL']);
  });

  it('reads a description of the person followed ("the former army general") like "he"', () => {
    const text = 'Chilean President Gabriel Boric landed in Madrid on Monday. The former student leader then flew to Rome. The veteran politician met Italian officials there.';
    // "The former student leader" is no description of the list; the next one still reaches Boric.
    expect(mentions(text, '2023-06-01').filter((m) => m.startsWith('The '))).toEqual(['The veteran politician=CHL']);
    const tour = 'Paraguayan President Santiago Pena flew to Taipei on Monday. The former economist then travelled to Tokyo. In Japan, the veteran politician met business leaders.';
    expect(mentions(tour, '2024-06-01')).toEqual(expect.arrayContaining(['The former economist=PRY', 'the veteran politician=PRY']));
  });

  it('reads a place word that opens a new name after a title as part of the name', () => {
    // "Santiago" is Chile's capital, "Jordan" a state: here they are given names.
    expect(mentions('Paraguayan President Santiago Pena flew to Taipei.', '2024-06-01')).toEqual(['Paraguayan President Santiago Pena=PRY', 'Taipei=TWN']);
    expect(mentions('President Jordan Smith of Guyana spoke in Georgetown.', '2024-06-01')[0]).toBe('President Jordan Smith of Guyana=GUY');
  });

  it('takes for a regional description only a state of that region', () => {
    // Washington, named between, is no Gulf state.
    const gulf = "Kuwait's emir arrived in Washington on Monday. The Gulf state has long hosted American troops.";
    expect(mentions(gulf)).toContain('The Gulf state=KWT');
    const steppe = 'Tajikistan signed a grain deal with Canada. The Central Asian republic will import wheat.';
    expect(mentions(steppe)).toContain('The Central Asian republic=TJK');
    // No state of the region in reach: no reading rather than a wrong one.
    const none = 'Chile and Peru met in Lima. The landlocked country has sought sea access for decades.';
    expect(mentions(none)).not.toContain('The landlocked country=CHL');
    expect(mentions(none).some((m) => m.startsWith('The landlocked country='))).toBe(false);
    // A description that names its state itself points back to nobody.
    const named = 'Japan sent a ship. The island nation of Fiji thanked Tokyo.';
    expect(mentions(named).some((m) => m.startsWith('The island nation='))).toBe(false);
  });
});

describe('quotes and speakers', () => {
  it('attributes “…,” said X and resolves we/our/I inside to the speaker', () => {
    const text = '“We value our partnership with Tokyo and I will visit soon,” said Khurelsukh.';
    const r = analyseFixture(text, '2023-11-01');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker?.person).toBe('khurelsukh');
    expect(text.slice(r.quotes[0]!.span.start, r.quotes[0]!.span.end)).toBe('“We value our partnership with Tokyo and I will visit soon,”');
    expect(r.mentions.map((m) => show(text, m))).toEqual(['We=MNG', 'our=MNG', 'Tokyo=JPN', 'I=MNG/khurelsukh', 'Khurelsukh=MNG/khurelsukh']);
  });

  const speakers: Array<[string, string, string | null]> = [
    ['after-verb with a pronoun', 'Erdogan met Aliyev in Baku. “Our two nations are one people,” he stressed.', 'TUR'],
    ['subject before the verb', 'Aliyev said: “We will open the Zangezur route by next year and trade will grow.”', 'AZE'],
    ['according to', 'According to Lavrov, “the dialogue with New Delhi is strategic and will deepen further.”', 'RUS'],
    ['title after the quote', '“The corridor will carry ten million tonnes a year,” the Turkish President noted.', 'TUR'],
    ['verb then name', '“Energy links with Uzbekistan are a priority for Berlin,” added Scholz.', 'DEU'],
    ['no attribution', 'The plan was announced. “Trade will rise by a third in the coming two years across the region.”', null],
  ];
  it.each(speakers)('%s', (_name, text, code) => {
    const r = analyseFixture(text, '2023-05-01');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker?.code ?? null).toBe(code);
  });

  it('attributes a quote to "X said:" ending the paragraph before, and to reported speech just before', () => {
    const colon = 'At the press conference Erdogan said:\n“Our corridor to Central Asia runs through Azerbaijan and it will stay open.”';
    expect(analyseFixture(colon, '2023-05-01').quotes[0]!.speaker?.code).toBe('TUR');
    const reported = 'Modi stressed that the partnership had matured. “We now trade in our own currencies with Moscow and Tehran.”';
    const r = analyseFixture(reported, '2023-05-01');
    expect([r.quotes[0]!.speaker?.code, r.quotes[0]!.rule]).toEqual(['IND', 'quotes.previous-sentence']);
  });

  it('continues the speaker into the next paragraph when it has no attribution', () => {
    const text = '“We agreed on a new gas route through the Caspian,” Aliyev said.\n“It will be ready within three years of signing.”';
    const r = analyseFixture(text, '2023-05-01');
    expect(r.quotes.map((q) => q.speaker?.code ?? null)).toEqual(['AZE', 'AZE']);
    expect(r.quotes[1]!.rule).toBe('quotes.continuing-speaker');
  });

  it('keeps a quote that runs over paragraphs as one quotation', () => {
    const text = '“First, we will build the railway together with our partners in Ankara.\n“Second, we will open a new trade house,” Aliyev said.';
    const r = analyseFixture(text, '2023-05-01');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.span).toEqual({ start: 0, end: text.indexOf(' Aliyev') });
    expect(r.quotes[0]!.speaker?.code).toBe('AZE');
    expect(r.mentions.filter((m) => text.slice(m.span.start, m.span.end) === 'we').map((m) => m.code)).toEqual(['AZE', 'AZE']);
  });

  it('treats a paragraph of speech with no opening mark as a quote', () => {
    const text = 'Modi spoke at length.\nWe have deep trust in Moscow and our ties will grow,” he said.';
    const r = analyseFixture(text, '2024-07-09');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker?.person).toBe('modi');
    expect(mentions(text, '2024-07-09')).toContain('our=IND');
  });

  it('drops short scare quotes without an attribution verb', () => {
    const text = 'Observers called the Mongolia–Japan accord “historic” and moved on.';
    expect(analyseFixture(text, '2023-01-01').quotes).toEqual([]);
  });
});

describe('parties named without a country word (issue 6)', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a singular regional description is the state just named, not the region', 'Xi flew to Kazakhstan on Monday. It is his third visit to the Central Asian state this year.',
      ['Xi=CHN/xi-jinping', 'Kazakhstan=KAZ', 'his=CHN/xi-jinping', 'the Central Asian state=KAZ']],
    ['an island nation described by its ocean', 'Riots broke out in the Solomon Islands. Shops in the South Pacific island nation were looted.',
      ['Solomon Islands=SLB', 'the South Pacific island nation=SLB']],
    ['a chargé d\'affaires speaks for the state', 'Oman summoned the Kuwaiti charge d\'affaires.', ['Oman=OMN', 'Kuwaiti charge d\'affaires=KWT']],
    ['a central bank by its own name', 'The swap line was frozen by the People\'s Bank of China.', ['People\'s Bank of China=CHN']],
    ['a seat of power written as a nickname', 'Foggy Bottom declined to comment on the talks with Caracas.', ['Foggy Bottom=USA', 'Caracas=VEN']],
    ['capitals that news spells without the apostrophe or that world-countries lacks', 'Sanaa and La Paz protested.', ['Sanaa=YEM', 'La Paz=BOL']],
    ['a bare coastguard takes the state just named', 'The Indian coastguard seized a boat. The coastguard said the crew was held.', ['Indian coastguard=IND', 'The coastguard=IND']],
    ['two known one-word names glued together are a third person', 'Senior Captain Li Xi said the drills were over.', []],
    ['a capital as a place stays a capital mention (the event rules read "in")', 'The two delegations met in Moscow.', ['Moscow=RUS']],
    ['"the ambassador" is the envoy named with that title just before', 'The Chinese ambassador to Manila was summoned. The ambassador rejected the protest.',
      ['Chinese ambassador=CHN', 'Manila=PHL', 'ambassador=CHN']],
    ['"the spokeswoman" is the spokesman named just before, whatever the form', 'Thai foreign ministry spokesman Somchai Wongsa said the talks failed. The spokeswoman said Bangkok would protest.',
      ['Thai foreign ministry spokesman Somchai Wongsa=THA', 'spokeswoman=THA', 'Bangkok=THA']],
    ['"the ambassador" too far from any envoy stays unresolved', 'The Chinese ambassador was summoned. Filipino officials met. Talks went on. Trade rose. The ambassador left.',
      ['Chinese ambassador=CHN', 'Filipino officials=PHL']],
    ['"the ambassador" with no envoy named is no one', 'Peru protested. The ambassador left.', ['Peru=PER']],
    ['"the general" is the general named just before', 'Iran\'s top general Reza Karimi warned Israel. The general said Tehran would respond.',
      ['Iran\'s top general Reza Karimi=IRN', 'Israel=ISR', 'general=IRN', 'Tehran=IRN']],
    ['"the deputy prime minister" by the whole title', 'Afghan Deputy Prime Minister Abdul Hamid Noori met Kazakh officials. The deputy prime minister thanked Kazakhstan.',
      ['Afghan Deputy Prime Minister Abdul Hamid Noori=AFG', 'Kazakh officials=KAZ', 'deputy prime minister=AFG', 'Kazakhstan=KAZ']],
    ['a known one-word name inside a longer unknown name is part of it', 'Afghan Deputy Prime Minister Abdul Ghani Noori met Kazakh officials. Noori thanked Kazakhstan.',
      ['Afghan Deputy Prime Minister Abdul Ghani Noori=AFG', 'Kazakh officials=KAZ', 'Noori=AFG', 'Kazakhstan=KAZ']],
    ['"general" before a lower-case noun is still no title', 'Kenyan general elections were held.', ['Kenyan=KEN']],
    ['a known surname after a title and other given names is someone else\'s, there and later', 'A delegation led by Trade Minister Bakhyt Sultanov visited Kabul. Sultanov met Taliban officials.',
      ['Kabul=AFG', 'Taliban officials=AFG']],
    ['…and where the namesake came with a country, later mentions are theirs', 'Kazakh Trade Minister Bakhyt Sultanov visited Kabul. Sultanov met Taliban officials.',
      ['Kazakh Trade Minister Bakhyt Sultanov=KAZ', 'Kabul=AFG', 'Sultanov=KAZ', 'Taliban officials=AFG']],
    ['a group of one state before a title speaks for it', 'Kabul hosted the Taliban Deputy Prime Minister, Mullah Abdul Hamid Noori. Noori thanked Kazakhstan.',
      ['Kabul=AFG', 'the Taliban Deputy Prime Minister, Mullah Abdul Hamid Noori=AFG', 'Noori=AFG', 'Kazakhstan=KAZ']],
    ['"the group" is the armed group just named', 'The Houthis claimed the attack. The group said it had fired missiles at an American destroyer.',
      ['The Houthis=YEM', 'The group=YEM', 'it=YEM', 'American=USA']],
    ['…or the group its spokesman speaks for', 'Houthi spokesman Yahya Saree said the group had fired missiles.', ['Houthi spokesman Yahya Saree=YEM', 'the group=YEM']],
    ['"the group" after states only is no one', 'Russia said the group had left.', ['Russia=RUS']],
    ['"the group of" names no group told', 'Kenya and Somalia signed a deal. The group of seven donors praised it.', ['Kenya=KEN', 'Somalia=SOM']],
    ['a title inside a quotation is not the last holder told', 'Kazakh Deputy Prime Minister Serik Aliyarov met Taliban officials. "The deputy prime minister praised the aid," the group said.',
      ['Kazakh Deputy Prime Minister Serik Aliyarov=KAZ', 'Taliban officials=AFG', 'the group=AFG']],
    ['plural demonyms that the -s rule cannot make', 'Poles, Czechs, Argentines and New Zealanders marched.', ['Poles=POL', 'Czechs=CZE', 'Argentines=ARG', 'New Zealanders=NZL']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
