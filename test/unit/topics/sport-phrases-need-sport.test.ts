import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { ids } from './topic-ids.js';

// Session 47 (fixT47b, read47 on b589eb00): a shared lead, a trade deadline or a free agent is sport's only where
// the story's other words lean to sport; and a players' union that threatens a strike keeps its union. Stories are
// invented.
const SPORT = 'medtop:15000000';
const SPORTS_TRANSACTION = 'medtop:20001148';
const UNIONS = 'medtop:20000536';

const tag = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('sport phrases that other desks share', () => {
  it.each([
    [
      'parties that share the lead in a poll',
      'Labour and the Conservatives share the lead on 31 percent each in the latest opinion poll.',
    ],
    [
      'a trade deadline for tariffs',
      'Exporters rushed shipments before the August 1 trade deadline, after which higher tariffs take effect.',
    ],
    [
      'an MP who sits as a free agent',
      "The MP said she will sit as a free agent, weakening the government's majority.",
    ],
  ])('gives %s no sport', (_name, body) => {
    // Act
    const topics = tag('', body);

    // Assert
    expect(ids(topics)).not.toContain(SPORT);
    expect(ids(topics)).not.toContain(SPORTS_TRANSACTION);
  });

  it('keeps a golfer who shares the lead sport', () => {
    // Act
    const topics = tag(
      'Woods shares the lead',
      'Tiger Woods shares the lead after a round of 66 at Augusta.',
    );

    // Assert
    expect(ids(topics)[0]).toBe(SPORT);
  });

  it('keeps a free agent signed by a club a sports transaction', () => {
    // Act
    const topics = tag(
      '',
      'The Yankees signed free agent pitcher Tom Hale to a two-year contract before the season opener.',
    );

    // Assert
    expect(ids(topics)).toContain(SPORTS_TRANSACTION);
  });
});

describe("a players' union that threatens a strike", () => {
  it('keeps its union beside the football words', () => {
    // Act
    const topics = tag(
      'Players threaten strike',
      "The players' union threatened to strike over the crowded match calendar, saying Premier League clubs and Fifa had ignored footballers. Union officials met league chiefs before the weekend fixtures, and the striker and goalkeeper representatives backed the move.",
    );

    // Assert
    expect(topics.find((t) => t.id === UNIONS)?.score ?? 0).toBeGreaterThan(0.45);
  });
});
