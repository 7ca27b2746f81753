import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

const topLevels = (title: string, body: string) =>
  tagArticle({ title, body })
    .topics.filter((t) => t.level === 1)
    .map((t) => t.id);

describe('review33 ★T2: an everyday word alone names no whole top level', () => {
  it("lists no sport for a government's opponents or a dispute that lasted a century", () => {
    // Arrange
    const detained = [
      '',
      'ANKARA - Police detained 40 opponents of the government on Tuesday, including lawyers.',
    ];
    const ruling = [
      '',
      'THE HAGUE - The International Court of Justice ruled on Monday in a border dispute that had lasted more than a century.',
    ];

    // Act
    const found = [detained, ruling].map(([title, body]) => topLevels(title!, body!));

    // Assert
    for (const list of found) expect(list).not.toContain(TOP_LEVEL.sport);
  });

  it('lists no lifestyle for a dispute that simmered', () => {
    // Arrange
    const body = 'CARACAS - The opposition said a dispute over the vote count had simmered for weeks.';

    // Act
    const found = topLevels('', body);

    // Assert
    expect(found).not.toContain(TOP_LEVEL.lifestyle);
  });

  it('lists no technology for a live blog updated as a news conference goes on', () => {
    // Arrange
    const body = "TOKYO - This live blog is updated as the prime minister's news conference continues.";

    // Act
    const found = topLevels('', body);

    // Assert
    expect(found).not.toContain(TOP_LEVEL.science);
    expect(found[0]).toBe(TOP_LEVEL.politics);
  });

  it("keeps a batsman's century, a player's opponent, a recipe's simmering and a software update", () => {
    expect(
      topLevels(
        'Root hits century as England dominate',
        "LONDON - Joe Root scored his 40th Test century as England dominated the second day at Lord's.",
      )[0],
    ).toBe(TOP_LEVEL.sport);
    expect(
      topLevels(
        'Chelsea face old opponents in cup draw',
        'LONDON - Chelsea were drawn against Liverpool in the League Cup quarter-finals, meeting old opponents.',
      )[0],
    ).toBe(TOP_LEVEL.sport);
    expect(
      topLevels(
        'Beef ragu for winter evenings',
        'Brown the beef in olive oil, add garlic and tomatoes, then simmer gently for three hours until the sauce thickens.',
      )[0],
    ).toBe(TOP_LEVEL.lifestyle);
    expect(
      topLevels(
        'Phone maker releases update to fix security flaw',
        'A software update for smartphones fixes a security flaw that hackers had exploited, the company said.',
      )[0],
    ).toBe(TOP_LEVEL.science);
  });
});
