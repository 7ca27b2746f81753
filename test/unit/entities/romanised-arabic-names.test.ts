import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

/** Each person the tagger finds as "id: name [mentions]". */
function people(body: string): string[] {
  return tagArticle({ body })
    .entities.filter((e) => e.type === 'person')
    .map((e) => `${e.id}: ${e.name} [${e.mentions.map((m) => m.text).join(' | ')}]`);
}

describe('a listed newsmaker whose Arabic given name or article the press romanises otherwise', () => {
  it("gives the list's id and name across spellings of the given name", () => {
    const muhammad = people('Crown Prince Muhammad bin Salman opened the new port in Jizan on Sunday.');
    const ahmad = people('President Ahmad Al-Sharaa toured a bakery in Homs on Thursday.');

    expect(muhammad).toEqual(['person:mohammed-bin-salman: Mohammed bin Salman [Muhammad bin Salman]']);
    expect(ahmad).toEqual(['person:ahmed-al-sharaa: Ahmed al-Sharaa [Ahmad Al-Sharaa]']);
  });

  it("reads a Gulf ruler's listed name with the ruling family's name after it as the listed person", () => {
    const withFamily = people('Mohammed bin Zayed Al Nahyan opened a solar park on Monday.');

    expect(withFamily).toEqual([
      'person:mohamed-bin-zayed: Mohamed bin Zayed [Mohammed bin Zayed Al Nahyan]',
    ]);
  });
});

describe('one person of an article romanised two ways', () => {
  it("joins the two spellings under the first one's id", () => {
    const joined = people(
      'Ahmad Nasser, a baker in Zarqa, lost his shop in the fire. Ahmed Nasser said he would rebuild by spring.',
    );

    expect(joined).toEqual(['person:ahmad-nasser: Ahmad Nasser [Ahmad Nasser | Ahmed Nasser]']);
  });

  it('keeps the id a name always spelt one way is given', () => {
    const one = people('Mohamed Tawfik, a fisherman from Rosetta, caught a record tuna.');

    expect(one).toEqual(['person:mohamed-tawfik: Mohamed Tawfik [Mohamed Tawfik]']);
  });
});
