import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { typedNames } from './entities-of.js';

describe('a brand named by an ordinary word, opening its sentence before a firm deed (wild50 E8)', () => {
  it('reads the brand before an auxiliary and a deed of firms as the firm', () => {
    const entities = typedNames(
      'Target will pay $5 million to settle the claims. Shell has agreed to sell its stake in the field. ' +
        'Gap is closing 40 stores this year. Next has raised its profit forecast again.',
    );

    expect(entities).toEqual(
      expect.arrayContaining([
        'Target/organization',
        'Shell/organization',
        'Gap/organization',
        'Next/organization',
      ]),
    );
  });

  it('reads a brand that was fined, denied a claim or is expected to launch something as the firm', () => {
    const fined = typedNames('The regulator acted on Tuesday. Apple was fined 300 million euros.');
    const denied = typedNames('Apple denied any wrongdoing in a statement.');
    const expected = typedNames('Sky is expected to launch a cheaper package in March.');

    expect(fined).toContain('Apple/organization');
    expect(denied).toContain('Apple/organization');
    expect(expected).toContain('Sky/organization');
  });

  it('reads a headline brand before "to" and a firm act as the firm', () => {
    const article = tagArticle({
      title: 'Apple to pay $40m over battery claims',
      body: 'Apple will pay $40 million to settle a class action over slowed phones.',
    });

    const apple = article.entities.find((e) => e.name === 'Apple');
    expect(apple?.type).toBe('organization');
    expect(apple?.mentions.map((m) => m.field)).toEqual(['title', 'body']);
  });

  it('reads a brand coordinated with a listed firm as a firm', () => {
    const entities = typedNames('Apple and Google were fined by the Korean regulator.');

    expect(entities).toEqual(expect.arrayContaining(['Apple/organization', 'Google/organization']));
  });

  it('leaves things that suffer a passive, and adverbs opening a sentence, alone', () => {
    const entities = typedNames(
      'Power was cut to 10,000 homes after the storm. Square was closed to traffic on Sunday. ' +
        'Next will come the budget, the minister said. Sky is clear over the city.',
    );

    expect(entities).not.toContain('Power/organization');
    expect(entities).not.toContain('Square/organization');
    expect(entities).not.toContain('Next/organization');
    expect(entities).not.toContain('Sky/organization');
  });

  it('leaves a gap that is closing between two sides, in a headline or a lead, as no firm (read51 R21)', () => {
    // Arrange
    const article = {
      title: 'Gap is closing between Labour and Tories',
      body: 'Gap is closing fast, a new poll shows. The gap between the parties has narrowed to two points.',
    };

    // Act
    const names = tagArticle(article).entities.map((e) => `${e.name}/${e.type}`);

    // Assert
    expect(names).not.toContain('Gap/organization');
  });
});
