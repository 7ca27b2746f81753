import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typeOf = (body: string, text: string) =>
  entitiesOf(body).find((e) => e.mentions.some((m) => m.text === text))?.type;

// A press digest files each paper's stories under the paper's name, alone on its line in capitals.
describe('a newspaper’s name on its own line', () => {
  it('is an organization in a press digest', () => {
    const body =
      'PRESS DIGEST - Indonesian newspapers - September 4 .\nJAKARTA 1996-09-04\nReuters has not verified these stories .\n- - - -\nKOMPAS\nThe cabinet will meet to discuss rice prices on Friday .\n- - - -\nMEDIA INDONESIA\nSome 800 dock workers walked out in Surabaya .';

    expect(typeOf(body, 'KOMPAS')).toBe('organization');
    expect(typeOf(body, 'MEDIA INDONESIA')).toBe('organization');
  });

  it('is an organization in a press review titled so, in any language’s paper names', () => {
    const body =
      'Tunisia - press review - Sept 5 .\nHere are the main stories in the Tunisian papers on Thursday .\nLA PRESSE\n- Tunisia and Italy signed a new fishing accord .\nLE TEMPS\n- Olive oil exports rose by a fifth this season .';

    expect(typeOf(body, 'LA PRESSE')).toBe('organization');
    expect(typeOf(body, 'LE TEMPS')).toBe('organization');
  });

  it('is no body in other stories, where a capitals line is a heading', () => {
    const body =
      'Markets close higher on Friday .\nStocks rose on Friday as investors bought banks .\nKEY POINTS\nThe index gained 1.2 percent .';

    expect(typeOf(body, 'KEY POINTS')).toBeUndefined();
  });
});
