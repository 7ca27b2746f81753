import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const AGRICULTURE = 'medtop:20000210';
const idsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('review33 ★T2: a farm someone lived on is a home, not farming news', () => {
  it('gives no agriculture to a retired minister who lived on a small flower farm', () => {
    // Arrange
    const title = 'Former finance minister Ana Ruiz dies';
    const body =
      'QUITO - The former finance minister lived on a small flower farm outside the capital until her death.';

    // Act
    const ids = idsOf(title, body);

    // Assert
    expect(ids).not.toContain(AGRICULTURE);
  });

  it('keeps a flower farm that exports roses as agriculture', () => {
    // Arrange
    const title = 'Rose growers count cost of frost';
    const body =
      'NAIROBI - A flower farm near Naivasha lost half its rose crop to frost, its farm manager said.';

    // Act
    const ids = idsOf(title, body);

    // Assert
    expect(ids).toContain(AGRICULTURE);
  });
});
