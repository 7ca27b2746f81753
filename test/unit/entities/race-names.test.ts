import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented racing results (session 54, fixE54; wild53 Y11): races named with a title's word or ending in
// "Handicap".
const names = (body: string, title = '') => entitiesOf(body, title).map((e) => `${e.type}:${e.name}`);

describe("horse races' names", () => {
  it('reads a title before a race head word as part of the race, no person', () => {
    const found = names(
      'HORSE RACING - RESULT .\nDUBLIN 1996-09-07\nResult of the Irish Champion Stakes at Leopardstown :',
    );

    expect(found).toContain('other:Irish Champion Stakes');
    expect(found.some((n) => n.startsWith('person:'))).toBe(false);
  });

  it('reads a handicap as an event, no firm', () => {
    expect(names('Result of the Kelvane Handicap on Wednesday :', 'Racing')).toContain(
      'other:Kelvane Handicap',
    );
  });

  it('keeps a title before a surname that is no race word a person', () => {
    expect(names('Judge Okafor said the case was closed.', 'Court')).toContain('person:Okafor');
  });
});
