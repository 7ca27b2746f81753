import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { firstTopLevel } from './topic-ids.js';

const CONFLICT = 'medtop:16000000';
const ECONOMY = 'medtop:04000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe("an arms maker's results are a business story, not an attack (read31 F7)", () => {
  it('files "Missile maker\'s profit jumps" with a drone raid in the lead\'s clause under economy', () => {
    // Arrange
    const title = "Missile maker's profit jumps as Europe rearms";
    const body =
      'MILAN, Nov 6 (Reuters) - Missile maker Aerovance said on Thursday its operating profit rose 28% in the ' +
      'first nine months, as European governments ordered more air defence missiles after Russian drones damaged ' +
      'airfields in Poland and Romania.\n\nRevenue rose 15% to 3.2 billion euros and the order book hit a record ' +
      '31 billion euros. The company, owned by Airbus, BAE Systems and Leonardo, will hire 1,500 engineers next ' +
      'year and raise its dividend.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
  });

  it('still files a drone raid that wounds soldiers near an oil field under conflict', () => {
    const topics = topicsOf(
      'Drones strike army post near oil field, wounding four soldiers',
      'BAGHDAD (Reuters) - Drones struck an army post near the Majnoon oil field on Sunday, wounding four soldiers, ' +
        'security sources said. The field pumps 240,000 barrels of oil a day and exports rose 3% last month.',
    );

    expect(firstTopLevel(topics)).toBe(CONFLICT);
  });
});
