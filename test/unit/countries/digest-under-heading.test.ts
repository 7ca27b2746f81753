import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

// Session 43 (places43, wild43 item 11): the first item of a digest under a heading line with no full stop ("BRIEFS",
// "Around the world today") was no item, so its country stayed out of focus. Stories are invented.
describe('a digest under a heading line', () => {
  it('puts the first item under a heading in capitals in focus', () => {
    // Arrange
    const body =
      'BRIEFS\n\nKENYA: Parliament passed a finance bill on Tuesday after weeks of protests over new taxes.\n\n' +
      'BRAZIL: The central bank raised its benchmark rate by half a point, citing food prices.\n\n' +
      'NORWAY: The government said it would sell part of its stake in the state oil company.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: 'News in brief', language: 'en', body });

    // Assert
    expect(focus).toEqual(['BR', 'KE', 'NO']);
    expect(pairs).toEqual([]);
  });

  it('puts the first item under a heading in title case in focus', () => {
    // Arrange
    const body =
      'Around the world today\n\nKenya: Parliament passed a finance bill on Tuesday after weeks of protests.\n\n' +
      'Brazil: The central bank raised its benchmark rate by half a point, citing food prices.\n\n' +
      'Norway: The government said it would sell part of its stake in the state oil company.';

    // Act
    const { focus } = focusAndPairs({ title: 'Around the world', language: 'en', body });

    // Assert
    expect(focus).toEqual(['BR', 'KE', 'NO']);
  });

  it('still reads a label after a wrapped line as no item', () => {
    // Arrange
    const body =
      'Italy beat Scotland 20-14 in Rome on Saturday in a match of\nItaly: Capuozzo, Ioane, Brex, Menoncello, Lynagh.\n' +
      'Scotland: Kinghorn, Steyn, Jones, Tuipulotu, Russell.';

    // Act
    const { focus } = focusAndPairs({ title: 'Teams for Saturday', language: 'en', body });

    // Assert
    expect(focus).toEqual(['GB', 'IT']);
  });
});
