import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { entitiesOf } from './entities-of.js';

const personIds = (body: string) =>
  entitiesOf(body)
    .filter((e) => e.type === 'person')
    .map((e) => e.id);

describe('a Japanese name written family name first', () => {
  it('gives a listed person the id of the given-name-first form, across articles', () => {
    const nhk = personIds('Takaichi Sanae told reporters on Monday that the budget would pass.');
    const wire = personIds('Sanae Takaichi told reporters on Monday that the budget would pass.');

    expect(nhk).toEqual(['person:sanae-takaichi']);
    expect(wire).toEqual(['person:sanae-takaichi']);
  });

  it("reads the country of a listed person's family-name-first form", () => {
    const result = tagArticle({
      body: 'Koizumi Shinjiro lost the party vote on Saturday, and his rival will form a cabinet next week.',
    });

    expect(result.countries.map((c) => c.code)).toEqual(['JP']);
  });

  it('joins both orders of one unlisted name in an article', () => {
    const ids = personIds(
      'Sato Kenji, a rice farmer, said his costs had doubled. Kenji Sato, 61, has farmed for 40 years.',
    );

    expect(ids).toEqual(['person:sato-kenji']);
  });

  it('keeps two people whose names share only one word apart', () => {
    const ids = personIds('Sato Kenji met Kenji Tanaka in Osaka on Friday.');

    expect(ids.sort()).toEqual(['person:kenji-tanaka', 'person:sato-kenji']);
  });
});
