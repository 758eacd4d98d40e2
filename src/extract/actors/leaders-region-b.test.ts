import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import { analyseActors, lookupActor } from './index.js';

// data/leaders/americas.yaml and data/leaders/asia-pacific-europe.yaml, through the real lexicon.

describe('leaders of the Americas, Asia-Pacific and Europe (real data files)', () => {
  const people: Array<[string, string, string, string]> = [
    ['Petro', '2024-03-01', 'COL', 'president'],
    ['Duque', '2020-06-01', 'COL', 'president'],
    ['Maduro', '2020-06-01', 'VEN', 'president'],
    ['Delcy Rodríguez', '2026-02-01', 'VEN', 'president'],
    ['Delcy Rodriguez', '2016-01-01', 'VEN', 'foreign_minister'],
    ['Boric', '2023-05-01', 'CHL', 'president'],
    ['Kast', '2026-06-01', 'CHL', 'president'],
    ['Bukele', '2025-01-01', 'SLV', 'president'],
    ['Díaz-Canel', '2024-01-01', 'CUB', 'president'],
    ['Kim Jong Un', '2024-01-01', 'PRK', 'president'],
    ['Lai Ching-te', '2025-01-01', 'TWN', 'president'],
    ['Anwar', '2024-01-01', 'MYS', 'prime_minister'],
    ['Prayuth', '2019-01-01', 'THA', 'prime_minister'],
    ['Min Aung Hlaing', '2022-01-01', 'MMR', 'prime_minister'],
    ['Min Aung Hlaing', '2025-01-01', 'MMR', 'president'],
    ['Hasina', '2020-01-01', 'BGD', 'prime_minister'],
    ['Yunus', '2025-01-01', 'BGD', 'prime_minister'],
    ['Luxon', '2024-01-01', 'NZL', 'prime_minister'],
    ['Orbán', '2020-01-01', 'HUN', 'prime_minister'],
    ['Vučić', '2023-01-01', 'SRB', 'president'],
    ['Vucic', '2015-01-01', 'SRB', 'prime_minister'],
    ['Kurti', '2023-01-01', 'XKX', 'prime_minister'],
    ['Mitsotakis', '2024-01-01', 'GRC', 'prime_minister'],
    ['Sánchez', '2024-01-01', 'ESP', 'prime_minister'],
    ['Jetten', '2026-04-01', 'NLD', 'prime_minister'],
    ['Cassis', '2024-01-01', 'CHE', 'foreign_minister'],
  ];
  it.each(people)('%s on %s → %s %s', (name, date, code, role) => {
    expect(lookupActor(name, date)).toMatchObject({ code, via: 'person', role });
  });

  it('gives the office a person held on the date (predecessors and later careers)', () => {
    expect(lookupActor('Lai', '2018-06-01')).toMatchObject({ code: 'TWN', role: 'prime_minister' });
    expect(lookupActor('Stubb', '2010-06-01')).toMatchObject({ code: 'FIN', role: 'foreign_minister' });
    expect(lookupActor('Stubb', '2025-06-01')).toMatchObject({ code: 'FIN', role: 'president' });
    expect(lookupActor('Radev', '2020-06-01')).toMatchObject({ code: 'BGR', role: 'president' });
    expect(lookupActor('Radev', '2026-06-01')).toMatchObject({ code: 'BGR', role: 'prime_minister' });
    expect(lookupActor('Thein Sein', '2013-06-01')).toMatchObject({ code: 'MMR', role: 'president' });
    expect(lookupActor('Piñera', '2019-06-01')).toMatchObject({ code: 'CHL', role: 'president' });
  });

  it('picks among namesakes by the date: the Rajapaksa brothers, Evo and Jimmy Morales', () => {
    expect(lookupActor('Rajapaksa', '2012-01-01')?.person).toBe('mahinda-rajapaksa');
    expect(lookupActor('Rajapaksa', '2019-12-01')?.person).toBe('mahinda-rajapaksa');
    expect(lookupActor('Rajapaksa', '2022-06-01')?.person).toBe('gotabaya-rajapaksa');
    expect(lookupActor('Morales', '2012-01-01')?.person).toBe('evo-morales');
    expect(lookupActor('Morales', '2021-01-01')?.person).toBe('jimmy-morales');
  });

  it('does not take the bare names of people already in other files', () => {
    // Ludovic Orban, Lú-Olo Guterres and Lawrence Wong have no bare surname of their own.
    expect(lookupActor('Orban', '2020-06-01')).toMatchObject({ code: 'HUN' });
    expect(lookupActor('Guterres', '2020-06-01')).toMatchObject({ code: 'UN' });
    expect(lookupActor('Wong', '2024-06-01')).toMatchObject({ code: 'AUS' });
  });

  it('keeps places and words that are also surnames out of the leaders', () => {
    expect(lookupActor('Montenegro', '2025-01-01')?.via).not.toBe('person');
    expect(lookupActor('Nepal', '2010-06-01')?.via).not.toBe('person');
    expect(lookupActor('Muscat', '2015-01-01')?.code).not.toBe('MLT');
    expect(lookupActor('Store', '2024-01-01')).toBeNull();
    expect(lookupActor('Machete', '2014-01-01')).toBeNull();
  });

  it('resolves a bare surname in a dated sentence to the state', () => {
    const text = 'Ruling out new talks, Petro said the ceasefire had failed. Noboa answered a day later.';
    const a = analyseActors(text, splitSentences(text), '2024-02-10');
    const codeOf = (surface: string) => a.mentions.find((m) => text.slice(m.span.start, m.span.end) === surface)?.code;
    expect(codeOf('Petro')).toBe('COL');
    expect(codeOf('Noboa')).toBe('ECU');
  });

  it('resolves the predecessor of a sentence dated before the handover', () => {
    const text = 'Bachelet met Kirchner in Santiago.';
    const a = analyseActors(text, splitSentences(text), '2009-05-01');
    expect(a.mentions.find((m) => text.slice(m.span.start, m.span.end) === 'Bachelet')?.code).toBe('CHL');
  });
});
