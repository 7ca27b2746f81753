import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 57: stories wild57 found with no topic of their own, or one word's other sense. Stories are invented.
const topicIds = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);
const rankOf = (ids: readonly string[], id: string) => (ids.includes(id) ? ids.indexOf(id) : ids.length);

describe('desk words wild57 found missing or misread', () => {
  it.each([
    [
      'a shark attack is an animal incident',
      'Beach closed',
      'A surfer was bitten on the leg by a shark at Tamarin Bay on Tuesday, and beaches were closed.',
      'medtop:20000139',
    ],
    [
      'a blaze keeps its fire when a mayor promises aid',
      'Homes razed',
      'A fire that broke out before dawn on Sunday razed about 150 houses, leaving 300 families homeless.\n\n' +
        'The mayor said affected families would receive cash aid.',
      'medtop:20000150',
    ],
    [
      'rivers that "burst banks" flood',
      'Flood warnings',
      'Rivers burst banks across the county after heavy rain.',
      'medtop:20000154',
    ],
    [
      'a round told in golf words is golf',
      'Lindqvist wins by three',
      'Erik Lindqvist carded a bogey-free 65 and holed a long putt on the last to win at Corrowa Golf Club.',
      'medtop:20000940',
    ],
    [
      'a race named for its course is horse racing',
      'Favourite wins',
      'Silver Talon won the Cox Plate by two lengths, ridden by Sam Ferris.',
      'medtop:20000960',
    ],
    [
      'an ore reserve and a mine life are mining',
      'Maiden reserve',
      'Tarrow Metals declared a maiden ore reserve of 18 million tonnes, supporting a 12-year mine life at 2 Mtpa.',
      'medtop:20000320',
    ],
  ])('%s', (_, title, body, present) => {
    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).toContain(present);
  });

  it.each([
    [
      'a party named CPI(M) is no price index',
      'Polls',
      'The CPI(M) won 12 seats in the local body polls.',
      'medtop:20000370',
    ],
    [
      '"endanger life" is no endangered species',
      'Jailed',
      'He admitted arson with intent to endanger life.',
      'medtop:20000443',
    ],
    [
      'river banks are no lenders',
      'Flood warnings',
      'Rivers burst banks across the county after heavy rain.',
      'medtop:20000274',
    ],
    [
      'a gunman "holed up" is no golf (review57)',
      'Siege ends',
      'The gunman holed up in a farmhouse for six hours.',
      'medtop:20000940',
    ],
    [
      "a suburb's housing towers are no racecourse (review57)",
      'Towers to close',
      'Residents of the Flemington housing towers will be moved out by 2030, the state government said.',
      'medtop:20000960',
    ],
  ])('%s', (_, title, body, absent) => {
    expect(topicIds(title, body)).not.toContain(absent);
  });

  it('ranks cricket above soccer in a Twenty20 round-up with a side called the Strikers', () => {
    const ids = topicIds(
      'Scorchers thrash Strikers',
      'The Scorchers bowled the Strikers out for 121 in 16.2 overs to win by 72 runs in the Big Bash League.',
    );

    expect(rankOf(ids, 'medtop:20000888')).toBeLessThan(rankOf(ids, 'medtop:20001065'));
  });
});
