import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a sentence-initial name no list knows, before a modal or "has"', () => {
  it('keeps "Pertamina will raise" and "Orvantis has cut" (a name ending in -is) as firms', () => {
    const types = typesOf(
      entitiesOf('Pertamina will raise fuel prices next month. Orvantis has cut 2,000 jobs in Europe.'),
    );
    expect(types.get('Pertamina')).toEqual(['organization']);
    expect(types.get('Orvantis')).toEqual(['organization']);
  });

  it('still drops English words the lexicon misses: plurals, compounds and derived words', () => {
    const entities = entitiesOf(
      'Downloads will rise this year. Stockpiles have shrunk. Decoupling will take years. Fungicide can harm bees.',
    );
    expect(entities).toEqual([]);
  });

  it('does not take a surname after a middle initial the splitter read as a sentence end for a firm', () => {
    const types = typesOf(
      entitiesOf('Chief operating officer Thomas J. Albani will stay on, the company said.'),
    );
    expect(types.get('Albani')).not.toEqual(['organization']);
  });
});
