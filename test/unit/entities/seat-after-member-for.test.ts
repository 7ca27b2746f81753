import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const namesOf = (body: string, title?: string) => entitiesOf(body, title).map((e) => `${e.name}/${e.type}`);

describe('a seat named after a member\'s "for"', () => {
  it.each([
    ['The MP for Hartlepool resigned on Friday.', 'Hartlepool/place'],
    ['The Labour MP for Hartlepool resigned on Friday.', 'Hartlepool/place'],
    ['Kimani Ichungwah, the member of parliament for Kikuyu, said the bill would pass.', 'Kikuyu/place'],
  ])('is a place: %s', (body, expected) => {
    const names = namesOf(body, 'Seat');

    expect(names).toContain(expected);
  });

  it('leaves the member a person', () => {
    const names = namesOf('Jill Mortimer, the MP for Hartlepool, resigned on Friday.', 'Seat');

    expect(names).toEqual(expect.arrayContaining(['Jill Mortimer/person', 'Hartlepool/place']));
  });
});
