import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../functions/core/schema.js';
import { namedAfter, namedShips, namedWorks } from '../../../functions/core/topics/named-works.js';

const BODY = 'The film Elf and the aircraft carrier Gerald R. Ford sailed. Ford said so.';
const textOf = () => BODY;
const entity = (type: Entity['type'], name: string, starts: number[]): Entity => ({
  id: `${type}:${name}`,
  name,
  type,
  salience: 0.5,
  mentions: starts.map((start) => ({ field: 'body', start, end: start + name.length, text: name })),
});
const ELF = entity('other', 'Elf', [BODY.indexOf('Elf')]);
const SHIP = entity('other', 'Gerald R. Ford', [BODY.indexOf('Gerald')]);
const FIRM = entity('organization', 'Ford', [BODY.lastIndexOf('Ford')]);

describe('namedAfter: the entities some mention of which stands right after a kind word', () => {
  it('keeps each admitted entity with a mention after the word once, and none it does not admit', () => {
    const found = namedAfter(
      [ELF, SHIP, FIRM],
      textOf,
      (e) => e.type === 'other',
      (text, start) => text.slice(0, start).endsWith('carrier '),
    );

    expect(found && [...found]).toEqual([SHIP]);
  });

  it('gives undefined where no mention stands after the word', () => {
    const found = namedAfter(
      [FIRM],
      textOf,
      () => true,
      () => false,
    );

    expect(found).toBeUndefined();
  });

  it('serves namedShips and namedWorks with their own kinds', () => {
    const ships = namedShips([ELF, SHIP, FIRM], textOf);
    const works = namedWorks([ELF, SHIP, FIRM], textOf);

    expect(ships && [...ships]).toEqual([SHIP]);
    expect(works && [...works]).toEqual([ELF]);
  });
});
