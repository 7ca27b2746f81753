import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';

// Invented stories (session 35, topics35): firefighters at a crash are its rescuers.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const FIRE = 'medtop:20000150';
const ROAD_ACCIDENT = 'medtop:20000147';

describe('firefighters and the fire service at an accident', () => {
  it('list no fire where they cut a driver free from a crash', () => {
    const result = tagArticle({
      title: 'Two dead as car crashes into house in Kent',
      body:
        'Two people died when a car crashed into a house in Kent on Saturday night. Firefighters cut the driver ' +
        'free and paramedics treated three people at the scene, the fire service said.',
    });

    expect(ids(result)).toContain(ROAD_ACCIDENT);
    expect(ids(result)).not.toContain(FIRE);
  });

  it('keep fire where carriages burst into flames after a collision', () => {
    const result = tagArticle({
      title: 'Head-on train collision in Greece kills 57 as carriages catch fire',
      body:
        'A passenger train collided head-on with a freight train near Tempi, killing 57 people, as carriages burst ' +
        'into flames. Firefighters searched the burnt wreckage for survivors. The stationmaster was arrested.',
    });

    expect(ids(result)).toContain(FIRE);
  });
});
