import { describe, expect, it } from 'vitest';
import { focusAndPairs, story } from './focus-and-pairs.js';

describe('a long list in a story about several countries', () => {
  it('puts six or more listed countries in focus when the story already reports on four', () => {
    // Arrange
    const article = story(
      'Brazil sinks coffee quota talks',
      'LONDON, May 12 - Talks on export quotas at the International Coffee Organization collapsed on Friday ' +
        'after Brazil and Colombia rejected a compromise backed by Vietnam and Ethiopia.\n    Brazil said the ' +
        'plan would cut its share. Colombia said it wanted more time. Vietnam said the market needed quotas. ' +
        'Ethiopia said its farmers could not wait.\n    Vietnam and Ethiopia were part of a group of ' +
        'producers, along with Kenya, Uganda, Honduras, Peru, Guatemala and Indonesia, which proposed the ' +
        'new quota system.\n    Brazil and Colombia will meet again next month.',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(expect.arrayContaining(['GT', 'HN', 'ID', 'KE', 'PE', 'UG']));
    expect(pairs).toEqual(expect.arrayContaining(['HN-PE', 'KE-UG', 'BR-ID']));
  });

  it('leaves a list spelling out the G7 as background in a story about the dollar', () => {
    const article = story(
      'Dollar slips as Japan weighs intervention',
      'NEW YORK, May 12 - The dollar slipped against the yen and the euro on Friday as traders doubted that ' +
        'the United States and Japan would act together.\n    Japan has warned it could step in. The United ' +
        'States said markets should set rates. Britain said it saw no need for action, and Germany said ' +
        'Britain was right. Germany and Britain will watch the yen, Britain said.\n    ' +
        'Dealers recalled the 2011 accord between the United States, Japan, Germany, Britain, France, Italy ' +
        'and Canada under which the nations sold yen together.\n    Japan and the United States will hold ' +
        'talks next week.',
    );

    const { focus } = focusAndPairs(article);

    expect(focus).not.toContain('CA');
    expect(focus).not.toContain('IT');
  });

  it('leaves a list of six destinations as background in a story about one country', () => {
    const article = story(
      'Chilean fruit exports climb',
      'SANTIAGO, May 12 - Chile exported 2.1 mln tonnes of fresh fruit in the season, up 4 pct, the growers ' +
        'association said.\n    Chile sold more cherries than a year earlier, and grape sales held steady, it said.\n    ' +
        'Shipments went to China, India, Japan, Mexico, Brazil and Peru.\n    Chile expects a smaller crop next ' +
        'season after a dry winter, the association said.',
    );

    const { focus } = focusAndPairs(article);

    expect(focus).toEqual(['CL']);
  });
});
