// MATERIAL event types (COERCE, ASSAULT, MOBILIZE, SANCTION, PROTEST, AID, RETREAT, COOPERATE) in the
// phrasings real copy uses; every sentence is the team's own.
import { describe, expect, it } from 'vitest';
import { eventsOf, sectorsOf } from '../../test-support/event-strings.js';

/** Only the events of one type. */
function typed(type: string, text: string): string[] {
  return eventsOf(text).filter((e) => e.startsWith(`${type} `));
}

describe('causative verbs: the party made to act does the deed', () => {
  it('"led X to break ties": X breaks them', () => {
    expect(typed('SANCTION', 'The border incident led Bolivia to break ties with Paraguay on Monday.')).toEqual(['SANCTION BOL>PRY occurred']);
  });
  it('"prompted X to deploy troops": X deploys', () => {
    expect(typed('MOBILIZE', 'The looting prompted Malawi to deploy soldiers to the Mozambican border.')).toContain('MOBILIZE MWI>MOZ occurred');
  });
  it('"forced"-like verbs of asking stay requests: "urged X to break ties" is no sanction', () => {
    expect(typed('SANCTION', 'Argentina urged Bolivia to break ties with Paraguay.')).toEqual([]);
  });
  it('a causation only possible is no deed', () => {
    expect(typed('SANCTION', 'Analysts said the dispute could lead Bolivia to break ties with Paraguay.')).toEqual([]);
  });
  it('a causation denied is no deed', () => {
    expect(typed('SANCTION', 'The incident did not lead Bolivia to break ties with Paraguay.')).toEqual([]);
  });
});

describe('forces sent in a passive act for their own state', () => {
  it('"Zambian troops were sent to X" is a mobilisation by Zambia', () => {
    expect(typed('MOBILIZE', 'Zambian troops were sent to Mozambique last month.')).toEqual(['MOBILIZE ZMB>MOZ occurred']);
  });
  it('planned in the future', () => {
    expect(typed('MOBILIZE', 'Rwandan police officers will be deployed to the Central African Republic.')).toEqual(['MOBILIZE RWA>CAF planned']);
  });
  it('a "by" phrase names the sender instead', () => {
    expect(typed('MOBILIZE', 'Nepalese soldiers were deployed to Lebanon by the United Nations.')).not.toContain('MOBILIZE NPL>LBN occurred');
  });
  it('bare "peacekeepers", whose state is only guessed from context, name no sender', () => {
    expect(typed('MOBILIZE', 'Uganda asked the regional bloc for help. Peacekeepers were deployed to Uganda a week later.')).toEqual([]);
  });
  it('people who are no forces sent are no mobilisation', () => {
    expect(typed('MOBILIZE', 'Cuban doctors were sent to Italy during the pandemic.')).toEqual([]);
  });
});

describe('people captured are arrests', () => {
  it('active, with a demonym object', () => {
    expect(typed('COERCE', 'Bolivian police captured three Peruvians near the lake.')).toEqual(['COERCE BOL>PER occurred']);
  });
  it('passive with the place as the captor', () => {
    expect(typed('COERCE', 'Four Chileans were captured in Bolivia on Sunday.')).toEqual(['COERCE BOL>CHL occurred']);
  });
  it('a town captured stays an assault, not an arrest', () => {
    expect(typed('COERCE', 'Ethiopian forces captured the Eritrean town of Tesseney.')).toEqual([]);
  });
  it('capturing attention is no arrest', () => {
    expect(typed('COERCE', 'The Peruvian film captured the attention of Chilean viewers.')).toEqual([]);
  });
  it('a denied capture is no event', () => {
    expect(typed('COERCE', 'Bolivia said its police had not captured any Peruvians.')).toEqual([]);
  });
});

describe('trade privileges withdrawn: dropped from a whitelist', () => {
  it('dropped from a whitelist of trusted partners', () => {
    expect(typed('SANCTION', 'Vietnam dropped Cambodia from its whitelist of trusted trading partners on Friday.')).toEqual(['SANCTION VNM>KHM occurred']);
  });
  it('"will remove" is planned', () => {
    expect(typed('SANCTION', 'Thailand said it will remove Laos from its list of preferential trading partners.')).toEqual(['SANCTION THA>LAO planned']);
  });
  it('removed from any other list is no sanction', () => {
    expect(typed('SANCTION', 'Thailand removed Laos from the list of speakers at the forum.')).toEqual([]);
  });
  it('a threat to drop a partner is no sanction', () => {
    expect(typed('SANCTION', 'Vietnam threatened to drop Cambodia from its whitelist.')).toEqual([]);
  });
});

describe('trade restrictions under other names', () => {
  it('curbs on imports from a state', () => {
    expect(typed('SANCTION', 'Poland imposed curbs on grain imports from Ukraine in April.')).toContain('SANCTION POL>UKR occurred');
  });
  it('tighter regulations on exports to a state', () => {
    expect(typed('SANCTION', 'Taiwan imposed tighter regulations on chip exports to China.')).toContain('SANCTION TWN>CHN occurred');
  });
  it('curbs only weighed are no sanction', () => {
    expect(typed('SANCTION', 'Poland is considering curbs on grain imports from Ukraine.')).toEqual([]);
  });
  it('regulations with no state on the other side are no sanction', () => {
    expect(typed('SANCTION', 'Poland imposed new regulations on grain traders.')).toEqual([]);
  });
});

describe('amounts with glosses and hyphenated words stay one phrase', () => {
  it('a converted sum in brackets before "in loans to X"', () => {
    expect(typed('AID', 'South Korea will provide 90 billion won (US$70 million) in concessional loans to Laos.')).toEqual(['AID KOR>LAO planned']);
  });
  it('a hyphenated adjective inside the "in" phrase', () => {
    expect(typed('AID', 'South Korea will provide 90 billion won in low-interest loans to Laos.')).toEqual(['AID KOR>LAO planned']);
  });
  it('a gloss naming an actor is no gloss: the phrase stops', () => {
    expect(typed('AID', 'South Korea will provide 90 billion won (half of it from Japan) for roads.')).toEqual([]);
  });
  it('aid only weighed stays no event', () => {
    expect(typed('AID', 'South Korea is considering providing 90 billion won (US$70 million) in loans to Laos.')).toEqual([]);
  });
});

describe('a list of deeds after one subject', () => {
  it('"imposed a curfew, called in the army": the army called in by the same government', () => {
    expect(sectorsOf('Tunisia imposed a curfew, called in the army and closed the schools in Sfax.')).toContain('MOBILIZE TUN/GOV>TUN/CVL');
  });
  it('"shelled villages, captured soldiers": both deeds are the subject\'s', () => {
    expect(typed('COERCE', 'Eritrea shelled Ethiopian villages, captured four Ethiopian soldiers and seized a hill.')).toContain('COERCE ERI>ETH occurred');
  });
  it('after a verb of saying the list is the speaker\'s report, not its deeds', () => {
    expect(typed('COERCE', 'Ethiopia said, captured four soldiers in the night.')).toEqual([]);
  });
});

describe('envoys recalled and expelled', () => {
  it('a passive recall: the envoy\'s own state recalls, the host state is the other side', () => {
    expect(typed('SANCTION', 'The Ghanaian ambassador to Nigeria will be recalled for consultations.')).toEqual(['SANCTION GHA>NGA planned']);
  });
  it('a bare weekday after the envoy (wire style) keeps the envoy: an expulsion, not a deportation', () => {
    expect(eventsOf('Burkina Faso expelled the French ambassador Tuesday.')).toEqual(['SANCTION BFA>FRA occurred']);
  });
  it('a recalled envoy with no state of its own names nobody', () => {
    expect(typed('SANCTION', 'The ambassador was recalled on Monday.')).toEqual([]);
  });
  it('diplomatic immunity revoked', () => {
    expect(typed('SANCTION', 'Niger\'s junta revoked the French ambassador\'s diplomatic immunity.')).toEqual(['SANCTION NER>FRA occurred']);
  });
});

describe('arrests told with light verbs', () => {
  it('"took X into custody"', () => {
    expect(typed('COERCE', 'Georgian police took two Armenian activists into custody.')).toEqual(['COERCE GEO>ARM occurred']);
  });
  it('a passive custody with the place as captor', () => {
    expect(typed('COERCE', 'Three Uzbek citizens were taken into custody in Kazakhstan.')).toEqual(['COERCE KAZ>UZB occurred']);
  });
  it('"placed X under house arrest"', () => {
    expect(typed('COERCE', 'Egypt placed the Sudanese activist under house arrest.')).toEqual(['COERCE EGY>SDN occurred']);
  });
  it('custody of a thing is no arrest', () => {
    expect(typed('COERCE', 'The Georgian museum took the Armenian manuscript into its custody.')).toEqual([]);
  });
  it('a denied custody is no event', () => {
    expect(typed('COERCE', 'Georgia denied that its police had taken the Armenian activists into custody.')).toEqual([]);
  });
});

describe('entry denied', () => {
  it('"denied entry to" foreign journalists', () => {
    expect(typed('COERCE', 'Serbia denied entry to two Croatian journalists at the border.')).toEqual(['COERCE SRB>HRV occurred']);
  });
  it('a denial of something else is no restriction', () => {
    expect(typed('COERCE', 'Serbia denied the Croatian report.')).toEqual([]);
  });
});

describe('aid given as money or rescuers', () => {
  it('"allocated $50 million to X"', () => {
    expect(typed('AID', 'The Asian Development Bank allocated $50 million to Nepal for flood relief.')).toEqual(['AID ADB>NPL occurred']);
  });
  it('"granted 5 million yuan to X"', () => {
    expect(typed('AID', 'China granted 5 million yuan to Laos last year.')).toEqual(['AID CHN>LAO occurred']);
  });
  it('money allocated at home names no other side', () => {
    expect(typed('AID', 'Mongolia allocated $20 million for its army.')).toEqual([]);
  });
  it('"dispatched rescue teams to X"', () => {
    expect(typed('AID', 'Greece dispatched rescue teams to Turkey after the earthquake.')).toEqual(['AID GRC>TUR occurred']);
  });
  it('teams of diplomats are no aid', () => {
    expect(typed('AID', 'Greece dispatched a team of diplomats to Turkey.')).toEqual([]);
  });
});

describe('protests and trade halts under other verbs', () => {
  it('a consulate picketed', () => {
    expect(typed('PROTEST', 'Activists picketed the Russian embassy in Tallinn.')).toEqual(['PROTEST EST>RUS occurred']);
  });
  it('a state that "pickets" nothing: only crowds picket', () => {
    expect(typed('PROTEST', 'Estonia picketed the Russian consulate.')).not.toContain('PROTEST EST>RUS occurred');
  });
  it('trade halted "with" a state', () => {
    expect(typed('SANCTION', 'Colombia halted all trade with Venezuela in 2015.')).toEqual(['SANCTION COL>VEN occurred']);
  });
  it('a halt only demanded is no sanction', () => {
    expect(typed('SANCTION', 'Activists urged Colombia to halt all trade with Venezuela.')).toEqual([]);
  });
});

describe('gerunds and the deeds of the accused', () => {
  it('"resumed shelling of X": the "of" phrase is what is shelled', () => {
    expect(typed('ASSAULT', 'Eritrean artillery resumed shelling of Ethiopian border towns.')).toEqual(['ASSAULT ERI>ETH occurred']);
  });
  it('"accused X of opening fire on Y": the deed of the accused, as for other deeds', () => {
    expect(typed('ASSAULT', 'Tajikistan accused Kyrgyz troops of opening fire on Tajik border posts.')).toEqual(['ASSAULT KGZ>TJK occurred']);
  });
  it('"accused X of opening" something that is no fire is no assault', () => {
    expect(typed('ASSAULT', 'Tajikistan accused Kyrgyzstan of opening a new road.')).toEqual([]);
  });
  it('a halt of shelling is no shelling', () => {
    expect(typed('ASSAULT', 'The army stopped shelling of Ethiopian border towns.')).toEqual([]);
  });
});

describe('stages and tranches: the deed after "of" is told, not a topic', () => {
  it('"the first phase of its withdrawal from X" begun', () => {
    expect(typed('RETREAT', 'Armenia began the first phase of its withdrawal from Nakhchivan border posts in Azerbaijan.')).toContain('RETREAT ARM>AZE occurred');
  });
  it('"the first tranche of a loan to X" disbursed', () => {
    expect(typed('AID', 'The IMF disbursed the first tranche of a loan to Sri Lanka.')).toEqual(['AID IMF>LKA occurred']);
  });
  it('a phase only discussed is no deed', () => {
    expect(typed('RETREAT', 'Analysts discussed the first phase of the ceasefire between Armenia and Azerbaijan.')).toEqual([]);
  });
});

describe('aid given through a "with" phrase, and funding', () => {
  it('"supported X with a sum" is aid, not an endorsement', () => {
    expect(eventsOf('Norway will support Malawi with 40 million dollars for school meals.')).toEqual(['AID NOR>MWI planned']);
  });
  it('"helped X with weapons" is aid', () => {
    expect(typed('AID', 'Poland helped Lithuania with ammunition last winter.')).toEqual(['AID POL>LTU occurred']);
  });
  it('support for a position, or help with plans, stays no aid', () => {
    expect(typed('AID', 'Poland supported Lithuania with a statement at the summit.')).toEqual([]);
    expect(typed('AID', 'Japan helped Vietnam with its reform plans.')).toEqual([]);
  });
  it('funding a project in a country is aid to that country', () => {
    expect(typed('AID', 'Sweden will fund a new hospital in Zambia.')).toEqual(['AID SWE>ZMB planned']);
  });
});

describe('an event noun as the subject of a passive verb takes its "by" phrase as the doer', () => {
  it('"sanctions on X were imposed by Y": Y sanctions X', () => {
    expect(typed('SANCTION', 'Sanctions on Belarus were imposed by Canada on Monday.')).toEqual(['SANCTION CAN>BLR occurred']);
  });
  it('"strikes on X were carried out by Y": Y attacks X', () => {
    expect(typed('ASSAULT', 'Air strikes on Syria were carried out by Turkey overnight.')).toEqual(['ASSAULT TUR>SYR occurred']);
  });
  it('whoever criticises or threatens the deed did not do it', () => {
    expect(typed('SANCTION', 'Sanctions on Belarus were criticised by Hungary.')).toEqual([]);
    expect(typed('SANCTION', 'Sanctions on Belarus were threatened by Canada.')).toEqual([]);
  });
});
