import { describe, expect, it } from 'vitest';
import { pairsOf } from './focus-and-pairs.js';

describe('a country a relative clause says another acts on is its party', () => {
  it('pairs Mali with the neighbour its government accuses, named once', () => {
    // Arrange
    const story = {
      title: 'Militants overrun army base in Mali',
      body:
        "Militants overran an army base in central Mali on Sunday, the army said. Mali's army has lost three " +
        'bases this year. Algeria, which the Malian junta accuses of sheltering the militants, denies the charge. ' +
        'Aid groups said thousands had fled.',
    };

    // Act
    const pairs = pairsOf(story);

    // Assert
    expect(pairs).toContain('DZ-ML');
  });

  it('pairs nothing when the relative clause only reports', () => {
    const story = {
      title: 'Militants overrun army base in Mali',
      body:
        "Militants overran an army base in central Mali on Sunday, the army said. Mali's army has lost three " +
        'bases this year. Algeria, which the Malian press visits often, said nothing. Aid groups said thousands had fled.',
    };

    expect(pairsOf(story)).not.toContain('DZ-ML');
  });
});

describe('a bailout or swap line one country arranges for another links them', () => {
  it('pairs Egypt and the country whose finance minister arranged a swap line for it', () => {
    // Arrange
    const story = {
      title: 'Egyptian pound steadies after rate cut',
      dateline: 'CAIRO',
      body:
        "CAIRO, May 5 (Reuters) - Egypt's pound steadied on Monday after the central bank cut rates. Qatari " +
        'Finance Minister Ali Hassan, who arranged a $5 billion currency swap line for Egypt, praised the reforms. ' +
        'Shares rose 2%.',
    };

    // Act
    const pairs = pairsOf(story);

    // Assert
    expect(pairs).toContain('EG-QA');
  });
});
