import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { SPORT as SPORT_TABLE } from '../../../functions/core/topics/lexicon/sport.js';
import { RACE_CLIMBS } from '../../../functions/core/topics/race-climbs.js';
import { ids } from './topic-ids.js';

// Session 47 (fixT47, read47 on e5b9c9fc): the climbs of the stage races count for cycling only beside a word of the
// race in their sentence; an attack at a match told with an arrest, a charge or an assault keeps its crime where sport
// leads. Stories are invented.
const SPORT = 'medtop:15000000';
const CYCLING = 'medtop:20000892';
const CRIME = 'medtop:02000000';
const ASSAULT = 'medtop:20000084';

const tag = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('a climb of the stage races alone is no cycling (read47 on e5b9c9fc)', () => {
  it.each([
    [
      'a ski resort named after a Tour climb',
      'Ski resorts enjoy bumper season',
      "Skiers flocked to Alpe d'Huez and other French resorts this winter, where hotels reported record bookings. Resort operators said snow was plentiful.",
    ],
    [
      "a mountaineer's final climb",
      'Climbers near the top',
      'The team began the final climb to the summit of Mount Everest early on Tuesday. Sherpas fixed ropes along the ridge.',
    ],
    [
      'walkers on Mont Ventoux',
      'Walkers rescued',
      'Two walkers were rescued from Mont Ventoux after they lost their way in fog on Sunday, a mountain rescue team said.',
    ],
  ])('gives %s no sport or cycling', (_, title, body) => {
    // Act
    const topics = tag(title, body);

    // Assert
    expect(ids(topics)).not.toContain(CYCLING);
    expect(ids(topics)).not.toContain(SPORT);
  });

  it.each([
    [
      "a rider's attack on the final climb to Alpe d'Huez",
      'Pogacar wins on the mountain',
      "Tadej Pogacar attacked on the final climb to Alpe d'Huez and won the stage by 40 seconds.",
    ],
    [
      'a summit finish on the Tourmalet told with the peloton',
      'Vingegaard takes time',
      'The peloton split on the summit finish of the Tourmalet, where Jonas Vingegaard gained a minute.',
    ],
  ])('keeps cycling for %s', (_, title, body) => {
    // Act
    const topics = tag(title, body);

    // Assert
    expect(ids(topics)).toContain(CYCLING);
  });
});

describe('the climbs of the stage races: one list for the senses row and its check (tidy48)', () => {
  it('lists only phrases of the cycling lexicon, so the row gates words the lexicon counts', () => {
    // Arrange
    const cycling = new Set(
      SPORT_TABLE['20000892']!.split(/[,\n]/).map((term) =>
        term
          .trim()
          .replace(/\s+[\d.]+$/, '')
          .replace(/^=/, ''),
      ),
    );

    // Act
    const missing = RACE_CLIMBS.filter((climb) => !cycling.has(climb));

    // Assert
    expect(missing).toEqual([]);
  });

  it('reads the plural "summit finishes" beside a word of the race as cycling, and alone as none', () => {
    // Act
    const raced = tag('Mountain days', 'The race has three summit finishes for the riders this year.');
    const alone = tag('Mountain days', 'The race has three summit finishes this year.');

    // Assert
    expect(ids(raced)).toContain(CYCLING);
    expect(ids(alone)).not.toContain(CYCLING);
  });
});

describe('an attack at a match told with an arrest keeps its crime (read47 on e5b9c9fc)', () => {
  it('keeps assault for a player attacked by a fan who was arrested and charged', () => {
    // Act
    const topics = tag(
      'Midfielder attacked',
      'The midfielder was attacked by a fan who ran onto the pitch during the second half, and the fan was later arrested and charged with assault. The match resumed after a delay and United won 2-1 with a late goal from the striker.',
    );
    const crime = topics.find((t) => t.id === CRIME)?.score ?? 0;
    const assault = topics.find((t) => t.id === ASSAULT)?.score ?? 0;

    // Assert
    expect(ids(topics)).toContain(SPORT);
    expect(crime).toBeGreaterThan(0.78);
    expect(assault).toBeGreaterThan(0.5);
  });

  it("gives a rider's attack on a climb no crime", () => {
    // Act
    const topics = tag(
      'Rider wins',
      'The Belgian rider attacked on the final climb and won the stage. The mountain stage was the hardest of the race.',
    );

    // Assert
    expect(ids(topics)).toContain(CYCLING);
    expect(ids(topics)).not.toContain(CRIME);
  });
});
