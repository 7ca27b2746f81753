import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const ECONOMY = 'medtop:04000000';
const MARKETS = 'medtop:20000385';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('a rally in the street and a rally on the market', () => {
  it('reads supporters who rallied to demand an election as no market rally', () => {
    const topics = topicsOf(
      'Opposition supporters rally in Lima',
      'Thousands of opposition supporters rallied in the centre of Lima on Sunday to demand early ' +
        'elections, chanting slogans against the president.',
    );

    expect(topics).not.toContain(ECONOMY);
  });

  it('keeps shares that rallied on strong demand a market story', () => {
    const topics = topicsOf(
      'European shares rally on bank earnings',
      'European shares rallied on Tuesday as strong bank earnings lifted the STOXX 600 index 1.4%, and ' +
        'demand for government bonds eased.',
    );

    expect(topics[0]).toBe(ECONOMY);
    expect(topics).toContain(MARKETS);
  });
});
