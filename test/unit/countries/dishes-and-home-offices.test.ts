import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const codes = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countries.map((c) => `${c.code}${c.focus ? '+' : '-'}`);

describe('dishes and figures of speech named after places', () => {
  it('reads a beef Wellington as a dish, not New Zealand', () => {
    const result = codes(
      'Mushroom lunch trial',
      'The jury heard she served a beef Wellington laced with death cap mushrooms at her home in ' +
        'Gippsland, in the Australian state of Victoria.',
    );

    expect(result).toEqual(['AU+']);
  });

  it('names no country for a menu of Brussels sprouts, Peking duck, Turkish delight and French fries', () => {
    const result = codes(
      'Christmas menu',
      'The pub serves Brussels sprouts, Peking duck, Turkish delight, a Swiss roll, Danish pastries and ' +
        'French fries this year.',
    );

    expect(result).toEqual([]);
  });

  it('reads a Dutch auction and a guinea pig as no country, in lower case as in capitals', () => {
    const result = codes(
      '',
      'The board approved a Dutch auction tender offer. Guinea pigs were used in tests.',
    );

    expect(result).toEqual([]);
  });

  it("reads a gift guide's glasses, dolls and knives and a museum's bronzes as no country", () => {
    const guide = codes(
      'Gift ideas',
      'Irish coffee glasses, Russian dolls and a Swiss army knife top the list.',
    );
    const loan = codes(
      'Museum loan',
      'A London museum will lend 40 Benin Bronzes to a new gallery in Benin City, Nigeria, curators said.',
    );

    expect(guide).toEqual([]);
    expect(loan).not.toContain('BJ+');
    expect(loan).not.toContain('BJ-');
  });
});

describe('Irish, Australian and English home news by their offices and courts', () => {
  it('reads the Taoiseach, the Dáil and the Gardaí as Ireland', () => {
    const result = codes(
      'Budget day',
      'The Taoiseach said the Dáil would sit late on Tuesday. The Tánaiste told the Oireachtas that the ' +
        'Gardaí would get 800 more recruits.',
    );

    expect(result).toEqual(['IE+']);
  });

  it('reads NSW Police and a Crown Court as Australia and Britain', () => {
    expect(
      codes('Man charged', 'NSW Police said a man had been charged after a crash in Parramatta.'),
    ).toEqual(['AU+']);
    expect(codes('Jailed', 'He was jailed for six years at Leeds Crown Court on Friday.')).toEqual(['GB+']);
  });
});
