import { describe, expect, it } from 'vitest';
import { focusOf } from './focus-and-pairs.js';

// Session 46 (places46): a town right before "said" reads as a speaker's surname ("Henderson said"), so "Officials in
// Zanzibar said …" named no country at all. After a preposition of place the town is where the speakers are.
// Stories are invented.
describe('a town before a verb of speech after a preposition of place', () => {
  it.each([
    ['Officials in Zanzibar said on Monday that a cholera outbreak had killed 12 people.', 'TZ'],
    ['Doctors in Idlib said on Tuesday that the hospital had run out of fuel.', 'SY'],
    ['Police near Mombasa told reporters that the ferry had sunk in calm water.', 'KE'],
  ])('puts the town\'s country in focus for "%s"', (body, code) => {
    // Arrange
    const story = { title: 'Outbreak spreads', body };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).toEqual([code]);
  });

  it('still reads a town right before "said" with no preposition as a surname', () => {
    // Arrange
    const story = { title: 'Club names coach', body: 'The club has a new coach, Idlib said on Monday.' };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).toEqual([]);
  });
});

// Session 61 (place61, wild60): "The mayor of …" before "said" is the town's office, as "in" is its place.
describe('a town after its office, its people or its kind and "of", before a verb of speech', () => {
  it.each([
    ['The mayor of Toulouse said the tram line would open in June.', 'FR'],
    ['The governor of Voronezh said three drones were shot down overnight.', 'RU'],
    ['Residents of Kherson told reporters the water had been cut.', 'UA'],
    ['The deputy mayor of Wroclaw said the bridge would reopen.', 'PL'],
  ])('puts the town\'s country in focus for "%s"', (body, code) => {
    // Arrange
    const story = { title: 'City update', body };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).toEqual([code]);
  });

  it('still reads a town after another noun and "of" before "said" as a surname', () => {
    const story = { title: 'Appeal', body: 'The son of Leon said he would appeal the verdict.' };

    expect(focusOf(story)).toEqual([]);
  });
});
