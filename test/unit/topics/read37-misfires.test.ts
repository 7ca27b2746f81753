import { describe, expect, it } from 'vitest';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { topicIds } from './topic-ids.js';

const SOCCER = 'medtop:20001065';
const COUP = 'medtop:20000070';
const ELECTION = 'medtop:20000574';
const LABOUR = TOP_LEVEL.labour;

describe('read37: misfires of the session-37 topic rules', () => {
  it("★3 reads no street's name in a capitalised headline's words before 'Highway'", () => {
    // Arrange
    const title = "Truckers' Strike Shuts Highway";
    const body =
      'Truck drivers parked their rigs across the main highway on Monday, demanding higher freight rates. ' +
      "Talks with the drivers' union had stalled.";

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).toContain(LABOUR);
  });

  it('★4 keeps soccer where a soccer story names the AFL and NRL in passing', () => {
    // Arrange
    const title = 'Matildas draw record crowd as football chases AFL and NRL fans';
    const body =
      'A record crowd watched the Matildas beat Canada 2-0 on Saturday, and the game could now compete with the ' +
      'AFL and NRL for fans. Caitlin Foord scored both goals.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).toContain(SOCCER);
  });

  it('★5 reads no diplomacy where two national sides seal World Cup places', () => {
    // Arrange
    const title = 'Argentina and Brazil seal World Cup places with wins';
    const body =
      'Argentina beat Venezuela 3-0 and Brazil won 2-1 in Paraguay on Tuesday to seal their places.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).not.toContain(TOP_LEVEL.politics);
  });

  it('★6 reads a ruler toppled by name alone in a story of rebels as a coup', () => {
    // Arrange
    const title = 'Syrians return home a year after Assad was toppled';
    const body = 'Refugees have returned to Syria since Bashar al-Assad was toppled by rebels last December.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).toContain(COUP);
  });

  it('★6 gives a tennis player who ousted another by name no coup', () => {
    // Arrange
    const title = 'Sinner ousts Alcaraz in Paris';
    const body = 'Jannik Sinner ousted Carlos Alcaraz 6-4 6-3 in the quarter-finals on Thursday.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).not.toContain(COUP);
    expect(ids).not.toContain(TOP_LEVEL.conflict);
  });

  it('★6 gives a president who ousted his adviser by name no coup', () => {
    // Arrange
    const title = 'Trump ousts national security adviser Waltz';
    const body =
      'President Donald Trump ousted Mike Waltz on Thursday after a row over a group chat, officials said.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).not.toContain(COUP);
  });

  it("keeps the election where a country voted 'to choose a new president'", () => {
    // Arrange
    const title = 'Hondurans vote for new president amid fraud fears';
    const body =
      'Hondurans voted on Sunday to choose a new president. Counting was slow and both sides warned of fraud.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).toContain(ELECTION);
  });
});
