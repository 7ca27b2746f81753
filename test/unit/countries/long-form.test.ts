import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { focusAndPairs } from './focus-and-pairs.js';

/**
 * An invented feature of about 560 words on the Rohingya camps: Bangladesh and Myanmar are its story; Malaysia and
 * the United States meet in two sentences of its paragraph on the boats (wild40 ★1's kind: passing co-mentions).
 */
const FEATURE = {
  lead: "COX'S BAZAR, Bangladesh \u2014 The rations were cut again in March. In the camps that sprawl over the hills south of Cox's Bazar, a million Rohingya refugees who fled Myanmar now live on about eight dollars a month each, and mothers say their children are growing thin.",
  shelter:
    "Bangladesh has sheltered the Rohingya since the army of Myanmar drove more than 700,000 of them across the border in 2017. Its government says it cannot keep them forever, and it wants Myanmar to take them back. Myanmar's army, which seized power in a coup in 2021, has made promises but has not kept them.",
  aid: 'The aid that kept the camps running is shrinking. The United States, once the largest donor, cut its aid in 2025. Donors say other crises need the money.',
  seasons:
    'Life in the camps is hard in every season. In the rainy months the paths between the shelters turn to rivers of mud, and landslides bury homes on the steeper slopes. In the dry months fires spread quickly through the bamboo and plastic, and a single spark from a cooking stove can burn hundreds of shelters in an hour. Volunteers keep watch at night with buckets of sand.',
  young:
    'The young have little to do. Refugee children may study only an informal curriculum, and there are no exams that any university would accept. Teenage boys drift into the gangs that control parts of the camps after dark, and kidnappings for ransom have become common. Parents keep their daughters inside.',
  work: 'Work is forbidden, but many work anyway. Men carry loads in the markets of the town, fish from small boats, or build roads for a fraction of a local wage. Women sew, cook and sell vegetables from plastic sheets on the ground. Everyone is afraid of the police checkpoints on the roads out of the camps.',
  sea: 'Some refugees risk the sea. Every dry season, wooden boats crammed with people set out for Malaysia, and some land in Indonesia instead. The United States has urged Malaysia to let the boats land. Malaysia has asked the United States to resettle more refugees. Many boats are turned back; some sink. Families pay smugglers thousands of dollars they do not have, borrowing from relatives and selling their rations to raise the money.',
  border:
    'Across the border, the war has changed. An ethnic armed group, the Arakan Army, has taken most of the region the Rohingya fled, and fighting between it and the army has driven new refugees into the camps. Rights groups say both sides have abused Rohingya civilians, forcing young men to fight.',
  home: 'The refugees talk about home constantly. Old men draw maps of their villages in the dust, naming every family and every pond. Women keep the keys of houses that were burned years ago. Children who were born in the camps know the names of rivers they have never seen.',
  hunger:
    'Aid workers fear the worst is still ahead. The food agency says it needs more money within weeks or rations will fall again, and doctors report rising numbers of children with acute malnutrition. A nurse at a clinic in the largest camp said she now sees twice as many thin babies as a year ago.',
  quote:
    '"We cannot eat promises," said Mohammed Rafiq, a community leader who has lived in the camps for eight years. "We want to go home, with our rights. Until then, we need to eat."\n',
};

const BOTH_IN_HEADLINE = "Rohingya camps in Bangladesh brace for hunger as Myanmar's war rages on";
const ONE_IN_HEADLINE = 'Rohingya camps in Bangladesh brace for hunger as aid runs out';
const JOURNALISTS =
  'Journalists from Britain, Germany, Spain, Italy, Japan and Brazil visited the camps this spring.';
const HANDICRAFTS =
  "The camps' handicrafts went to Britain (3,000 pieces), Germany (2,100), Spain (1,800), Italy (900), Japan (700) " +
  'and Brazil (300) last year.';

/** The feature whole, with `extra` opening its paragraph on the seasons. */
function feature(title: string, extra = '') {
  const paragraphs = Object.values(FEATURE).map((p) =>
    p === FEATURE.seasons && extra ? `${extra} ${p}` : p,
  );
  return { title, body: paragraphs.join('\n\n'), language: 'en' };
}

/** The same story cut to a report of about 200 words: its lead, the aid and the boats. */
function report(title: string, extra = '') {
  const paragraphs = [FEATURE.lead, FEATURE.shelter, FEATURE.aid, extra, FEATURE.sea].filter(Boolean);
  return { title, body: paragraphs.join('\n\n'), language: 'en' };
}

const scoreOf = (article: ReturnType<typeof feature>, pair: string) =>
  tagArticle(article).countryPairs.find((p) => p.pair === pair)?.score;

describe('pair scores in long form', () => {
  it("keeps two passing countries' pair below the story's own pair however often a sentence names both", () => {
    // Arrange
    const article = feature(BOTH_IN_HEADLINE);

    // Act
    const passing = scoreOf(article, 'MY-US');
    const main = scoreOf(article, 'BD-MM');

    // Assert
    expect(main).toBe(1);
    expect(passing).toBeDefined();
    expect(passing!).toBeLessThan(0.8);
  });

  it('lets the same two sentences link the pair in full in a short report', () => {
    const article = report(BOTH_IN_HEADLINE);

    expect(scoreOf(article, 'MY-US')).toBe(1);
  });
});

describe('a long list in long form', () => {
  it('leaves a list of where visitors came from out of focus in a feature', () => {
    const { focus } = focusAndPairs(feature(ONE_IN_HEADLINE, JOURNALISTS));

    expect(focus).toEqual(['BD', 'MM', 'MY', 'US']);
  });

  it('puts the same list in focus in a short report, as wire lists are', () => {
    const { focus } = focusAndPairs(report(ONE_IN_HEADLINE, JOURNALISTS));

    expect(focus).toEqual(expect.arrayContaining(['BR', 'DE', 'ES', 'GB', 'IT', 'JP']));
  });

  it('puts a list giving each country a figure in focus in a feature too', () => {
    const { focus } = focusAndPairs(feature(ONE_IN_HEADLINE, HANDICRAFTS));

    expect(focus).toEqual(expect.arrayContaining(['BR', 'DE', 'ES', 'GB', 'IT', 'JP']));
  });
});
