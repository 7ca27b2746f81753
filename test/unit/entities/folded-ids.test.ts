import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const idsOf = (body: string) => tagArticle({ body }).entities.map((e) => e.id);

describe('an entity id', () => {
  it.each([
    [
      'Jonas Gahr Støre met the press in Oslo.',
      'Jonas Gahr Store met the press in Oslo.',
      'person:jonas-gahr-store',
    ],
    ['Martin Ødegaard scored twice.', 'Martin Odegaard scored twice.', 'person:martin-odegaard'],
    ['Łukasz Fabiański saved a penalty.', 'Lukasz Fabianski saved a penalty.', 'person:lukasz-fabianski'],
  ])('is the same for %j and its ASCII spelling', (native, ascii, id) => {
    expect(idsOf(native)).toContain(id);
    expect(idsOf(ascii)).toContain(id);
  });
});
