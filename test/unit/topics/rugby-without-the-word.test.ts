import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const RUGBY = 'medtop:20001176';
const SOCCER = 'medtop:20001065';
const DIVIDENDS = 'medtop:20000177';
const idsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('review33 T3: rugby told without the word "rugby"', () => {
  it('files a Pacific Nations Cup match with a winger who dives over under rugby, not soccer or dividends', () => {
    // Arrange
    const title = 'Tonga beat Samoa to reach Pacific final';
    const body =
      "NUKU'ALOFA - Tonga ran in six tries to beat Samoa 38-14 on Saturday and set up a Pacific Nations Cup final. " +
      'Winger Viliami Fifita scored twice, diving over in the corner after the break.';

    // Act
    const ids = idsOf(title, body);

    // Assert
    expect(ids).toContain(RUGBY);
    expect(ids).not.toContain(SOCCER);
    expect(ids).not.toContain(DIVIDENDS);
  });

  it("keeps a football winger as soccer and a wire's 'div' as a dividend", () => {
    // Arrange
    const football = idsOf(
      'Arsenal beat Chelsea',
      'LONDON - Arsenal beat Chelsea 2-1 in the Premier League on Sunday, with winger Bukayo Saka scoring the winner.',
    );
    const dividend = idsOf(
      'Acme Corp raises quarterly div',
      'NEW YORK - Qtly div 25 cts vs 22 cts prior. Pay Jan 15.',
    );

    // Act
    const found = [football.includes(SOCCER), dividend.includes(DIVIDENDS)];

    // Assert
    expect(found).toEqual([true, true]);
  });
});
