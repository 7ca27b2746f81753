import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { millionsCounted } from '../../../functions/core/topics/millions-counted.js';
import { firstTopLevel, ids } from './topic-ids.js';

const ECONOMY = 'medtop:04000000';
const SPORT = 'medtop:15000000';
const ATHLETICS = 'medtop:20000827';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('a figure in millions before a currency or a count is no race distance (topics51, wild50 T16)', () => {
  it('reads money written with the currency after the figure as business, not athletics', () => {
    // Arrange
    const body = 'The brewer raised 400m dollars from a share sale and said profits rose to 100m euros.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
    expect(ids(topics)).not.toContain(ATHLETICS);
    expect(ids(topics)).not.toContain(SPORT);
  });

  it('skips the figure of a singular currency used as an adjective', () => {
    // Arrange
    const text = 'The investor tabled a 650m pound offer for the retailer.';

    // Act
    const spans = millionsCounted(text);

    // Assert
    expect(spans.map(([start, end]) => text.slice(start, end))).toEqual(['650m']);
  });

  it('skips figures in millions that count people and things', () => {
    // Arrange
    const text = 'The app has 300m users and 800m shares are in issue; the rocks formed 60m years ago.';

    // Act
    const spans = millionsCounted(text);

    // Assert
    expect(spans.map(([start, end]) => text.slice(start, end))).toEqual(['300m', '800m', '60m']);
  });

  it('keeps a race distance told with its event, its time or its final', () => {
    // Arrange
    const races = [
      'The Jamaican won the 200m in 21.9 seconds.',
      'She set a national record in the 400m hurdles.',
      'He finished fourth in the 800m final in Rome.',
    ];

    // Act
    const tops = races.map((body) => firstTopLevel(topicsOf('', body)));
    const athletics = races.map((body) => ids(topicsOf('', body)).includes(ATHLETICS));

    // Assert
    expect(tops).toEqual([SPORT, SPORT, SPORT]);
    expect(athletics).toEqual([true, true, true]);
  });

  it('keeps a race whose figure is told with won, marks, crowns or records after "the", a possessive or "and" (read51 R6)', () => {
    // Arrange
    const races = [
      'The 800m won by the Kenyan teenager was the fastest of the year.',
      "The women's 400m won by the Bahamian was run into a headwind.",
      'She still holds the 1500m records set in Zurich.',
      'The 200m marks he set as a junior still stand.',
      'The sprinter defended his 100m and 200m crowns in Tokyo.',
    ];

    // Act
    const athletics = races.map((body) => ids(topicsOf('', body)).includes(ATHLETICS));

    // Assert
    expect(athletics).toEqual([true, true, true, true, true]);
  });

  it('still reads won, marks, crowns and records after a bare figure as millions', () => {
    // Arrange
    const text =
      'The chaebol spent 300m won, the heir left 200m marks, the deal was 500m crowns and the band sold 90m records.';

    // Act
    const spans = millionsCounted(text);

    // Assert
    expect(spans.map(([start, end]) => text.slice(start, end))).toEqual(['300m', '200m', '500m', '90m']);
  });

  it('reads a money list or a loan with marks, crowns or won after "the" as millions (read52 R3)', () => {
    // Arrange
    const text =
      'The central bank said the 600m marks and 150m marks tranches would be priced on Monday, and the 400m crowns loan was signed.';

    // Act
    const spans = millionsCounted(text);
    const topics = topicsOf('', text);

    // Assert
    expect(spans.map(([start, end]) => text.slice(start, end))).toEqual(['600m', '150m', '400m']);
    expect(ids(topics)).not.toContain(SPORT);
  });
});
