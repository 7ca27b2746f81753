import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const ARMED_CONFLICT = 'medtop:20000056';

describe('evidence of a topic a frame gave weight to', () => {
  it('shows the attack before the market words said of it', () => {
    const { topics } = tagArticle({
      title: 'Oil climbs after drone attacks on refineries',
      body:
        'Oil prices climbed 3% on Monday after drone attacks on two refineries and an export terminal cut fuel ' +
        'output, with crude futures rising to $68 a barrel.',
    });

    const evidence = topics.find((t) => t.id === ARMED_CONFLICT)?.evidence ?? [];
    expect(evidence[0]).toBe('drone attacks');
  });
});
