import { describe, expect, it } from 'vitest';
import { focusAndPairs, story } from './focus-and-pairs.js';

describe('a column or an explainer naming many countries pairs only what one sentence links', () => {
  it('links "Poland … bought from South Korea and the United States", not Germany with the United States', () => {
    // Arrange: a column's examples, one country to a sentence.
    const article = story(
      "Opinion: Europe's defence spending spree will not buy it security",
      'The rush by European governments to lift military budgets is understandable after three years of war in ' +
        'Ukraine. Germany has pledged 100 billion euros and more, yet its procurement office still takes years to ' +
        'buy boots. France talks of strategic autonomy while buying American software. Poland, which now spends more ' +
        'than 4% of GDP on defence, has bought quickly, mostly from South Korea and the United States.\n' +
        'If Europe wants to deter Russia, it needs fewer national champions and more joint orders.',
    );

    // Act
    const { pairs } = focusAndPairs(article);

    // Assert
    expect(pairs).toEqual(expect.arrayContaining(['KR-PL', 'PL-US', 'KR-US']));
    expect(pairs).not.toContain('DE-US');
    expect(pairs).not.toContain('DE-FR');
    expect(pairs).not.toContain('RU-UA');
  });

  it('reads a column by its tagline ("The writer is …") when the headline has no label', () => {
    const article = story(
      'The world is sleepwalking into a water crisis',
      'Egypt fears the dam Ethiopia has built on the Nile. Iraq watches the dams of Turkey on the Tigris. India ' +
        'and Pakistan argue over the Indus. Mexico owes the United States water under a 1944 treaty. Spain rations ' +
        'water in Catalonia. The writer is a fellow at a water institute.',
    );

    const { pairs } = focusAndPairs(article);

    expect(pairs).toEqual(expect.arrayContaining(['EG-ET', 'IN-PK', 'IQ-TR', 'MX-US']));
    expect(pairs).not.toContain('EG-MX');
    expect(pairs).not.toContain('ES-US');
  });

  it('keeps a news survey under a plain headline setting every two countries side by side', () => {
    const article = story(
      'Coffee output forecasts cut as weather hits growers',
      "Brazil's harvest is expected to fall 6% this season after a drought, the trade group said. Vietnam's robusta " +
        "crop was cut to 27 million bags. Colombia's output rose 10%. Indonesia's crop fell because of heavy rain. " +
        'Ethiopia and Uganda reported record exports. Honduras and Peru expect smaller crops.',
    );

    const { pairs } = focusAndPairs(article);

    expect(pairs).toEqual(expect.arrayContaining(['BR-VN', 'CO-ID']));
  });
});
