import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const SOCCER = 'medtop:20001065';
const RUGBY = 'medtop:20001176';

describe('wild37 ★11: football codes other than soccer', () => {
  it('reads no soccer in an All-Ireland football final', () => {
    const ids = topicIds(
      'Kerry beat Donegal to win All-Ireland football final',
      'Kerry beat Donegal 0-25 to 1-15 at Croke Park on Sunday to win the All-Ireland senior football final.',
    );

    expect(ids).not.toContain(SOCCER);
  });

  it("reads no soccer in an AFL grand final's goals", () => {
    const ids = topicIds(
      'Brisbane Lions win AFL premiership',
      'The Brisbane Lions won the AFL grand final on Saturday, kicking 15 goals to beat Geelong by 60 points.',
    );

    expect(ids).not.toContain(SOCCER);
  });

  it('reads an NRL grand final as rugby', () => {
    const ids = topicIds(
      'Storm beat Panthers in NRL grand final',
      'The Melbourne Storm beat the Penrith Panthers 24-18 in the grand final on Sunday.',
    );

    expect(ids).toContain(RUGBY);
  });

  it('keeps soccer in a football match that names none of them', () => {
    const ids = topicIds(
      'Arsenal beat Chelsea in football derby',
      'Arsenal beat Chelsea 2-1 in the football derby on Sunday, with two goals in the second half.',
    );

    expect(ids).toContain(SOCCER);
  });
});
