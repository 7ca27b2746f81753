import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

// Session 44 (places44; session 43's leftover): a first sentence of ten words or fewer that named no country and did
// not report ("said", "agreed") was read as an opener, so a short news lead ("Shares in Tesla fell sharply.") handed
// the lead to the next sentence and its passing countries; and only one opener was skipped, so a briefing that opens
// with two ("Good morning. Here is the news.") kept the greeting as its lead. Stories are invented.
describe('short news leads and openers in a row', () => {
  it('keeps a short lead that tells a market move as the lead, putting no passing country in focus', () => {
    // Arrange
    const body =
      'Shares in Tesla fell sharply. The carmaker said deliveries in China dropped 30% in November as rivals cut ' +
      'prices, while sales in Germany and Norway also slowed. Analysts said the stock could fall further.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toEqual([]);
    expect(pairs).toEqual([]);
  });

  it('keeps a short lead with an amount as the lead', () => {
    // Arrange
    const body =
      'Copper prices were up 4% by midday. Mines in Chile and Peru were shut by strikes, and traders in London ' +
      'said stocks were thin. Aluminium was flat.';

    // Act
    const { pairs } = focusAndPairs({ title: '', body });

    // Assert
    expect(pairs).toEqual([]);
  });

  it('reads the lead after two openers of a briefing', () => {
    // Arrange
    const body =
      'Good morning. Here is what you need to know today. India and Pakistan agreed to reopen the Kartarpur ' +
      'corridor for pilgrims on Friday. Markets were closed for a holiday.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toEqual(['IN', 'PK']);
    expect(pairs).toEqual(['IN-PK']);
  });

  it('still reads the lead after one scene-setting opener', () => {
    // Arrange
    const body =
      'The ferry left before dawn. Greece and Turkey agreed on Tuesday to set up a hotline between their coast ' +
      'guards, officials said. Talks will resume next month.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toEqual(['GR', 'TR']);
    expect(pairs).toEqual(['GR-TR']);
  });
});
