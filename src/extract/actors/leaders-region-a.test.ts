import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import { analyseActors, lookupActor } from './index.js';

// The Middle East and Africa leaders files (africa-middle-east.yaml, africa-east-central.yaml,
// africa-west-southern.yaml) with the real resolver: bare surnames, dates, namesakes and left-out words.
const run = (text: string, date: string | null) => analyseActors(text, splitSentences(text), date);
const mentionOf = (text: string, date: string, surface: string) =>
  run(text, date).mentions.find((m) => text.slice(m.span.start, m.span.end) === surface);

describe('Middle East and Africa leaders (real data files)', () => {
  const cases: Array<[string, string, string, string, string]> = [
    // name, date, state, person id, office on that date
    ['Ruto', '2024-06-01', 'KEN', 'william-ruto', 'president'],
    ['Ruto', '2018-06-01', 'KEN', 'william-ruto', 'vice_president'],
    ['Kenyatta', '2018-06-01', 'KEN', 'uhuru-kenyatta', 'president'],
    ['Netanyahu', '2024-06-01', 'ISR', 'benjamin-netanyahu', 'prime_minister'],
    ['Lapid', '2022-09-01', 'ISR', 'yair-lapid', 'prime_minister'],
    ['Lapid', '2021-09-01', 'ISR', 'yair-lapid', 'foreign_minister'],
    ['Sisi', '2020-01-01', 'EGY', 'abdel-fattah-el-sisi', 'president'],
    ['Tinubu', '2024-01-01', 'NGA', 'bola-tinubu', 'president'],
    ['Buhari', '2019-01-01', 'NGA', 'muhammadu-buhari', 'president'],
    ['Abiy', '2023-01-01', 'ETH', 'abiy-ahmed', 'prime_minister'],
    ['Tebboune', '2018-01-01', 'DZA', 'abdelmadjid-tebboune', 'prime_minister'],
    ['Tebboune', '2022-01-01', 'DZA', 'abdelmadjid-tebboune', 'president'],
    ['Bourita', '2023-01-01', 'MAR', 'nasser-bourita', 'foreign_minister'],
    ['Safadi', '2024-01-01', 'JOR', 'ayman-safadi', 'foreign_minister'],
    ['Abu Mazen', '2024-01-01', 'PSE', 'mahmoud-abbas', 'president'],
    ['Hemedti', '2021-01-01', 'SDN', 'mohamed-hamdan-dagalo', 'vice_president'],
    ['Tshisekedi', '2025-01-01', 'COD', 'felix-tshisekedi', 'president'],
    ['Mnangagwa', '2022-01-01', 'ZWE', 'emmerson-mnangagwa', 'president'],
    ['Goïta', '2023-01-01', 'MLI', 'assimi-goita', 'president'],
    ['Goita', '2021-01-01', 'MLI', 'assimi-goita', 'vice_president'],
    ['Tedros', '2014-01-01', 'ETH', 'tedros-adhanom', 'foreign_minister'],
    ['Tedros', '2021-01-01', 'WHO', 'tedros-adhanom', 'secretary_general'],
  ];
  it.each(cases)('%s on %s → %s (%s, %s)', (name, date, code, person, role) => {
    expect(lookupActor(name, date)).toMatchObject({ code, via: 'person', person, role });
  });

  it('picks the namesake in office on the date (two Aouns, two Débys, two Salams, two al-Sharaas)', () => {
    expect(lookupActor('Aoun', '2019-01-01')?.person).toBe('michel-aoun');
    expect(lookupActor('Aoun', '2025-06-01')?.person).toBe('joseph-aoun');
    expect(lookupActor('Déby', '2015-01-01')?.person).toBe('idriss-deby');
    expect(lookupActor('Deby', '2024-01-01')?.person).toBe('mahamat-idriss-deby');
    expect(lookupActor('Salam', '2015-01-01')?.person).toBe('tammam-salam');
    expect(lookupActor('Salam', '2025-06-01')?.person).toBe('nawaf-salam');
    expect(lookupActor('al-Sharaa', '2012-01-01')?.person).toBe('farouk-al-sharaa');
    expect(lookupActor('al-Sharaa', '2025-06-01')?.person).toBe('ahmed-al-sharaa');
  });

  it('resolves a bare surname in a dated text to the state, and the predecessor by the date', () => {
    const text = 'Ruto said the talks in Nairobi had gone well. Kenyatta attended the ceremony.';
    expect(mentionOf(text, '2024-05-01', 'Ruto')).toMatchObject({ code: 'KEN', person: 'william-ruto', role: 'president' });
    expect(mentionOf(text, '2016-05-01', 'Ruto')).toMatchObject({ code: 'KEN', role: 'vice_president' });
    expect(mentionOf(text, '2016-05-01', 'Kenyatta')).toMatchObject({ code: 'KEN', person: 'uhuru-kenyatta', role: 'president' });

    const egypt = 'Shoukry met his counterpart on Monday and said the crossing would stay open.';
    expect(mentionOf(egypt, '2020-03-01', 'Shoukry')).toMatchObject({ code: 'EGY', role: 'foreign_minister' });
    const egypt2 = 'Abdelatty met his counterpart on Monday and said the crossing would stay open.';
    expect(mentionOf(egypt2, '2025-03-01', 'Abdelatty')).toMatchObject({ code: 'EGY', person: 'badr-abdelatty' });
  });

  it('keeps the Saudi King Abdullah while he reigned and the Jordanian one afterwards', () => {
    expect(lookupActor('King Abdullah', '2012-01-01')?.code).toBe('SAU');
    expect(lookupActor('King Abdullah', '2020-01-01')?.code).toBe('JOR');
  });

  it('does not take left-out surnames (common words and first names) as leaders', () => {
    for (const word of ['Mills', 'Barrow', 'Talon', 'Tax', 'Hijab', 'Jonathan', 'Abbas', 'Hadi', 'Boko', 'Djibo', 'Wade', 'Matata']) {
      expect(lookupActor(word, '2015-01-01')?.via === 'person' ? word : null).toBeNull();
    }
    const text = 'The Boko Haram attack near Djibo was condemned. Mills and tax rules were discussed.';
    expect(run(text, '2015-01-01').mentions.filter((m) => m.via === 'person')).toEqual([]);
  });
});
