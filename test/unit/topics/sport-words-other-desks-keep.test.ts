import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { ids } from './topic-ids.js';

// Session 46 (fixT46, read46 on 4e3cfe67): golf's "by a stroke" only where the story tells golf, and the other desks'
// own phrases ("work stoppage", "suffered a stroke", troops on the front line) kept where a sport story tells them.
// Stories are invented.
const SPORT = 'medtop:15000000';
const GOLF = 'medtop:20000940';
const HEALTH = 'medtop:07000000';
const LABOUR = 'medtop:09000000';
const ARMED_CONFLICT = 'medtop:20000056';

const topicOf = (result: ReturnType<typeof tagArticle>, id: string) => result.topics.find((t) => t.id === id);

describe('a stroke that paralyses or kills is no golf', () => {
  it.each([
    [
      'paralysed by a stroke',
      'Former minister paralysed by a stroke',
      'The former minister, 74, was left paralysed by a stroke last year, his family said. Doctors said his recovery had been slow.',
    ],
    [
      'killed by a stroke',
      'Actor dies',
      'The actor, who starred in three films, was killed by a stroke at 68, his agent said.',
    ],
  ])('gives %s no sport', (_case, title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result.topics)).not.toContain(SPORT);
    expect(ids(result.topics)).not.toContain(GOLF);
  });

  it('keeps the stroke as health evidence', () => {
    // Act
    const result = tagArticle({
      title: 'Former minister paralysed by a stroke',
      body: 'The former minister, 74, was left paralysed by a stroke last year, his family said. Doctors at the hospital said his recovery had been slow.',
    });

    // Assert
    expect(topicOf(result, HEALTH)?.evidence).toContain('by a stroke');
  });

  it('keeps golf for a win by a stroke on the tour', () => {
    // Act
    const result = tagArticle({
      title: 'Fleetwood holds on',
      body: 'Tommy Fleetwood won by a stroke on Sunday after a closing 66, his first title on the PGA Tour.',
    });

    // Assert
    expect(ids(result.topics)).toContain(GOLF);
  });
});

describe("the other desks' phrases in a sport story", () => {
  it('keeps labour for players who warn of a work stoppage', () => {
    // Act
    const result = tagArticle({
      title: 'NBA players warn of work stoppage',
      body: 'NBA players warned on Monday of a work stoppage next season if owners insist on cutting their share of revenue. The union said talks with the league had stalled.',
    });

    // Assert
    expect(topicOf(result, LABOUR)?.evidence).toContain('work stoppage');
  });

  it('keeps health for a former player who suffered a stroke', () => {
    // Act
    const result = tagArticle({
      title: 'Former striker in hospital',
      body: 'The former Tottenham striker, 61, suffered a stroke at his home on Sunday and is in intensive care, his club said. The Premier League side wished him a full recovery.',
    });

    // Assert
    expect(topicOf(result, HEALTH)?.evidence).toContain('suffered a stroke');
  });

  it('keeps the front line for armed conflict where soldiers fight', () => {
    // Act
    const result = tagArticle({
      title: 'Medics on the front line',
      body: 'Ukrainian medics on the front line near Pokrovsk treat wounded soldiers under shelling, doctors at the field hospital said. Russian forces attacked overnight.',
    });

    // Assert
    expect(topicOf(result, ARMED_CONFLICT)?.evidence).toContain('front line');
  });
});
