import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const MERGER = 'medtop:20000204';

describe('review32 ★T2: a state that merges its own provinces or ministries makes no business merger', () => {
  it('reads merged provinces as no merger or acquisition', () => {
    const ids = topicIds(
      'Vietnam merges provinces',
      "HANOI - Vietnam's National Assembly approved a plan to cut provinces from 63 to 34. Economists at a bank said the reform could lift growth.",
    );

    expect(ids).not.toContain(MERGER);
  });

  it('reads a merger of ministries as no merger or acquisition', () => {
    const ids = topicIds(
      'Government to merge ministries of trade and industry',
      'ASTANA - The president merged the ministries of trade and industry on Monday and said the merger of the two ministries would save money for companies and investors.',
    );

    expect(ids).not.toContain(MERGER);
  });

  it('keeps two banks that merge as a merger', () => {
    const ids = topicIds(
      'Two regional banks merge to form third-largest lender',
      'MILAN - Two regional banks agreed to merge in an all-share deal, creating the third-largest lender with branches in 12 regions, the banks said on Monday.',
    );

    expect(ids).toContain(MERGER);
  });

  it('keeps firms that merge their operations in three provinces as a merger', () => {
    const ids = topicIds(
      'Telecom operators to merge their regional operations',
      'MADRID - Two telecom operators will merge their regional operations in three provinces, the companies said, in a deal worth 2 billion euros.',
    );

    expect(ids).toContain(MERGER);
  });
});
