import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// wild41 ★2: "LEBANON, Pa.", "JORDAN, Minn.", "MEXICO, Mo." put the foreign country in focus, with a pair to the US.
function tagged(title: string, body: string) {
  const out = tagArticle({ title, body });
  return { codes: out.countries.map((c) => c.code), pairs: out.countryPairs.map((p) => p.pair) };
}

describe('a US town named like a country, placed by its dateline', () => {
  it('reads the story’s mentions of the town as the US town: no foreign country, no pair', () => {
    // Arrange
    const lebanon =
      'LEBANON, Pa. (AP) — The city council in Lebanon voted 4-1 on Tuesday to raise the property tax. ' +
      'Lebanon Mayor Sherry Capello said the money would repair downtown streets.';
    const jordan =
      'JORDAN, Minn. (AP) — A Jordan man who bought a Powerball ticket at a gas station has won $1 million, ' +
      'lottery officials said.';
    const mexico =
      'MEXICO, Mo. (AP) — A brick plant in Mexico will close in March, laying off 120 workers. ' +
      'Mexico is a city of 11,000 in Audrain County.';

    // Act
    const found = [
      tagged('Lebanon raises taxes', lebanon),
      tagged('Jordan man wins lottery', jordan),
      tagged('Plant closes', mexico),
    ];

    // Assert
    for (const story of found) expect(story).toEqual({ codes: ['US'], pairs: [] });
  });

  it('keeps the country in a sentence that names it another way or lists it with another country', () => {
    // Arrange
    const owner =
      'LEBANON, Pa. (AP) — A restaurant owner in Lebanon is collecting medicine for relatives abroad. ' +
      "The Lebanese-born owner said Lebanon's economy had collapsed. The city council in Lebanon praised the drive.";
    const veteran =
      'JORDAN, Minn. (AP) — A Jordan man who served with the Army in Jordan and Iraq won the lottery on Monday.';

    // Act
    const lebanon = tagArticle({ title: 'Owner sends aid', body: owner }).countries;
    const jordan = tagged('Veteran wins', veteran).codes;

    // Assert
    expect(lebanon[0]?.code).toBe('US');
    expect(lebanon.find((c) => c.code === 'LB')?.mentions.map((m) => m.text)).toEqual([
      'Lebanese',
      'Lebanon',
    ]);
    expect(jordan).toContain('JO');
  });

  it('leaves a country-named dateline outside the US alone', () => {
    // Arrange
    const body = 'HONG KONG, China — Hong Kong shares fell 2% on Monday as property developers slid.';

    // Act
    const { codes } = tagged('Stocks fall', body);

    // Assert
    expect(codes).toContain('HK');
  });
});
