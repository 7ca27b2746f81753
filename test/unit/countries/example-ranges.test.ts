import { describe, expect, it } from 'vitest';
import { exampleRanges } from '../../../functions/core/countries/example-ranges.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { pairsOf } from './focus-and-pairs.js';

/** The texts of a sentence's example ranges. */
const rangesIn = (sentence: string) =>
  exampleRanges(sentence, 0, sentence.length).map(([start, end]) => sentence.slice(start, end));

/** An invented report on cities planting trees against the heat, opened by `lead`. */
const TREES = (lead: string) =>
  `${lead} Japan's capital has promised a million new trees by 2030, the city government said on Monday. ` +
  'Officials in Japan say shaded streets are up to two degrees cooler than bare ones. The city will also paint ' +
  'the roofs of schools white. Germany has tried the same on a smaller scale.';
const TREES_TITLE = 'Tokyo plants a million trees to beat the heat';

/** An invented feature's opening on the heat, with no headline naming a country and no dateline. */
const HEAT = (lead: string) =>
  `${lead} Planners say shaded streets are up to two degrees cooler than bare ones. Roofs are being painted ` +
  'white, and fountains are running longer into the night. Doctors say the elderly are most at risk.';

const scoreOf = (title: string, body: string, pair: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.find((p) => p.pair === pair)?.score;

describe('a range of examples ("From Tokyo to Berlin, cities are …")', () => {
  it('reads a range opening its sentence, after a noun of places or bodies, or after a verb of extent', () => {
    // Arrange
    const sentences = [
      'From Tokyo to Berlin, cities are rethinking how they are built for a hotter world.',
      'Countries from Mexico to Mozambique are now drafting similar plans.',
      'The crisis came after the pandemic, when ports from China to California were jammed.',
      'A drought belt stretching from Senegal to Sudan has left millions hungry.',
    ];

    // Act
    const found = sentences.map(rangesIn);

    // Assert
    expect(found).toEqual([
      ['From Tokyo to Berlin'],
      ['from Mexico to Mozambique'],
      ['from China to California'],
      ['from Senegal to Sudan'],
    ]);
  });

  it('reads no range in a route or a flow ("Flights from Tokyo to Frankfurt", "Exports from Japan to Germany")', () => {
    const sentences = [
      'Flights from Tokyo to Frankfurt and Munich resumed on Sunday.',
      'Exports from Japan to Germany rose 5 percent.',
      'Russia has begun moving nuclear weapons from its territory to Belarus, Lukashenko said.',
    ];

    expect(sentences.map(rangesIn)).toEqual([[], [], []]);
  });

  it('does not link its two ends: they pair only as two countries the story is about', () => {
    const linked = scoreOf(
      TREES_TITLE,
      TREES('Flights from Japan to Germany were cut as the heat buckled runways.'),
      'DE-JP',
    );

    const range = scoreOf(
      TREES_TITLE,
      TREES('Governments from Japan to Germany are paying cities to plant trees.'),
      'DE-JP',
    );

    expect(linked).toBeGreaterThan(0.6);
    expect(range).toBeLessThanOrEqual(0.6);
  });

  it('opening a story that has no dateline and no country in its headline, puts no pair in focus by itself', () => {
    const range = pairsOf({
      body: HEAT('From Tokyo to Berlin, cities are planting trees to fight the heat.'),
    });
    const route = pairsOf({
      body: HEAT('Flights from Tokyo to Berlin were cancelled on Monday as the heat buckled runways.'),
    });

    expect(range).toEqual([]);
    expect(route).toEqual(['DE-JP']);
  });
});
