import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented stories in the house style of Indian, Pakistani and Nigerian papers (session 54, fixE54; wild53 Y3):
// a minister's portfolio written between the title and the name, with no comma.
const names = (body: string) => entitiesOf(body, 'Minister speaks').map((e) => `${e.type}:${e.name}`);

describe("ministers' portfolios before their names", () => {
  it('keeps the name after a portfolio of two parts and no entity for the portfolio', () => {
    expect(
      names(
        'Union Minister for Road Transport and Highways Ravindra Kelkar inaugurated the bridge on Monday.',
      ),
    ).toEqual(['person:Ravindra Kelkar']);
  });

  it('reads the name after "Minister of State for" a portfolio', () => {
    expect(
      names('Minister of State for Home Affairs Ravindra Kelkar told reporters the matter was closed.'),
    ).toContain('person:Ravindra Kelkar');
  });

  it('gives a portfolio before a comma no entity', () => {
    expect(names('The Minister of Labour and Employment, Ravindra Kelkar, met union leaders.')).toEqual([
      'person:Ravindra Kelkar',
    ]);
  });

  it('leaves a place named as the portfolio a place', () => {
    expect(names("Britain's Minister for Europe Ravindra Kelkar met envoys.")).toContain('place:Europe');
  });
});
