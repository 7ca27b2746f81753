import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const HEALTH = 'medtop:07000000';
const MEDICAL_DRUGS = 'medtop:20000467';

describe('drug approvals and weight-loss drugs', () => {
  it('files a regulator approving copies of a weight-loss drug as health, not a business loss', () => {
    const topics = tagArticle({
      title: 'Mexico approves cheaper semaglutide',
      body:
        "Mexico's drug regulator approved generic versions of Novo Nordisk's weight-loss drug on Tuesday, " +
        'allowing two local firms to sell copies after the patent expired.',
    }).topics;

    expect(topics[0]?.id).toBe(HEALTH);
    expect(topics.map((t) => t.id)).toContain(MEDICAL_DRUGS);
  });
});
