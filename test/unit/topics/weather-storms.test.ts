import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { ids } from './topic-ids.js';

const WEATHER = 'medtop:17000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;
const hasWeather = (title: string, body: string) => ids(topicsOf(title, body)).includes(WEATHER);

describe('storms told as weather keep their weather whoever the story quotes (wild53 Y4)', () => {
  it('keeps weather for storms quoted from officials, witnesses or a mayor', () => {
    // Arrange
    const bodies = [
      'Storms hit the valley overnight, officials said.',
      'Storms lashed the harbour on Monday, witnesses said, and the police closed the seafront road.',
      'Severe storms swept the county on Tuesday, the mayor said.',
      'Dust storms closed the main highway on Sunday, state transport officials said.',
      'The storm made landfall near the port town early on Friday, the governor said.',
    ];

    // Act
    const weather = bodies.map((body) => hasWeather('Bad night', body));

    // Assert
    expect(weather).toEqual([true, true, true, true, true]);
  });

  it('still gives no weather to protesters or troops who storm a building, a political storm or a player who storms into a final', () => {
    // Arrange
    const stories: [string, string][] = [
      [
        'Protesters storm parliament',
        'Hundreds of protesters stormed the parliament building on Tuesday, police said.',
      ],
      [
        'Troops storm rebel town',
        'Government troops stormed the rebel-held town after a week-long siege, the army said.',
      ],
      [
        'Minister in storm over expenses',
        'The minister was at the centre of a political storm after MPs demanded an inquiry into his expenses.',
      ],
      [
        'Kovalenko storms into final',
        'Anna Kovalenko stormed into the final on Friday with a straight-sets win.',
      ],
    ];

    // Act
    const weather = stories.map(([title, body]) => hasWeather(title, body));

    // Assert
    expect(weather).toEqual([false, false, false, false]);
  });

  it('gives no weather to a row of some size or to what a row caused or left (read53 R5)', () => {
    // Arrange
    const bodies = [
      "A major storm erupted at Westminster after the MPs' expense claims were published, and party leaders met.",
      'The storm caused by the leaked memo forced the minister to resign on Friday.',
      'The storm left the party divided ahead of the election, senior MPs said.',
      'Political storms are nothing new for the prime minister, who faced a vote of confidence on Tuesday.',
    ];

    // Act
    const weather = bodies.map((body) => hasWeather('Row at Westminster', body));

    // Assert
    expect(weather).toEqual([false, false, false, false]);
  });

  it('keeps weather for a storm of some size beside a word of weather', () => {
    // Arrange
    const body =
      'A powerful storm brought winds of 80mph to the coast on Sunday, and the storm left 50,000 homes without power.';

    // Act
    const weather = hasWeather('Coast hit', body);

    // Assert
    expect(weather).toBe(true);
  });
});
