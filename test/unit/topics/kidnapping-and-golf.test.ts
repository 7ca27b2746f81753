import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const CRIME = 'medtop:02000000';
const GOLF = 'medtop:20000940';
const TENNIS = 'medtop:20001085';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('desk words of kidnappings and golf', () => {
  it('files an abduction as crime', () => {
    const topics = topicsOf(
      'Gunmen abduct 40 villagers',
      'Armed men abducted 40 villagers from their farms on Sunday and demanded a ransom for their release, ' +
        'a local official said. Such abductions have become common in the region.',
    );

    expect(topics[0]).toBe(CRIME);
  });

  it('files a golfer completing the career grand slam at Augusta as golf, not tennis', () => {
    const topics = topicsOf(
      'Champion completes career grand slam',
      'The Northern Irishman won a playoff at Augusta National on Sunday to claim the green jacket and ' +
        'complete the career grand slam of all four majors.',
    );

    expect(topics).toContain(GOLF);
    expect(topics).not.toContain(TENNIS);
  });
});
