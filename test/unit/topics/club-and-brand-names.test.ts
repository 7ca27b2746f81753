import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const HUMAN_INTEREST = 'medtop:08000000';
const ROYALTY = 'medtop:20000506';
const HEALTH = 'medtop:07000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('the words of a club or brand name are not the story; a body named for what it does is', () => {
  it('does not read royalty or knighthoods into cricket franchises', () => {
    const topics = topicsOf(
      'Franchises finalise squads before the auction',
      'Mumbai Kings retained their captain for the new season, while Delhi Knight Riders released two ' +
        'overseas players. Punjab Royal Strikers kept their opening pair and will have the most money at the ' +
        'auction next month.',
    );

    expect(topics).not.toContain(ROYALTY);
    expect(topics).not.toContain(HUMAN_INTEREST);
  });

  it('still reads the words of a body named after its work', () => {
    const topics = topicsOf(
      '',
      'The Department of Health and Social Care said hospital waiting lists fell for a third month, and the ' +
        'National Health Service Confederation welcomed the figures.',
    );

    expect(topics[0]).toBe(HEALTH);
  });
});
