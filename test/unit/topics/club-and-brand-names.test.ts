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

describe('an abbreviation with a farm sense (read19)', () => {
  const POLITICS = 'medtop:11000000';

  it('does not read India’s minimum support price (MSP) as Scottish politicians', () => {
    const topics = topicsOf(
      'Farmers demand legal guarantee for crop prices',
      'NEW DELHI - Indian farmers marched on Monday to demand a legal guarantee of the minimum support price ' +
        '(MSP) for their crops. The government raised the MSP for wheat by 7 percent. Farmers say the MSP is ' +
        'too low to cover costs of fertiliser and diesel.',
    );

    expect(topics).not.toContain(POLITICS);
  });

  it('still reads MSPs at Holyrood as politics', () => {
    const topics = topicsOf(
      'MSPs back housing bill',
      'MSPs at Holyrood voted on Tuesday to back the housing bill, and Labour MSPs said the Scottish ' +
        'Parliament should go further on rent controls.',
    );

    expect(topics).toContain(POLITICS);
  });
});
