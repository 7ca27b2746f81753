import { describe, expect, it } from 'vitest';
import { focusAndPairs, focusOf, story } from './focus-and-pairs.js';

// Session 46 (places46): the newsmakers list had Israel's leaders and no Palestinian row, so a brief naming
// Netanyahu and Arafat by name only had Israel alone, and no pair. Stories are invented.
describe('the Palestinian leaders named by name', () => {
  it('pairs Israel and the Palestinians when their leaders meet', () => {
    // Arrange
    const article = story(
      'Netanyahu, Arafat to meet',
      'Benjamin Netanyahu and Yasser Arafat will meet on Thursday to discuss the redeployment, aides said.',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['IL', 'PS']);
    expect(pairs).toEqual(['IL-PS']);
  });

  it("reads Mahmoud Abbas as the Palestinians', and the haj's Arafat and a cricketer named Arafat as no Palestine", () => {
    // Arrange
    const abbas = { body: 'Mahmoud Abbas said on Tuesday that elections would be held next year.' };
    const hajj = {
      title: 'Pilgrims gather at Arafat for haj climax',
      body: 'Two million pilgrims streamed to Arafat on Friday and prayed on the plain of Arafat, Saudi officials said.',
    };
    const cricket = {
      body: 'Arafat Sunny took three wickets as Bangladesh beat Zimbabwe by 20 runs in Dhaka.',
    };

    // Act
    const focus = [focusOf(abbas), focusOf(hajj), focusOf(cricket).includes('PS')];

    // Assert
    expect(focus).toEqual([['PS'], ['SA'], false]);
  });
});
