import { describe, expect, it } from 'vitest';
import { detectDateline } from '../../../functions/core/text/dateline.js';

// Invented wire copy (session 58, focus58): AAP and Kyodo credit a dated dateline without brackets; some papers
// set the dash against both words.
describe('a dated dateline credited without brackets', () => {
  it('reads the town, the date and the credit before the dash as the dateline', () => {
    // Arrange
    const body =
      'NEWCASTLE, Dec 9 AAP - A storm cut power to 40,000 homes overnight, the network operator said.';

    // Act
    const dateline = detectDateline(body);

    // Assert
    expect(dateline?.place).toBe('NEWCASTLE');
    expect(dateline?.text).toBe('NEWCASTLE, Dec 9 AAP -');
  });

  it('reads Kyodo after a date with a comma before it', () => {
    expect(detectDateline('TOKYO, Dec. 9, Kyodo - The central bank kept its rate on hold.')?.place).toBe(
      'TOKYO',
    );
  });

  it('reads no credit in an undated opening: a word before a dash is the story', () => {
    expect(detectDateline('Sources at AAP - a news agency - said nothing.')).toBeUndefined();
  });
});

describe('a dash set against the town and the story', () => {
  it('reads a town in capitals before a dash with no space as the dateline', () => {
    expect(detectDateline('ABUJA—The federal government said it would review fuel subsidies.')?.place).toBe(
      'ABUJA',
    );
    expect(detectDateline('LAGOS, Nigeria—Traders shut their stalls on Tuesday.')?.place).toBe(
      'LAGOS, Nigeria',
    );
  });

  it("reads no dateline in a compound of two countries' names", () => {
    expect(
      detectDateline('U.S.–China trade talks ended on Tuesday without a deal, officials said.'),
    ).toBeUndefined();
    expect(detectDateline('US—Iran talks resumed in Oman on Tuesday.')).toBeUndefined();
    expect(detectDateline('UK–EU talks on fishing rights stalled on Tuesday.')).toBeUndefined();
  });

  it('reads no dateline where a place in capitals opens the words after the dash (review58)', () => {
    // Arrange
    const places = new Set(['CHINA', 'INDIA', 'RUSSIA', 'UKRAINE', 'ABUJA']);
    const isPlace = (place: string) => places.has(place);

    // Act
    const read = (text: string) => detectDateline(text, undefined, 0, isPlace)?.place;

    // Assert
    expect(read('CHINA—INDIA flights resumed on Monday after a five-year pause.')).toBeUndefined();
    expect(read('RUSSIA—UKRAINE talks will resume in Istanbul next week.')).toBeUndefined();
    expect(read('ABUJA—NNPC said on Tuesday it would raise fuel prices.')).toBe('ABUJA');
  });

  it('reads no dateline in a name in mixed case before such a dash', () => {
    expect(detectDateline('Hamas—The group said on Tuesday it had received the proposal.')).toBeUndefined();
  });
});
