import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../../core/data-files.js';
import { leadersFileNames, mergeLeaders, officeOn, pickPerson, validateLeadersFile, type Person } from './leaders.js';

describe('data/leaders/*.yaml', () => {
  const names = leadersFileNames();
  const files = names.map((name) => validateLeadersFile(`data/${name}`, loadDataFile(name)));

  it('exists', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names.map((n, i) => [n, i] as const))('%s: every entry is well-formed (ISO days, from <= to, known roles)', (_name, i) => {
    // The messages name the file and the entry, so a failure here says what to fix.
    expect(files[i]!.errors).toEqual([]);
    expect(files[i]!.people.length).toBeGreaterThan(0);
  });

  it('uses every person id once across all files', () => {
    expect(mergeLeaders(files).errors).toEqual([]);
  });

  it('has no alias shared by two people holding the same office of the same actor on overlapping days', () => {
    const people = mergeLeaders(files).people;
    const byAlias = new Map<string, Person[]>();
    for (const p of people) {
      for (const a of new Set([p.name, ...p.aliases].map((x) => x.toLowerCase()))) {
        byAlias.set(a, [...(byAlias.get(a) ?? []), p]);
      }
    }
    const clashes: string[] = [];
    for (const [alias, ps] of byAlias) {
      for (let i = 0; i < ps.length; i++) {
        for (let j = i + 1; j < ps.length; j++) {
          for (const a of ps[i]!.offices) {
            for (const b of ps[j]!.offices) {
              // The handover day itself may be shared (one leaves, the other takes office).
              const overlap = a.from < (b.to ?? '9999') && b.from < (a.to ?? '9999');
              if (overlap && a.actor === b.actor && a.role === b.role) clashes.push(`"${alias}": ${ps[i]!.id} (${ps[i]!.file}) and ${ps[j]!.id} (${ps[j]!.file})`);
            }
          }
        }
      }
    }
    // Same name, same office, same time: neither the date nor the document's other actors can tell them apart.
    expect([...new Set(clashes)]).toEqual([]);
  });
});

describe('validateLeadersFile', () => {
  const good = { id: 'test-person', name: 'Test Person', aliases: ['Person'], offices: [{ actor: 'MNG', role: 'president', from: '2020-01-01', to: null }] };

  it('accepts a well-formed entry', () => {
    const r = validateLeadersFile('data/leaders/x.yaml', { people: [good] });
    expect(r.errors).toEqual([]);
    expect(r.people[0]!.id).toBe('test-person');
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ['to before from', { ...good, offices: [{ actor: 'MNG', role: 'president', from: '2020-01-01', to: '2019-01-01' }] }, /people\[0\] \(id 'test-person'\): offices\[0\] \(MNG president\): to 2019-01-01 is before from 2020-01-01/],
    ['unknown role', { ...good, offices: [{ actor: 'MNG', role: 'dictator', from: '2020-01-01', to: null }] }, /people\[0\] \(id 'test-person'\): offices\.0\.role/],
    ['not an ISO day', { ...good, offices: [{ actor: 'MNG', role: 'president', from: '2020-1-1', to: null }] }, /offices\.0\.from: must be an ISO day/],
    ['impossible day', { ...good, offices: [{ actor: 'MNG', role: 'president', from: '2021-02-30', to: null }] }, /offices\[0\]\.from 2021-02-30 is not a calendar day/],
    ['bad id', { ...good, id: 'Test Person' }, /people\[0\] \(id 'Test Person'\): id: must be lowercase/],
    ['lowercase actor', { ...good, offices: [{ actor: 'mng', role: 'president', from: '2020-01-01', to: null }] }, /offices\.0\.actor/],
    ['no offices', { ...good, offices: [] }, /offices/],
    ['unknown field', { ...good, gender: 'f' }, /people\[0\] \(id 'test-person'\)/],
  ];
  it.each(bad)('reports %s with the file and the entry', (_name, entry, message) => {
    const r = validateLeadersFile('data/leaders/x.yaml', { people: [good, entry].reverse() });
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors[0]).toMatch(/^data\/leaders\/x\.yaml: /);
    expect(r.errors.join('\n')).toMatch(message);
  });

  it('rejects a file without a people list', () => {
    expect(validateLeadersFile('data/leaders/y.yaml', { persons: [] }).errors[0]).toMatch(/^data\/leaders\/y\.yaml: expected a mapping with a 'people' list/);
  });

  it('reports a duplicate id with both files', () => {
    const a = validateLeadersFile('data/leaders/a.yaml', { people: [good] });
    const b = validateLeadersFile('data/leaders/b.yaml', { people: [good] });
    expect(mergeLeaders([a, b]).errors).toEqual([
      "data/leaders/b.yaml: person id 'test-person' is already used in data/leaders/a.yaml (ids must be unique across data/leaders)",
    ]);
  });
});

describe('officeOn and pickPerson', () => {
  const person = {
    id: 'p',
    offices: [
      { actor: 'JPN', role: 'foreign_minister', from: '2012-12-26', to: '2017-08-03' },
      { actor: 'JPN', role: 'prime_minister', from: '2021-10-04', to: '2024-10-01' },
    ],
  } as const;
  const cases: Array<[string | null, string]> = [
    ['2015-01-01', 'foreign_minister'],
    ['2022-01-01', 'prime_minister'],
    ['2019-01-01', 'foreign_minister'], // between terms: the latest before
    ['2026-01-01', 'prime_minister'], // after all terms
    ['2010-01-01', 'foreign_minister'], // before all terms: the first
    ['2022-01', 'prime_minister'], // a month
    [null, 'prime_minister'], // no date: the latest
  ];
  it.each(cases)('on %s → %s', (date, role) => {
    expect(officeOn(person, date)?.role).toBe(role);
  });

  it('prefers the head of state when two offices are held at once', () => {
    const both = { offices: [
      { actor: 'ARE', role: 'prime_minister', from: '2006-01-05', to: null },
      { actor: 'ARE', role: 'vice_president', from: '2006-01-05', to: null },
    ] } as const;
    expect(officeOn(both, '2020-01-01')?.role).toBe('prime_minister');
  });

  it('picks among namesakes in office at once by the actors the document names', () => {
    const nato = { id: 'nato-sg', offices: [{ actor: 'NATO', role: 'secretary_general', from: '2009-08-01', to: '2014-09-30' }] } as const;
    const pm = { id: 'dk-pm', offices: [{ actor: 'DNK', role: 'prime_minister', from: '2009-04-05', to: '2011-10-03' }] } as const;
    expect(pickPerson([nato, pm], '2010-05-01', new Set(['DNK']))?.id).toBe('dk-pm');
    expect(pickPerson([nato, pm], '2010-05-01', new Set(['NATO']))?.id).toBe('nato-sg');
    expect(pickPerson([nato, pm], '2010-05-01')?.id).toBe('nato-sg');
  });

  it('picks among namesakes by who held office on the date', () => {
    const father = { id: 'father', offices: [{ actor: 'AZE', role: 'president', from: '1993-06-15', to: '2003-10-31' }] } as const;
    const son = { id: 'son', offices: [{ actor: 'AZE', role: 'president', from: '2003-10-31', to: null }] } as const;
    expect(pickPerson([father, son], '2001-01-01')?.id).toBe('father');
    expect(pickPerson([father, son], '2010-01-01')?.id).toBe('son');
    expect(pickPerson([father, son], null)?.id).toBe('son');
    // On the handover day, the incoming holder.
    expect(pickPerson([father, son], '2003-10-31')?.id).toBe('son');
  });
});
