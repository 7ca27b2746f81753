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
});
