import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const datelineOf = (body: string) => tagStory({ title: 'Local news', body }).dateline?.countryCode;

// Invented agency copy (session 57, focus57): a national agency's credit settles a dateline town of two countries.
describe('a dateline town credited to a national agency', () => {
  it("is the agency's home town when its home has a town of that name", () => {
    // Arrange
    const body = 'HYDERABAD, Dec 9 (APP): The provincial government announced a relief package for farmers.';

    // Act
    const code = datelineOf(body);

    // Assert
    expect(code).toBe('PK');
  });

  it('stays the town the name reads as when the agency files from abroad', () => {
    expect(
      datelineOf('WASHINGTON, Dec 9 (PTI) Officials of the two countries held trade talks on Tuesday.'),
    ).toBe('US');
    expect(datelineOf('LONDON, Dec 9 (CP) The prince visited a hospital on Tuesday.')).toBe('GB');
  });
});

// Invented agency copy (session 58, focus58): AAP's credit comes after the date without brackets.
describe('a dateline town credited to a national agency without brackets', () => {
  it("is the agency's home town", () => {
    expect(
      datelineOf(
        'NEWCASTLE, Dec 9 AAP - A storm cut power to 40,000 homes overnight, the network operator said.',
      ),
    ).toBe('AU');
  });
});
