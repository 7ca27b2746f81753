import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Towns that are also surnames or given names in local news (session 55, fixE55; wild54 Z13): a court or police
// report gives a person's home town after the age, a route names two places. Stories are invented.
const typeOf = (body: string, text: string, title = '') =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('home towns and routes in local news', () => {
  it('reads the town after "<name>, <age>, of <street>," as a place', () => {
    const body =
      'Darren Holt, 34, of Market Street, Bradford, was jailed for life at Leeds Crown Court on Friday.';

    expect(typeOf(body, 'Bradford', 'Man jailed')).toBe('place');
    expect(typeOf(body, 'Darren Holt', 'Man jailed')).toBe('person');
  });

  it('reads towns after "<name>, <age>, of" or "from" as places', () => {
    const body =
      'Kirsty Vane, 34, of Derby, was jailed for two years. Sam Orley, 28, from Preston, was fined. Mark Dunne, aged 40, of Kettering, was cleared.';

    expect(typeOf(body, 'Derby', 'Court round-up')).toBe('place');
    expect(typeOf(body, 'Preston', 'Court round-up')).toBe('place');
    expect(typeOf(body, 'Kettering', 'Court round-up')).toBe('place');
  });

  it('reads the town after "a <age> man from" as a place', () => {
    const body = 'A 34-year-old man from Preston has been charged with burglary.';

    expect(typeOf(body, 'Preston', 'Man charged')).toBe('place');
  });

  it('reads both ends of a route as places', () => {
    const body = 'The train from Leeds to Bradford was cancelled on Monday.';

    expect(typeOf(body, 'Bradford', 'Rail disruption')).toBe('place');
  });

  it('keeps a firm after the age its own reading', () => {
    const body = 'Jane Moss, 45, of Goldman Sachs, said markets were calm.';

    expect(typeOf(body, 'Goldman Sachs', 'Markets')).toBe('organization');
  });

  it('keeps a body the lists know after "men from" and an employer after the age their reading', () => {
    expect(typeOf('Two men from Oxfam were kidnapped near the border.', 'Oxfam', 'Kidnap')).toBe(
      'organization',
    );
    expect(typeOf('Tom Lee, 34, of Kelvane Security, denied fraud.', 'Kelvane Security', 'Fraud')).toBe(
      'organization',
    );
  });

  it('leaves people named at both ends of "from … to" as people', () => {
    const body = 'Power passed from Blair to Brown in 2007.';

    expect(typeOf(body, 'Brown', 'Handover')).toBe('person');
  });

  it('keeps towns that play in a result as clubs', () => {
    expect(typeOf('Bradford beat Preston 2-1 on Saturday.', 'Bradford', 'Football')).toBe('organization');
  });
});
