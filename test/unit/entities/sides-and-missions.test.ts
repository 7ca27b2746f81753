import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a club named after a word for a side on a sports page', () => {
  it('reads "team Deportivo Coruna" and "champions Bayern Munich" as clubs, a country after "champions" as a place', () => {
    const types = typesOf(
      entitiesOf(
        'Spanish first division team Racing Ferrol will be without their captain for the league match. ' +
          'Defending champions Bayern Munich lead the table after the goals on Saturday, and world champions Spain play at home.',
      ),
    );

    expect(types.get('Racing Ferrol')).toEqual(['organization']);
    expect(types.get('Bayern Munich')).toEqual(['organization']);
    expect(types.get('Spain')).toEqual(['place']);
  });
});

describe("a body's initials and the place of its work", () => {
  it('reads "the OSCE Chechnya mission" and "the UN Gaza envoy" as a body and a place', () => {
    const types = typesOf(
      entitiesOf('The OSCE Chechnya mission was criticised. The UN Gaza envoy arrived on Monday.'),
    );

    expect(types.get('OSCE')).toEqual(['organization']);
    expect(types.get('Chechnya')).toEqual(['place']);
    expect(types.get('UN')).toEqual(['organization']);
    expect(types.get('Gaza')).toEqual(['place']);
  });

  it('does not split a broadcaster named with its country when no noun of a mission follows', () => {
    const types = typesOf(entitiesOf('BBC Scotland reported the result on Friday.'));

    expect(types.get('BBC')).toBeUndefined();
    expect(types.get('Scotland')).toBeUndefined();
  });
});
