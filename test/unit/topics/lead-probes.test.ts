import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const GAMING = 'medtop:20000549';
const RELATIONS = 'medtop:20000638';
const ENERGY = 'medtop:20000256';

describe("lead's probes: a firm's bet and countries that agree", () => {
  it("gives a phone maker's bet on premium devices no gambling", () => {
    const ids = topicIds(
      'Samsung unveils new foldable phone',
      'Samsung unveiled a new foldable phone on Wednesday, betting on premium devices to lift sales as the smartphone market slows.',
    );

    expect(ids).not.toContain(GAMING);
  });

  it("keeps the punters' bets where bookmakers cut the odds", () => {
    const ids = topicIds(
      'Punters bet on a white Christmas',
      'Punters are betting on snow on Christmas Day, bookmakers said, cutting the odds to 3-1.',
    );

    expect(ids).toContain(GAMING);
  });

  it('reads two countries that agree in the headline as international relations, and the power line as energy', () => {
    const ids = topicIds(
      'Nigeria and Ghana agree on power line',
      'ABUJA - Nigeria and Ghana signed an agreement on Tuesday to build a cross-border power line, officials said.',
    );

    expect(ids).toContain(RELATIONS);
    expect(ids).toContain(ENERGY);
  });
});
