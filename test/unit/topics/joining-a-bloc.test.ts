import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel } from './topic-ids.js';

const INTERNATIONAL_BODY = 'medtop:20000644';
const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('review33 T4: a state that joins a bloc in the headline is politics first', () => {
  it('files a new ASEAN member under politics before the oil revenue of its background', () => {
    // Arrange
    const title = "Timor-Leste becomes ASEAN's 11th member";
    const body =
      'KUALA LUMPUR - Timor-Leste joined the Association of Southeast Asian Nations on Sunday. The bloc said Dili ' +
      'would get help to meet trade rules; the country relies on dwindling oil and gas revenue and coffee exports.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
    expect(topics.map((t) => t.id)).toContain(INTERNATIONAL_BODY);
  });

  it('leaves a central bank policymaker and a firm joining a stock index with business', () => {
    // Arrange
    const member = topicsOf(
      'Central bank member says rates to stay high',
      'LONDON - A member of the rate-setting committee said interest rates would stay high as inflation remained above target.',
    );
    const index = topicsOf(
      'Carmaker joins S&P 500 index',
      'NEW YORK - The carmaker joined the S&P 500 index on Monday and its shares rose 6% as index funds bought the stock.',
    );

    // Act
    const firsts = [firstTopLevel(member), firstTopLevel(index)];

    // Assert
    expect(firsts).toEqual([TOP_LEVEL.economy, TOP_LEVEL.economy]);
  });
});
