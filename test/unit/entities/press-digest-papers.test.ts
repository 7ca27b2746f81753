import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typeOf = (body: string, text: string) =>
  entitiesOf(body).find((e) => e.mentions.some((m) => m.text === text))?.type;

// A press digest files each paper's stories under the paper's name, alone on its line in capitals.
describe('a newspaper’s name on its own line', () => {
  it('is an organization in a press digest', () => {
    const body =
      'PRESS DIGEST - Indonesian newspapers - August 30 .\nJAKARTA 1996-08-30\nReuters has not verified these stories .\n- - - -\nKOMPAS\nPresident Suharto has asked ministers to cut spending .\n- - - -\nMEDIA INDONESIA\nAround 2,000 workers went on strike .';

    expect(typeOf(body, 'KOMPAS')).toBe('organization');
    expect(typeOf(body, 'MEDIA INDONESIA')).toBe('organization');
  });

  it('is an organization in a press review titled so, in any language’s paper names', () => {
    const body =
      'Tunisia - press review - Aug 31 .\nThese are the leading stories in the Tunisian press on Saturday .\nLA PRESSE\n- After Tunisia called on France to respect the accord , talks resumed .\nLE TEMPS\n- Trade talks between Tunisia and the EU resumed .';

    expect(typeOf(body, 'LA PRESSE')).toBe('organization');
    expect(typeOf(body, 'LE TEMPS')).toBe('organization');
  });

  it('is no body in other stories, where a capitals line is a heading', () => {
    const body =
      'Markets close higher on Friday .\nStocks rose on Friday as investors bought banks .\nKEY POINTS\nThe index gained 1.2 percent .';

    expect(typeOf(body, 'KEY POINTS')).toBeUndefined();
  });
});
