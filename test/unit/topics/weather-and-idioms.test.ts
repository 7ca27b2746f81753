import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const WEATHER = 'medtop:17000000';
const ECONOMY = 'medtop:04000000';
const SPORT = 'medtop:15000000';
const LABOUR = 'medtop:09000000';
const CRICKET = 'medtop:20000888';
const MARKETS = 'medtop:20000385';
const DISASTER = 'medtop:03000000';
const HEALTH = 'medtop:07000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('weather stories and idioms', () => {
  it('files a monsoon downpour that stops trains as weather, not railway business or sport', () => {
    const topics = topicsOf(
      'Heavy rain lashes the city',
      'Heavy rain lashed the city for a second day on Tuesday after the weather office issued a red alert. ' +
        'Waterlogging closed several roads and local trains were suspended on two railway lines.',
    );

    expect(topics[0]).toBe(WEATHER);
    expect(topics).not.toContain(ECONOMY);
    expect(topics).not.toContain(SPORT);
  });

  it('files commuters stranded and buses diverted by a flood as the flood, not transport business', () => {
    const topics = topicsOf(
      'Downpour floods city underpasses',
      'Commuters faced hours-long queues on the ring road on Wednesday after overnight rain flooded three ' +
        'underpasses. Buses were diverted on 20 routes, and commuters waited at stops for more than an ' +
        'hour.',
    );

    expect([WEATHER, DISASTER]).toContain(topics[0]);
    expect(topics).not.toContain(ECONOMY);
  });

  it('reads a tropical depression that dumped rain as weather, not a slump, an illness or trade dumping', () => {
    const topics = topicsOf(
      'Depression to strengthen into a storm',
      'A tropical depression over the sea east of the islands could strengthen into a storm by Friday, ' +
        'forecasters said. The depression dumped heavy rain on coastal towns overnight.',
    );

    expect(topics[0]).toBe(WEATHER);
    expect(topics).not.toContain(ECONOMY);
    expect(topics).not.toContain(HEALTH);
  });

  it('names flash floods, torrential rain and a weather system as their own evidence', () => {
    const { topics } = tagArticle({
      body:
        'A slow-moving weather system brought torrential rain to the valley on Tuesday, and flash floods ' +
        'swept cars from the main road.',
    });
    const evidenceOf = (id: string) => topics.find((t) => t.id === id)?.evidence ?? [];

    expect(evidenceOf(WEATHER)).toEqual(expect.arrayContaining(['torrential rain', 'weather system']));
    expect(evidenceOf(DISASTER)).toContain('flash floods');
  });

  it('files a tropical cyclone making landfall as weather', () => {
    const topics = topicsOf(
      'Cyclone makes landfall',
      'The tropical cyclone made landfall near the coast overnight and was downgraded to a tropical low, ' +
        'but its outer bands are still bringing heavy rain to the region.',
    );

    expect(topics[0]).toBe(WEATHER);
  });

  it('does not read "not out of the woods" as cricket, nor "pay equity" as the stock market', () => {
    const recovery = topicsOf(
      'Hospital recovers from cyber attack',
      'The hospital said systems were coming back online after the cyber attack, but its chief executive ' +
        'warned that staff were not out of the woods yet.',
    );
    const nurses = topicsOf(
      'Nurses march for pay equity',
      'Thousands of nurses marched on parliament on Saturday to demand pay equity with police officers, ' +
        'their union said.',
    );

    expect(recovery).not.toContain(SPORT);
    expect(recovery).not.toContain(CRICKET);
    expect(nurses).toContain(LABOUR);
    expect(nurses).not.toContain(MARKETS);
  });

  it('does not read a district named after its ground as sport, but keeps the ground in a match report', () => {
    const tram = topicsOf(
      'Tram line approved',
      'The council approved a £2bn tram line linking the city centre with Headingley and the university, ' +
        'with services due to start in 2030, the transport authority said.',
    );
    const test = topicsOf(
      'England win at Headingley',
      'England beat Australia by three wickets at Headingley on Sunday as the captain hit an unbeaten ' +
        'century to level the Test series.',
    );

    expect(tram).not.toContain(SPORT);
    expect(test[0]).toBe(SPORT);
    expect(test).toContain(CRICKET);
  });
});
