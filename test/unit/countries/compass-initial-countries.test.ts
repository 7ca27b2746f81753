import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

// Invented 1996-style wires: headlines shorten North/South/East/West to an initial (wild52 X21, session 54).
const wire = (headline: string, dateline: string, sentence: string) => ({
  title: headline,
  body: `${headline}\n${dateline}\n${sentence}`,
});
const codesOf = (story: { title: string; body: string }) =>
  tagStory(story)
    .countries.map((c) => c.code)
    .sort();

describe('a compass initial before a country name', () => {
  it('reads "N. Ireland" as Northern Ireland, in Britain, not as Ireland', () => {
    // Arrange
    const story = wire(
      'N. Ireland talks resume .',
      'LONDON 1996-09-04',
      'Multi-party talks resumed on Wednesday .',
    );

    // Act
    const codes = codesOf(story);

    // Assert
    expect(codes).toEqual(['GB']);
  });

  it('reads "N. Ireland" in running text beside the Irish Republic as two countries', () => {
    const story = {
      title: 'Ulster police arrest two',
      body: 'BELFAST - Police in N. Ireland arrested two men on Friday near the border with the Irish Republic.',
    };

    expect(codesOf(story)).toEqual(['GB', 'IE']);
  });

  it('reads "N. Korean" as North Korea, not South Korea', () => {
    const story = wire(
      'N. Korean submarine found off coast .',
      'TOKYO 1996-09-20',
      'Japanese officials said on Friday the submarine had run aground .',
    );

    expect(codesOf(story)).toEqual(['JP', 'KP']);
  });

  it('reads "E. Germany" and "W. Germany" as Germany', () => {
    const story = wire(
      'E. Germany , W. Germany sign accord .',
      'VIENNA 1987-09-04',
      'The accord was signed on Friday .',
    );

    expect(codesOf(story)).toEqual(['AT', 'DE']);
  });
});
