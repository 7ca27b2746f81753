import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { firstTopLevel } from './topic-ids.js';

const ECONOMY = 'medtop:04000000';
const CONFLICT = 'medtop:16000000';
const LABOUR = 'medtop:09000000';
const SCIENCE = 'medtop:13000000';
const STOCKS = 'medtop:20000396';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;
const idsOf = (title: string, body: string) => topicsOf(title, body).map((t) => t.id);

describe('drones a maker launched are products, not a wave of war (mendT50, read50 R18)', () => {
  it('keeps new consumer drones launched at a trade show out of war', () => {
    // Arrange
    const body = 'DJI launched three new consumer drones at CES in Las Vegas on Tuesday, priced from $299.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(SCIENCE);
    expect(topics.map((t) => t.id)).not.toContain(CONFLICT);
  });

  it('keeps a startup that launched a dozen drones over the years out of war', () => {
    // Arrange
    const body = 'The startup has launched 12 drones since 2019 and plans a stock market listing next year.';

    // Act
    const ids = idsOf('', body);

    // Assert
    expect(ids).not.toContain(CONFLICT);
  });

  it('still reads drones a state launched overnight as war', () => {
    // Arrange
    const body = 'Kyiv said Russia launched 600 drones overnight.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(CONFLICT);
  });
});

describe('a walkout judged illegal stays a labour dispute (mendT50, read50 R19)', () => {
  it('reads strikes a government called illegal, ordering truckers back to work, as labour', () => {
    // Arrange
    const body = 'The government said the Korean strikes were illegal and ordered truckers back to work.';

    // Act
    const ids = idsOf('', body);

    // Assert
    expect(ids).toContain(LABOUR);
    expect(ids).not.toContain(CONFLICT);
  });

  it('reads strikes a court ruled illegal as labour', () => {
    // Arrange
    const body = 'A Paris court ruled the French strikes illegal, siding with employers at the refinery.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(LABOUR);
    expect(topics.map((t) => t.id)).not.toContain(CONFLICT);
  });

  it("still reads a state's strikes called illegal as armed conflict", () => {
    // Arrange
    const body = 'Venezuela said the U.S. strikes were illegal.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(CONFLICT);
  });
});

describe('stocks of ammunition or food that fell are no share move (mendT50, read50 R9)', () => {
  it('leads a story of artillery shell stocks that fell with the war', () => {
    // Arrange
    const title = 'Ammunition stocks fall as war drags on';
    const body =
      "Ukraine's artillery shell stocks fell to their lowest level as Russian forces pressed their offensive in the east.";

    // Act
    const topics = topicsOf(title, body);

    // Assert
    // The word 'stocks' alone still weighs as little as before the share-move rule (.48); no share move lifts it.
    expect(firstTopLevel(topics)).toBe(CONFLICT);
    expect(topics.find((t) => t.id === STOCKS)?.score ?? 0).toBeLessThan(0.6);
  });

  it('still reads defence stocks that jumped as a share move', () => {
    // Arrange
    const title = 'Defence stocks jump after NATO pledge';
    const body = 'Shares of Rheinmetall rose 4% after Germany approved new weapons orders.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
    expect(topics.map((t) => t.id)).toContain(STOCKS);
  });
});
