import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const ASTRONOMY = 'medtop:20000718';
const OIL_AND_GAS = 'medtop:20001243';
const CRICKET = 'medtop:20000888';
const RETAIL = 'medtop:20000252';

const topicIds = (body: string, title?: string) =>
  tagArticle({ body, ...(title === undefined ? {} : { title }) }).topics.map((t) => t.id);

describe('a planet that names a firm is the firm, not astronomy (review59)', () => {
  it.each([
    [
      'Mars recalled chocolate bars sold in 55 countries after a customer found plastic in one, the company said.',
    ],
    ['Mars Inc agreed to buy a snack maker for $36 billion, the companies said on Wednesday.'],
    ['Jupiter said its flagship fund lost clients for a third quarter as investors moved to index trackers.'],
  ])('files no astronomy for "%s"', (body) => {
    expect(topicIds(body)).not.toContain(ASTRONOMY);
  });

  it.each([
    [
      'Mars has two small moons, Phobos and Deimos, and astronomers said its dust storms can last for months.',
    ],
    ['NASA said Mars was once warm and wet, after the rover found clays in an ancient lake bed.'],
    ['Mars shares many features with Earth, including seasons and polar ice caps, scientists said.'],
  ])('keeps astronomy for the planet in "%s"', (body) => {
    expect(topicIds(body)).toContain(ASTRONOMY);
  });
});

describe("a firm's name in the plural is a side's nickname, not the firm (wild60)", () => {
  it('files a cricket report about "the Chevrons" under cricket, with no oil and gas', () => {
    // Arrange
    const title = 'Raza ton powers Chevrons to series win';
    const body =
      'HARARE — Zimbabwe beat the visitors by six wickets at Harare Sports Club on Sunday to win the series 2-1. The ' +
      'Chevrons were in trouble at 89 for four before the captain and the opener put on 143 for the fifth wicket.';

    // Act
    const topics = topicIds(body, title);

    // Assert
    expect(topics).toContain(CRICKET);
    expect(topics).not.toContain(OIL_AND_GAS);
  });

  it('keeps retail for a firm written with an s of its own ("Tescos said")', () => {
    expect(
      topicIds('Tescos said it would cut the price of 500 products and hire 2,000 staff at its stores.'),
    ).toContain(RETAIL);
  });

  it('keeps oil and gas for the firm in the singular', () => {
    expect(
      topicIds(
        'Chevron said it would cut 2,000 jobs as oil prices fell, and its refinery output would rise.',
      ),
    ).toContain(OIL_AND_GAS);
  });
});
