import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const read = (title: string, body: string) => {
  const result = tagStory({ title, body });
  return {
    focus: result.countries.filter((c) => c.focus).map((c) => c.code),
    pairs: result.countryPairs.map((p) => p.pair),
  };
};

// Invented headlines (session 58, focus58; wild58 found the shape): the city a headline's meeting is held in.
describe('the city a headline places a meeting in', () => {
  it('says where the sides meet, not who meets', () => {
    // Arrange
    const title = 'Armenia, Azerbaijan to sign peace treaty in Abu Dhabi next month, officials say';
    const body =
      'YEREVAN — Armenia and Azerbaijan will sign a peace treaty in Abu Dhabi in January, officials in both countries said on Tuesday.';

    // Act
    const tagged = read(title, body);

    // Assert
    expect(tagged.focus).not.toContain('AE');
    expect(tagged.focus).toEqual(expect.arrayContaining(['AM', 'AZ']));
  });

  it('leaves the host out of focus in talks between two others', () => {
    const tagged = read(
      'Ukraine peace talks in Abu Dhabi enter second day',
      'Negotiators from Ukraine and Russia met for a second day on Tuesday and made progress, according to an Emirati official.',
    );

    expect(tagged.focus).toEqual(expect.arrayContaining(['UA', 'RU']));
    expect(tagged.focus).not.toContain('AE');
  });

  it('keeps a host in focus that the story names as a side', () => {
    expect(
      read(
        'Modi and Ishiba hold talks in Tokyo',
        'Indian Prime Minister Narendra Modi and his Japanese counterpart held talks on Friday on trade and defence.',
      ).focus,
    ).toEqual(expect.arrayContaining(['IN', 'JP']));
  });

  it('keeps the venue in focus when the story names no other country', () => {
    expect(
      read(
        'Summit in Nairobi turns violent',
        'Police fired tear gas at protesters outside the venue on Tuesday as African leaders met, witnesses said.',
      ).focus,
    ).toEqual(['KE']);
  });
});
