import { describe, expect, it } from 'vitest';
import { focusOf } from './focus-and-pairs.js';

// Session 46 (places46, wild46 item 16): Britain's frozen-food chain Iceland put the country in focus. Stories are
// invented.
describe('a chain of shops named like a country', () => {
  it.each([
    'Iceland, the frozen food retailer, said sales rose 5% over Christmas.',
    'Iceland boss Richard Walker said the chain would cut prices on 500 products.',
    'The agency said 25 products sold at Asda, Morrisons and Iceland had been recalled.',
  ])('names no Iceland in "%s"', (body) => {
    // Arrange
    const story = { body };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).not.toContain('IS');
  });

  it('keeps the country where no shop is named', () => {
    // Arrange
    const story = {
      body: "A volcano erupted on Iceland's Reykjanes peninsula on Monday, the Met Office said.",
    };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).toEqual(['IS']);
  });
});
