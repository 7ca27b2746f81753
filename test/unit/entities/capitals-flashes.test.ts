import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

describe('a flash in capitals only', () => {
  it('names a listed newsmaker by surname alone, an ordinary word included', () => {
    const entities = entitiesOf(
      'BREAKING: PRESIDENT TRUMP SAYS US WILL RAISE TARIFFS ON CANADIAN STEEL\nJAPAN PM TAKAICHI: WILL ANSWER FIRMLY',
    );

    const ids = entities.map((e) => e.id);
    expect(ids).toContain('person:donald-trump');
    expect(ids).toContain('person:sanae-takaichi');
  });

  it('names the holder after a title, and no title alone', () => {
    const entities = entitiesOf('URGENT: GOVERNOR HOCHUL SIGNS FLOOD BILL AS CHANCELLOR VISITS ALBANY');

    expect(entities.map((e) => e.id)).toContain('person:hochul');
    expect(entities.some((e) => e.id.endsWith(':chancellor'))).toBe(false);
  });

  it('reads no participle or firm after a title as a person', () => {
    const entities = entitiesOf('SENATOR UNDECIDED ON FARM BILL\nMAYOR CORP SETS DIVIDEND');

    expect(entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});
