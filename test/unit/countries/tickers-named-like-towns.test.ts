import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// wild55 B3 (session 55, ents55): a stock's ticker spelled like a town or a country names no place.
const tag = (title: string, body: string) => tagArticle({ title, body, language: 'en' });
const codesOf = (title: string, body: string) => tag(title, body).countries.map((c) => c.code);
const placesOf = (title: string, body: string) =>
  tag(title, body)
    .entities.filter((e) => e.type === 'place')
    .map((e) => e.name);

describe('a ticker spelled like a town names no place', () => {
  it('gives no country to a Reuters ticker in angle brackets in a Title Case headline', () => {
    const title = 'Calumet Industries <CALI> Sees Second-Quarter Loss';
    const body = 'Calumet Industries Inc said it expects a second-quarter loss.';

    expect(codesOf(title, body)).not.toContain('CO');
    expect(placesOf(title, body)).toEqual([]);
  });

  it('gives no country to a ticker with its exchange suffix in brackets', () => {
    const title = 'Calumet sees loss';
    const body = 'Calumet Industries (CALI.O) said on Tuesday it expects a loss.';

    expect(codesOf(title, body)).not.toContain('CO');
  });

  it("gives no country to a ticker after its exchange's name, nor bare after a legal form", () => {
    const title = 'Jostens to sell unit';
    const body = 'Jostens Inc. (NYSE: JOS) said on Tuesday it would sell its unit. Imperial Corp (ICA) fell.';

    expect(codesOf(title, body)).not.toContain('NG');
    expect(codesOf(title, body)).not.toContain('PE');
  });

  it("gives no country to a ticker after a finance site's code of its exchange (read56)", () => {
    for (const listing of [
      'OTCMKTS: CUBA',
      'LON: DUBAI',
      'NYSEAMERICAN: PERU',
      'TSX Venture: CHAD',
      'KLSE: JAPAN',
    ])
      expect(
        codesOf('Fund update', `Kelvane Capital (${listing}) said its net asset value rose 3 percent.`),
      ).toEqual([]);
  });

  it("keeps a country's abbreviation in brackets after a label that names no exchange", () => {
    const title = 'Beef imports rise';
    const body =
      'Beef imports rose 12 percent last year, led by one supplier (Origin: UK), the ministry said.';

    expect(codesOf(title, body)).toContain('GB');
  });

  it('keeps a town written in capitals in a dateline a place', () => {
    const title = 'Floods hit Colombia';
    const body = 'CALI, Colombia (Reuters) - Floods hit the city of Cali on Tuesday.';

    expect(codesOf(title, body)).toContain('CO');
  });
});
