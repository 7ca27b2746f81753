import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { ids } from './topic-ids.js';

const CRICKET = 'medtop:20000888';
const SPACE_EXPLORATION = 'medtop:20000739';

// review61 ★3s: a probe is an inquiry far more often than a spacecraft, and a market's biggest one-day fall is
// no cricket; the space and cricket senses keep their own phrases.
describe('probes and one-day moves', () => {
  it.each([
    [
      'Police launch probe into teenager death',
      'Police opened an investigation after a boy was found dead in a park.',
    ],
    ['Regulator opens probe', "The regulator opened a probe into the airline's refund practices on Monday."],
    ['Council orders probe', 'The council ordered a probe into the collapse of the school roof.'],
  ])('files "%s" under no science', (title, body) => {
    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.science);
  });

  it('keeps a space probe under space exploration', () => {
    const topics = tagArticle({
      body: 'The space probe sent back the first close images of a moon of Saturn.',
    }).topics;

    expect(ids(topics)).toContain(SPACE_EXPLORATION);
  });

  it.each([
    'Copper prices fell 4% on Tuesday, their biggest one-day drop in two months, as traders worried about demand.',
    'The rand posted its biggest one-day gain against the dollar since March on Thursday.',
    'The outlet chain plans a one-day sale for members next week.',
  ])('files "%s" under no cricket', (body) => {
    const topics = tagArticle({ body }).topics;

    expect(ids(topics)).not.toContain(CRICKET);
  });

  it.each([
    'Sri Lanka won the one-day series 2-1 after a six-wicket win in Galle.',
    'Bangladesh named two uncapped players in their one-day squad for the tour.',
  ])('keeps cricket for "%s"', (body) => {
    const topics = tagArticle({ body }).topics;

    expect(ids(topics)).toContain(CRICKET);
  });
});
