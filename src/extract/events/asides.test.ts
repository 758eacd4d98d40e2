/**
 * Asides between a subject and its verb (session 9, from the lead's own sentences): a participle clause
 * set off by commas tells more of the subject, and a time or place phrase after a party is no title-and-name
 * apposition for the phrase rules.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

const ofType = (type: string, text: string) => eventsOf(text).filter((e) => e.startsWith(`${type} `));

describe('a participle aside keeps the subject of the verb after it', () => {
  it.each([
    ['The Chilean foreign minister, speaking in Lima on Tuesday, accused Bolivia of stalling the talks.', 'ACCUSE CHL>BOL occurred'],
    ['Ghana\'s president, speaking to reporters in Accra, condemned Burkina Faso\'s decision.', 'ACCUSE GHA>BFA occurred'],
    ['The Malian army, backed by helicopter gunships, attacked rebels near Kidal on Sunday.', 'ASSAULT MLI>MLI occurred'],
    ['Tanzania, citing health concerns, closed its border with Burundi.', 'SANCTION TZA>BDI occurred'],
    ['The Moroccan government, angered by the remarks, recalled its ambassador from Algeria.', 'SANCTION MAR>DZA occurred'],
    ['Qatar, whose mediators had brokered the last truce, criticised Israel on Sunday for the new offensive.', 'ACCUSE QAT>ISR occurred'],
    ['Nigeria\'s foreign ministry, in a statement released on Monday, accused Niger of closing the border.', 'ACCUSE NGA>NER occurred'],
  ])('%s', (text, expected) => {
    const type = expected.split(' ')[0]!;
    expect(ofType(type, text).map((e) => e.replace(/\/[A-Z]{3}/g, ''))).toContain(expected);
  });
  it('the place named inside the aside does not act', () => {
    expect(ofType('ACCUSE', 'The Chilean foreign minister, speaking in Lima on Tuesday, accused Bolivia of stalling the talks.').some((e) => e.startsWith('ACCUSE PER'))).toBe(false);
  });
});

describe('a time phrase after a party is no apposition', () => {
  it('the party met in a relative clause does not accuse', () => {
    const text = 'The Croatian prime minister, who met the Slovenian prime minister on Friday, accused Serbia of meddling.';
    expect(ofType('ACCUSE', text).map((e) => e.replace(/\/[A-Z]{3}/g, ''))).toEqual(['ACCUSE HRV>SRB occurred']);
  });
  it('an unlisted title and name still reads ("sanctions envoy Maria Lopez visited …")', () => {
    expect(ofType('CONSULT', 'Spanish sanctions envoy Maria Lopez visited Caracas on Monday.')).toContain('CONSULT ESP>VEN occurred');
  });
});

describe('a listing as a terrorist body is a sanction', () => {
  it.each([
    ['Australia listed the Houthis as a terrorist organisation on Friday.', 'SANCTION AUS>YEM occurred'],
    ['The United States designated the Houthis as a terrorist group in January.', 'SANCTION USA>YEM occurred'],
  ])('%s', (text, expected) => {
    expect(ofType('SANCTION', text).map((e) => e.replace(/\/[A-Z]{3}/g, ''))).toContain(expected);
  });
  it('a partner listed as a partner is no sanction', () => {
    expect(ofType('SANCTION', 'The Thai prime minister listed Vietnam as a key partner.')).toEqual([]);
  });
});

describe('a wrongdoing told with its teller after it is an accusation', () => {
  it.each([
    ['Kosovo has violated the Brussels agreement, the Serbian government said on Friday.', 'ACCUSE SRB>XKX occurred'],
    ['“Pakistan is sponsoring cross-border terrorism,” the Indian foreign ministry said in a statement.', 'ACCUSE IND>PAK occurred'],
  ])('%s', (text, expected) => {
    expect(ofType('ACCUSE', text).map((e) => e.replace(/\/[A-Z]{3}/g, ''))).toContain(expected);
  });
  it('a denial told that way is none', () => {
    expect(ofType('ACCUSE', 'Kosovo has not violated the Brussels agreement, the Serbian government said on Friday.')).toEqual([]);
  });
});

describe('land handed over is a withdrawal, not a suspect extradited', () => {
  it('villages handed over', () => {
    const events = eventsOf('Kyrgyzstan handed over two villages near the border to Tajikistan on Monday.');
    expect(events).toContain('RETREAT KGZ>TJK occurred');
    expect(events.some((e) => e.startsWith('COOPERATE'))).toBe(false);
  });
  it('a suspect handed over stays judicial cooperation', () => {
    expect(eventsOf('Georgia handed over the suspect to Armenia on Monday.')).toContain('COOPERATE GEO>ARM occurred');
  });
});

describe('a pledge for the future is no habit', () => {
  it('"will always stand by"', () => {
    expect(ofType('SUPPORT', 'Greece will always stand by Cyprus, the Greek prime minister said.').some((e) => e.startsWith('SUPPORT GRC>CYP'))).toBe(true);
  });
});

describe('courts at home', () => {
  it('a sentence passed on an unnamed citizen is against that state\'s civilians', () => {
    expect(eventsOf('An Egyptian court sentenced a prominent blogger to five years in prison on Monday.')).toContain('SANCTION EGY>EGY occurred');
  });
  it('a foreign citizen sentenced stays against that citizen\'s state', () => {
    expect(eventsOf('An Iranian court sentenced a French citizen to eight years in prison.')).toContain('SANCTION IRN>FRA occurred');
  });
  it('a petition or appeal "by" a party is that party\'s', () => {
    expect(eventsOf('Pakistan\'s Supreme Court rejected an appeal by the opposition against the election result.')).toContain('REJECT PAK>PAK occurred');
  });
});

describe('aid held back is no aid given', () => {
  it.each([
    'Poland blocked a NATO aid package for Georgia on Tuesday.',
    'The Netherlands froze development aid to Mali after the coup.',
  ])('%s', (text) => {
    expect(eventsOf(text).some((e) => e.startsWith('AID '))).toBe(false);
  });
});

describe('a speech act rejected with no party named is the other party\'s of the sentence before', () => {
  it.each([
    ['Lithuania accused Belarus of sending migrants over the border. Minsk rejected the accusation.', 'REJECT BLR>LTU occurred'],
    ['The African Union called on Mali to hold elections this year. The junta dismissed the demand.', 'REJECT MLI>AU occurred'],
  ])('%s', (text, expected) => {
    expect(ofType('REJECT', text).map((e) => e.replace(/\/[A-Z]{3}/g, ''))).toContain(expected);
  });
  it('a rejection of a party named in its own phrase keeps that party', () => {
    expect(ofType('REJECT', 'Lithuania accused Belarus of sending migrants. Minsk rejected Poland\'s claims.').map((e) => e.replace(/\/[A-Z]{3}/g, ''))).toEqual(['REJECT BLR>POL occurred']);
  });
});

describe('review: a place or time phrase before a late object', () => {
  it('the doer keeps its deed ("expelled on Friday three Russian diplomats")', () => {
    expect(ofType('SANCTION', 'Moldova expelled on Friday three Russian diplomats.').map((e) => e.replace(/\/[A-Z]{3}/g, ''))).toEqual(['SANCTION MDA>RUS occurred']);
  });
  it('the late object is never made the doer ("detained in Istanbul on Monday two Swedish journalists")', () => {
    expect(ofType('COERCE', 'Turkey detained in Istanbul on Monday two Swedish journalists.').some((e) => e.startsWith('COERCE SWE'))).toBe(false);
  });
  it('a reduced relative still reads ("a journalist detained in Turkey since May was freed")', () => {
    expect(ofType('COERCE', 'A Swedish journalist detained in Turkey since May was freed on Friday.').some((e) => e.startsWith('COERCE TUR'))).toBe(true);
  });
});

describe('review: the capital where the sentence before happened is no party of it', () => {
  it('"met in Ankara" lends no target to a rejection after it', () => {
    expect(ofType('REJECT', 'The two leaders met in Ankara on Monday. Greece rejected the accusation.')).toEqual([]);
  });
});

describe('review: an envoy after an abbreviated state acts for that state', () => {
  it('"The U.S. ambassador to the United Nations accused …"', () => {
    expect(ofType('ACCUSE', 'The U.S. ambassador to the United Nations accused Iran of arming the Houthis.').map((e) => e.replace(/\/[A-Z]{3}/g, ''))).toEqual(['ACCUSE USA>IRN occurred']);
  });
});

describe('a time or cause adjunct owns the phrases after it', () => {
  it.each([
    ['EU ministers agreed on Tuesday to expand sanctions against Belarus after its crackdown on Lithuanian journalists.', 'SANCTION EU>BLR'],
    ['Britain agreed to broaden its sanctions against Iran since its attacks on Israeli ships.', 'SANCTION GBR>IRN'],
  ])('%s', (text, expected) => {
    expect(ofType('SANCTION', text).map((e) => e.split(' ').slice(0, 2).join(' ').replace(/\/[A-Z]{3}/g, ''))).toEqual([expected]);
  });
});
