import { describe, expect, it } from 'vitest';
import { mentionsOf } from './entities-of.js';

// Invented stories (session 54, fixE54; wild53 Y21): people whose surname is a month's name.
describe('surnames that are month names', () => {
  it('links "Mrs May" and "May said" to the person the story names in full', () => {
    const found = mentionsOf(
      'Ellen May met the envoy on Monday. Mrs May told reporters the deal was close. Later, May said talks would go on.',
    );

    expect(found.some((m) => m.startsWith('person:') && m.includes('| May | May'))).toBe(true);
  });

  it('reads a month name after a courtesy title as a person', () => {
    expect(mentionsOf('Mr March told the court he had not seen the letter.')).toContain(
      'person:march: March',
    );
  });

  it('leaves the month of a date alone though the story names a person so', () => {
    const found = mentionsOf(
      'Brian May played at the concert. The tour ends in May, and May 29 is the last date. May was a busy month.',
    );

    expect(found.filter((m) => m.startsWith('person:'))).toEqual(['person:brian-may: Brian May']);
  });
});
