import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const SPORT = 'medtop:15000000';
const ARTS = 'medtop:01000000';
const DISASTER = 'medtop:03000000';
const SCIENCE = 'medtop:13000000';
const ENVIRONMENT = 'medtop:06000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('words a desk borrows from another desk', () => {
  it('does not read the injured of a quake or a crash as sport, and keeps a player injury on the sports page', () => {
    const quake = topicsOf(
      'Quake kills dozens in mountain villages',
      'A strong earthquake struck the mountain region before dawn, killing at least 40 people and injuring ' +
        'hundreds more as houses collapsed, officials said. Rescue teams were searching the rubble.',
    );
    const crash = topicsOf(
      'Bus overturns on motorway',
      'Twelve people were injured when a coach overturned on the motorway on Friday night, police said. ' +
        'Two of the injured are in a serious condition in hospital.',
    );
    const match = topicsOf(
      'Striker ruled out for a month',
      'The club said its striker injured a hamstring in the win over the league leaders and will miss the ' +
        'next five matches, a blow before the cup semi-final.',
    );

    expect(quake[0]).toBe(DISASTER);
    expect(quake).not.toContain(SPORT);
    expect(crash).not.toContain(SPORT);
    expect(match[0]).toBe(SPORT);
  });

  it('files a singer announcing an album on a podcast as music, not computing', () => {
    const topics = topicsOf(
      'Singer reveals new album',
      'The pop singer revealed her ninth studio album on a podcast hosted by her brother on Wednesday, and ' +
        'fans queued outside record shops for signed vinyl copies.',
    );

    expect(topics[0]).toBe(ARTS);
    expect(topics).not.toContain(SCIENCE);
  });

  it('does not read the "text" of a negotiated agreement as texting', () => {
    const topics = topicsOf(
      'Climate talks end with a compromise',
      'Negotiators at the climate talks agreed a final text on Saturday that commits countries to cut ' +
        'emissions faster, although the text drops any date for ending the use of coal.',
    );

    expect(topics[0]).toBe(ENVIRONMENT);
    expect(topics).not.toContain(SCIENCE);
  });
});
