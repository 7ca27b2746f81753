import { describe, expect, it } from 'vitest';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { topicIds } from './topic-ids.js';

// Invented stories (read34 ★5): a crowd that floods a city's streets is no flood; a junta alone is no coup.
const FLOOD = 'medtop:20000154';
const COUP = 'medtop:20000070';

describe('a crowd that floods the streets is no flood', () => {
  it('reads protesters who flooded the streets of a capital as no flood', () => {
    const ids = topicIds(
      'Hundreds of thousands flood streets of capital in anti-government protest',
      'Hundreds of thousands of protesters flooded the streets of the capital on Saturday in the largest ' +
        'anti-government demonstration in years, demanding the resignation of the government. Police said the ' +
        'rally was peaceful.',
    );

    expect(ids).not.toContain(TOP_LEVEL.disaster);
  });

  it('reads millions expected to flood its streets for a carnival as no flood', () => {
    const ids = topicIds(
      'City prepares for carnival crowds',
      'Millions of people are expected to flood its streets for the carnival parades next week, the mayor said, ' +
        'and the city will close roads in the centre.',
    );

    expect(ids).not.toContain(FLOOD);
  });

  it('keeps a typhoon that flooded the streets as thousands fled a flood', () => {
    const ids = topicIds(
      'Typhoon floods streets as thousands flee',
      'Thousands of residents fled as a typhoon flooded the streets of the city on Tuesday, the disaster agency ' +
        'said. Rescuers used boats to reach families trapped on rooftops.',
    );

    expect(ids).toContain(FLOOD);
  });
});

describe('a junta alone is no coup', () => {
  it('lists no coup d\u2019etat for a junta that reports a death toll', () => {
    const ids = topicIds(
      'Junta says quake death toll tops 3,000',
      'The death toll from the earthquake has risen to 3,085, the ruling junta said on Thursday. Junta leaders ' +
        'declared a temporary ceasefire, but rebel groups said airstrikes had continued.',
    );

    expect(ids).not.toContain(COUP);
  });

  it('keeps the coup of a junta that seized power', () => {
    const ids = topicIds(
      'Junta extends curfew after seizing power',
      'The junta that seized power last week extended a night-time curfew on Sunday. Soldiers patrolled the ' +
        'capital and the president remained under house arrest.',
    );

    expect(ids).toContain(COUP);
  });
});
