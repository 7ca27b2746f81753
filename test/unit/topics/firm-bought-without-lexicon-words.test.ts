import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { firstTopLevel, ids } from './topic-ids.js';

const ECONOMY = 'medtop:04000000';
const MERGER = 'medtop:20000204';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('a firm bought is told even where the story has no lexicon word (T9, topics52)', () => {
  it('gives a one-line takeover with no money and no merger word its deal', () => {
    // Arrange
    const body = "Norway's Fjordline Foods agreed to buy Sweden's Kallstrom.";

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
    expect(ids(topics)).toContain(MERGER);
  });

  it('still gives no topic to a story with no lexicon word and no firm bought', () => {
    // Arrange
    const body = 'The Hendersons agreed to meet the Okafors on Tuesday.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(topics).toEqual([]);
  });

  it("gives no takeover to a family's home bought, the <Name>s' (read52 R6)", () => {
    // Arrange
    const body = "Mr Delacroix agreed to buy the Mbekis' farmhouse for his son.";

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(ids(topics)).not.toContain(MERGER);
  });
});
