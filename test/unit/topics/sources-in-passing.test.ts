import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const ARTS = 'medtop:01000000';
const CONFLICT = 'medtop:16000000';
const INFORMATION_TECHNOLOGY = 'medtop:20000763';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('the source of a report and the weapon of an attack', () => {
  it('reads "said in an email" as a source, not a computing story', () => {
    const topics = topicsOf(
      'Striker banned for six months over betting',
      'The striker was banned from football for six months on Thursday for placing bets on matches. His ' +
        'agent said in an email that the player would appeal. The club said it would respect the ruling.',
    );

    expect(topics).not.toContain(INFORMATION_TECHNOLOGY);
  });

  it('reads "state radio reported" as a source and a grenade attack as war news', () => {
    const topics = topicsOf(
      'Grenade attack on market kills three',
      'Three people were killed when attackers threw a hand grenade into a crowded market in the north of ' +
        'the country on Sunday, state radio reported. Ten others were wounded.',
    );

    expect(topics[0]).toBe(CONFLICT);
    expect(topics).not.toContain(ARTS);
  });
});
