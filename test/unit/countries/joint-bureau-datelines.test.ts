import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { focusAndPairs } from './focus-and-pairs.js';

describe('a dateline of two bureaus ("PORT SUDAN/NAIROBI (Reuters) -")', () => {
  it("names no country for the second bureau when the story never does: it is where the region's reporters sit", () => {
    const { focus, pairs } = focusAndPairs({
      title: 'Sudan army says it retook town in North Kordofan',
      body:
        "PORT SUDAN/NAIROBI (Reuters) - Sudan's army said on Monday it had retaken the town of Bara in North " +
        'Kordofan from the paramilitary Rapid Support Forces after days of fighting.\nThe RSF did not ' +
        'immediately comment. The war, now in its third year, has displaced more than 12 million people.',
    });

    expect(focus).toEqual(['SD']);
    expect(pairs).toEqual([]);
  });

  it("keeps the second bureau's country when the story names it beyond the dateline", () => {
    const { focus, pairs } = focusAndPairs({
      title: 'U.S. and Canada near deal on steel tariffs',
      body:
        'WASHINGTON/OTTAWA (Reuters) - The United States and Canada are close to a deal that would lift ' +
        'tariffs on Canadian steel, officials in both capitals said on Thursday.',
    });

    expect([...focus].sort()).toEqual(['CA', 'US']);
    expect(pairs).toEqual(['CA-US']);
  });

  it('keeps the second bureau as a place: only the country it would stand for is left out', () => {
    const result = tagArticle({
      title: '',
      body:
        'RIYADH/DUBAI (Reuters) - Saudi Arabia will raise oil output next month, the energy ministry said ' +
        'on Sunday, as prices rose for a third week.',
    });

    expect(result.countries.map((c) => c.code)).toEqual(['SA']);
    expect(result.entities.find((e) => e.name.toUpperCase() === 'DUBAI')?.type).toBe('place');
  });
});
