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

  it('are no part of an Indian or a Malaysian name', () => {
    const ids = people(
      'Shri Ravi Menon opened the plant with Smt. Lata Iyer. Datuk Seri Azman Hashim and Tun Aziz Zain attended.',
    );

    expect(ids.sort()).toEqual([
      'person:aziz-zain',
      'person:azman-hashim',
      'person:lata-iyer',
      'person:ravi-menon',
    ]);
  });

  it('leave "Sri" opening a name or a place alone', () => {
    const ids = entitiesOf('Sri Wahyuni Hartono said Sri Lanka would repay the loan.').map((e) => e.id);

    expect(ids).toContain('person:sri-wahyuni-hartono');
    expect(ids).toContain('place:iso:LK');
  });

  it('read "Tan Sri", "Puan Sri" and "Dato\' Sri" as Malaysian titles, not as names', () => {
    const ids = people(
      "Tan Sri Rahim Yusof met Dato' Sri Kamal Hamzah, Puan Sri Aminah Yusof and Datuk Sri Faiz Omar in Kuala Lumpur.",
    );

    expect(ids.sort()).toEqual([
      'person:aminah-yusof',
      'person:faiz-omar',
      'person:kamal-hamzah',
      'person:rahim-yusof',
    ]);
  });
});
