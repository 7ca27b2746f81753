import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const SPORT = 'medtop:15000000';
const ARTS = 'medtop:01000000';
const ECONOMY = 'medtop:04000000';
const THEATRE = 'medtop:20000029';

describe('a race’s stage and an athletics meeting’s name (review22 P3, topics22)', () => {
  it('reads a stage of a cycling race as no theatre', () => {
    const ids = topicIds(
      'Pogacar wins ninth stage to extend lead',
      'Tadej Pogacar won the ninth stage of the Tour de France on Sunday, a 170-km ride through the Massif ' +
        'Central, to extend his overall lead to two minutes. The stage was shortened by organisers after riders ' +
        'protested about the heat.',
    );

    expect(ids[0]).toBe(SPORT);
    expect(ids).not.toContain(ARTS);
  });

  it('keeps the stage of a theatre story', () => {
    const ids = topicIds(
      'Veteran actor returns to the stage in Chekhov revival',
      'The actor Margaret Hale returns to the stage next month in a revival of Chekhov’s The Seagull at the ' +
        'Old Vic theatre in London, her first play in a decade. The director said rehearsals had begun.',
    );

    expect(ids[0]).toBe(ARTS);
    expect(ids).toContain(THEATRE);
  });

  it('reads the Diamond League as athletics, not diamonds', () => {
    const ids = topicIds(
      'Kipyegon breaks mile record at Diamond League meeting',
      'Faith Kipyegon broke the women’s mile world record at the Diamond League meeting in Monaco on Friday, ' +
        'running 4:07.64. The Kenyan said she had planned to run fast from the gun.',
    );

    expect(ids[0]).toBe(SPORT);
    expect(ids).not.toContain(ECONOMY);
  });
});
