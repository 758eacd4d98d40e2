import { describe, expect, it } from 'vitest';
import { analyseFixture, show } from './fixtures/fixture-analyser.js';
import { defaultNameWords, surnameKeys } from './introduced-names.js';

function analyse(text: string) {
  return analyseFixture(text, '2024-06-01');
}
/** The mentions of the text that cover `surface` exactly, as "surface=CODE". */
function at(text: string, surface: string, nth = 0): string[] {
  let from = -1;
  for (let i = 0; i <= nth; i++) from = text.indexOf(surface, from + 1);
  return analyse(text).mentions.filter((m) => m.span.start === from && m.span.end === from + surface.length).map((m) => show(text, m));
}

describe('surname keys', () => {
  const words = defaultNameWords();
  it('takes the last word, and the first where it is no common given name', () => {
    expect(surnameKeys(['john', 'kirby'], words)).toEqual(['kirby']);
    expect(surnameKeys(['hong', 'nam-ki'], words)).toEqual(['nam-ki', 'hong']);
    expect(surnameKeys(['tran', 'quoc', 'hai'], words)).toEqual(['hai', 'tran']);
  });
  it('never takes particles, short words or stopword surnames', () => {
    expect(surnameKeys(['omar', 'al', 'li'], words)).toEqual([]);
    expect(surnameKeys(['peter', 'young'], words)).toEqual([]);
  });
});

describe('later mentions of people introduced with a country', () => {
  it('resolves a surname after a title + nationality introduction, sector and all', () => {
    const text = 'Chilean Energy Minister Paula Orrego visited Lima on Monday. Orrego urged Argentina to sign the pipeline deal.';
    const m = analyse(text).mentions.find((x) => text.slice(x.span.start, x.span.end) === 'Orrego');
    expect(m).toMatchObject({ code: 'CHL', via: 'person', sector: 'GOV', rule: 'actors.introduced-surname' });
  });

  it('does not carry the office of a former holder to later mentions', () => {
    const text = 'Police detained former Chilean Energy Minister Paula Orrego on Monday. Orrego denied the charges.';
    const m = analyse(text).mentions.find((x) => text.slice(x.span.start, x.span.end) === 'Orrego');
    expect(m).toMatchObject({ code: 'CHL', via: 'person' });
    expect(m?.sector).toBeUndefined();
  });

  it('takes no office for a former holder however "former" is written, on the title or later', () => {
    for (const text of [
      'Police detained ex-President Paula Orrego of Chile on Monday. Orrego denied the charges.',
      "Police detained Chile's former President Paula Orrego on Monday. Orrego denied the charges.",
      'Police detained former Chilean President Paula Orrego on Monday. Orrego denied the charges.',
    ]) {
      const found = analyse(text).mentions.filter((x) => text.slice(x.span.start, x.span.end).includes('Orrego'));
      expect(found).toHaveLength(2);
      for (const m of found) {
        expect(m.code).toBe('CHL');
        expect([m.role, m.sector]).toEqual([undefined, undefined]);
      }
    }
  });

  it('keeps the office of a sitting holder', () => {
    const text = "Police detained Chile's President Paula Orrego on Monday. Orrego denied the charges.";
    const found = analyse(text).mentions.filter((x) => text.slice(x.span.start, x.span.end).includes('Orrego'));
    expect(found.map((m) => [m.code, m.role, m.sector])).toEqual([['CHL', 'president', 'GOV'], ['CHL', 'president', 'GOV']]);
  });

  it('resolves a family name written first', () => {
    const text = 'Vietnamese Trade Minister Tran Quoc Hai met exporters in Hanoi. Tran then pressed Canberra to ease quotas.';
    expect(at(text, 'Tran', 1)).toEqual(['Tran=VNM']);
  });

  it('reads the full name written again as one mention', () => {
    const text = 'Chilean Energy Minister Paula Orrego arrived late. Reporters later asked Paula Orrego about prices.';
    expect(at(text, 'Paula Orrego', 1)).toEqual(['Paula Orrego=CHL']);
  });

  it('introduces a person named after a seat of power and a role word', () => {
    const text = 'White House spokeswoman Dana Merrow spoke on Friday. Merrow urged Beijing to show restraint.';
    expect(at(text, 'White House spokeswoman Dana Merrow')).toEqual(['White House spokeswoman Dana Merrow=USA']);
    expect(at(text, 'Merrow', 1)).toEqual(['Merrow=USA']);
  });

  it('introduces the holder set beside a title by commas, before or after it', () => {
    const text = "Kenya's trade minister, Grace Wanjiru Otieno, opened the fair. Lerato Nkosi, South Africa's health minister, also spoke. Otieno and Nkosi then met the press.";
    expect(at(text, 'Otieno', 1)).toEqual(['Otieno=KEN']);
    expect(at(text, 'Nkosi', 1)).toEqual(['Nkosi=ZAF']);
  });

  it("gives an envoy named after his posting his sending state", () => {
    const text = 'The Ghanaian High Commissioner to Nigeria, Ambassador Kwesi Ampofo, met traders. Ampofo condemned the attacks on Ghanaians.';
    expect(at(text, 'Ghanaian High Commissioner')).toEqual(['Ghanaian High Commissioner=GHA']);
    expect(at(text, 'Ampofo', 1)).toEqual(['Ampofo=GHA']);
  });

  it('gives a title with no country beside a new name the state the article and the sentence before are about', () => {
    const text = 'Peru recalled its envoy on Tuesday. Peru accused Bolivia of meddling in the vote. "We will not accept this," Rosa Quispe Mamani, the foreign minister, said. Mamani added that Peru would file a complaint.';
    expect(at(text, 'Rosa Quispe Mamani')).toEqual(['Rosa Quispe Mamani=PER']);
    expect(at(text, 'Mamani', 1)).toEqual(['Mamani=PER']);
  });

  it('does not give such a title the state of the sentence before when it names its own body or place', () => {
    const text = 'Peru recalled its envoy on Tuesday. Peru accused Bolivia of meddling. Later, Rosa Quispe Mamani, the mayor of Cusco, spoke. Mamani spoke again.';
    expect(at(text, 'Mamani', 1)).toEqual([]);
  });
});

describe('what the surname rule leaves alone', () => {
  it('leaves a surname shared by people of two countries unresolved, but not their full names', () => {
    const text = 'Ghanaian Finance Minister Kofi Mensah met Togolese Trade Minister Ama Mensah in Accra. Mensah said the talks went well. Ama Mensah disagreed.';
    const r = analyse(text);
    const from = text.indexOf('Mensah said');
    expect(r.mentions.filter((m) => m.span.start === from)).toEqual([]);
    expect(r.diagnostics.some((d) => d.rule === 'actors.surname-ambiguous' && d.span?.start === from)).toBe(true);
    expect(at(text, 'Ama Mensah', 1)).toEqual(['Ama Mensah=TGO']);
  });

  it('does not resolve a name before its introduction', () => {
    const text = 'Orrego arrived first. Chilean Energy Minister Paula Orrego then spoke.';
    expect(at(text, 'Orrego')).toEqual([]);
  });

  it('does not take a surname that is a common word at the start of a sentence', () => {
    const text = 'Ugandan Energy Minister Ruth Fair opened the plant. Fair trade rules were also discussed, and prices were called fair. Later, Fair left for Nairobi.';
    expect(at(text, 'Fair', 1)).toEqual([]);
    expect(at(text, 'Fair', 2)).toEqual(['Fair=UGA']);
  });

  it('does not take the surname inside another name, or a common given name alone', () => {
    const text = 'White House spokesman John Merrow spoke. The singer Lucas Merrow sang. John said nothing.';
    expect(at(text, 'Merrow', 1)).toEqual([]);
    expect(at(text, 'John', 1)).toEqual([]);
  });

  it('lets a place or capital win over a name word', () => {
    const text = 'Brazilian Trade Minister Paulo Lima spoke. Lima hosted the talks.';
    expect(at(text, 'Lima', 1)).toEqual(['Lima=PER']);
  });

  it('keeps a seat of power before a role word with no name the government', () => {
    const text = 'Kremlin spokesmen declined to comment.';
    expect(analyse(text).mentions.map((m) => show(text, m))).toEqual(['Kremlin=RUS']);
  });
});
