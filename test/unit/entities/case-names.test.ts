import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

describe("a court case's name", () => {
  it('is one thing, its parties joined by "v." or opened by the Crown', () => {
    const entities = entitiesOf(
      'The justices heard Trump v. Slaughter on Monday. In Learning Resources v. Trump they weighed the tariffs. ' +
        'In London, R v Letby went to the Court of Appeal.',
    );

    const names = entities.map((e) => `${e.name}/${e.type}`);
    expect(names).toContain('Trump v. Slaughter/other');
    expect(names).toContain('Learning Resources v. Trump/other');
    expect(names).toContain('R v Letby/other');
    expect(names.some((n) => n.startsWith('Trump/') || n.startsWith('Letby/'))).toBe(false);
  });

  it('leaves a fixture\'s "v" between two clubs', () => {
    const entities = entitiesOf('Manchester City v Chelsea kicks off at 3pm on Saturday.');

    expect(entities.some((e) => e.name.includes(' v '))).toBe(false);
  });
});
