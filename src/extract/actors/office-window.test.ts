import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../../core/types.js';
import type { Person } from './leaders.js';
import { officeWindow } from './office-window.js';

const person = (id: string, offices: Person['offices']): Person => ({ id, name: id, aliases: [], offices } as unknown as Person);
const people = new Map<string, Person>([
  ['fm', person('fm', [{ actor: 'KAZ', role: 'foreign_minister', from: '2023-04-03', to: '2025-09-26' }])],
  ['hr', person('hr', [{ actor: 'ESP', role: 'foreign_minister', from: '2018-06-07', to: '2019-11-30' }, { actor: 'EU', role: 'high_representative', from: '2019-12-01', to: '2024-11-30' }])],
  ['pres', person('pres', [{ actor: 'TKM', role: 'president', from: '2022-03-19', to: null }])],
]);
const mention = (p: string, code: string, via: ActorMention['via'] = 'person'): ActorMention =>
  ({ kind: 'actor', span: { start: 0, end: 1 }, code, via, person: p, rule: 'test' });

describe('officeWindow', () => {
  it('intersects the terms of the offices people are named in', () => {
    expect(officeWindow([mention('fm', 'KAZ'), mention('hr', 'EU')], people, '2026-11-30')).toEqual({ from: '2023-04-03', to: '2024-11-30' });
  });
  it('closes an office still held at the given day', () => {
    expect(officeWindow([mention('pres', 'TKM')], people, '2026-11-30')).toEqual({ from: '2022-03-19', to: '2026-11-30' });
  });
  it('gives nothing when the terms do not overlap (a namesake resolved wrongly) or no one is named', () => {
    expect(officeWindow([mention('pres', 'TKM'), mention('hr', 'ESP')], people, '2026-11-30')).toBeNull();
    expect(officeWindow([], people, '2026-11-30')).toBeNull();
  });
  it('ignores pronouns, which only repeat a person', () => {
    expect(officeWindow([mention('fm', 'KAZ'), mention('pres', 'TKM', 'pronoun')], people, '2026-11-30')).toEqual({ from: '2023-04-03', to: '2025-09-26' });
  });

  it('leaves out a person the text names in another office (an envoy, a former holder)', () => {
    const text = 'Kazakh Ambassador to Russia Fm Fm was summoned, and President Pres Pres spoke.';
    const at = (name: string, p: string, code: string): ActorMention => ({ ...mention(p, code), span: { start: text.indexOf(name), end: text.indexOf(name) + name.length } });
    expect(officeWindow([at('Fm Fm', 'fm', 'KAZ'), at('Pres Pres', 'pres', 'TKM')], people, '2026-11-30', text)).toEqual({ from: '2022-03-19', to: '2026-11-30' });
    const former = 'Former foreign minister Fm Fm spoke.';
    expect(officeWindow([{ ...mention('fm', 'KAZ'), span: { start: 24, end: 29 } }], people, '2026-11-30', former)).toBeNull();
  });
});
