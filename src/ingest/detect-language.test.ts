import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { seededRandom } from '../core/seeded-random.js';
import { detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it('calls English prose English even when it is full of foreign names', () => {
    const text = 'The delegation from Ulaanbaatar arrived in Tashkent on a Tuesday, and the two ministers said that they had agreed on a plan for the railway to the port of Gwadar with the help of the bank.';
    expect(detectLanguage(text)).toBe('en');
  });
  it('names Russian, German and French', () => {
    expect(detectLanguage('Министр иностранных дел встретился с послом соседней страны и обсудил вопросы торговли и транспорта.')).toBe('ru');
    expect(detectLanguage('Der Außenminister traf gestern den Botschafter des Nachbarlandes und sprach mit ihm über den Ausbau der Eisenbahn, über neue Zölle und über die Zusammenarbeit beider Regierungen in der Energiepolitik.')).toBe('de');
    expect(detectLanguage("Le ministre des affaires étrangères a rencontré hier l'ambassadeur du pays voisin pour parler du commerce, des nouveaux tarifs douaniers et de la coopération entre les deux gouvernements dans le domaine de l'énergie.")).toBe('fr');
  });
  it('gives no verdict on a few Latin-script words', () => {
    expect(detectLanguage('Tokayev met Xi.')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});

describe('detectLanguage word counting', () => {
  // The counting as first written (a regular expression per word), with the same detector behind it.
  const tinyld = createRequire(import.meta.url)('tinyld') as { detect: (text: string) => string };
  const ENGLISH = new Set('the of and to in a is was that for on with as by at from it its has have had be were are said will which his her their this an not but'.split(' '));
  function reference(text: string): string | null {
    const sample = text.length > 4000 ? text.slice(0, 4000) : text;
    const iso = (code: string) => (/^[a-z]{2}$/.test(code) ? code : null);
    const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
    const latin = words.filter((w) => /^[a-z\u00c0-\u024f]+$/.test(w)).length;
    if (words.length > 0 && latin / words.length < 0.5) return iso(tinyld.detect(sample));
    if (words.length < 20) return null;
    if (words.filter((w) => ENGLISH.has(w)).length / words.length >= 0.08) return 'en';
    return iso(tinyld.detect(sample));
  }

  it('gives the verdict the per-word regular expressions gave (generated texts)', () => {
    const rand = seededRandom(99);
    // Written for this test: function words, Latin-script and other letters, letters outside the Latin
    // blocks (ª µ ǅ), an astral letter, lone surrogates, combining marks, digits, apostrophes.
    const pieces = ['the', 'of', 'and', 'said', 'The', 'OF', 'Minister', 'İzmir', 'şehir', 'Łódź', 'straße', 'Élysée', 'ª', 'µ', 'ǅ', 'ɐ', 'Ω', 'Москва', 'переговоры',
      '北京', '𝒜x', '\uD835', '\uDC9C', 'a\uD800b', 'e\u0301', '2024', "it's", 'o’clock', 'ﬁ', 'Ĳ'];
    let english = 0;
    for (let k = 0; k < 1500; k++) {
      let text = '';
      const n = Math.floor(rand() * 45);
      for (let i = 0; i < n; i++) text += pieces[Math.floor(rand() * pieces.length)]! + (rand() < 0.85 ? ' ' : rand() < 0.5 ? '-' : '');
      const verdict = detectLanguage(text);
      expect([text, verdict]).toEqual([text, reference(text)]);
      if (verdict === 'en') english++;
    }
    expect(english).toBeGreaterThan(100);
  });
});
