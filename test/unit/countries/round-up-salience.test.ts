import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const salienceOf = (story: Parameters<typeof tagStory>[0]) =>
  Object.fromEntries(tagStory(story).countries.map((c) => [c.code, c.salience]));
const focusOf = (story: Parameters<typeof tagStory>[0]) =>
  tagStory(story)
    .countries.filter((c) => c.focus)
    .map((c) => c.code)
    .sort();

describe("a round-up's countries named once each", () => {
  const roundUp = {
    title: 'Global phone shipments slip',
    body:
      'Smartphone shipments fell 3% in the third quarter, a market research firm said on Thursday. Shipments ' +
      'fell in Poland and Hungary. They rose in Vietnam and Thailand. They were flat in Chile and Peru.',
  };

  it('keeps them in focus, as the survey reports on each', () => {
    // Act / Assert
    expect(focusOf(roundUp)).toEqual(['CL', 'HU', 'PE', 'PL', 'TH', 'VN']);
  });

  it("gives none of them the salience of the story's first country", () => {
    // Act
    const salience = salienceOf(roundUp);

    // Assert
    for (const code of ['CL', 'HU', 'PE', 'PL', 'TH', 'VN']) expect(salience[code]).toBeLessThanOrEqual(0.5);
  });

  it('keeps the salience of a country the round-up comes back to', () => {
    // Arrange
    const story = {
      ...roundUp,
      body: `${roundUp.body} Poland's shipments fell for a fourth quarter, and Poland's retailers cut orders.`,
    };

    // Act
    const salience = salienceOf(story);

    // Assert
    expect(salience.PL).toBe(1);
    expect(salience.HU).toBeLessThanOrEqual(0.5);
  });
});
