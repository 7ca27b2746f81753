import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const MIGRATION_POLICY = 'medtop:20000634';
const FINANCIAL_SERVICES = 'medtop:20000271';
const CONFLICT = 'medtop:16000000';
const FIRE = 'medtop:20000150';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('visas and residence permits, and water cannon at sea', () => {
  it('files a golden visa scheme and residence permits as migration policy, not the card company', () => {
    const topics = topicsOf(
      'Gulf state widens golden visa scheme',
      'The government expanded its Golden Visa scheme to nurses and teachers on Monday. Applicants can now ' +
        'apply for residence permits and work visas through one office.',
    );

    expect(topics).toContain(MIGRATION_POLICY);
    expect(topics).not.toContain(FINANCIAL_SERVICES);
  });

  it('files a coast guard firing water cannon at a boat as a confrontation, not a blaze', () => {
    const topics = topicsOf(
      '',
      'The coast guard fires water cannon at a fishing boat near the disputed reef.',
    );

    expect(topics[0]).toBe(CONFLICT);
    expect(topics).not.toContain(FIRE);
  });
});
