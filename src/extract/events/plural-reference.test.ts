/**
 * Events whose parties are named by a plural or group reference (branch plural): "his counterparts in
 * both countries", "urging them" after the pair, "the three Gulf states" after a list. Each reading
 * with cases that must give the event and cases that must not. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

const types = (text: string, type: string) => eventsOf(text).filter((e) => e.startsWith(type + ' ')).map((e) => e.split(' ')[1]).sort();

describe('"his counterparts in both countries" are the pair named before, not the speaker\'s side', () => {
  it('a call with the counterparts of the two states is a call with each', () => {
    const text = 'Armenia and Azerbaijan traded artillery fire overnight. The French foreign minister spoke by phone with her counterparts in both countries on Tuesday.';
    expect(types(text, 'CONSULT')).toEqual(['FRA>ARM', 'FRA>AZE']);
  });
  it('"both countries" without "counterparts" keeps its old reading (the speaker may be one of the two)', () => {
    const text = 'Egypt hosted talks with Sudan last week. The Egyptian president said both countries would reopen the crossing.';
    expect(types(text, 'CONSULT')).not.toContain('EGY>EGY');
  });
  it('with only one other state before, the counterparts stay no one', () => {
    const text = 'Chile hosted a trade fair. The Chilean minister spoke by phone with his counterparts in both countries.';
    expect(types(text, 'CONSULT')).toEqual([]);
  });
});

describe('"them" right after a verb of asking is the pair just named', () => {
  it('", urging them to …" after the counterparts is a request to each', () => {
    const text = 'Armenia and Azerbaijan traded artillery fire overnight. The French foreign minister spoke by phone with her counterparts in both countries, urging them to respect the truce.';
    expect(types(text, 'REQUEST')).toEqual(['FRA>ARM', 'FRA>AZE']);
  });
  it('"and called on them" after "the two countries" as object', () => {
    const text = 'Ethiopia and Eritrea exchanged fire along the border on Monday. The United Nations wrote to the two countries and called on them to pull back their troops.';
    expect(types(text, 'REQUEST')).toEqual(['UN>ERI', 'UN>ETH']);
  });
  it('"them" for people qualified by the pair ("the refugees from both countries") is no state asked', () => {
    const text = 'Armenia and Azerbaijan traded artillery fire overnight. The French foreign minister visited the refugees from both countries and urged them to stay calm.';
    expect(types(text, 'REQUEST')).toEqual([]);
  });
  it('"them" further away from the pair is no one', () => {
    const text = 'Armenia and Azerbaijan traded artillery fire overnight. The French foreign minister spoke with her counterparts in both countries as protesters gathered, urging them to go home.';
    expect(types(text, 'REQUEST')).toEqual([]);
  });
});

describe('a numbered group names the states of the list just before when the count says so', () => {
  it('"the three countries" after a list of three', () => {
    const text = 'Kenya, Uganda and Tanzania closed their borders to Burundi on Friday. The three countries also accused Burundi of arming rebels.';
    expect(types(text, 'ACCUSE')).toEqual(['KEN>BDI', 'TZA>BDI', 'UGA>BDI']);
  });
  it('the states named beside the group are left out of a longer list ("the three Nordic states and Germany")', () => {
    const text = 'Norway, Sweden, Germany and Finland expelled Russian diplomats this week. The three Nordic states and Germany have accused Russia of spying.';
    expect(types(text, 'ACCUSE')).toEqual(['DEU>RUS', 'FIN>RUS', 'NOR>RUS', 'SWE>RUS']);
  });
  it('a count that does not match the list names no one', () => {
    const text = 'Kenya, Uganda, Rwanda and Tanzania closed their borders to Burundi on Friday. The three countries also accused Burundi of arming rebels.';
    expect(types(text, 'ACCUSE')).toEqual([]);
  });
  it('a group with no list before it names no one', () => {
    const text = 'Kenya closed its border with Burundi on Friday. The three countries accused Burundi of arming rebels.';
    expect(types(text, 'ACCUSE')).toEqual([]);
  });
});
