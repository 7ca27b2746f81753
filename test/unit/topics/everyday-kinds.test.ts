import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const DISASTER = 'medtop:03000000';
const LABOUR = 'medtop:09000000';
const LIFESTYLE = 'medtop:10000000';
const SPORT = 'medtop:15000000';
const WEATHER = 'medtop:17000000';
const JUDICIARY = 'medtop:20000106';
const TRANSPORT_ACCIDENT = 'medtop:20000143';
const LABOUR_STRIKE = 'medtop:20000530';
const RETIREMENT = 'medtop:20000531';
const LEISURE = 'medtop:20000538';
const LOTTERY = 'medtop:20000549';
const CYCLING = 'medtop:20000892';
const ARMED_CONFLICT = 'medtop:20000056';

describe('kinds of story the BBC set lacks', () => {
  it('files a lightning strike that killed a player as a disaster first, with sport beside it', () => {
    const topics = topicIds(
      'Lightning strike kills player during football match in Uganda',
      'A footballer was killed and six others were injured when lightning struck the pitch during a league ' +
        'match in western Uganda on Saturday, police said. The football association suspended all weekend ' +
        'fixtures in the region.',
    );

    expect(topics[0]).toBe(DISASTER);
    expect(topics).toContain(SPORT);
    expect(topics).toContain(WEATHER);
  });

  it("reads dockers' lightning strikes as a walkout, not the weather", () => {
    const topics = topicIds(
      'Antwerp dockers stage lightning strikes over pension reform',
      'Dock workers at the port of Antwerp staged a series of lightning strikes on Wednesday in protest at ' +
        'government plans to raise the pension age, unions said. Unions said further walkouts would follow.',
    );

    expect(topics[0]).toBe(LABOUR);
    expect(topics).toContain(LABOUR_STRIKE);
    expect(topics).not.toContain(WEATHER);
  });

  it('files a bus that plunged into a gorge as a transport accident', () => {
    const topics = topicIds(
      'Bus plunges into gorge in Himachal Pradesh, killing 18',
      'At least 18 people were killed when a bus carrying pilgrims plunged into a gorge in India on Sunday, ' +
        'police said. The driver lost control on a narrow mountain road in heavy rain.',
    );

    expect(topics[0]).toBe(DISASTER);
    expect(topics).toContain(TRANSPORT_ACCIDENT);
  });

  it("files an inquest into a cyclist's death as an accident and a coroner's court, not cycling", () => {
    const topics = topicIds(
      'Inquest hears cyclist died after lorry turned across cycle lane',
      'A cyclist died after being hit by a lorry that turned left across a cycle lane in central London, an ' +
        'inquest has heard. The coroner recorded a conclusion of road traffic collision.',
    );

    expect(topics[0]).toBe(DISASTER);
    expect(topics).toContain(JUDICIARY);
    expect(topics).not.toContain(CYCLING);
  });

  it('reads a nightclub fight as no war and a business cycle as no cycling', () => {
    const fight = topicIds(
      'Rapper cleared of assault after Manchester nightclub fight',
      'A rapper has been found not guilty of assault after a fight outside a Manchester nightclub. A jury ' +
        'at Manchester Crown Court cleared the 28-year-old musician after a five-day trial.',
    );
    const cycle = topicIds(
      'Business cycle turns as orders pick up',
      'Manufacturing orders in Germany rose for a third month in October, suggesting the business cycle is ' +
        'turning after two years of contraction, economists said.',
    );

    expect(fight).not.toContain(ARMED_CONFLICT);
    expect(cycle).not.toContain(CYCLING);
  });

  it('files a guide to autumn walks as leisure', () => {
    const topics = topicIds(
      'The best autumn walks in the Lake District',
      'As the leaves turn, there are few better places for a walk than the Lake District. Our guide picks ' +
        'six routes. Pack waterproofs, check the forecast and finish with a pint at a village pub.',
    );

    expect(topics[0]).toBe(LIFESTYLE);
    expect(topics).toContain(LEISURE);
  });

  it("files a pensioner's scratchcard win as a lottery story, not retirement", () => {
    const topics = topicIds(
      'Pensioner wins £1m on scratchcard bought with spare change',
      'A retired bus driver from Swansea has won £1m on a scratchcard he bought with the change from his ' +
        'newspaper. He said he checked the card three times before telling his wife.',
    );

    expect(topics).toContain(LOTTERY);
    expect(topics).not.toContain(RETIREMENT);
  });
});
