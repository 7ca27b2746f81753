import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { ids } from './topic-ids.js';

// Session 45 (mendT45, wild45 ★11): a team named for the weather is no storm. Stories are invented.
const SPORT = 'medtop:15000000';
const DISASTER = 'medtop:03000000';
const WEATHER = 'medtop:17000000';

describe('a team named for the weather gives no disaster or weather (wild45 ★11)', () => {
  it.each([
    [
      'the Hurricanes who beat the Crusaders',
      '',
      'The Hurricanes beat the Crusaders 28-17 in Wellington on Friday.',
    ],
    [
      'a Super Rugby results line',
      'RUGBY UNION - SUPER RUGBY RESULTS',
      'Results of Super Rugby matches played on Saturday: Crusaders 33 Chiefs 20; Hurricanes 28 Waratahs 17.',
    ],
    ['the Storm who beat the Raiders', '', 'The Storm beat the Raiders 24-12 in Melbourne on Friday.'],
    ['the Avalanche who won at home', '', 'The Avalanche won 4-1 at home to the Stars on Saturday.'],
    [
      'a Hurricanes coach naming his side',
      '',
      'Hurricanes coach Clark Laidlaw named an unchanged side for the match.',
    ],
  ])('gives %s no disaster or weather', (_case, title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result.topics)).not.toContain(DISASTER);
    expect(ids(result.topics)).not.toContain(WEATHER);
  });

  it('leads the Hurricanes’ win with sport', () => {
    // Act
    const result = tagArticle({
      title: '',
      body: 'The Hurricanes beat the Crusaders 28-17 in Wellington on Friday.',
    });

    // Assert
    expect(result.topics[0]?.id).toBe(SPORT);
  });

  it.each([
    ['hurricanes in lower case', 'Two hurricanes hit Florida within a month, killing 40 people.'],
    [
      'hurricanes that open a sentence',
      'Hurricanes battered the Caribbean this season, with Hurricane Beryl the strongest.',
    ],
    ['a named storm', 'Storm Babet battered Scotland, and the Met Office issued a red warning.'],
  ])('keeps %s', (_case, body) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect([...ids(result.topics)].some((id) => id === DISASTER || id === WEATHER)).toBe(true);
  });
});
