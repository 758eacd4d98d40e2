/**
 * Dating and status of visits and talks (session 15, visits15; the helper's own sentences, in the shapes an
 * audit of fresh articles about visits, calls and signings showed): a background visit a noun names after the
 * sentence's own talks verb neither takes the talks nor becomes what "on the sidelines" points back to; a
 * lone noun joined to a meeting noun ("state visit and dinner in June") keeps the time; a sentence naming
 * the announced visit by its day narrows it; a present progressive visit after one announced for tomorrow is
 * still to come; a meeting noun with a place of its own takes the time after it; a report made "in a press
 * release on Thursday" dates the report, not the announced visit.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline.js';

/** 'TYPE SRC>TGT status from..to' for every event of a document published on `published`. */
function dated(text: string, published: string): string[] {
  return extractDocument({ id: 't', text, meta: { published } }).events
    .map((e) => `${e.type} ${e.source}>${e.target} ${e.status} ${e.date ? `${e.date.from}..${e.date.to}` : 'null'}`);
}
const consult = (list: string[]) => list.filter((e) => e.startsWith('CONSULT '));

describe('a background visit named after the talks verb', () => {
  const lead = 'Ghana\'s foreign minister on Monday addressed a regional forum in Dakar.\n\n';
  const body = 'She held talks with Togo\'s foreign minister and reviewed the follow-up to the Togolese president\'s visit to Ghana in August last year. '
    + 'On the sidelines of the forum, she also held talks with Benin\'s foreign minister.';

  it('the talks keep the news day and the August visit is its own event', () => {
    const events = consult(dated(lead + body, '2023-03-14'));
    expect(events).toContain('CONSULT TGO>GHA occurred 2022-08-01..2022-08-31');
    expect(events.some((e) => /GHA>TGO occurred 2023-03-1[34]/.test(e))).toBe(true);
  });

  it('"on the sidelines" in the next sentence points to the talks, not to the August visit', () => {
    const benin = consult(dated(lead + body, '2023-03-14')).filter((e) => e.includes('BEN'));
    expect(benin).toHaveLength(1);
    expect(benin[0]).not.toContain('2022-08');
  });

  it('"during which" right after the noun still means the noun\'s visit', () => {
    const text = 'In his meeting with Japan\'s foreign minister on Friday, the Kenyan president said ties had grown since the Japanese prime minister\'s visit to Kenya in May, during which nine agreements were signed.';
    const agree = dated(text, '2023-07-15').filter((e) => e.startsWith('AGREE '));
    expect(agree.length).toBeGreaterThan(0);
    expect(agree.every((e) => e.includes('2023-05-01..2023-05-31'))).toBe(true);
  });
});

describe('the time of an announced state visit', () => {
  it('"a state visit and dinner in June" is dated June', () => {
    const text = 'The Canadian prime minister will host Mexico\'s president for an official state visit and dinner in June, his office announced on Tuesday.';
    expect(consult(dated(text, '2024-04-09'))).toEqual(['CONSULT MEX>CAN planned 2024-06-01..2024-06-30']);
  });

  it('"The June 12 visit will …" narrows the month the sentence before told', () => {
    const text = 'The Canadian prime minister will host Mexico\'s president for an official state visit in June, his office announced on Tuesday. '
      + 'The June 12 visit will mark fifty years of ties.';
    expect(consult(dated(text, '2024-04-09'))).toEqual(['CONSULT MEX>CAN planned 2024-06-12..2024-06-12']);
  });

  it('a time after "said in a press release" is the report\'s, not the visit\'s', () => {
    const text = 'At the invitation of the Kenyan president, the Ghanaian president will pay a state visit to Kenya from May 8 to 10, a spokesman said in a press release on Thursday morning.';
    expect(consult(dated(text, '2024-05-02'))).toEqual(['CONSULT GHA>KEN planned 2024-05-08..2024-05-10']);
  });
});

describe('a present progressive visit after one announced for tomorrow', () => {
  it('is the same visit, still to come', () => {
    const text = 'The Nepalese prime minister will embark on a three-day official visit to Bhutan tomorrow (Wednesday). '
      + 'The prime minister is visiting Bhutan at the invitation of his Bhutanese counterpart.';
    expect(consult(dated(text, '2024-03-05'))).toEqual(['CONSULT NPL>BTN planned 2024-03-06..2024-03-08']);
  });

  it('a progressive visit with nothing announced before stays going on', () => {
    const text = 'The Nepalese prime minister is visiting Bhutan at the invitation of his Bhutanese counterpart.';
    expect(consult(dated(text, '2024-03-05'))).toEqual(['CONSULT NPL>BTN occurred 2024-03-05..2024-03-05']);
  });
});

describe('two meetings of one pair in one sentence', () => {
  it('a meeting noun with a place of its own takes the time after it', () => {
    const text = 'The call follows a meeting between the Brazilian foreign minister and the Indian foreign minister in Cairo on March 3 and the Brazilian foreign minister\'s meeting with the Indian foreign minister in Rome in April this year.';
    const events = consult(dated(text, '2024-06-20'));
    expect(events).toContain('CONSULT BRA>IND occurred 2024-03-03..2024-03-03');
    expect(events).toContain('CONSULT BRA>IND occurred 2024-04-01..2024-04-30');
  });
});

describe('an arrival told the South Asian way', () => {
  it('"arrived Delhi on Sunday on a three day visit" is a visit to India over those three days', () => {
    const text = 'Nepal\'s foreign minister arrived Delhi on Sunday on a three day visit. During the visit, he will meet the Indian external affairs minister.';
    const events = consult(dated(text, '2024-02-04'));
    expect(events).toContain('CONSULT NPL>IND occurred 2024-02-04..2024-02-06');
    expect(events.filter((e) => e.includes('planned')).length).toBeGreaterThan(0);
    expect(events.filter((e) => e.includes('planned')).every((e) => e.endsWith('2024-02-04..2024-02-06'))).toBe(true);
  });
});

describe('status and time of a restated arrival', () => {
  it('a time set for a meeting still to come does not date the arrival told again after it', () => {
    const text = 'Chile\'s foreign minister arrived in Peru on Tuesday (4) for an official visit. She will meet Peru\'s foreign minister at the ministry on Wednesday (5). '
      + 'The minister arrived in Peru following a stop in Quito.';
    const events = consult(dated(text, '2024-06-05'));
    expect(events).toContain('CONSULT CHL>PER occurred 2024-06-04..2024-06-04');
    expect(events).not.toContain('CONSULT CHL>PER occurred 2024-06-05..2024-06-05');
  });

  it('"was very happy to host X and to have held a summit" tells a meeting done', () => {
    const text = 'The Mexican president said that he was very happy to host the Chilean president in Cancun and to have held a very successful summit there.';
    expect(consult(dated(text, '2024-06-05')).every((e) => e.includes(' occurred '))).toBe(true);
    expect(consult(dated(text, '2024-06-05'))).not.toHaveLength(0);
  });
});

describe('a visit looked forward to', () => {
  it('"said he looked forward to paying a state visit to X" is a planned visit', () => {
    const text = 'The Peruvian president said he looked forward to paying a state visit to Chile.';
    expect(consult(dated(text, '2024-06-05'))).toEqual(['CONSULT PER>CHL planned 2024-06-05..2024-06-05']);
  });
});

describe('"pressing" as an adjective', () => {
  it('talks "focusing on bilateral ties and pressing global issues" request nothing', () => {
    const text = 'The Brazilian foreign minister on Thursday held talks with the Indian foreign minister focusing on bilateral ties and pressing global issues including the Ukraine conflict.';
    expect(dated(text, '2023-03-02').filter((e) => e.startsWith('REQUEST '))).toEqual([]);
  });
});

describe('a "during which" relative is no tense of the visit', () => {
  it('"arrived on Monday on a four-day visit to X during which he will meet …" is a visit made', () => {
    const text = 'Indian External Affairs Minister Krishna arrived on Monday on a four-day visit to Nepal during which he will meet the country\'s top leadership.';
    const events = consult(dated(text, '2012-01-16'));
    expect(events).toContain('CONSULT IND>NPL occurred 2012-01-16..2012-01-19');
    expect(events.filter((e) => e.includes(' planned '))).toEqual([]);
  });

  it('an announced visit stays announced', () => {
    const text = 'The Pakistani prime minister\'s visit to Nepal, during which he will meet the Nepalese president, is expected to boost trade.';
    expect(consult(dated(text, '2024-01-16'))).toContain('CONSULT PAK>NPL planned 2024-01-16..2024-01-16');
  });
});
