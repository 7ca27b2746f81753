import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const entityIds = (body: string) => tagArticle({ body }).entities.map((e) => e.id);

describe("an agency's credit in the dateline", () => {
  it('is no entity of the story', () => {
    const ids = entityIds('OTTAWA (AP) — The finance minister said on Monday that the budget would balance.');

    expect(ids.filter((id) => id.startsWith('organization:'))).toEqual([]);
  });

  it('is kept in the dateline', () => {
    const result = tagArticle({ body: 'OSLO (Reuters) - Norway raised rates on Thursday.' });

    expect(result.dateline?.text).toBe('OSLO (Reuters) -');
    expect(result.entities.map((e) => e.id)).not.toContain('organization:reuters');
  });

  it('leaves the agency named in the story, and the place of the dateline', () => {
    const ids = entityIds('LIMA, Peru (AFP) — Police detained two AFP photographers at the protest.');

    expect(ids).toContain('organization:afp');
    expect(ids).toContain('place:iso:PE');
  });

  it('is no entity when the wire files with a date and no city', () => {
    expect(entityIds('Mar 4 (Reuters) - Zentrix Labs said on Tuesday it would cut 200 jobs.')).toEqual([
      'organization:zentrix-labs',
    ]);
    expect(entityIds('(Reuters) - Zentrix Labs said on Tuesday it would cut 200 jobs.')).toEqual([
      'organization:zentrix-labs',
    ]);
  });

  it('is no entity with a date and no city in a story with letters beyond ASCII, as in an ASCII one', () => {
    // Arrange: an en dash after the credit, an accented name in the story.
    const bodies = [
      'Mar 4 (Reuters) \u2013 Zentrix Labs said on Tuesday it would cut 200 jobs in Zürich.',
      'Mar 4 (Reuters) - Zentrix Labs said on Tuesday it would cut 200 jobs in Zurich.',
    ];

    // Act
    const ids = bodies.map(entityIds);

    // Assert
    for (const found of ids) {
      expect(found).toContain('organization:zentrix-labs');
      expect(found).not.toContain('organization:reuters');
    }
  });

  it('leaves the agency named later in such a story', () => {
    const ids = entityIds('Mar 4 (Reuters) - Zentrix Labs cut jobs, a source told Reuters.');

    expect(ids).toContain('organization:reuters');
  });
});
