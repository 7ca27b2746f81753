import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

describe('"PM", "CM" and "Sri" before a name', () => {
  it('reads PM and CM as titles, the person after them', () => {
    const entities = entitiesOf(
      'PM Rabuka chaired a cabinet meeting in Suva. CM Hemant Soren said the state would appeal.',
    );

    const ids = entities.map((e) => e.id);
    expect(ids).toContain('person:sitiveni-rabuka'); // the listed name (entities/world-leaders.ts, session 50)
    expect(ids).toContain('person:hemant-soren');
    expect(ids.some((id) => id.includes('pm-') || id.includes('cm-'))).toBe(false);
  });

  it('leaves a clock time before PM no person', () => {
    const entities = entitiesOf('The final starts at 8 PM ET on Sunday.');

    expect(entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('keeps "Sri" in the name after an office, as a title after a Malay one', () => {
    const entities = entitiesOf(
      'Finance Minister Sri Mulyani Indrawati said revenue rose; Sri Mulyani also met Datuk Seri Anwar Ibrahim.',
    );

    const ids = entities.map((e) => e.id);
    expect(ids).toContain('person:sri-mulyani-indrawati');
    expect(ids).not.toContain('person:mulyani-indrawati');
    expect(ids).toContain('person:anwar-ibrahim');
  });

  it('reads PM and CM in a capitals headline as titles, and PM after a clock time as the time', () => {
    const names = (title: string) => entitiesOf('The story follows.', title).map((e) => `${e.id}/${e.type}`);

    const chiefMinister = names('BIHAR CM NITISH KUMAR RESIGNS');
    const curfew = names('CURFEW FROM 9 PM SRINAGAR POLICE SAY');
    const markets = names('MARKETS REOPEN AT 11 PM HKT');

    expect(chiefMinister).toContain('person:nitish-kumar/person');
    expect(curfew.some((n) => n.endsWith('/place') && n.startsWith('place:geonames:'))).toBe(true);
    expect(curfew.filter((n) => n.endsWith('/person'))).toEqual([]);
    expect(markets).toEqual([]);
  });
});
