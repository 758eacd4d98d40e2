import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline.js';
import { eventsOf, sectorsOf } from '../../test-support/event-strings.js';

describe('lexicon events: one reading per PLOVER type', () => {
  const cases: Array<[string, string, string]> = [
    ['AGREE: ratification', 'The Mongolian parliament ratified the border treaty with China on Tuesday.', 'AGREE MNG>CHN occurred'],
    ['SUPPORT: praise with an object', 'Chile praised Peru for its handling of the refugee crisis.', 'SUPPORT CHL>PER occurred'],
    ['CONCEDE: sanctions lifted', 'Canada lifted its sanctions on Belarus after the prisoners were freed.', 'CONCEDE CAN>BLR occurred'],
    ['RETREAT: shelling stopped', 'Thailand and Cambodia stopped shelling along the border on Friday.', 'RETREAT THA>KHM occurred'],
    ['RETREAT: hostilities ceased', 'Sudan and South Sudan ceased hostilities in the disputed region.', 'RETREAT SDN>SSD occurred'],
    ['RETREAT: a bare gerund after the verb is what it halts', 'Ethiopia and Eritrea halted fighting along the border on Friday.', 'RETREAT ETH>ERI occurred'],
    ['CONCEDE: a ban on imports from a state lifted', 'Chile lifted its ban on the import of avocados from Peru.', 'CONCEDE CHL>PER occurred'],
    ['COOPERATE: extradition to a state', 'Thailand extradited the suspect to Cambodia last week.', 'COOPERATE THA>KHM occurred'],
    ['AID: aid received from a donor', 'Malawi received emergency aid from Norway after the floods.', 'AID NOR>MWI occurred'],
    ['RETREAT: troops pulled out', 'Rwandan troops pulled out of Burundi in March.', 'RETREAT RWA>BDI occurred'],
    ['REQUEST: call on a state', 'The African Union called on Chad to hold elections.', 'REQUEST AU>TCD occurred'],
    ['ACCUSE: accusation with "of"', 'Serbia accused Croatia of stoking tensions.', 'ACCUSE SRB>HRV occurred'],
    ['ACCUSE: envoy summoned', 'Algeria summoned the Spanish ambassador over the remarks.', 'ACCUSE DZA>ESP occurred'],
    ['REJECT: proposal rejected', 'Bolivia rejected Chile\'s offer of talks.', 'REJECT BOL>CHL occurred'],
    ['THREATEN: threat through an infinitive', 'Eritrea threatened to attack Ethiopia if the dam talks failed.', 'THREATEN ERI>ETH occurred'],
    ['SANCTION: diplomats expelled', 'Estonia expelled two Russian diplomats on Monday.', 'SANCTION EST>RUS occurred'],
    ['SANCTION: ambassador withdrawn', 'Morocco withdrew its ambassador from Sweden.', 'SANCTION MAR>SWE occurred'],
    ['MOBILIZE: troops deployed near a border', 'Armenia deployed troops near the Azerbaijani border.', 'MOBILIZE ARM>AZE occurred'],
    ['COERCE: passive arrest with the place as agent', 'Three Ukrainian sailors were detained in Georgia on Sunday.', 'COERCE GEO>UKR occurred'],
    ['COERCE: deportation of a plural demonym', 'Algeria deported 300 Malians last week.', 'COERCE DZA>MLI occurred'],
    ['COERCE: passive arrest with an agent', 'Two Indian fishermen were arrested by Sri Lanka near the maritime boundary.', 'COERCE LKA>IND occurred'],
    ['ASSAULT: nominal strike with a demonym agent', 'Turkish drone strikes on Iraq killed four people.', 'ASSAULT TUR>IRQ occurred'],
    ['ASSAULT: reciprocal clash', 'Thai and Cambodian soldiers clashed along the disputed frontier.', 'ASSAULT THA>KHM occurred'],
    ['PROTEST: demonstration in a capital is domestic', 'Thousands of people rallied in Lima against the new law.', 'PROTEST PER>PER occurred'],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
});

describe('lexicon events: the clause reader finds the sides', () => {
  it('a relative clause lends its antecedent as subject', () => {
    expect(eventsOf('Sudan, which had accused Chad of arming rebels, closed the crossing.')).toContain('ACCUSE SDN>TCD occurred');
  });

  it('an aside between commas does not hide the subject', () => {
    expect(eventsOf('Japan, for its part, condemned North Korea over the launch.')).toContain('ACCUSE JPN>PRK occurred');
  });

  it('the second of two coordinated verbs takes the first one\'s subject', () => {
    const events = eventsOf('Azerbaijan attacked Armenian positions and detained several Armenian soldiers.');
    expect(events).toContain('COERCE AZE>ARM occurred');
  });

  it('a participle phrase after the subject is passed over', () => {
    expect(eventsOf('A Qatari delegation led by an unnamed minister visited Kigali on Monday.')).toContain('CONSULT QAT>RWA occurred');
  });

  it('a time phrase before the verb is not its subject', () => {
    expect(eventsOf('On Friday, Kenya deported a Somali national.')).toContain('COERCE KEN>SOM occurred');
  });

  it('a pronoun after a verb of saying is the one who said so', () => {
    expect(eventsOf('Turkey said on Monday that it had shot down a Syrian drone.')).toContain('ASSAULT TUR>SYR occurred');
  });

  it('a phrase of time words between subject and verb is skipped', () => {
    expect(eventsOf('Uzbekistan on Thursday, March 7 halted gas exports to Tajikistan.')).toContain('SANCTION UZB>TJK occurred');
  });

  it('a verb with its particle keeps its object ("shot down")', () => {
    expect(eventsOf('Pakistan shot down an Indian aircraft.')).toContain('ASSAULT PAK>IND occurred');
  });

  it('a sub-state actor\'s deed with no other side stays within its state', () => {
    expect(sectorsOf('KATHMANDU - Nepalese police arrested about 300 people on Friday.')).toContain('COERCE NPL/COP>NPL/CVL');
    expect(sectorsOf('Nepal arrested about 300 people on Friday.').filter((e) => e.startsWith('COERCE'))).toEqual([]);
    // A passive arrest where the place is the only agent: the place's state arrests through its police.
    expect(sectorsOf('KATHMANDU - About 300 protesters were arrested in Kathmandu on Friday.')).toContain('COERCE NPL/COP>NPL/CVL');
  });

  it('a release by a state body alone stays within its state; fire exchanged is an assault both ways', () => {
    expect(sectorsOf('Eritrea\'s army freed 40 prisoners on Monday.')).toContain('RETREAT ERI/MIL>ERI/CVL');
    expect(eventsOf('Indian and Pakistani troops exchanged fire across the Line of Control.')).toContain('ASSAULT IND>PAK occurred');
    expect(eventsOf('Indian and Pakistani troops exchanged fire across the Line of Control.').filter((e) => e.startsWith('AGREE'))).toEqual([]);
  });

  it('a domestic event keeps the sectors that tell its sides apart', () => {
    expect(sectorsOf('Protests erupted in Dhaka over the quota system.')).toContain('PROTEST BGD/CVL>BGD/GOV');
  });
});

describe('lexicon events: crowds, gerunds and owners', () => {
  it('protesters blocking roads protest; an army blocking roads does not', () => {
    expect(sectorsOf('Farmers and protesters in Warsaw blocked the main roads on Monday.')).toContain('PROTEST POL/CVL>POL/GOV');
    expect(sectorsOf('The Polish army blocked the main roads near Warsaw.').filter((e) => e.startsWith('PROTEST'))).toEqual([]);
  });

  it('a gerund after "began" takes its subject', () => {
    expect(eventsOf('Iran began expelling Afghan migrants last month.')).toContain('COERCE IRN>AFG occurred');
  });

  it('an infinitive after a noun is no deed of that noun', () => {
    expect(eventsOf('Sweden summoned the Iraqi charge d\'affaires to protest against the burning.').filter((e) => e.startsWith('PROTEST'))).toEqual([]);
  });

  it('a rejected proposal names its owner through "by"', () => {
    expect(eventsOf('Chile rejected a proposal by Bolivia on sea access.')).toContain('REJECT CHL>BOL occurred');
  });

  it('a nominal strike with actors before it', () => {
    expect(eventsOf('French and British strikes on Libya hit air defence sites.')).toContain('ASSAULT FRA>LBY occurred');
  });
});

describe('lexicon events: clauses and amounts', () => {
  it('a warning whose clause has a pronoun subject takes that clause\'s object', () => {
    expect(eventsOf('Ankara warned on Monday that it would cut gas supplies to Bulgaria.')).toContain('THREATEN TUR>BGR occurred');
  });

  it('an amount with a currency sign is part of the object', () => {
    expect(eventsOf('Kuwait deposited $1 billion with Egypt\'s central bank.')).toContain('AID KWT>EGY occurred');
  });

  it('coordinated nouns keep the phrase going to the recipient', () => {
    expect(eventsOf('Turkey flew tents and blankets to Syria on Friday.')).toContain('AID TUR>SYR occurred');
  });
});

describe('formats named through their council', () => {
  it('leading a delegation at a meeting of an organisation\'s council is taking part', () => {
    expect(eventsOf('Uzbek Foreign Minister Bakhtiyor Saidov led the delegation at the meeting of the Council of Foreign Ministers of the Shanghai Cooperation Organisation in Astana.')).toContain('CONSULT UZB>SCO occurred');
  });
});

describe('dates that name what an agreement covers', () => {
  it('a plan "for 2026-2028" signed today is signed today', () => {
    const record = extractDocument({ id: 't', text: 'Chile and Peru signed a cooperation plan for 2026-2028 on Monday.', meta: { published: '2024-03-15' } });
    const agree = record.events.find((e) => e.type === 'AGREE');
    expect([agree?.status, agree?.date?.from]).toEqual(['occurred', '2024-03-11']);
  });
});

describe('lexicon events: protests by states are complaints', () => {
  it('a note of protest handed over by a ministry is ACCUSE', () => {
    expect(eventsOf('Vietnam lodged a strong protest with China over the collision.')).toContain('ACCUSE VNM>CHN occurred');
  });

  it('the receiver of a protest did not protest', () => {
    expect(eventsOf('The Peruvian envoy was handed a protest in Lima by Chile.').filter((e) => e.startsWith('ACCUSE PER'))).toEqual([]);
  });
});

describe('lexicon events: what must not be coded', () => {
  const none: Array<[string, string, RegExp]> = [
    ['negation', 'Poland did not expel the Belarusian diplomats.', /^SANCTION/],
    ['hypothetical', 'Ghana could deport Nigerian traders if the dispute continues.', /^COERCE/],
    ['a noun under a verb that blocks it: a threatened embargo is no embargo', 'Qatar warned of an embargo on Bahrain.', /^SANCTION/],
    ['a state protesting is a complaint, not a demonstration', 'Georgia protested to Russia over the border markers.', /^PROTEST/],
    ['joint drills are cooperation, not mobilisation', 'Egypt and Sudan held joint military drills near the border.', /^MOBILIZE/],
    ['a record hit is no assault', 'Vietnam hit a record in exports to China.', /^ASSAULT/],
    ['a state that "demonstrated" its resolve staged no demonstration', 'Japan demonstrated its resolve to China.', /^(PROTEST|ACCUSE)/],
    ['"and with" after a visit\'s host starts another party\'s phrase', 'Ruto held talks with Indian Prime Minister Narendra Modi, who was on a state visit to Kenya, and with Chinese President Xi Jinping.', /^CONSULT IND>CHN/],
    ['an infinitive "to protest" with no subject is no demonstration', 'Norway summoned the Russian envoy on Friday to protest against the arrest of Norwegian fishermen.', /^PROTEST/],
    ['an envoy recalled "in protest" is no demonstration', 'Peru recalled its ambassador from Mexico in protest at the remarks.', /^PROTEST/],
    ['trade that "stood at" a figure is no support', 'Trade between Chile and Peru stood at $5 billion.', /^SUPPORT/],
    ['no second party', 'Nigeria arrested dozens of suspects.', /^COERCE/],
    ['one state on both sides without sectors', 'Brazil attacked Brazil\'s critics.', /^ASSAULT BRA>BRA/],
    ['a reported future on a condition told after it', 'Egypt said it would send aid to Sudan if the fighting stopped.', /^AID/],
    ['weighing a deed is not doing it', 'Chile said it would consider imposing tariffs on Peru.', /^SANCTION/],
    ['hosting foreign troops or refugees is no visit', 'Chad accused Niger of hosting French troops, and Togo received Ghanaian refugees.', /^CONSULT/],
  ];
  it.each(none)('%s', (_name, text, forbidden) => {
    expect(eventsOf(text).filter((e) => forbidden.test(e))).toEqual([]);
  });
});

describe('lexicon events: office holders, plurals and bare Congo', () => {
  it('a guest named by office and name is received as a visitor', () => {
    expect(eventsOf('A Turkish delegation led by Foreign Minister Hakan Fidan was received in Baku on Tuesday.')).toContain('CONSULT TUR>AZE occurred');
  });

  it('a plural object that opens the sentence still meets the reading', () => {
    expect(eventsOf('Restrictions on travel were eased by Georgian authorities on Friday.')).toContain('CONCEDE GEO>GEO occurred');
  });

  it('bare Congo is the Democratic Republic of the Congo', () => {
    expect(eventsOf('Rwanda and Congo signed a peace agreement in Washington.')).toContain('AGREE RWA>COD occurred');
  });
});

describe('lexicon events: crowds', () => {
  it('people named by nationality who take to the streets protest', () => {
    expect(eventsOf('Thousands of Chileans took to the streets of Santiago on Sunday against the pension reform.')).toContain('PROTEST CHL>CHL occurred');
  });

  it('prisoners on hunger strike protest', () => {
    expect(eventsOf('Jailed opposition activists in Belarus have been on hunger strike since Monday.')).toContain('PROTEST BLR>BLR occurred');
  });
});

describe('lexicon events: reported speech', () => {
  it('a reported "would not" of a refusal stays a rejection', () => {
    expect(eventsOf('Chile said it would not recognise any ruling by the International Court of Justice on its dispute with Peru.'))
      .toContain('REJECT CHL>ICJ occurred');
  });

  it('a reported "would" without a condition is planned', () => {
    expect(eventsOf('Egypt said it would send aid to Sudan.')).toContain('AID EGY>SDN planned');
  });

  it('an institution named as the reporter after what it said is the state the report is about', () => {
    const text = 'Ghana has closed its border with Nigeria this week, the interior ministry said, accusing Togo of smuggling.';
    expect(sectorsOf(text).filter((e) => e.startsWith('ACCUSE'))).toEqual(['ACCUSE GHA/-' + '>TGO/-']);
  });

  it('any verb of attribution marks the institution as the reporter', () => {
    const text = 'Chad has shut its frontier with Sudan until further notice, the interior ministry stressed, accusing Libya of arming raiders.';
    expect(sectorsOf(text).filter((e) => e.startsWith('ACCUSE'))).toEqual(['ACCUSE TCD/-' + '>LBY/-']);
  });
});

describe('a hostile deed told by the side that suffered it', () => {
  it('is that side\'s accusation of the doer, told before or after the deed', () => {
    expect(eventsOf('Georgian officials said Russian border guards had detained three Georgian shepherds.')).toEqual(
      expect.arrayContaining(['ACCUSE GEO>RUS occurred', 'COERCE RUS>GEO occurred']),
    );
    expect(eventsOf('Russian artillery shelled a school in Kharkiv overnight, the Ukrainian army said.')).toContain('ACCUSE UKR>RUS occurred');
  });

  it('is no accusation when a third party, the doer itself or nobody tells it', () => {
    expect(eventsOf('The UN said Russian artillery had shelled a school in Kharkiv.').filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
    expect(eventsOf('Pakistan said it had arrested two Afghan smugglers near Chaman.').filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
    expect(eventsOf('Russian artillery shelled a school in Kharkiv overnight.').filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
    expect(eventsOf('Moscow said it would keep talking to Kyiv, while Ukrainian drones attacked an oil depot in Belgorod.').filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
  });
});

describe('questions', () => {
  it('a question asserts no event, the answer told after it does', () => {
    expect(eventsOf('Will Ankara send troops to Libya? Analysts doubt it.')).toEqual([]);
    expect(eventsOf('Did Peru expel the Mexican ambassador?” the senator asked.')).toEqual([]);
    expect(eventsOf('Did Peru expel the envoy? Peru expelled the Mexican ambassador on Monday.')).toContain('SANCTION PER>MEX occurred');
  });
});

describe('accusations told as statements', () => {
  it.each([
    ['Georgia\'s foreign ministry said Russian troops had breached the 2008 ceasefire line again.', 'ACCUSE GEO>RUS occurred'],
    ['Lithuania charged that Belarus was orchestrating the border crossings.', 'ACCUSE LTU>BLR occurred'],
    ['Canberra said Beijing\'s trade curbs on barley were unjustified.', 'ACCUSE AUS>CHN occurred'],
    ['Seoul said the North Korean launch was a grave provocation.', 'ACCUSE KOR>PRK occurred'],
    ['Vilnius said Minsk\'s border policy amounted to “nothing less than an act of hybrid aggression”.', 'ACCUSE LTU>BLR occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });

  it.each([
    'Georgia said Russia had not breached the ceasefire line.',
    'Chile said Peru\'s investments were important for the region.',
    'Canberra said Beijing\'s offer was a positive step.',
    'Lithuania said it had violated no rules.',
  ])('no accusation: %s', (text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
  });
});

describe('one event per type, pair and day', () => {
  it('mentions far apart that both take the document day are one event', () => {
    const filler = 'The weather in the capital was mild. Crowds lined the streets. Markets stayed open late. '.repeat(2);
    const text = `Chile and Peru agreed to build a new railway line. ${filler}Later, Peru and Chile signed key agreements on ports.`;
    const record = extractDocument({ id: 't', text, meta: { published: '2024-03-15' } });
    const agree = record.events.filter((e) => e.type === 'AGREE');
    expect(agree).toHaveLength(1);
    expect(agree[0]!.evidence).toHaveLength(2);
  });
});
