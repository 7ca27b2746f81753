import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const LIFESTYLE = 'medtop:10000000';
const SPACE = 'medtop:20000739';
const CRIME = 'medtop:02000000';
const VACCINES = 'medtop:20000477';
const HEALTH = 'medtop:07000000';
const DISASTER = 'medtop:03000000';
const POLITICS = 'medtop:11000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('words of leisure, space, courts and vaccines that news uses in other senses', () => {
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

  it('does not read a swimmer\'s national "trials" as a court case, but keeps a murder trial', () => {
    const swim = topicsOf(
      'Swimmer sets world record',
      'The swimmer set a world record in the 200 metres freestyle at the national trials on Tuesday.',
    );
    const court = topicsOf(
      'Trial opens',
      'The trial of a man accused of murder opened on Monday, and the jury heard from police witnesses.',
    );

    expect(swim).not.toContain(CRIME);
    expect(court).toContain(CRIME);
  });

  it('reads a rocket "booster" as no health story, and a booster shot as a vaccine', () => {
    const rocket = topicsOf(
      'Rocket lands',
      'The company launched its rocket carrying two probes to Mars and landed the booster on a ship at sea.',
    );
    const shot = topicsOf(
      'Booster shots offered',
      'Pharmacies began offering booster shots to people over 65 on Monday, health officials said.',
    );

    expect(rocket).not.toContain(HEALTH);
    expect(shot).toContain(VACCINES);
  });

  it('reads an election "landslide" as no disaster and a landslide that buried a village as no election', () => {
    const vote = topicsOf(
      'Alliance wins state election',
      "The prime minister's alliance won a landslide in the state election, officials said on Friday.",
    );
    const slide = topicsOf(
      'Landslide buries village',
      'A landslide buried a village in the hills after days of heavy rain, killing at least 30 people.',
    );

    expect(vote).not.toContain(DISASTER);
    expect(slide).not.toContain(POLITICS);
  });
});
