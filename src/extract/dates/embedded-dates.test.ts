import { describe, expect, it } from 'vitest';
import { isEmbeddedDate } from './embedded-dates.js';

const at = (text: string, date: string) => {
  const start = text.indexOf(date);
  return isEmbeddedDate(text, { start, end: start + date.length });
};

describe('isEmbeddedDate', () => {
  it('finds dates in caption lines and after a post signature', () => {
    expect(at('Title\nFILE PHOTO: Troops on parade, May 9, 2019. REUTERS/Someone\nBody.', 'May 9, 2019')).toBe(true);
    expect(at('Body text.\nNice day — Jo Bloggs (@jobloggs) March 3, 2024\nMore body.', 'March 3, 2024')).toBe(true);
  });

  it('reads a caption on past the stops of initials and title abbreviations', () => {
    expect(at('Title\nPhoto: U.S. Secretary of State meets troops in Kyiv, May 9, 2019\nBody.', 'May 9, 2019')).toBe(true);
    expect(at('Title\nFILE PHOTO: Gen. Ali Reza attends a parade in Tehran, May 9, 2019\nBody.', 'May 9, 2019')).toBe(true);
  });

  it('leaves dates of the report alone', () => {
    expect(at('Title\nThe ministers met in Rome on May 9, 2019.\nPhoto: none', 'May 9, 2019')).toBe(false);
    expect(at('The photo exhibition opened on March 3, 2024 in Rome.', 'March 3, 2024')).toBe(false);
  });

  it('limits an inline caption or credit to itself, not its whole paragraph', () => {
    const credit = 'Leaders met in Accra on March 3, 2024. Photo: Presidency/Jo Roe. The pact took effect on March 5, 2024.';
    expect(at(credit, 'March 3, 2024')).toBe(false);
    expect(at(credit, 'March 5, 2024')).toBe(false);
    const caption = 'Talks went on. FILE PHOTO: Troops on parade, May 9, 2019. REUTERS/Jo Roe The pact was signed on June 1, 2019.';
    expect(at(caption, 'May 9, 2019')).toBe(true);
    expect(at(caption, 'June 1, 2019')).toBe(false);
  });

  it('takes the sentence a credit closes as its caption', () => {
    const text = 'Talks went on in Lima. Troops march in Lima, May 9, 2019. REUTERS/Jo Roe The pact was signed on June 1, 2019.';
    expect(at(text, 'May 9, 2019')).toBe(true);
    expect(at(text, 'June 1, 2019')).toBe(false);
    expect(at('The parade in Lima on May 9, 2019 drew crowds (AP Photo/Jo Roe). Talks ended.', 'May 9, 2019')).toBe(true);
    expect(at('Envoys wave in Lima on May 9, 2019.Jo Roe—Getty Images', 'May 9, 2019')).toBe(true);
    expect(at('Envoys wave in Lima, May 9, 2019. (Photo: Jo Roe/AFP)', 'May 9, 2019')).toBe(true);
    expect(at('Envoys met in Lima on May 9, 2019. They signed a pact and then left for talks in Quito. REUTERS/Jo Roe', 'May 9, 2019')).toBe(false);
    expect(at('Aid is unloaded at the airport near Lima, Thursday. Photo by Jo Roe/EPA-EFE\nBody.', 'Thursday')).toBe(true);
    expect(at('Envoys met in Lima on Thursday. They signed a pact and then left for talks in Quito and Bogota. Photo by Jo Roe', 'Thursday')).toBe(false);
  });
});

describe('isEmbeddedDate: bracketed credits (dating11)', () => {
  it('takes a photo line closed by "(NAME / AGENCY)" as a caption', () => {
    expect(at('Police stand guard outside their station in Lima on January 9, 2023. (Jo ROE / AFP)\n\nBody.', 'January 9, 2023')).toBe(true);
    expect(at('Police stood guard in Lima on January 9, 2023, the ministry said.\n\nBody (Jo ROE / AFP)', 'January 9, 2023')).toBe(false);
  });
});

describe('isEmbeddedDate: agency credits written the other way round (date18)', () => {
  it('takes a caption closed by "EFE-EPA FILE/NAME" as a caption', () => {
    const text = 'The minister speaks at a forum in Quito, Ecuador 12 March 2021. EFE-EPA FILE/JO ROE/POOL\n\nQuito, Mar 19 (EFE).- The minister said on Friday that talks would resume.';
    expect(at(text, '12 March 2021')).toBe(true);
    expect(at(text, 'Friday')).toBe(false);
  });
});
