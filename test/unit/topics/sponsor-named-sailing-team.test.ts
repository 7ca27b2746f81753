import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

const AIR_TRANSPORT = 'medtop:20000338';
const idsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('review33 ★T2: a sailing team named after its sponsor is no airline', () => {
  it("files Emirates Team New Zealand's America's Cup news under sport, with no air transport", () => {
    // Arrange
    const title = "Valencia to host next America's Cup";
    const body =
      "AUCKLAND - Valencia will host the 39th America's Cup in 2029, Emirates Team New Zealand said on Monday, " +
      'after the holders chose the Spanish city over a home regatta.';

    // Act
    const ids = idsOf(title, body);

    // Assert
    expect(ids).toContain(TOP_LEVEL.sport);
    expect(ids).not.toContain(AIR_TRANSPORT);
  });

  it('keeps Emirates the airline as air transport', () => {
    // Arrange
    const title = 'Emirates orders more jets';
    const body = 'DUBAI - Emirates ordered 40 new wide-body jets on Monday, the airline said.';

    // Act
    const ids = idsOf(title, body);

    // Assert
    expect(ids).toContain(AIR_TRANSPORT);
  });
});
