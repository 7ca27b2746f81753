import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

// review32 ★C3: a home ministry or state firm named by its trade alone opens a domestic story whose country is
// known only by its dateline and capital; the seller named in headline and body ranked first (6/6 probes).
// Invented stories, names changed.
const ranked = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countries.map((c) => c.code);

describe('a lead that opens with an unnamed home ministry or state firm', () => {
  it('ranks the dateline country above the seller when "the energy ministry" buys', () => {
    const order = ranked({
      title: 'Ministry to buy gas from Qatar',
      body:
        'KARACHI (Reuters) - The energy ministry will buy eight more LNG cargoes from Qatar this winter to avoid ' +
        'power cuts, officials said in Karachi on Monday.',
    });

    expect(order.slice(0, 2)).toEqual(['PK', 'QA']);
  });

  it('ranks the dateline country first when "the state power firm" buys', () => {
    const order = ranked({
      title: 'State firm to buy LNG from Oman',
      body:
        'MANILA (Reuters) - The state power firm will buy three LNG cargoes from Oman to avoid outages, officials ' +
        'said in Manila on Monday.',
    });

    expect(order.slice(0, 2)).toEqual(['PH', 'OM']);
  });

  it("leaves the order alone when the ministry is another country's", () => {
    const order = ranked({
      title: 'Russia to cut gas to Moldova',
      body:
        'KYIV (Reuters) - The Russian energy ministry said on Monday it would cut gas supplies to Moldova. Russia ' +
        'blamed unpaid debts, and Russian officials said Moldova owed $700 million.',
    });

    expect(order[0]).not.toBe('UA');
  });
});
