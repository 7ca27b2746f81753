import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const SPORT = 'medtop:15000000';

function firstTopLevel(title: string, body: string): string | undefined {
  return tagArticle({ title, body }).topics.find((t) => t.level === 1)?.id;
}

describe('a sport national body named by its sport', () => {
  it('keeps sport first when the body appoints a chief executive', () => {
    // Arrange
    const title = 'British Cycling names new chief executive';
    const body =
      'British Cycling said on Monday it had appointed a former Olympic champion as its chief executive, after a year in which the body faced criticism over its governance.';

    // Act
    const first = firstTopLevel(title, body);

    // Assert
    expect(first).toBe(SPORT);
  });

  it('keeps sport first when the body agrees a pay deal with its players', () => {
    const title = 'New Zealand Cricket agrees pay deal';
    const body =
      "New Zealand Cricket agreed a new pay deal with its players' association on Tuesday, ending months of talks over retainers and match fees.";

    expect(firstTopLevel(title, body)).toBe(SPORT);
  });

  it('keeps sport and its discipline when the sport is named only by its bodies', () => {
    const result = tagArticle({
      title: 'Australian Cricket in turmoil',
      body: 'The crisis in Australian Cricket deepened on Monday when the captain resigned. Cricket Australia said it would appoint an interim leader.',
    });

    expect(result.topics.find((t) => t.level === 1)?.id).toBe(SPORT);
    expect(result.topics.map((t) => t.label)).toContain('cricket');
  });
});
