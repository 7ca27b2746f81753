import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const countriesOf = (title: string, body: string) =>
  tagArticle({ id: 'host', title, body }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);

describe('the host of a race, a tournament or a meet on the sports page (wild37 \u260510)', () => {
  it('keeps the country of a Grand Prix named after it in focus after the drivers’ country', () => {
    // Arrange
    const title = 'Halloran wins in Sao Paulo';
    const body =
      'Liam Halloran won the Brazilian Grand Prix at Interlagos on Sunday to extend his title lead.\n' +
      'The British driver started from pole and led every lap.';

    // Act
    const countries = countriesOf(title, body);

    // Assert
    expect(countries.slice(0, 2)).toEqual(['GB*', 'BR*']);
  });

  it('keeps the dateline country of an athletics meet in focus after the athletes’ countries', () => {
    const countries = countriesOf(
      'Kenyan breaks mile record',
      'EUGENE, Ore. — Kenya’s Mary Wanjiru broke the women’s mile world record at the Prefontaine Classic on ' +
        'Saturday.\nEthiopia’s Aster Bekele was second and Australia’s Jess Holt third. Norway’s Erik Lunde won ' +
        'the men’s 5,000 metres.',
    );

    expect(countries[0]).toBe('KE*');
    expect(countries).toContain('US*');
  });

  it('still lists the venue of a match between two countries’ sides out of focus', () => {
    const countries = countriesOf(
      'Argentina beat France',
      'LOS ANGELES - Argentina beat France on penalties at the SoFi Stadium on Sunday to reach the semi-finals.',
    );

    expect(countries).toContain('US');
  });
});
