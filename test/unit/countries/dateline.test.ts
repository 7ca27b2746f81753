import { describe, expect, it } from 'vitest';
import { datelineCountry, namesPlace } from '../../../functions/core/countries/dateline-place.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { detectDateline, isInInlineDateline } from '../../../functions/core/text/dateline.js';

const countryOfBody = (body: string) => {
  const dateline = detectDateline(body);
  return dateline ? datelineCountry(dateline.place) : undefined;
};

describe('dateline country', () => {
  it('reads the country of inline datelines in agency styles', () => {
    expect(countryOfBody('TAIPEI, Taiwan — In a statement')).toBe('TW');
    expect(countryOfBody('WASHINGTON (Reuters) - The Treasury')).toBe('US');
    expect(countryOfBody('LONDON, March 3 - Shares fell')).toBe('GB');
    expect(countryOfBody('BEIJING, Jan. 5 (Xinhua) -- China said')).toBe('CN');
    expect(countryOfBody("N'DJAMENA, Chad — Rebels advanced")).toBe('TD');
  });

  it('reads a dateline filed from two bureaus as the first bureau', () => {
    expect(detectDateline('WASHINGTON/OTTAWA, June 3 (Reuters) - Canada and the United States')?.place).toBe(
      'WASHINGTON/OTTAWA',
    );
    expect(countryOfBody('WASHINGTON/OTTAWA, June 3 (Reuters) - Canada and the United States')).toBe('US');
    expect(countryOfBody('SHANGHAI/HONG KONG, May 7 (Reuters) - Chinese stocks rose')).toBe('CN');
  });

  it('reads an Indian agency dateline that has no dash after the credit', () => {
    const dateline = detectDateline('BENGALURU, June 4 (PTI) At least 11 people were hurt');

    expect(dateline?.place).toBe('BENGALURU');
    expect(dateline?.end).toBe('BENGALURU, June 4 (PTI) '.length);
    expect(countryOfBody('NEW DELHI, April 8 (PTI) The Supreme Court said')).toBe('IN');
  });

  it("reads the credits of the world's national agencies, with their own punctuation", () => {
    expect(countryOfBody('TOKYO, Oct. 21 (Kyodo) -- The government approved an extra budget')).toBe('JP');
    expect(countryOfBody('SEOUL, Oct. 29 (Yonhap) -- The government approved an extra budget')).toBe('KR');
    expect(countryOfBody('ANKARA (AA) - The government approved an extra budget')).toBe('TR');
    expect(countryOfBody('KUALA LUMPUR, Nov 20 (Bernama) -- The government approved')).toBe('MY');
    expect(countryOfBody('ABU DHABI, 1st December, 2025 (WAM) -- The government approved')).toBe('AE');
    expect(
      detectDateline('MOSCOW, November 20. /TASS/. The government approved an extra budget')?.place,
    ).toBe('MOSCOW');
    expect(countryOfBody('New Delhi [India], November 20 (ANI): The government approved')).toBe('IN');
    expect(detectDateline('CIUDAD DE MEXICO (EFE).- El gobierno aprobó')?.end).toBe(
      'CIUDAD DE MEXICO (EFE).- '.length,
    );
  });

  it('reads a place in capitals before a colon, but not a label or a speaker', () => {
    const karachi = detectDateline(
      'KARACHI: The Sindh government on Monday approved',
      undefined,
      0,
      namesPlace,
    );

    expect(karachi?.place).toBe('KARACHI');
    expect(karachi?.end).toBe('KARACHI: '.length);
    expect(
      detectDateline('NEW DELHI: The Supreme Court on Friday said', undefined, 0, namesPlace)?.place,
    ).toBe('NEW DELHI');
    expect(detectDateline('UPDATE: The road has reopened', undefined, 0, namesPlace)).toBeUndefined();
    expect(detectDateline('BIDEN: Thank you all for coming', undefined, 0, namesPlace)).toBeUndefined();
    expect(detectDateline('KARACHI: The Sindh government on Monday approved')).toBeUndefined();
  });

  it('reads a city in title case before a colon, as Gulf papers write it', () => {
    // Arrange
    const dated = (body: string) => detectDateline(body, undefined, 0, namesPlace);

    // Act
    const dubai = dated('Dubai: Police have warned residents about a phone scam.');

    // Assert
    expect(dubai?.place).toBe('Dubai');
    expect(dubai?.end).toBe('Dubai: '.length);
    expect(dated('Abu Dhabi: The health department said on Sunday')?.place).toBe('Abu Dhabi');
    expect(dated('Chennai, Dec 7: The corporation said on Sunday')?.place).toBe('Chennai');
  });

  it('reads no title-case dateline in a word, a speaker or a label before a colon', () => {
    const dated = (body: string) => detectDateline(body, undefined, 0, namesPlace);

    expect(dated('Reading: The council said bins would be collected on Friday.')).toBeUndefined();
    expect(dated('Sydney: I think we have a long way to go.')).toBeUndefined();
    expect(dated('Jordan: The striker scored twice.')).toBeUndefined();
    expect(dated('Update: The road has reopened.')).toBeUndefined();
    expect(dated('Dubai: "We were lucky," a resident said.')).toBeUndefined();
    // A given name other than a capital's is a storm's or a speaker's (review61 ★1).
    expect(dated('Florence: The hurricane strengthened overnight.')).toBeUndefined();
    expect(dated('Paris: The president said the talks would resume.')?.place).toBe('Paris');
  });

  // review61 ★1: the given-name rule had dropped a city's local news too.
  it("reads a given name's city before a colon when its authorities open the story, unless a storm is in it", () => {
    const dated = (body: string) => detectDateline(body, undefined, 0, namesPlace);

    expect(dated('Florence: Police detained three men outside the cathedral on Friday.')?.place).toBe(
      'Florence',
    );
    expect(dated('Florence: Authorities ordered evacuations as the storm neared the coast.')).toBeUndefined();
    expect(dated('Madison: The senator said he would vote no.')).toBeUndefined();
  });

  it('reads no dateline in a sentence that opens with a name and a bracket', () => {
    expect(detectDateline('Shares of Acme (ACME) rose on Monday')).toBeUndefined();
  });

  it('settles a town by its US state or Canadian province abbreviation', () => {
    expect(datelineCountry('ROCHESTER, N.Y.')).toBe('US');
    expect(datelineCountry('Scarborough, Ontario')).toBe('CA');
    expect(datelineCountry('ST. LOUIS, Mo.')).toBe('US');
  });

  it('drops a trailing date, with or without a comma, and wire noise', () => {
    expect(detectDateline('', 'RICHMOND, Va. Feb 26')?.place).toBe('RICHMOND, Va.');
    expect(datelineCountry('RICHMOND, Va. Feb 26')).toBe('US');
    expect(datelineCountry('****SANTO DOMINGO')).toBe('DO');
    expect(datelineCountry('ME}LBOURNE')).toBe('AU');
  });

  it('resolves a city that running text leaves alone because it is also a word', () => {
    expect(datelineCountry('MOBILE, Ala.')).toBe('US');
    expect(datelineCountry('READING, England')).toBe('GB');
  });

  it('returns undefined for a place it does not know', () => {
    expect(datelineCountry('NOWHERESVILLE')).toBeUndefined();
  });

  it('places a body offset inside an inline dateline, and nothing inside a dateline given as its own field', () => {
    const inline = detectDateline('PARIS, March 3 - France said');
    const given = detectDateline('France said', 'PARIS');

    expect(isInInlineDateline(inline, 'body', 0)).toBe(true);
    expect(isInInlineDateline(inline, 'body', 'PARIS, March 3 - '.length)).toBe(false);
    expect(isInInlineDateline(inline, 'title', 0)).toBe(false);
    expect(isInInlineDateline(given, 'body', 0)).toBe(false);
    expect(isInInlineDateline(undefined, 'body', 0)).toBe(false);
  });

  it('reads a body that repeats its given dateline as that dateline, so the credit names no body', () => {
    const body = 'BENGALURU, Nov 5 (Reuters) - Infosys raised its revenue forecast on Thursday.';

    const dateline = detectDateline(body, 'BENGALURU');
    const entities = tagArticle({ dateline: 'Bengaluru', body }).entities.map((e) => e.id);

    expect(dateline).toEqual({
      text: 'BENGALURU',
      place: 'BENGALURU',
      start: 0,
      end: 'BENGALURU, Nov 5 (Reuters) - '.length,
    });
    expect(entities).not.toContain('organization:reuters');
  });

  it('keeps a body opening with another place as story text beside a given dateline', () => {
    expect(detectDateline('PARIS, March 3 - France said', 'LONDON')).toEqual({
      text: 'LONDON',
      place: 'LONDON',
    });
  });
});
