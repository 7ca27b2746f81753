import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typed = (body: string) => entitiesOf(body).map((e) => `${e.name}/${e.type}`);

describe('a month or weekday short form opening a name', () => {
  it('reads "Sun Pharma" and "Jan Suraaj" as names, the firm and the party', () => {
    const names = typed(
      'Shares of Sun Pharma rose 3% on Tuesday. Sun Pharma said its plant had cleared an inspection. ' +
        "Prashant Kishor's Jan Suraaj party won no seats, and Jan Suraaj said it would keep campaigning.",
    );

    expect(names).toContain('Sun Pharma/organization');
    expect(names).toContain('Jan Suraaj/organization');
    expect(names.filter((n) => n === 'Pharma/organization' || n.startsWith('Suraaj'))).toEqual([]);
  });

  it('keeps a given name that is a month short form in the full name', () => {
    const names = typed(
      'Former U.N. aid chief Jan Egeland said the corridor must reopen. Egeland spoke in Oslo.',
    );

    expect(names).toContain('Jan Egeland/person');
  });

  it('leaves dates dates: a number or another calendar word after it, a preposition of time before it', () => {
    const names = typed('Deliveries are due Mon Nov 3. Output rose in Jan. On Wed Trump spoke to reporters.');

    expect(names.filter((n) => /\b(Mon|Nov|Jan|Wed)\b/.test(n))).toEqual([]);
  });
});

describe('"Jan" opening a name on the line after a pre-tokenised dateline, or after "by" (wild51 W23)', () => {
  /** A pre-tokenised wire: a heading, a dateline and one sentence a line. */
  const wire = (...lines: string[]) => typed(`Sports news .\nLONDON 1996-09-14\n${lines.join('\n')}`);

  it('reads the given name and surname as one person', () => {
    // Arrange
    const opening = 'Jan Hovorka won the stage on Saturday .';
    const passive = 'The stage was won by Jan Hovorka .';

    // Act
    const a = wire(opening);
    const b = wire(passive);

    // Assert
    expect(a).toContain('Jan Hovorka/person');
    expect(b).toContain('Jan Hovorka/person');
  });

  it('leaves a date after "by" and other months opening a price line alone', () => {
    const names = [...wire('Bids are due by Jan 31 .'), ...wire('Sept Brent crude rose 10 cents .')];

    expect(names.filter((n) => /\b(Jan|Sept)\b/.test(n))).toEqual([]);
  });
});
