import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel } from './topic-ids.js';

const LABOUR_STRIKE = 'medtop:20000530';
const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('review33 ★T1: a strike that names the government it defies is labour news first', () => {
  it("files nurses who walked off the job against a prime minister's pay offer under labour first", () => {
    // Arrange
    const title = 'Irish nurses strike as government holds firm on pay';
    const body =
      "DUBLIN - Thousands of Irish nurses walked off the job on Wednesday in the country's biggest strike in decades, " +
      "protesting against a pay offer from Prime Minister Aoife Brennan's government. Marchers filled O'Connell Street.";

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.labour);
    expect(topics.map((t) => t.id)).toContain(LABOUR_STRIKE);
  });

  it('reads the lead of an article with no headline as its headline', () => {
    // Arrange
    const body =
      'ATHENS - Greek doctors and nurses walked off the job on Thursday in a 24-hour strike against government health ' +
      'cuts, as the prime minister defended the budget in parliament.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.labour);
  });

  it('puts a walkout against a policy before the policy', () => {
    // Arrange
    const title = "Teachers strike against government's pension plan";
    const body =
      "SANTIAGO - Teachers across Chile walked off the job on Tuesday in protest against President Tomas Vidal's " +
      'pension plan, as the government said it would not back down.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.labour);
  });

  it('reads miners who down tools as a strike', () => {
    // Arrange
    const title = 'Miners down tools as government stalls on safety law';
    const body =
      "JOHANNESBURG - Thousands of platinum miners downed tools on Wednesday, demanding that President Sipho Ndlovu's " +
      'government pass a long-delayed mine safety law. The minerals minister said the bill would reach parliament soon.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.labour);
  });

  it('leaves a confidence vote with a strike threatened in passing, and a striker who walked off the pitch, alone', () => {
    // Arrange
    const vote = topicsOf(
      'Government survives confidence vote as unions threaten strike',
      'PARIS - The government survived a no-confidence vote in parliament on Monday, and the prime minister said the ' +
        'budget would pass. Unions threatened a strike next month.',
    );
    const pitch = topicsOf(
      'Striker walks off after racist chants',
      'MADRID - The striker walked off the pitch after racist chants from the stands on Sunday, and the league said it ' +
        'would investigate.',
    );

    // Act
    const firsts = [firstTopLevel(vote), firstTopLevel(pitch)];

    // Assert
    expect(firsts).toEqual([TOP_LEVEL.politics, TOP_LEVEL.sport]);
    expect(pitch.map((t) => t.id)).not.toContain(TOP_LEVEL.labour);
  });
});
