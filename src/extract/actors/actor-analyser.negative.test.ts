import { describe, expect, it } from 'vitest';
import { analyseFixture, show } from './fixtures/fixture-analyser.js';

function mentions(text: string, date: string | null = '2024-06-01'): string[] {
  return analyseFixture(text, date).mentions.map((m) => show(text, m));
}

describe('what must not be an actor', () => {
  const none: Array<[string, string]> = [
    ['lowercase "us" in narration is not the USA', 'The minister told us that trade grew.'],
    ['"we"/"our" outside a quotation are not resolved', 'We report that our sources confirmed the meeting.'],
    ['"European" alone is not the EU', 'A European investor bought the plant.'],
    ['a surname that is a common word does not match alone', 'In May the parliament approved the budget.'],
    ['a city that is neither a capital nor a summit venue is not an actor', 'The delegation visited Nukus and Novosibirsk.'],
    ['seas and newspapers named after countries', 'The Caspian Sea and the South China Sea were discussed in The Moscow Times.'],
    ['news outlets named after capitals and regions', 'Reporters from the Kyiv Independent, the Tehran Times and the Times of Central Asia asked about visas.'],
    ['airlines named after countries', 'Uzbekistan Airways and Air China added weekly flights.'],
    ['a lowercase demonym-like word', 'The chinese vase sold at auction.'],
    ['"I" outside a quotation', 'I was told nothing.'],
    ['a known surname inside another person\'s name', 'The student Anna Putin and the anchor Modi Kumar won prizes.'],
    ['a demonym that qualifies a language or an origin', 'Russian-language outlets praised the Chinese-made phones and the Turkish-built ferry.'],
    ['a demonym before "-speaking" or "-born"', 'French-speaking pupils met a Korean-born chef.'],
  ];
  it.each(none)('%s', (_name, text) => {
    expect(mentions(text)).toEqual([]);
  });

  it('does not guess a pronoun with no antecedent', () => {
    const text = 'He arrived on Monday and his plane landed early.';
    const r = analyseFixture(text, '2024-01-01');
    expect(r.mentions).toEqual([]);
    expect(r.diagnostics.filter((d) => d.rule === 'actors.unresolved-reference')).toHaveLength(2);
  });

  it('does not resolve a narration pronoun to a person named only inside a quotation', () => {
    const text = 'The spokesman was brief. “Putin will not attend,” the statement read. He gave no reason.';
    const r = analyseFixture(text, '2024-01-01');
    expect(r.mentions.map((m) => show(text, m))).toEqual(['Putin=RUS/putin']);
  });

  it('does not let the main person stand in for a title that does not fit their office', () => {
    const text = 'Lavrov spoke twice. Lavrov left. The ambassador and the President stayed.';
    expect(mentions(text, '2024-01-01')).toEqual(['Lavrov=RUS/lavrov', 'Lavrov=RUS/lavrov']);
  });

  it('does not resolve "the two countries" with only one country in reach', () => {
    const text = 'Japan opened an embassy. The two countries will talk.';
    expect(mentions(text)).toEqual(['Japan=JPN']);
  });

  it('does not read "the former president" as a reference', () => {
    const text = 'Modi met Putin; the former president of the bank also came.';
    expect(mentions(text)).toEqual(['Modi=IND/modi', 'Putin=RUS/putin']);
  });

  it('does not take a title in the wrong case as an acronym ("pm" is not a title)', () => {
    expect(mentions('The talks ended at 5 pm in Tokyo.')).toEqual(['Tokyo=JPN']);
  });

  it('does not attribute a quote to "the United States" because of the word "States"', () => {
    const text = 'Canada’s memo lists a "reliable partnership" with the United States alongside its Pacific ties.';
    const r = analyseFixture(text, '2024-01-01');
    expect(r.quotes).toEqual([]);
  });

  it('does not resolve quote pronouns when the speaker is unknown', () => {
    const text = 'A statement followed. “We will respond firmly to any provocation at our borders.”';
    const r = analyseFixture(text, '2024-01-01');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker).toBeNull();
    expect(r.mentions).toEqual([]);
  });
});
