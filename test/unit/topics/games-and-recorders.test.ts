import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const ARTS = 'medtop:01000000';
const SCIENCE = 'medtop:13000000';
const IT = 'medtop:20000763';
const VIDEO_GAMES = 'medtop:20000548';

describe('game reviews and video recorders are technology (topics18, BBC tech → arts errors)', () => {
  it('files a game review told through its film-like story as technology', () => {
    const topics = topicIds(
      'Space shooter sequel stumbles on its own ambition',
      'The sequel to last year’s surprise hit returns with a bigger galaxy, a longer story and a cast of ' +
        'Hollywood actors voicing its heroes. The cut-scenes look like an animated movie, and the soundtrack ' +
        'is superb.\n\nBut the gameplay has not kept up. The first-person shooter sections feel stiff, the ' +
        'open-world map is mostly empty and save points are far apart. On the Nintendo Switch the graphics ' +
        'stutter whenever more than a dozen enemies appear.',
    );

    expect(topics[0]).toBe(SCIENCE);
    expect(topics).toContain(IT);
    expect(topics).toContain(VIDEO_GAMES);
  });

  it('files a cable firm’s video recorder as technology before television', () => {
    const topics = topicIds(
      'Cable firm launches recorder to rival satellite box',
      'A cable operator is to offer a personal video recorder in a set-top box. The PVR records TV ' +
        'programmes to a 500GB hard drive, letting viewers pause and rewind live television and record two ' +
        'channels while watching a third.',
    );

    expect(topics[0]).toBe(SCIENCE);
    expect(topics).toContain(ARTS);
  });
});
