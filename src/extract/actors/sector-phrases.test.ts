import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../../core/types.js';
import { analyseFixture } from './fixtures/fixture-analyser.js';

/** A mention as "surface=CODE/SECTOR" (no sector: "surface=CODE"). */
function show(text: string, m: ActorMention): string {
  return `${text.slice(m.span.start, m.span.end)}=${m.code}${m.sector ? `/${m.sector}` : ''}`;
}
function mentions(text: string, date: string | null = '2024-06-01'): string[] {
  return analyseFixture(text, date).mentions.map((m) => show(text, m));
}
function rules(text: string): string[] {
  return analyseFixture(text, '2024-06-01').mentions.map((m) => `${text.slice(m.span.start, m.span.end)}:${m.rule}`);
}

describe('a sector noun with the country word of its phrase', () => {
  const cases: Array<[string, string[]]> = [
    ['Egyptian police detained a blogger on Monday.', ['Egyptian police=EGY/COP']],
    ["Nigeria's army said it had repelled the raid.", ["Nigeria's army=NGA/MIL", 'it=NGA/MIL']],
    ['The Sudanese army shelled a market.', ['Sudanese army=SDN/MIL']],
    ['Israeli troops entered the town at dawn.', ['Israeli troops=ISR/MIL']],
    ['Iraqi Kurdish demonstrators blocked the highway.', ['Iraqi Kurdish demonstrators=IRQ/CVL']],
    ['Turkish authorities detained the suspect.', ['Turkish authorities=TUR/GOV']],
    ['Ukrainian forces recaptured the village.', ['Ukrainian forces=UKR/MIL']],
    ['Opposition supporters in Caracas marched on Sunday.', ['Opposition supporters in Caracas=VEN/OPP']],
    ['Kurdish demonstrators in Kirkuk blocked a road.', ['demonstrators in Kirkuk=IRQ/CVL']],
    ['The army of Sudan denied the report.', ['The army of Sudan=SDN/MIL']],
    ['Egyptian riot police cleared the square.', ['Egyptian riot police=EGY/COP']],
    ["Myanmar's military junta extended the emergency.", ["Myanmar's military junta=MMR/MIL"]],
    ['Syrian pro-government militias moved north.', ['Syrian pro-government militias=SYR/REB']],
    ['US troops and UK officials arrived.', ['US troops=USA/MIL', 'UK officials=GBR/GOV']],
    ['Moscow police detained two activists.', ['Moscow police=RUS/COP', 'activists=RUS/CVL']],
    ['NATO troops patrolled the border.', ['NATO troops=NATO/MIL']],
    ['Refugees from Syria crossed into Jordan.', ['Refugees from Syria=SYR/REF', 'Jordan=JOR']],
    ['Russian and Ukrainian troops exchanged fire.', ['Russian=RUS/MIL', 'Ukrainian troops=UKR/MIL']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('an election body is part of the government of its context', () => {
    expect(mentions('Malawi’s opposition called on the electoral commission to recount the ballots.')).toEqual([
      'Malawi’s opposition=MWI/OPP', 'the electoral commission=MWI/GOV',
    ]);
  });

  it('names the way the country was found in the rule', () => {
    expect(rules("Egyptian police and Nigeria's army and police in Cairo and Kremlin officials.")).toEqual([
      'Egyptian police:actors.sector-demonym',
      "Nigeria's army:actors.sector-possessive",
      'police in Cairo:actors.sector-place',
      'Kremlin officials:actors.sector-city',
    ]);
  });
});

describe('named armed groups, parties and movements', () => {
  const cases: Array<[string, string[]]> = [
    ['The Taliban seized the district.', ['The Taliban=AFG/REB']],
    ['Hezbollah fired rockets and Hamas claimed a raid.', ['Hezbollah=LBN/REB', 'Hamas=PSE/REB']],
    ['Somali officials said al-Shabaab attacked a base.', ['Somali officials=SOM/GOV', 'al-Shabaab=SOM/REB']],
    ['Boko Haram and the PKK were named.', ['Boko Haram=NGA/REB', 'PKK=TUR/REB']],
    ['The Wagner Group left Mali.', ['The Wagner Group=RUS/MIL', 'Mali=MLI']],
    ['M23 rebels took Goma.', ['M23 rebels=COD/REB']],
    ['Tigrayan forces pulled back and the Peshmerga held the ridge.', ['Tigrayan forces=ETH/REB', 'the Peshmerga=IRQ/MIL']],
    ['Renamo rejected the count and the Gulf Clan denied the attack.', ['Renamo=MOZ/OPP', 'Gulf Clan=COL/REB']],
    // A legislature known by its own name is its country's, whatever state the sentence names.
    ['Chinese envoys addressed the Knesset and then the Bundestag.', ['Chinese=CHN', 'the Knesset=ISR/LEG', 'the Bundestag=DEU/LEG']],
    // A country word before a group gives its country: the group's sector stays.
    ['The Pakistani Hamas cell and the Afghan Taliban denied it.', ['Pakistani Hamas=PAK/REB', 'Afghan Taliban=AFG/REB']],
    // Transnational groups take the country of their context.
    ['Islamic State fighters attacked a checkpoint in Syria.', ['Islamic State fighters=SYR/REB', 'Syria=SYR']],
    // …not the country of another group named before it.
    ['Hamas fired rockets at Israeli towns. Islamic State later claimed a suicide bombing in Peshawar.',
      ['Hamas=PSE/REB', 'Israeli=ISR', 'Islamic State=PAK/REB']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('bare sector nouns take the country of their context', () => {
  const cases: Array<[string, string[], string[]]> = [
    [
      'Egyptian police clashed with Palestinian protesters. Police arrested twenty people.',
      ['Egyptian police=EGY/COP', 'Palestinian protesters=PSE/CVL', 'Police=EGY/COP'],
      ['actors.sector-demonym', 'actors.sector-demonym', 'actors.sector-antecedent'],
    ],
    [
      // The subject of the noun's own verb outranks a force of the same kind named before it.
      'Ugandan troops held the ridge. Rwanda has deployed 300 more troops near the border.',
      ['Ugandan troops=UGA/MIL', 'Rwanda=RWA', 'troops=RWA/MIL'],
      ['actors.sector-demonym', 'actors.name', 'actors.sector-subject'],
    ],
    [
      // …but only when a verb stands between them: "while" opens another clause, Rwanda is no subject of it.
      'Ugandan troops patrolled the border with Rwanda while troops dug trenches nearby.',
      ['Ugandan troops=UGA/MIL', 'Rwanda=RWA', 'troops=UGA/MIL'],
      ['actors.sector-demonym', 'actors.name', 'actors.sector-antecedent'],
    ],
    [
      'Ugandan troops held the ridge near Kenya. Rwanda quickly sent 300 troops near the border.',
      ['Ugandan troops=UGA/MIL', 'Kenya=KEN', 'Rwanda=RWA', 'troops=RWA/MIL'],
      ['actors.sector-demonym', 'actors.name', 'actors.name', 'actors.sector-subject'],
    ],
    [
      'Ugandan troops held the ridge. Rwanda said the troops had crossed near the village.',
      ['Ugandan troops=UGA/MIL', 'Rwanda=RWA', 'troops=UGA/MIL'],
      ['actors.sector-demonym', 'actors.name', 'actors.sector-antecedent'],
    ],
    [
      'Mali gave the French ambassador three days to leave. The junta also suspended two French broadcasters.',
      ['Mali=MLI', 'French ambassador=FRA/GOV', 'The junta=MLI/MIL', 'French broadcasters=FRA/MED'],
      ['actors.name', 'actors.title-country', 'actors.sector-subject-before', 'actors.sector-demonym'],
    ],
    [
      // "the government" is the state the sentence before is about, not the one it named last
      'Peru shut its border crossings with Bolivia on Monday. The government also recalled its envoy.',
      ['Peru=PER', 'Bolivia=BOL', 'The government=PER/GOV'],
      ['actors.name', 'actors.name', 'actors.sector-subject-before'],
    ],
    [
      // a state that calls on "the government" addresses another state's; one that says so reports its own
      'Peru shut its border with Bolivia. Chile and Brazil urged the government to reopen it.',
      ['Peru=PER', 'Bolivia=BOL', 'Chile=CHL', 'Brazil=BRA', 'the government=PER/GOV'],
      ['actors.name', 'actors.name', 'actors.name', 'actors.name', 'actors.sector-subject-before'],
    ],
    [
      // the verbs of asking and ordering (clause-words.yaml order-verbs) address it too
      'Peru shut its border with Bolivia. Chile and Brazil persuaded the government to reopen it.',
      ['Peru=PER', 'Bolivia=BOL', 'Chile=CHL', 'Brazil=BRA', 'the government=PER/GOV'],
      ['actors.name', 'actors.name', 'actors.name', 'actors.name', 'actors.sector-subject-before'],
    ],
    [
      'Peru shut its border with Bolivia. Chile said the government would reopen its own crossings.',
      ['Peru=PER', 'Bolivia=BOL', 'Chile=CHL', 'the government=CHL/GOV'],
      ['actors.name', 'actors.name', 'actors.name', 'actors.sector-sentence'],
    ],
    [
      'Riot police fired tear gas at crowds in Nairobi.',
      ['Riot police=KEN/COP', 'crowds in Nairobi=KEN/CVL'],
      ['actors.sector-place-after', 'actors.sector-place'],
    ],
    [
      'Kenya raised taxes. Kenya borrowed more.\n\nThe next day protesters stormed parliament.',
      ['Kenya=KEN', 'Kenya=KEN', 'protesters=KEN/CVL', 'parliament=KEN/LEG'],
      // "parliament", an institution, looks back two sentences across the paragraph break (news often
      // writes one sentence a paragraph); the crowd takes the document's main country
      ['actors.name', 'actors.name', 'actors.sector-main-country', 'actors.sector-subject-before'],
    ],
    [
      'Kenya raised taxes. Kenya borrowed more. Protesters gathered.',
      ['Kenya=KEN', 'Kenya=KEN', 'Protesters=KEN/CVL'],
      ['actors.name', 'actors.name', 'actors.sector-paragraph'],
    ],
    [
      'LAGOS, May 3 – Police arrested dozens of students.',
      ['Police=NGA/COP', 'students=NGA/EDU'],
      ['actors.sector-sentence', 'actors.sector-sentence'],
    ],
  ];
  it.each(cases)('%s', (text, expected, expectedRules) => {
    const r = analyseFixture(text, '2024-06-01');
    expect(r.mentions.map((m) => show(text, m))).toEqual(expected);
    expect(r.mentions.map((m) => m.rule)).toEqual(expectedRules);
  });

  it('resolves by the document dateline when the text names no state', () => {
    const text = 'LAGOS (Reuters) - Dozens were hurt.\n\nLater, police arrested dozens.';
    const r = analyseFixture(text, '2024-06-01');
    expect(r.mentions.map((m) => `${show(text, m)}:${m.rule}`)).toEqual(['police=NGA/COP:actors.sector-dateline']);
  });

  it('marks context-resolved nouns via pronoun and groups via organisation', () => {
    const text = 'Kenya raised taxes. Police and ISIS were blamed.';
    const vias = analyseFixture(text, '2024-06-01').mentions.map((m) => `${text.slice(m.span.start, m.span.end)}:${m.via}`);
    expect(vias).toEqual(['Kenya:name', 'Police:pronoun', 'ISIS:organisation']);
  });
});

describe('people not in the leaders lexicon, from title and nationality', () => {
  const cases: Array<[string, string[]]> = [
    ['Nigerian President Olusegun Obasanjo arrived.', ['Nigerian President Olusegun Obasanjo=NGA/GOV']],
    ['A senior Iranian commander warned Israel.', ['Iranian commander=IRN/MIL', 'Israel=ISR']],
    ['The Egyptian ambassador was summoned.', ['Egyptian ambassador=EGY/GOV']],
    ['Foreign Minister Jane Doe of Peru left early.', ['Foreign Minister Jane Doe of Peru=PER/GOV']],
    ["Colombia's defence minister resigned.", ["Colombia's defence minister=COL/GOV"]],
    ['An opposition leader in Minsk was detained.', ['opposition leader in Minsk=BLR/OPP']],
    ["Iran's top general said the drills would go on.", ["Iran's top general=IRN/MIL"]],
    ['Judge Maria Santos of Brazil ruled on Friday.', ['Judge Maria Santos of Brazil=BRA/JUD']],
    ['Kenyan opposition leader Raila Amollo spoke.', ['Kenyan opposition leader Raila Amollo=KEN/OPP']],
    ['A Pakistani senator and a Turkish judge spoke.', ['Pakistani senator=PAK/LEG', 'Turkish judge=TUR/JUD']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('gives leaders of states the GOV sector, and keeps title and name one mention', () => {
    const text = 'Russian President Putin spoke. He was brief.';
    const r = analyseFixture(text, '2024-06-01');
    expect(r.mentions.map((m) => show(text, m))).toEqual(['Russian President Putin=RUS/GOV', 'He=RUS/GOV']);
  });
});

describe('what is not a sub-state actor', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a noun used as a modifier', 'A police station was set on fire.', []],
    ['"army of" a non-country', 'The army of supporters cheered the singer.', []],
    ['an ethnic adjective without a sector noun', 'Kurdish cuisine is popular in the region.', []],
    ['a court of opinion', 'The plan lost in the foreign-policy court of opinion.', []],
    ['an adjective use of a sector word', 'Military aid to the region rose sharply.', []],
    ['a general noun that needs a country', 'Market forces drove prices up.', []],
    ['compound modifiers', 'The government-backed bonds and anti-government graffiti were seen.', []],
    ['a lowercase general', 'In general the talks went well.', []],
    ['a modifier title', 'Kenyan general elections were held.', ['Kenyan=KEN']],
    ['"X-backed": the country backs, it is not the noun\'s', 'Iranian-backed militias attacked a convoy.', ['Iranian=IRN']],
    ['"pro-X": the side a group takes is no actor at all', 'Pro-Russian separatists shelled the town.', []],
    ['"pro-X" before a demonym: the demonym is the group\'s', 'Ten pro-Palestinian Turkish activists were detained.', ['Turkish activists=TUR/CVL']],
    ['a group that belongs to one state keeps it where it stands', 'Hamas officials in Cairo met Egyptian mediators.', ['Hamas officials=PSE/REB', 'Cairo=EGY', 'Egyptian=EGY']],
    ['troops of an organisation keep their old reading', 'Troops of the Collective Security Treaty Organization left.', ['Collective Security Treaty Organization=CSTO']],
    ['a city that is not an actor stays no actor', 'The delegation visited Kirkuk.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('leaves a bare noun unresolved when nothing in context names a state', () => {
    const r = analyseFixture('Police arrested dozens as protesters clashed with security forces.', '2024-06-01');
    expect(r.mentions).toEqual([]);
    expect(r.diagnostics.filter((d) => d.rule === 'actors.unresolved-sector')).toHaveLength(3);
  });
});

describe('refinements of context and phrase', () => {
  it('takes "the army" back only to an army, not to any soldiers named before', () => {
    const text = "Kenya's army patrolled the north. Ugandan troops crossed the river. The army said two men died.";
    const r = analyseFixture(text, '2024-06-01');
    const army = r.mentions.find((m) => text.slice(m.span.start, m.span.end) === 'The army');
    expect(army?.rule).toBe('actors.sector-antecedent');
    expect(army?.code).toBe('KEN');
  });

  it('reads a country name before a capitalised force as one proper name', () => {
    expect(mentions('The Pakistan Army and the China Coast Guard were named.')).toEqual(['Pakistan Army=PAK/MIL', 'China Coast Guard=CHN/COP']);
  });

  it('does not read "military clashes" or "in opposition to" as actors', () => {
    expect(mentions('Armenia reported military clashes. Voters stood in opposition to the plan.')).toEqual(['Armenia=ARM']);
  });
});
