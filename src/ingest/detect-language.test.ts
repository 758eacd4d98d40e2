import { describe, expect, it } from 'vitest';
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
