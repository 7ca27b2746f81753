import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const people = (body: string) =>
  entitiesOf(body)
    .filter((e) => e.type === 'person')
    .map((e) => e.id);

describe('honorifics before a name', () => {
  it('are no part of a Nigerian name', () => {
    const ids = people(
      'Alhaji Musa Bello opened the mill. Otunba Kola Ade and Hajia Amina Sule attended, and Mallam Idris Garba spoke.',
    );

    expect(ids.sort()).toEqual([
      'person:amina-sule',
      'person:idris-garba',
      'person:kola-ade',
      'person:musa-bello',
    ]);
  });

  it('are no part of a peer\'s name, so "Baroness X" joins the full name', () => {
    const ids = people('Baroness Hale spoke first. Brenda Hale, the former judge, said the bill was flawed.');

    expect(ids).toEqual(['person:brenda-hale']);
  });
});
