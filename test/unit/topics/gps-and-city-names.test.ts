import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const MEDICAL_PROFESSION = 'medtop:20000485';
const FINANCIAL_SERVICES = 'medtop:20000271';
const idsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('review32: GPS is no family doctor, and a city named "... City" is no financial district', () => {
  it('gives a story about GPS trackers no medical profession', () => {
    // Arrange
    const title = 'Delivery firm fits GPS trackers to its vans';
    const body =
      'LEEDS - A delivery company said on Monday it had fitted GPS trackers to all 4,000 of its vans after a ' +
      'string of thefts, and that the GPS data would help drivers avoid traffic jams.';

    // Act
    const ids = idsOf(title, body);

    // Assert
    expect(ids).not.toContain(MEDICAL_PROFESSION);
  });

  it('keeps GPs (family doctors) as the medical profession', () => {
    // Arrange
    const title = 'GPs warn of winter pressure';
    const body =
      'Family doctors warned on Tuesday that GPs in England face record demand this winter, with patients ' +
      'waiting weeks for appointments.';

    // Act
    const ids = idsOf(title, body);

    // Assert
    expect(ids).toContain(MEDICAL_PROFESSION);
  });

  it('reads Mexico City and Kansas City as places, not as the City of bankers', () => {
    // Arrange
    const title = 'Mexico City tightens water rationing';
    const body =
      'Mexico City will cut water supplies to a further 300,000 homes from next week as its reservoirs run ' +
      'low, officials said on Thursday. Kansas City and Oklahoma City have also faced drought this year.';

    // Act
    const topics = tagArticle({ title, body }).topics;

    // Assert
    expect(topics.map((t) => t.id)).not.toContain(FINANCIAL_SERVICES);
    expect(topics.flatMap((t) => t.evidence ?? [])).not.toContain('City');
  });

  it('keeps the City of London bankers under financial services', () => {
    // Arrange
    const title = 'City bonuses climb as bankers return';
    const body =
      'LONDON - Bonuses in the City rose by 12 percent last year as investment banks and hedge funds ' +
      'returned to profit, a survey showed on Monday.';

    // Act
    const ids = idsOf(title, body);

    // Assert
    expect(ids).toContain(FINANCIAL_SERVICES);
  });
});
