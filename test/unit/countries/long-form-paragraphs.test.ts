import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

/**
 * An invented feature of about 440 words on Chile's salmon farms. Its paragraph on other producers names Scotland in
 * its first sentence and Canada in another: two countries the feature is about, set side by side as examples.
 */
const FEATURE = {
  lead: 'PUERTO MONTT, Chile \u2014 The boats leave the harbour before dawn, loaded with feed for the pens that line the fjords south of the city. Salmon farming has made this corner of Chile one of the richest fishing regions in the world, and one of the most contested.',
  owners:
    "Norwegian companies own many of Chile's largest farms, and their money has paid for the hatcheries, the processing plants and the boats. Norway, the biggest producer of farmed salmon, has sold its know-how to Chile for forty years.",
  work: 'The work is hard and cold. Divers check the nets for holes, and crews clean the pens by hand when the weather allows. Wages are better than in the fishing villages along the coast, and young people who once left for the capital now stay.',
  harm: 'Not everyone welcomes the farms. Fishermen say escaped salmon eat the native fish, and scientists have found antibiotics in the mud beneath the pens. A bloom of toxic algae in 2016 killed millions of fish and closed the beaches for months.',
  others: 'OTHERS',
  scots:
    'In Scotland, the farms are the biggest food export, worth more than whisky in some years, and the government in Scotland has promised to double production by 2030.',
  pacific:
    'In Canada, First Nations on the coast of British Columbia led the campaign against the pens, saying the farms spread lice to the wild salmon that their communities have fished for thousands of years.',
  rules:
    'Regulators are trying to catch up. New rules limit how many fish a farm may keep, and inspectors now visit each site twice a year. The industry says the rules are too strict and will cost jobs; environmental groups say they are far too weak.',
  market:
    'Demand keeps growing. Sushi restaurants, supermarkets and hotel kitchens want more fish every year, and prices have doubled in a decade. Buyers pay a premium for fish raised with fewer antibiotics, which has pushed some farms to change their methods.',
  future:
    'The future may lie offshore. Some companies are testing pens anchored in the open sea, where strong currents carry waste away, and others are building tanks on land. Both are expensive, and neither has yet made money.',
  quote:
    '"We learned from our mistakes," said the manager of one farm, standing on a walkway above the pens. "The question is whether we learned fast enough."',
};
const SCOTLAND =
  'Farms in Scotland face the same questions, and Scotland has argued for years over whether they should move further from the shore.';
const LOCHS = 'The fish there are raised in lochs on the west coast and the islands.';
const CANADA =
  'Canada has gone further than most, ordering the farms on its Pacific coast to close by 2029, and Canada says it will pay workers to retrain.';
const TITLE = 'Chile bets its south on salmon, and its fjords pay the price';

/** The feature with its paragraph on other producers as given, whole or cut to its first five paragraphs. */
function article(others: string, cut = false) {
  const paragraphs = Object.values(FEATURE).map((p) => (p === 'OTHERS' ? others : p));
  return {
    title: TITLE,
    body: (cut ? paragraphs.slice(0, 2).concat(paragraphs.slice(4, 7)) : paragraphs).join('\n\n'),
    language: 'en',
  };
}

const pairs = (a: ReturnType<typeof article>) => tagArticle(a).countryPairs;
const scoreOf = (a: ReturnType<typeof article>, pair: string) => pairs(a).find((p) => p.pair === pair)?.score;

describe('a paragraph link in long form', () => {
  it('is not made by two sentences of a paragraph with another sentence between them', () => {
    // Arrange
    const feature = article(`${SCOTLAND} ${LOCHS} ${CANADA}`);

    // Act
    const score = scoreOf(feature, 'CA-GB');

    // Assert
    expect(score).toBeDefined();
    expect(score!).toBeLessThanOrEqual(0.4);
  });

  it('is made by two sentences that follow one another', () => {
    const feature = article(`${SCOTLAND} ${CANADA} ${LOCHS}`);

    expect(scoreOf(feature, 'CA-GB')).toBe(0.5);
  });

  it('is made by the same paragraph in a report of about 200 words', () => {
    const report = article(`${SCOTLAND} ${LOCHS} ${CANADA}`, true);

    expect(scoreOf(report, 'CA-GB')).toBe(0.5);
  });
});
