import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import { actorsByName } from '../../test-support/mentions.js';
import { findDates } from '../dates/date-extractor.js';
import { extractEvents } from './event-extractor.js';

// Dating and status read through the whole event path, with the real date extractor, on our own sentences.
const NAMES: Record<string, string> = {
  Chile: 'CHL', Chilean: 'CHL', Bachelet: 'CHL', Santiago: 'CHL',
  Peru: 'PER', Peruvian: 'PER', Lima: 'PER',
  Norway: 'NOR', Norwegian: 'NOR', Oslo: 'NOR',
  Ghana: 'GHA', Ghanaian: 'GHA', Accra: 'GHA',
  Togo: 'TGO', Togolese: 'TGO', 'Lomé': 'TGO',
};

function events(text: string, published: string | null): string[] {
  const { events: out } = extractEvents({
    text, sentences: splitSentences(text), actors: actorsByName(text, NAMES),
    dates: findDates(text, { date: published }), quotes: [], published,
  });
  return out.map((e) => `${e.type} ${e.source}>${e.target} ${e.status}${e.date ? ` ${e.date.from}..${e.date.to}` : ''}`);
}

describe('weekdays against the document date', () => {
  it('a past weekday is the last such day on or before the document date', () => {
    expect(events('Chile signed a fisheries accord with Peru on Tuesday.', '2017-08-10')).toEqual(['AGREE CHL>PER occurred 2017-08-08..2017-08-08']);
  });

  it('a future weekday is the next such day', () => {
    expect(events('Chile will sign a fisheries accord with Peru on Tuesday.', '2017-08-10')).toEqual(['AGREE CHL>PER planned 2017-08-15..2017-08-15']);
  });
});

describe('days told relative to another', () => {
  it('"the next day" follows the day told before', () => {
    const text = 'The Chilean president arrived in Lima on 3 March 2016. The next day Chile signed a trade accord with Peru.';
    expect(events(text, '2016-03-06')).toContain('AGREE CHL>PER occurred 2016-03-04..2016-03-04');
  });

  it('"two days later" counts from the day told before', () => {
    const text = 'Norway and Ghana held talks in Oslo on 3 March 2016. Two days later, Norway signed an oil accord with Ghana.';
    expect(events(text, '2016-03-08')).toContain('AGREE NOR>GHA occurred 2016-03-05..2016-03-05');
  });

  it('"during the visit" takes the day of the visit just told', () => {
    const text = 'Bachelet paid a state visit to Peru on 3 March 2016. During the visit, Chile signed an accord on ports with Peru.';
    expect(events(text, '2016-03-08')).toContain('AGREE CHL>PER occurred 2016-03-03..2016-03-03');
  });
});

describe('a paragraph\'s earlier time', () => {
  it('dates a later undated deed of the paragraph', () => {
    const text = 'Talks opened in Oslo on 3 March 2016 and lasted a week. The Norwegian side signed an accord with Ghana.';
    expect(events(text, '2016-03-20')).toContain('AGREE NOR>GHA occurred 2016-03-03..2016-03-03');
  });

  it('not when it is told in a relative clause about a thing well before the news', () => {
    const text = 'Ghana set out the goals of its chairmanship, which began on 1 March 2016. Norway congratulated Ghana.';
    expect(events(text, '2016-03-20')).toContain('SUPPORT NOR>GHA occurred 2016-03-20..2016-03-20');
    const recent = 'Ghana set out the goals of its chairmanship, which began on 18 March 2016. Norway congratulated Ghana.';
    expect(events(recent, '2016-03-20')).toContain('SUPPORT NOR>GHA occurred 2016-03-18..2016-03-18');
  });
});

describe('undated deeds in a dated report', () => {
  it('take the day the lead reports, not the publication day', () => {
    const text = 'Norway and Ghana held talks in Oslo on Monday.\nThe Norwegian side also signed an accord with Ghana on fisheries.';
    expect(events(text, '2016-03-10')).toContain('AGREE NOR>GHA occurred 2016-03-07..2016-03-07');
  });

  it('take the publication day when the lead reports that day', () => {
    const text = 'Norway and Ghana held talks in Oslo today.\nThe Norwegian side also signed an accord with Ghana on fisheries.';
    expect(events(text, '2016-03-10')).toContain('AGREE NOR>GHA occurred 2016-03-10..2016-03-10');
  });

  it('take the document date when announced (the announcement is the news)', () => {
    const text = 'Norway and Ghana held talks in Oslo on Monday.\nNorway plans to sign an accord with Ghana on fisheries.';
    expect(events(text, '2016-03-10')).toContain('AGREE NOR>GHA planned 2016-03-10..2016-03-10');
  });

  it('a date in a clause about another happening does not date the event', () => {
    for (const text of ['Bachelet paid her second state visit to Peru since she took office in 2014.',
      'Bachelet paid her second state visit to Peru after she was elected in 2014.',
      'Bachelet is on a state visit to Peru, her first since winning the election on March 2 and taking office on March 5.']) {
      expect(events(text, '2016-03-10')).toEqual(['CONSULT CHL>PER occurred 2016-03-10..2016-03-10']);
    }
    // The date of the visit's own clause still counts.
    expect(events('Bachelet paid a state visit to Peru in 2014.', '2016-03-10')).toEqual(['CONSULT CHL>PER occurred 2014-01-01..2014-12-31']);
  });
});

describe('status of reported speech and modality', () => {
  it.each([
    'Chile said it would sign a fisheries accord with Peru.',
    'Chile has agreed to host the Peruvian president.',
    'The Chilean president is expected to visit Peru.',
    'Chile plans to sign a fisheries accord with Peru.',
    'Bachelet is set to visit Peru.',
    'Chile will sign a fisheries accord with Peru.',
    'Chile intends to sign a fisheries accord with Peru.',
    'Chile announced it will sign a fisheries accord with Peru.',
    'Bachelet will travel to Peru next week.',
  ])('planned: %s', (text) => {
    const out = events(text, '2016-03-10');
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((e) => e.includes(' planned'))).toBe(true);
  });

  it.each([
    'Chile said it had signed a fisheries accord with Peru.',
    'Chile has signed a fisheries accord with Peru.',
    'Bachelet said she had met the Peruvian president.',
  ])('occurred: %s', (text) => {
    const out = events(text, '2016-03-10');
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((e) => e.includes(' occurred'))).toBe(true);
  });

  it.each([
    'If Chile signs a fisheries accord with Peru, prices will fall.',
    'Chile did not sign a fisheries accord with Peru.',
    'Chile could sign a fisheries accord with Peru.',
  ])('dropped: %s', (text) => {
    expect(events(text, '2016-03-10')).toEqual([]);
  });

  it('a refusal to sign is no signing but a rejection (PLOVER REJECT)', () => {
    expect(events('Chile refused to sign a fisheries accord with Peru.', '2016-03-10')).toEqual(['REJECT CHL>PER occurred 2016-03-10..2016-03-10']);
  });
});

describe('anniversaries and coordinated verb phrases', () => {
  it('a deed named as the Nth anniversary of something happened that many years before, in the same month', () => {
    expect(events('The fifth anniversary of the signing of a trade agreement between Ghana and Togo was marked on Friday.', '2021-03-12'))
      .toEqual(['AGREE GHA>TGO occurred 2016-03-01..2016-03-31']);
  });
});

describe('times of coordinated clauses', () => {
  it('a clause joined by "and" does not take a time told inside the clause before it', () => {
    expect(events('Peru is chairing the forum this year and invited Chile to its summit.', '2021-03-12'))
      .toEqual(['REQUEST PER>CHL occurred 2021-03-12..2021-03-12']);
    // After ", and" with a subject of its own, too.
    expect(events('The accord was signed in 2015, and Peru invited Chile to its summit.', '2021-03-12'))
      .toEqual(['REQUEST PER>CHL occurred 2021-03-12..2021-03-12']);
  });

  it('a time that opens the sentence is shared by both verb phrases', () => {
    expect(events('In a letter to Bachelet on March 2, Norway praised the reform and invited Chile to Oslo.', '2021-03-12'))
      .toContain('REQUEST NOR>CHL occurred 2021-03-02..2021-03-02');
  });
});

describe('status of a phrase rule read in the clause of its verb', () => {
  it('a rule matched across an earlier clause takes the status of the clause its verb stands in', () => {
    expect(events('Peru will host the summit next year and has signed a fisheries accord with Chile.', '2021-03-12'))
      .toEqual(['AGREE PER>CHL occurred 2021-03-12..2021-03-12']);
  });
});

describe('lists of parties and invitations (datestat)', () => {
  it('"and" between two parties does not hand the date to a later verb', () => {
    const text = 'A meeting between Bachelet and the Peruvian president took place in Lima on 3 March 2016.';
    expect(events(text, '2016-03-10')).toContain('CONSULT CHL>PER occurred 2016-03-03..2016-03-03');
  });

  it('"and" before a verb of its own still does', () => {
    const text = 'Chile held talks with Peru and announced new elections on 9 May 2016.';
    const out = events(text, '2016-03-12').filter((e) => e.startsWith('CONSULT'));
    expect(out).toHaveLength(1);
    expect(out[0]).not.toContain('2016-05-09');
  });

  it('a place after "to" is where the visit went, not a later verb', () => {
    const text = 'Peru recalled the visit of Bachelet to Lima in October 2015.';
    expect(events(text, '2016-03-10')).toContain('CONSULT CHL>PER occurred 2015-10-01..2015-10-31');
  });

  it('a time after an invitation is when the visit would be, not when the invitation was made', () => {
    const out = events('On Monday, Chile invited Peru to Santiago in December.', '2016-03-10');
    expect(out.some((e) => e.startsWith('REQUEST CHL>PER occurred 2016-03-07'))).toBe(true);
    expect(out.some((e) => e.includes('-12-'))).toBe(false);
  });
});

describe('undated planned events (datestat)', () => {
  it('an announced deed with no time of its own takes the document date', () => {
    expect(events('Chile will sign a fisheries accord with Peru.', '2017-08-10')).toEqual(['AGREE CHL>PER planned 2017-08-10..2017-08-10']);
  });

  it('a document without a date leaves it undated', () => {
    expect(events('Chile will sign a fisheries accord with Peru.', null)).toEqual(['AGREE CHL>PER planned']);
  });
});

describe('what a sentence points back to, and clauses of the meeting itself (datestat)', () => {
  it('"during X\'s talks with Y" that is the event itself does not borrow an earlier date', () => {
    const text = 'Bachelet arrived in Oslo in April 2016 for a conference.\nDuring Chile\'s talks with Peru, the ministers praised the new port.';
    const out = events(text, '2016-07-11');
    expect(out).toContain('CONSULT CHL>PER occurred 2016-07-11..2016-07-11');
    expect(out.some((e) => e.startsWith('CONSULT CHL>PER') && e.includes('2016-04'))).toBe(false);
  });

  it('"during the visit" before another deed still points back', () => {
    const text = 'Bachelet paid a state visit to Peru on 3 March 2016. During the visit, Chile signed an accord on ports with Peru.';
    expect(events(text, '2016-03-08')).toContain('AGREE CHL>PER occurred 2016-03-03..2016-03-03');
  });

  it('"negotiations that took place on …" dates the negotiations', () => {
    const text = 'Chile and Peru held negotiations that took place on 13-14 May 2016 in Lima.';
    expect(events(text, '2016-05-20')).toContain('CONSULT CHL>PER occurred 2016-05-13..2016-05-14');
  });

  it('a relative clause about something else does not', () => {
    const text = 'Chile and Peru held negotiations that covered the elections due on 29 May 2016.';
    expect(events(text, '2016-05-20').join(' ')).not.toContain('2016-05-29');
  });
});

describe('photo captions and embedded posts (datestat)', () => {
  it('a caption date is not the news day', () => {
    const text = 'Chile and Peru sign accord\n\nFILE PHOTO: A ship in the port of Callao, Peru, May 2, 2016. REUTERS/Someone\n\nChile signed a fisheries accord with Peru, officials said.';
    expect(events(text, '2016-05-06')).toContain('AGREE CHL>PER occurred 2016-05-06..2016-05-06');
  });

  it('"two days later" counts from the story, not from an embedded post', () => {
    const text = 'Chile and Peru held talks in Lima on 2 May 2016.\nWhat a week for the region. — Some Writer (@somewriter) May 5, 2016\nTwo days later, Chile signed a port accord with Peru.';
    expect(events(text, '2016-05-06')).toContain('AGREE CHL>PER occurred 2016-05-04..2016-05-04');
  });
});

describe('speech reported before its verb of saying (datestat)', () => {
  it('does not give its tense or time to the call it was said in', () => {
    const text = 'Chile will reopen its border on Friday, Bachelet said in a telephone conversation with the Peruvian president.';
    const out = events(text, '2016-05-18').filter((e) => e.startsWith('CONSULT'));
    expect(out).toEqual(['CONSULT CHL>PER occurred 2016-05-18..2016-05-18']);
  });

  it('keeps a time that opens the sentence, and a future told after the verb of saying', () => {
    const opening = 'On Monday, the border would stay open, Bachelet said in a telephone conversation with the Peruvian president.';
    expect(events(opening, '2016-05-18').filter((e) => e.startsWith('CONSULT'))).toEqual(['CONSULT CHL>PER occurred 2016-05-16..2016-05-16']);
    const later = 'Trade is growing, Bachelet said, and Chile will hold talks with Peru.';
    expect(events(later, '2016-05-18').filter((e) => e.startsWith('CONSULT'))).toEqual(['CONSULT CHL>PER planned 2016-05-18..2016-05-18']);
  });
});

describe('documents nothing dates (datestat)', () => {
  it('undated deeds take the latest full day the text writes', () => {
    const text = 'The Chilean president left Santiago on 2 May 2016 for a tour.\nIn Lima, Chile signed a port accord with Peru.';
    expect(events(text, null)).toContain('AGREE CHL>PER occurred 2016-05-02..2016-05-02');
  });

  it('but not a day in the future, nor an announced event', () => {
    const text = 'The summit will be held on 9 June 2016.\nChile signed a port accord with Peru. Chile will sign a fisheries accord with Norway.';
    const out = events(text, null);
    expect(out).toContain('AGREE CHL>PER occurred');
    expect(out).toContain('AGREE CHL>NOR planned');
  });
});

describe('documents nothing dates: limits and deadlines are no stand-in', () => {
  it('a validity end ("valid until …") does not date the deed', () => {
    const text = 'Chile signed a port accord with Peru in Lima.\nThe accord took effect on 4 April 2016 and stays valid until 31 December 2030.';
    expect(events(text, null)).toContain('AGREE CHL>PER occurred 2016-04-04..2016-04-04');
  });

  it('nor does a deadline ("by", "no later than")', () => {
    const by = 'The talks opened on 12 June 2015.\nNorway signed a fisheries accord with Ghana.\nIt required the boats to leave the zone by 30 September 2027.';
    expect(events(by, null)).toContain('AGREE NOR>GHA occurred 2015-06-12..2015-06-12');
    const noLater = 'The ministers arrived on 2 February 2019.\nGhana signed a grain accord with Togo.\nThe first payment was promised no later than 1 March 2029.';
    expect(events(noLater, null)).toContain('AGREE GHA>TGO occurred 2019-02-02..2019-02-02');
  });

  it('a day told plainly still stands in', () => {
    const text = 'Ghana signed a grain accord with Togo.\nThe ministers met in Accra on 1 March 2019.';
    expect(events(text, null)).toContain('AGREE GHA>TGO occurred 2019-03-01..2019-03-01');
  });
});

describe('an invitation and the visit it asks for', () => {
  const requests = (text: string) => events(text, '2016-03-10').filter((e) => e.startsWith('REQUEST'));

  it('a time told before the visit is the invitation\'s', () => {
    expect(requests('Ghana invited Togo on 2 March to visit Accra in May.')).toEqual(['REQUEST GHA>TGO occurred 2016-03-02..2016-03-02']);
    expect(requests('Ghana invited Togo on 2 March for a visit in May.')).toEqual(['REQUEST GHA>TGO occurred 2016-03-02..2016-03-02']);
  });

  it('a time told after "to visit", "for a visit" or the place is the visit\'s', () => {
    expect(requests('Ghana invited Togo to visit Accra in May.')).toEqual(['REQUEST GHA>TGO occurred 2016-03-10..2016-03-10']);
    expect(requests('Ghana invited Togo for a visit in May.')).toEqual(['REQUEST GHA>TGO occurred 2016-03-10..2016-03-10']);
    expect(requests('Ghana invited Togo to Accra in December.')).toEqual(['REQUEST GHA>TGO occurred 2016-03-10..2016-03-10']);
  });
});

describe('appositions (datestat)', () => {
  it('the comma that closes an apposition belongs to the party', () => {
    const text = 'Norway and the Ghanaian leader, President Accra-Mensah, agreed to build a port.';
    const names = (t: string) => actorsByName(t, { ...NAMES, 'President Accra-Mensah': 'GHA', 'Ghanaian leader': 'GHA' });
    const { events: out } = extractEvents({ text, sentences: splitSentences(text), actors: names(text), dates: findDates(text, { date: '2016-05-06' }), quotes: [], published: '2016-05-06' });
    expect(out.map((e) => `${e.type} ${[e.source, e.target].sort().join('-')}`)).toContain('AGREE GHA-NOR');
  });

  it('a comma before the next party of a list stays a list separator', () => {
    const text = 'Norway, Ghana and Togo signed an accord on fisheries.';
    expect(events(text, '2016-05-06').filter((e) => e.startsWith('AGREE'))).toHaveLength(3);
  });
});

describe('dating causes (dating7)', () => {
  it('a document dated only by its month dates its undated deeds by that month', () => {
    expect(events('Chile and Peru signed a fisheries accord.', '2016-03')).toEqual(['AGREE CHL>PER occurred 2016-03-01..2016-03-31']);
    expect(events('Chile and Peru signed a fisheries accord.', '2016-02')).toEqual(['AGREE CHL>PER occurred 2016-02-01..2016-02-29']);
    // a day of its own stays the deed's
    expect(events('Chile signed a fisheries accord with Peru on 3 March 2016.', '2016-03')).toEqual(['AGREE CHL>PER occurred 2016-03-03..2016-03-03']);
  });

  it('a time measured from ("since …") is not the time a later "during the talks" refers to', () => {
    const text = 'Bachelet is on a state visit to Peru, her first since taking office on 11 March 2016.\nDuring the talks, Chile signed an accord on ports with Peru.';
    const out = events(text, '2016-04-20');
    expect(out).toContain('AGREE CHL>PER occurred 2016-04-20..2016-04-20');
    expect(out.some((e) => e.includes('2016-03-11'))).toBe(false);
    // a time told as such still is
    const told = 'Bachelet arrived in Peru on 11 March 2016.\nDuring the talks, Chile signed an accord on ports with Peru.';
    expect(events(told, '2016-04-20')).toContain('AGREE CHL>PER occurred 2016-03-11..2016-03-11');
  });

  it('"at those talks" points at the meeting told last, not at the news told first', () => {
    const text = 'Chile and Peru held talks in Lima on Monday.\nTheir foreign ministers had last met in Oslo in May 2015.\nThe two sides traded barbs over fishing quotas.\nAt those talks, Chile signed a ports accord with Peru.';
    const out = events(text, '2016-04-20');
    expect(out).toContain('AGREE CHL>PER occurred 2015-05-01..2015-05-31');
    expect(out.some((e) => e.startsWith('AGREE') && e.includes('2016-04-18'))).toBe(false);
    // "at the talks" keeps its older reading (the article's news meeting is as often meant)
    expect(events(text.replace('At those talks', 'At the talks'), '2016-04-20').some((e) => e.startsWith('AGREE') && e.includes('2015-05'))).toBe(false);
  });

  it('the time of a deed accused ("of …ing … last year") is not the accusation\'s', () => {
    expect(events('Chile accused Peru of violating its airspace last year.', '2016-04-20')).toEqual(['ACCUSE CHL>PER occurred 2016-04-20..2016-04-20']);
    expect(events('Chile accused Peru on Monday of violating its airspace.', '2016-04-20')).toEqual(['ACCUSE CHL>PER occurred 2016-04-18..2016-04-18']);
    expect(events('Chile signed a fisheries accord with Peru last year.', '2016-04-20')).toEqual(['AGREE CHL>PER occurred 2015-01-01..2015-12-31']);
  });

  it('a date that runs on into brackets past the clause end is still the clause\'s', () => {
    expect(events('Bachelet will arrive in Peru next Tuesday (March 8), for a state visit.', '2016-03-02')).toEqual(['CONSULT CHL>PER planned 2016-03-08..2016-03-08']);
    // one of a later verb is still that verb's
    expect(events('Bachelet will arrive in Peru and open a port next Tuesday (March 8).', '2016-03-02')).toEqual(['CONSULT CHL>PER planned 2016-03-02..2016-03-02']);
  });

  it('preparing for talks or planning a visit is planned, not done', () => {
    expect(events('Peru prepares for talks with Chile on fisheries.', '2016-04-20')).toEqual(['CONSULT PER>CHL planned 2016-04-20..2016-04-20']);
    expect(events('Bachelet plans visit to Peru', '2016-04-20')).toEqual(['CONSULT CHL>PER planned 2016-04-20..2016-04-20']);
    expect(events('Peru held talks with Chile on fisheries.', '2016-04-20')).toEqual(['CONSULT PER>CHL occurred 2016-04-20..2016-04-20']);
    expect(events('Bachelet visited Peru to discuss plans for a port.', '2016-04-20')).toEqual(['CONSULT CHL>PER occurred 2016-04-20..2016-04-20']);
  });
});

describe('relative clauses set off by commas (dating7)', () => {
  it('a background time inside ", which …," is not the main deed\'s, and the main time is not the background deed\'s', () => {
    const out = events('Chile and Peru, which signed a fisheries accord in 2012, held talks on Monday.', '2016-04-20');
    expect(out).toContain('AGREE CHL>PER occurred 2012-01-01..2012-12-31');
    expect(out).toContain('CONSULT CHL>PER occurred 2016-04-18..2016-04-18');
    expect(events('Chile, which expelled a Peruvian envoy last month, signed a fisheries accord with Peru.', '2016-04-20'))
      .toContain('AGREE CHL>PER occurred 2016-04-20..2016-04-20');
  });

  it('keeps a time inside the clause that is part of the news, and a clause that tells the meeting\'s own time', () => {
    expect(events('Bachelet, who arrived in Lima on Monday, met the Peruvian president.', '2016-04-20')).toEqual(['CONSULT CHL>PER occurred 2016-04-18..2016-04-18']);
    expect(events('Chile held talks with Peru, which took place on 18 April.', '2016-04-20')).toEqual(['CONSULT CHL>PER occurred 2016-04-18..2016-04-18']);
  });

  it('a future verb in a clause after the date does not make a past weekday future', () => {
    expect(events('Chile signed a fisheries accord with Peru on Monday that will run until 2030.', '2016-04-20')).toEqual(['AGREE CHL>PER occurred 2016-04-18..2016-04-18']);
    expect(events('Chile will sign a fisheries accord with Peru on Monday.', '2016-04-20')).toEqual(['AGREE CHL>PER planned 2016-04-25..2016-04-25']);
    // An "and" between two names opens no clause: the verb after them is the weekday's own.
    expect(events('On Monday, Chile and Peru will sign a fisheries accord.', '2016-04-20')).toEqual(['AGREE CHL>PER planned 2016-04-25..2016-04-25']);
  });
});

describe('the time of a report closing the sentence (dating7)', () => {
  it('gives way to a time the deed\'s own words state', () => {
    expect(events('Chile will send aid to Peru next month, the ministry said on Monday.', '2016-04-20')).toEqual(['AID CHL>PER planned 2016-05-01..2016-05-31']);
    expect(events('Chile sent aid to Peru last month, the ministry said on Monday.', '2016-04-20')).toEqual(['AID CHL>PER occurred 2016-03-01..2016-03-31']);
  });

  it('still dates a deed that states no time of its own', () => {
    expect(events('Chile sent aid to Peru, the ministry said on Monday.', '2016-04-20')).toEqual(['AID CHL>PER occurred 2016-04-18..2016-04-18']);
  });
});

describe('a past time before a planned event noun is the deed around it (probe7b)', () => {
  it('a meeting on a past day to prepare a coming visit does not date the visit', () => {
    const got = events('Officials of Chile and Peru met in Lima on Monday to review preparations for the upcoming visit of the Chilean president to Peru.', '2017-08-10');
    expect(got).toContain('CONSULT CHL>PER occurred 2017-08-07..2017-08-07');
    expect(got.filter((e) => e.includes('planned')).every((e) => !e.includes('2017-08-07'))).toBe(true);
  });
  it('a coming time after the noun still dates it', () => {
    const got = events('Officials of Chile and Peru met in Lima on Monday to prepare the upcoming visit of the Chilean president to Peru next month.', '2017-08-10');
    expect(got.some((e) => e.includes('planned 2017-09-01'))).toBe(true);
  });
});

// dating9 (issue 6): how news writing places a deed told in passing.
describe('dating9: times that govern a deed told in passing', () => {
  it('a sentence that opens on a time phrase dates the deed told after a verb of saying', () => {
    expect(events('On one of its trips in October, the Chilean delegation said that Chile delivered grain to Peru.', '2021-12-20'))
      .toEqual(['AID CHL>PER occurred 2021-10-01..2021-10-31']);
    // A time told after the comma is not the opening phrase's: the deed keeps the report's own reading.
    expect(events('After the trip, the Chilean delegation said that Chile delivered grain to Peru.', '2021-12-20'))
      .toEqual(['AID CHL>PER occurred 2021-12-20..2021-12-20']);
    // A deed told in the pluperfect lies before the telling: the opening phrase's time is the telling's.
    expect(events('In a briefing in October, the Chilean delegation said that Chile had delivered grain to Peru.', '2021-12-20')
      .some((e) => e.includes('2021-10-01..2021-10-31'))).toBe(false);
  });

  it('a deed in a "when" clause hung on a time took place at that time, a "since" time too', () => {
    expect(events('Tension has grown since 4 May 2019, when Peru accused Chile of a border incursion.', '2021-12-20'))
      .toEqual(['ACCUSE PER>CHL occurred 2019-05-04..2019-05-04']);
    expect(events('It was the worst clash since March 2015 when Peruvian troops attacked a Chilean patrol.', '2021-12-20'))
      .toEqual(['ASSAULT PER>CHL occurred 2015-03-01..2015-03-31']);
    // Without "when" the stretch still tells nothing of the deed's time.
    expect(events('Since 4 May 2019 Peru has accused Chile of border incursions.', '2021-12-20'))
      .not.toContain('ACCUSE PER>CHL occurred 2019-05-04..2019-05-04');
  });

  it('a progressive "when" clause tells the time of the deed before it', () => {
    expect(events('Peru detained Mario Rossi, a Chilean engineer, when he was visiting the country on 22 June 2023.', '2023-08-01'))
      .toEqual(['COERCE PER>CHL occurred 2023-06-22..2023-06-22']);
    // A "when" clause in the simple past tells another happening.
    expect(events('Peru detained a Chilean engineer, who had left when Chile closed the mine on 22 June 2023.', '2023-08-01'))
      .not.toContain('COERCE PER>CHL occurred 2023-06-22..2023-06-22');
  });

  it('a time marked as past after "agreed to …" is the agreeing\'s, not the plan\'s', () => {
    expect(events('Ghana and Togo agreed to resume border talks earlier this year.', '2023-12-07'))
      .toContain('AGREE GHA>TGO occurred 2023-01-01..2023-12-07');
    expect(events('Ghana and Togo agreed to resume border talks earlier this year.', '2023-12-07'))
      .not.toContain('CONSULT GHA>TGO planned 2023-01-01..2023-12-07');
    // A participle between them may carry the time itself.
    expect(events('Ghana and Togo agreed to restore the ties cut last year.', '2023-12-07'))
      .toEqual(['AGREE GHA>TGO occurred 2023-12-07..2023-12-07']);
  });

  it('a deed told as done this week ends by the day it is reported', () => {
    expect(events('Chile this week reopened its embassy in Lima.', '2018-07-19')).toEqual(['COOPERATE CHL>PER occurred 2018-07-16..2018-07-19']);
    expect(events('Chile will reopen its embassy in Lima this week.', '2018-07-19')).toEqual(['COOPERATE CHL>PER planned 2018-07-16..2018-07-22']);
  });
});

// dating10 (issue 6, part 3): past deeds told in a news article with a time the reading missed.
describe('dating10: past deeds whose time stands where the reading did not look', () => {
  it('a time after a list of people joined by "and" is still the deed\'s own', () => {
    expect(events('Peruvian police arrested a Chilean lawyer and a Chilean trader on 4 May 2016, saying they had spied.', '2018-02-01'))
      .toEqual(['COERCE PER>CHL occurred 2016-05-04..2016-05-04']);
    expect(events('Peru arrested the Chilean captain and engineer Pablo Soto on 4 May 2016.', '2018-02-01'))
      .toEqual(['COERCE PER>CHL occurred 2016-05-04..2016-05-04']);
    // An "and" that opens a verb phrase still hands the time on to that phrase.
    expect(events('Peru arrested a Chilean lawyer and released him on 4 May 2016.', '2018-02-01'))
      .not.toContain('COERCE PER>CHL occurred 2016-05-04..2016-05-04');
    // So does one that opens a clause with a verb of its own.
    expect(events('Peru arrested a Chilean lawyer and his family left the country on 4 May 2016.', '2018-02-01'))
      .not.toContain('COERCE PER>CHL occurred 2016-05-04..2016-05-04');
    expect(events('Peru has arrested a Chilean lawyer and the Chilean consul last week left Lima.', '2018-02-01'))
      .not.toContain('COERCE PER>CHL occurred 2018-01-22..2018-01-28');
  });

  it('a date that names a statement ("in a March 3 statement") is the time of what the statement says', () => {
    expect(events('Ghana had urged Togo to free the activists in a March 3 statement.', '2020-03-20'))
      .toEqual(['REQUEST GHA>TGO occurred 2020-03-03..2020-03-03']);
    expect(events('Norway called on Ghana to reopen the port in its 12 June letter.', '2020-06-20'))
      .toEqual(['REQUEST NOR>GHA occurred 2020-06-12..2020-06-12']);
    // A date of something else after the infinitive still belongs to that phrase.
    expect(events('Ghana urged Togo to hold the vote on 3 May.', '2020-03-20'))
      .not.toContain('REQUEST GHA>TGO occurred 2020-05-03..2020-05-03');
  });

  it('"the day before yesterday" is two days before the document', () => {
    expect(events('Chile and Peru held talks in Lima the day before yesterday.', '2019-03-14'))
      .toEqual(['CONSULT CHL>PER occurred 2019-03-12..2019-03-12']);
    expect(events('Chile and Peru will hold talks in Lima the day after tomorrow.', '2019-03-14'))
      .toEqual(['CONSULT CHL>PER planned 2019-03-16..2019-03-16']);
  });

  it('"the last time X did Y was <time>" dates that earlier deed', () => {
    const got = events('Ghana recalled its ambassador to Togo on Monday. The last time Ghana recalled its ambassador to Togo was in 2011.', '2020-03-20');
    expect(got).toContain('SANCTION GHA>TGO occurred 2020-03-16..2020-03-16');
    expect(got).toContain('SANCTION GHA>TGO occurred 2011-01-01..2011-12-31');
    expect(events('Ghana recalled its ambassador to Togo on Monday. The last time it did so was 2011.', '2020-03-20'))
      .toEqual(['SANCTION GHA>TGO occurred 2020-03-16..2020-03-16']);
    expect(events('The last time Ghana recalled its ambassador to Togo was 2011.', '2020-03-20'))
      .toEqual(['SANCTION GHA>TGO occurred 2011-01-01..2011-12-31']);
    expect(events('The last time Chile and Peru held talks was in March 2016.', '2020-03-20'))
      .toEqual(['CONSULT CHL>PER occurred 2016-03-01..2016-03-31']);
  });
});

describe('dating10: a date that names another happening is no time a later sentence carries', () => {
  it('"the 7 October raids" does not date the undated deed told after it', () => {
    const text = 'Ghana condemned the bloodshed that followed the rebels\' 7 October raids. Ghana then recalled its ambassador to Togo.';
    expect(events(text, '2023-11-01')).toContain('SANCTION GHA>TGO occurred 2023-11-01..2023-11-01');
  });

  it('a date that names a meeting still dates what was done there', () => {
    const text = 'Leaders spoke at the 3 March summit in Accra. Ghana signed a transit accord with Togo.';
    expect(events(text, '2023-03-20')).toContain('AGREE GHA>TGO occurred 2023-03-03..2023-03-03');
  });
});

describe('dating10: the days of a visit', () => {
  it('a visit wrapped up or left on a day ends on that day', () => {
    expect(events('Bachelet wrapped up a three-day visit to Peru on Thursday.', '2019-06-14')).toEqual(['CONSULT CHL>PER occurred 2019-06-11..2019-06-13']);
    expect(events('Bachelet left Lima on Thursday after a two-day visit to Peru.', '2019-06-14')).toEqual(['CONSULT CHL>PER occurred 2019-06-12..2019-06-13']);
  });
  it('one begun on a day runs on from it', () => {
    expect(events('Bachelet began a three-day visit to Peru on Thursday.', '2019-06-14')).toEqual(['CONSULT CHL>PER occurred 2019-06-13..2019-06-15']);
  });
});

describe('dating10: a deed told "a day after", "days after" another', () => {
  it('counts from the day the clause it hangs on tells', () => {
    expect(events('Togo reopened its border with Ghana on Thursday, a day after Norway sent aid to Ghana.', '2019-06-14'))
      .toContain('AID NOR>GHA occurred 2019-06-12..2019-06-12');
    expect(events('Togo reopened its border with Ghana on Thursday, two days after Norway sent aid to Ghana.', '2019-06-14'))
      .toContain('AID NOR>GHA occurred 2019-06-11..2019-06-11');
  });
  it('a count left unsaid gives the days it may stand for', () => {
    expect(events('Togo reopened its border with Ghana on Thursday, days after Norway sent aid to Ghana.', '2019-06-14'))
      .toContain('AID NOR>GHA occurred 2019-06-06..2019-06-12');
    expect(events('Togo reopened its border with Ghana on Thursday, hours after Norway sent aid to Ghana.', '2019-06-14'))
      .toContain('AID NOR>GHA occurred 2019-06-13..2019-06-13');
    // A deed told as done "days before" another ends by the day it is reported.
    expect(events('Norway sent aid to Ghana on Monday, days before Togo expelled a Ghanaian envoy.', '2019-06-14'))
      .toContain('SANCTION TGO>GHA occurred 2019-06-11..2019-06-14');
  });
});

describe('dating10: a relative clause told in the past inside a sentence about what is to come', () => {
  it('keeps its weekday in the past and its deed done', () => {
    const got = events('Bachelet, who arrived in Peru on Thursday, is expected to sign a port accord with Peru.', '2019-06-14');
    expect(got).toContain('CONSULT CHL>PER occurred 2019-06-13..2019-06-13');
    // The deed to come does not take the past day.
    expect(got.filter((e) => e.includes('planned')).every((e) => !e.includes('2019-06-13'))).toBe(true);
  });
  it('a time opening the sentence before a comma still takes the future of its verb', () => {
    expect(events('On Thursday, Chile will sign a port accord with Peru.', '2019-06-14')).toEqual(['AGREE CHL>PER planned 2019-06-20..2019-06-20']);
  });
});

describe('dating11: what a deed told in passing points back to', () => {
  it('"during the visit" takes the visit\'s day, not that of a background deed told after it', () => {
    const text = 'Bachelet paid a state visit to Peru on 3 March 2016. The visit marked ten years since the signing of the 2006 port accord between Chile and Peru. During the visit, Chile signed a fisheries accord with Peru.';
    const out = events(text, '2016-03-08');
    expect(out).toContain('AGREE CHL>PER occurred 2016-03-03..2016-03-03');
    expect(out).toContain('AGREE CHL>PER occurred 2006-01-01..2006-12-31');
  });

  it('a time after "in response to" is the time of the happening answered', () => {
    const text = 'On 4 May, the Chilean ambassador was summoned to the foreign ministry in Lima, where he was told that Peru decided to expel two Chilean diplomats in response to the expulsion of two Peruvian diplomats from Santiago in April.';
    expect(events(text, '2016-05-04')).toContain('SANCTION PER>CHL occurred 2016-05-04..2016-05-04');
  });

  it('"N years after X did" dates that deed N years before the sentence\'s time', () => {
    expect(events('The pact marks a thaw between the two countries eight years after Chile expelled the Peruvian ambassador.', '2016-06-27'))
      .toEqual(['SANCTION CHL>PER occurred 2008-01-01..2008-12-31']);
    // Past a comma the count belongs to the phrase it opens, not to the deed of the main clause.
    expect(events('Six years after the dispute, Chile signed an accord with Peru.', '2016-06-27')).toEqual(['AGREE CHL>PER occurred 2016-06-27..2016-06-27']);
  });

  it('"shortly afterwards" and "for its part" take the time of the deed just told', () => {
    const text = 'Chile closed its border with Peru in April.\n\nPeru summoned the Chilean ambassador shortly afterwards and handed him a protest note.\n\nFor its part, Chile summoned the Peruvian ambassador.';
    const out = events(text, '2016-07-19');
    expect(out).toContain('ACCUSE PER>CHL occurred 2016-04-01..2016-04-30');
    expect(out).toContain('ACCUSE CHL>PER occurred 2016-04-01..2016-04-30');
  });

  it('a noun\'s time is in its own phrase, not in the phrase before it past ", following"', () => {
    const out = events('Ties improved after a visit by Bachelet to Lima in September, following a trip by the Peruvian president to Santiago in February.', '2016-11-10');
    expect(out).toContain('CONSULT CHL>PER occurred 2016-09-01..2016-09-30');
    expect(out).toContain('CONSULT PER>CHL occurred 2016-02-01..2016-02-29');
    // A time set off by a comma without such a link still dates the noun after it.
    expect(events('Furthermore, on 16 November, the Chilean president is scheduled to attend talks with Peru in Lima.', '2016-11-10'))
      .toEqual(['CONSULT CHL>PER planned 2016-11-16..2016-11-16']);
  });

  it('an accepted invitation to visit is a request made and a visit planned, dated by the visit\'s own time', () => {
    const out = events('Bachelet has accepted an invitation of the Peruvian president to visit Peru this fall.', '2016-05-11');
    expect(out).toContain('CONSULT CHL>PER planned 2016-09-01..2016-11-30');
    expect(out).toContain('REQUEST PER>CHL occurred 2016-05-11..2016-05-11');
  });

  it('a day told in what a deed came after is neither the news day nor the paragraph\'s time', () => {
    const lead = 'Chile expelled the Peruvian ambassador, the ministry said.\n\nThis comes after comments on Friday from the Peruvian foreign minister.\n\nThe Peruvian ambassador was summoned by Chile and handed a note.';
    expect(events(lead, '2016-05-10')).toContain('ACCUSE CHL>PER occurred 2016-05-10..2016-05-10');
    const paragraph = 'Peru protested after talks with Chile collapsed on 3 May 2016. Chile expelled a Peruvian diplomat.';
    expect(events(paragraph, '2016-05-20')).toContain('SANCTION CHL>PER occurred 2016-05-20..2016-05-20');
  });
});


describe('a time set for an event ("scheduled for", "planned for")', () => {
  it('dates the event it is set for and makes it planned', () => {
    expect(events("Bachelet's state visit to Peru is scheduled for August.", '2017-06-12')).toEqual(['CONSULT CHL>PER planned 2017-08-01..2017-08-31']);
    expect(events('The ministers discussed the coming visit of the Chilean president to Peru, planned for next week.', '2017-06-12'))
      .toEqual(['CONSULT CHL>PER planned 2017-06-19..2017-06-25']);
  });

  it('while "for" before a span still names what the deed covers', () => {
    expect(events('Chile and Peru signed a fisheries programme for 2018-2020 on Tuesday.', '2017-06-15')).toEqual(['AGREE CHL>PER occurred 2017-06-13..2017-06-13']);
  });
});

describe('the time of the saying and the time of the deed told', () => {
  it('a time right after a verb of saying yields to the deed\'s own time', () => {
    expect(events('The ministry said on Sunday that Chile had expelled two Peruvian diplomats in May.', '2019-07-15'))
      .toEqual(['SANCTION CHL>PER occurred 2019-05-01..2019-05-31']);
    expect(events('Officials told reporters on Monday that Norway signed an oil accord with Ghana last year.', '2019-07-15'))
      .toEqual(['AGREE NOR>GHA occurred 2018-01-01..2018-12-31']);
    expect(events('Chile said on Monday it would hold talks with Peru in August.', '2019-07-15'))
      .toEqual(['CONSULT CHL>PER planned 2019-08-01..2019-08-31']);
  });

  it('but dates the deed where its words give no time of their own', () => {
    expect(events('The ministry said on Sunday that Chile had expelled two Peruvian diplomats.', '2019-07-16'))
      .toEqual(['SANCTION CHL>PER occurred 2019-07-14..2019-07-14']);
  });
});

describe('"days after" counted from a stretch of days', () => {
  it('reads the count back from a weekend the sentence tells', () => {
    const out = events('Peru seized a Chilean fishing boat over the weekend, days after Chilean police detained a Peruvian trawler.', '2019-07-15');
    expect(out).toContain('COERCE CHL>PER occurred 2019-07-06..2019-07-13');
    expect(out).toContain('COERCE PER>CHL occurred 2019-07-13..2019-07-14');
  });
});

describe('a deed in the perfect measured "since" a time', () => {
  it('was done at that time', () => {
    expect(events('Peru, which has closed its border with Chile since March, offered to help.', '2020-09-04'))
      .toEqual(['SANCTION PER>CHL occurred 2020-03-01..2020-03-31']);
    expect(events('Since March, Chile has deployed troops to its border with Peru.', '2020-09-04'))
      .toEqual(['MOBILIZE CHL>PER occurred 2020-03-01..2020-03-31']);
  });

  it('but not a time told after "since" in a clause of its own', () => {
    expect(events('Peru has closed its border with Chile since taking power in 2019.', '2020-09-04'))
      .toEqual(['SANCTION PER>CHL occurred 2020-09-04..2020-09-04']);
  });
});

describe('a past verb after "and" with no subject of its own', () => {
  it('shares the month or day told with the deed before it', () => {
    expect(events('The Chilean foreign minister visited Lima in late November and urged Peru to free the fishermen.', '2023-01-05'))
      .toEqual(['CONSULT CHL>PER occurred 2022-11-21..2022-11-30', 'REQUEST CHL>PER occurred 2022-11-21..2022-11-30']);
  });

  it('but not to a clause with a subject of its own', () => {
    expect(events('Chile expelled a Peruvian diplomat in March, and Peru recalled its ambassador from Chile.', '2024-04-11'))
      .toContain('SANCTION PER>CHL occurred 2024-04-11..2024-04-11');
  });
});

describe('a deed told in an "after" clause with a verb of its own', () => {
  it('is done, whatever the main clause\'s future, and keeps its own time', () => {
    expect(events('Peru will ask the United Nations for help after Chile expelled two Peruvian diplomats last week.', '2021-12-22'))
      .toContain('SANCTION CHL>PER occurred 2021-12-13..2021-12-19');
    expect(events('Chile recalled its ambassador from Peru on Sunday after Peruvian police detained two Chilean diplomats on Saturday.', '2016-01-07'))
      .toEqual(['COERCE PER>CHL occurred 2016-01-02..2016-01-02', 'SANCTION CHL>PER occurred 2016-01-03..2016-01-03']);
  });

  it('but a count of time before "after" keeps the offset reading', () => {
    expect(events('Chile recalled its ambassador from Peru on Sunday, a day after Peruvian police detained two Chilean diplomats.', '2016-01-07'))
      .toContain('COERCE PER>CHL occurred 2016-01-02..2016-01-02');
  });
});
