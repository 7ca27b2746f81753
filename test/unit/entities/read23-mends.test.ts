import { describe, expect, it } from 'vitest';
import { entityWith, mentionsOf } from './entities-of.js';

describe('"a spokesman for X said" (read23 F1)', () => {
  it('keeps a listed leader the person, with every mention', () => {
    // Arrange
    const title = 'Erdogan to visit Berlin';
    const body =
      "ANKARA (Reuters) - Turkey's president will visit Berlin next month, a spokesman for Erdogan said on Friday. Erdogan last met the chancellor in May.";

    // Act
    const found = entityWith(body, 'Erdogan', title);

    // Assert
    expect(found?.startsWith('person:recep-tayyip-erdogan:')).toBe(true);
    expect(found?.split(' | ')).toHaveLength(3);
  });

  it('reads whom a lawyer speaks for as a person, and still a body a spokeswoman speaks for', () => {
    const body =
      'A lawyer for Okonkwo said the appeal would be filed this week. A spokeswoman for Eskom said power cuts would continue.';

    const found = mentionsOf(body);

    expect(found.some((line) => line.startsWith('organization:okonkwo'))).toBe(false);
    expect(found).toContain('organization:eskom: Eskom');
  });
});

describe('a surname after a title before "and" and a full name (read23 F3)', () => {
  it('keeps "Vice President Harris" and "Sens. Warren" their own surnames', () => {
    const body =
      'Vice President Harris and Tim Walz spoke in Detroit on Monday. Democratic Sens. Warren and Bernie Sanders wrote to the bank.';

    const found = mentionsOf(body);

    expect(found.some((line) => line.startsWith('person:harris-walz'))).toBe(false);
    expect(found.some((line) => line.startsWith('person:warren-sanders'))).toBe(false);
    expect(found).toContain('person:tim-walz: Tim Walz');
  });

  it('still shares the surname of siblings with no title before them', () => {
    expect(mentionsOf('Andy and Jamie Murray will play doubles at the Olympics.')).toContain(
      'person:andy-murray: Andy',
    );
  });
});

describe('a given name before a venue word (read23 F8)', () => {
  it('reads "Bruce Arena" as the coach, and his surname alone as him', () => {
    const body =
      'Bruce Arena said on Friday he would step down as coach. Arena, who led the team to two World Cups, thanked the players.';

    expect(entityWith(body, 'Bruce Arena')?.startsWith('person:bruce-arena:')).toBe(true);
    expect(entityWith(body, 'Arena')?.startsWith('person:bruce-arena:')).toBe(true);
  });

  it('keeps a venue named by a place and a garden one is at places', () => {
    const body =
      'The band played Wembley Arena on Saturday. The president spoke in the Rose Garden on Monday.';

    expect(entityWith(body, 'Wembley Arena')?.startsWith('place:')).toBe(true);
    expect(entityWith(body, 'Rose Garden')?.startsWith('place:')).toBe(true);
  });
});

describe('a Korean name opening a sentence or after a long title (read23 F9)', () => {
  it('is one person, the same after "South Korean President" and alone', () => {
    const body =
      'SEOUL (Reuters) - South Korean President Moon Jae-in will visit Tokyo next week, his office said. Moon Jae-in last met the Japanese prime minister in 2019.';

    expect(entityWith(body, 'Moon Jae-in')).toBe('person:moon-jae-in: Moon Jae-in | Moon Jae-in');
  });

  it('does not read a Hong Kong-based firm as a name', () => {
    const found = mentionsOf('The Hong Kong-based lender said profits rose.');

    expect(found.some((line) => line.includes('Kong-based'))).toBe(false);
  });
});

describe("a ministry's portfolio list ending in a sector word (read23 F14)", () => {
  it('keeps "Culture, Sports and Tourism" one ministry', () => {
    const body = "South Korea's Ministry of Culture, Sports and Tourism said the festival would go ahead.";

    expect(entityWith(body, 'Ministry of Culture, Sports and Tourism')?.startsWith('organization:')).toBe(
      true,
    );
    expect(mentionsOf(body).some((line) => line.startsWith('person:tourism'))).toBe(false);
  });
});
