import { describe, expect, it } from 'vitest';
import { focusOf, tagStory } from './focus-and-pairs.js';

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

  // fixP46 (read46 on 8bfd2d12): a grocer nearby is no evidence of the chain; the headline is read as the body reads.
  it('keeps the country beside grocers it is not listed with', () => {
    // Arrange
    const story = {
      body: "Iceland's fishermen supply much of the cod sold by Tesco and Morrisons, exporters said. Iceland's government expects catches to fall.",
    };

    // Act
    const mentions = tagStory(story).countries.find((c) => c.code === 'IS')?.mentions ?? [];

    // Assert
    expect(mentions.map((m) => m.start)).toEqual([0, 88]);
  });

  it.each([
    [
      'Iceland to close 30 shops',
      'Iceland, the frozen food retailer, said it would close 30 shops by March.',
    ],
    ['ICELAND TO CUT JOBS', 'ICELAND STORES WILL CUT 200 JOBS, THE RETAILER SAID.'],
  ])('reads the headline "%s" as the body reads the chain', (title, body) => {
    // Arrange
    const story = { title, body };

    // Act
    const codes = tagStory(story).countries.map((c) => c.code);

    // Assert
    expect(codes).not.toContain('IS');
  });

  it('keeps the headline the country where the body reads the country too', () => {
    // Arrange
    const story = {
      title: 'Iceland stun England',
      body: 'Iceland beat England 2-1 in Nice. Iceland fans celebrated across the country.',
    };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).toEqual(['GB', 'IS']);
  });
});
