import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

// Session 47 (ents47, misfires session 46 left): a firm named by a given name and its trade, alone or beside another
// firm joined by "and", read as a person; "Royal" before a word no list knows made a person of a race meeting.

describe('a firm named by a given name or a made-up word and its trade', () => {
  it('is a firm alone and beside another firm joined by "and"', () => {
    // Arrange
    const bodies = [
      'Harlow Engineering said profit rose in the year to March.',
      'Westbrook Analytics and Corvid Systems said they had agreed terms.',
    ];

    // Act
    const found = bodies.flatMap((body) => typedNames(body));

    // Assert
    expect(found).toEqual(
      expect.arrayContaining([
        'Harlow Engineering/organization',
        'Westbrook Analytics/organization',
        'Corvid Systems/organization',
      ]),
    );
    expect(found.some((n) => n.endsWith('/person'))).toBe(false);
  });

  it('keeps two firms joined by "and" apart', () => {
    const found = typedNames('Acme Robotics and Borealis Foods signed a supply agreement on Tuesday.');

    expect(found).toEqual(
      expect.arrayContaining(['Acme Robotics/organization', 'Borealis Foods/organization']),
    );
    expect(found).toHaveLength(2);
  });
});

describe('"Royal" before a word no list knows', () => {
  it('names a meeting, a course or a body, no person', () => {
    const found = [
      ...typedNames('The King attended Royal Ascot on Tuesday, where his horse finished second.'),
      ...typedNames('Royal Doulton said profits fell in the year.'),
    ];

    expect(found).toContain('Royal Ascot/other');
    expect(found).toContain('Royal Doulton/organization');
  });

  it('stays a person whom "he" takes up or a role apposes', () => {
    const found = [
      ...typedNames('Royal Ivey said he would retire at the end of the season.'),
      ...typedNames("The club's captain, Royal Tshabalala, said he was ready."),
    ];

    expect(found).toContain('Royal Ivey/person');
    expect(found).toContain('Royal Tshabalala/person');
  });
});

describe('a product named like a person, before its maker', () => {
  it('is the product, and the maker the firm', () => {
    const found = typedNames('Candy Crush maker King said revenue fell in the quarter.');

    expect(found).toContain('Candy Crush/other');
    expect(found).toContain('King/organization');
  });
});

describe('a surname that a firm\u2019s trade word also is', () => {
  it('stays the person\u2019s after a title', () => {
    const found = typedNames("Sierra Leone's President Julius Maada Bio said on Monday the vote was fair.");

    expect(found).toContain('Julius Maada Bio/person');
  });
});
