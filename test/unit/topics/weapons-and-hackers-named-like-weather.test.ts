import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel, ids } from './topic-ids.js';

const DEFENCE = 'medtop:20000598';
const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('fixT49 (wild49 T10): weapons and hacking groups named like the weather or a technology', () => {
  it('reads Typhoon fighter jets as defence, no storm', () => {
    const topics = topicsOf('', 'Two RAF Typhoon fighter jets escorted the airliner back to Stansted.');

    expect(ids(topics)).toContain(DEFENCE);
    expect(ids(topics)).not.toContain(TOP_LEVEL.disaster);
    expect(ids(topics)).not.toContain(TOP_LEVEL.weather);
  });

  it('reads a hacking group named for a storm as hacking, no disaster', () => {
    const topics = topicsOf(
      '',
      'Investigators said Brass Typhoon hackers had stolen data from a water utility.',
    );

    expect(ids(topics)).toContain(TOP_LEVEL.crime);
    expect(ids(topics)).not.toContain(TOP_LEVEL.disaster);
  });

  it('keeps a typhoon named after its kind as a disaster, even in a story with hackers', () => {
    const topics = topicsOf(
      '',
      'Typhoon Koinu flooded villages in the north. Separately, police arrested hackers who stole donations.',
    );

    expect(ids(topics)).toContain(TOP_LEVEL.disaster);
  });

  it('reads missile systems named like weather or patriots as defence', () => {
    const topics = topicsOf(
      '',
      'The ministry agreed to send more Storm Shadow missiles and two Patriot batteries.',
    );

    expect(ids(topics)).toContain(DEFENCE);
    expect(ids(topics)).not.toContain(TOP_LEVEL.weather);
  });

  it('reads Shahed drones that hit a port as war, not technology', () => {
    const topics = topicsOf('', 'Shahed drones hit the port of Izmail before dawn.');

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.conflict);
    expect(ids(topics)).not.toContain(TOP_LEVEL.science);
  });
});
