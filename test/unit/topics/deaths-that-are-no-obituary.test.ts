import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { ids } from './topic-ids.js';

const HUMAN_INTEREST = 'medtop:08000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('a death in the news is no obituary unless the headline names a life (read31 F9)', () => {
  it('gives "Man dies in police custody aged 34" no obituary', () => {
    // Arrange
    const title = 'Man dies in police custody aged 34';
    const body =
      'LEEDS (Reuters) - A 34-year-old man died in police custody on Saturday, hours after his arrest, and the ' +
      'police watchdog has opened an investigation, officers said.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(ids(topics)).not.toContain(HUMAN_INTEREST);
  });

  it('gives "dies in hospital corridor aged 81" (a lower-case place) no obituary', () => {
    const topics = topicsOf(
      'Grandmother dies in hospital corridor aged 81 after 30-hour wait',
      'A pensioner died on a trolley in a hospital corridor after waiting 30 hours for a bed, an inquest heard. ' +
        'The health trust said it was under severe pressure in the emergency department.',
    );

    expect(ids(topics)).not.toContain(HUMAN_INTEREST);
  });

  it('still reads "Novelist Ana Ruiz dies in Madrid aged 88" as an obituary', () => {
    const topics = topicsOf(
      'Novelist Ana Ruiz dies in Madrid aged 88',
      'MADRID (Reuters) - Ana Ruiz, whose novels of the Spanish coast sold millions of copies, has died in Madrid ' +
        'aged 88, her publisher said. She wrote 23 books and won the national literature prize.',
    );

    expect(ids(topics)).toContain(HUMAN_INTEREST);
  });
});
