import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 58 (gaz58, from review57): a region of ours named like a city or town abroad — Ireland's province
// Munster and Germany's Münster and Indiana's Munster, Brazil's state Paraná and Argentina's city. Sentences are
// invented.
const countriesOf = (body: string): string[] =>
  tagArticle({ title: '', body, language: 'en' }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);

describe('a region named like a city abroad', () => {
  it('is the city when that country’s police speak in its sentence and its own country is named nowhere', () => {
    // Act
    const countries = countriesOf(
      'A delivery van crashed into a bakery in Munster on Sunday morning, German police said.',
    );

    // Assert
    expect(countries).toEqual(['DE*']);
  });

  it('is the city when that country’s officials speak in its sentence (Argentina’s Paraná)', () => {
    expect(
      countriesOf('Ferries from Paraná to Santa Fe were halted by storms, Argentine port officials said.'),
    ).toEqual(['AR*']);
  });

  it('is the city when a province of its country stands next to it', () => {
    expect(countriesOf('Paraná, the capital of Entre Ríos, reported its coldest night in a decade.')).toEqual(
      ['AR*'],
    );
  });

  it('is a town abroad when the state after the comma places it there', () => {
    expect(countriesOf('Voters in Munster, Indiana, approved a new library levy on Tuesday.')).toEqual([
      'US*',
    ]);
  });

  it('stays the region when its own country is named too', () => {
    expect(
      countriesOf('Brazil’s Paraná state expects a record soybean crop, Argentine analysts said on Monday.'),
    ).toEqual(expect.arrayContaining(['BR*']));
  });

  it('stays the region beside a people that is not an authority', () => {
    expect(countriesOf('Munster signed the German flanker on a two-year deal.')).toContain('IE*');
  });

  it('stays the region beside officials of a country whose namesake is no seat of government', () => {
    // Ontario, California, is a city of 170,000 but no county seat: "Ontario" stays Canada's province.
    expect(
      countriesOf('Ontario’s premier said American officials had ignored the province on tariffs.'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^CA/)]));
  });
});

describe('a region named like a town abroad, as a side or by a comma', () => {
  it('stays the province when it names a sports side', () => {
    expect(
      countriesOf('Two Munster players were questioned by German police after a fight outside their hotel.'),
    ).toContain('IE');
  });

  it('is the town when its country follows the comma', () => {
    expect(countriesOf('Florida, Uruguay, recorded its hottest day on Sunday.')).toEqual(['UY*']);
  });
});

describe('a city abroad written with its marks', () => {
  it('reads "Münster" as Germany’s city, not Ireland’s province', () => {
    expect(countriesOf('Crowds filled Münster’s Christmas market on Saturday evening.')).toEqual(['DE*']);
  });
});
