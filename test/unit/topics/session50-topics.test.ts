import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { evidenceOf, firstTopLevel } from './topic-ids.js';

const ECONOMY = 'medtop:04000000';
const CONFLICT = 'medtop:16000000';
const POLITICS = 'medtop:11000000';
const STOCKS = 'medtop:20000396';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('analysts quoted on shares that moved keep their business sense (topics50, read49 #5)', () => {
  it('leads a defence contractor whose shares rose on arms orders for a war with business', () => {
    // Arrange
    const body =
      'Shares of Hensoldt rose 5% on Thursday after Berlin ordered more radar systems for the war in Ukraine, ' +
      'analysts said, adding that weapons makers stand to gain.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
    expect(evidenceOf(topics, ECONOMY)).toContain('analysts');
  });

  it('still gives the analysts of a war story no business where no shares traded', () => {
    // Arrange
    const body =
      'The rebels shelled army positions near the border overnight and their logistics were strained by the ' +
      'fighting, analysts said.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(CONFLICT);
    expect(evidenceOf(topics, ECONOMY)).not.toContain('analysts');
  });
});

describe('a share move told as the news leads business before its cause (topics50, read49 #5)', () => {
  it('leads a headline on defence stocks that rally on a spending plan with business and stocks', () => {
    // Arrange
    const title = "Arms makers' stocks surge as Europe agrees to rearm";
    const body =
      'European defence companies gained on Tuesday after EU leaders agreed a plan to spend 800 billion euros on ' +
      'weapons, troops and air defence amid the war in Ukraine.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
    expect(topics.map((t) => t.id)).toContain(STOCKS);
    expect(topics.map((t) => t.id)).toContain(POLITICS);
  });

  it('leads a lead whose subject is shares that rose before the war that moved them', () => {
    // Arrange
    const body =
      'Shares of Kongsberg rose 7% after Norway ordered missiles and air defence systems for the war effort in ' +
      'Ukraine, where Russian troops pressed their offensive.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
    expect(topics.map((t) => t.id)).toContain(CONFLICT);
  });

  it('keeps a war story whose shares move only in an adjunct with the war', () => {
    // Arrange
    const title = 'Troops push toward the capital';
    const body =
      'Troops advanced on the capital overnight, killing dozens of fighters, as shares of state firms rose in ' +
      'Moscow.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(CONFLICT);
  });

  it('reads ammunition stocks that fell as no market', () => {
    // Arrange
    const title = 'Ammunition stocks dwindle as the war drags on';
    const body =
      "The army's stocks of artillery shells fell sharply as enemy troops attacked along the front line.";

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(CONFLICT);
    expect(topics.map((t) => t.id)).not.toContain(STOCKS);
  });
});
