import { describe, expect, it } from 'vitest';
import { pairsOf as pairs } from './focus-and-pairs.js';

// review21 r21-29: "France scraped a 16-9 win over Scotland in Paris, while Ireland beat Italy 28-17 in Rome" and
// "Wales travel to Rome to face Italy, while England host France" paired France with Italy, who never meet.
describe('two results or two fixtures in one sentence on the sports page', () => {
  const body = [
    'Spain beat Germany 2-1 in Seville on Saturday to go top of their Nations League group, with Pedri scoring the winner in the 88th minute.',
    'Germany coach Julian Nagelsmann said his side had dominated the first half.',
    'Elsewhere, Portugal scraped a 1-0 win over Denmark in Lisbon, while Croatia beat Italy 3-2 in Zagreb.',
    'Spain travel to Copenhagen to face Denmark next month, while Germany host Portugal in Munich.',
  ].join('\n\n');

  it('pairs the two sides of each result and fixture', () => {
    const found = pairs({ title: 'Spain beat Germany to top Nations League group', body });

    expect(found).toEqual(expect.arrayContaining(['DE-ES', 'HR-IT', 'DK-ES', 'DE-PT']));
  });

  it('pairs no side of one fixture with a side of the other', () => {
    const found = pairs({ title: 'Spain beat Germany to top Nations League group', body });

    expect(found).not.toContain('DE-DK');
    expect(found).not.toContain('ES-PT');
  });
});
