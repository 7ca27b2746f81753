import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const LIFESTYLE = 'medtop:10000000';
const SPACE = 'medtop:20000739';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('words of leisure and space that news uses in other senses', () => {
  it('does not read a player "strolling" into a round or "a day out to forget" as leisure', () => {
    const stroll = topicsOf(
      'Sinner strolls into Paris last eight',
      'Jannik Sinner strolled into the quarter-finals of the Paris Masters on Thursday, winning 6-2 6-1.',
    );
    const dayOut = topicsOf(
      'England beaten',
      "It was a day out to forget for England as they lost by eight wickets to India at Lord's.",
    );

    expect(stroll).not.toContain(LIFESTYLE);
    expect(dayOut).not.toContain(LIFESTYLE);
  });

  it('reads "launched into space" as space exploration but not a firm moving "into space" a bank left', () => {
    const launch = topicsOf(
      'SpaceX launches satellites',
      'SpaceX launched 24 satellites into space on Friday from Cape Canaveral aboard a Falcon 9.',
    );
    const office = topicsOf(
      'Startup moves',
      'The startup moved into space previously occupied by a bank in central London.',
    );

    expect(launch).toContain(SPACE);
    expect(office).not.toContain(SPACE);
  });
});
