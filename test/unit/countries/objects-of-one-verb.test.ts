import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Two countries that are the objects of one verb stand side by side: the verb's subject acts on each (places49).
// Sentences written for these tests.
const pairs = (title: string, body: string) =>
  tagArticle({ id: 'verb-objects', title, body }).countryPairs.map((p) => p.pair);

describe('two objects of one verb', () => {
  it('links no two countries a third angered', () => {
    // Act
    const found = pairs(
      'New leader elected',
      'TOKYO - The ruling party elected a new leader on Saturday. She has visited a war shrine, angering China and ' +
        'South Korea. The yen fell on Monday.',
    );

    // Assert
    expect(found).not.toContain('CN-KR');
  });

  it('still links two countries the verb asks to act together or whose own clause follows', () => {
    // Act
    const urged = pairs(
      'Envoy urges talks',
      'The envoy urged India and Pakistan to resume peace talks, officials said.',
    );
    const reported = pairs(
      'Deal reported',
      'The agency reported Japan and South Korea had signed a trade deal on Friday.',
    );

    // Assert
    expect(urged).toContain('IN-PK');
    expect(reported).toContain('JP-KR');
  });

  it('keeps the pair of two countries a relational verb sets against or beside each other', () => {
    // Act
    const dividing = pairs(
      'Shelling resumes',
      'Shelling resumed along the frontier dividing India and Pakistan on Friday.',
    );
    const involving = pairs(
      'Border clashes',
      'Fighting involving Thailand and Cambodia left 12 people dead on Thursday.',
    );
    const hosted = pairs(
      'Peace signing',
      'The president hosted Armenia and Azerbaijan at the White House on Friday for a peace signing.',
    );

    // Assert
    expect(dividing).toContain('IN-PK');
    expect(involving).toContain('KH-TH');
    expect(hosted).toContain('AM-AZ');
  });

  it('links no two countries a leader visited or a ban exempted', () => {
    // Act
    const visited = pairs(
      'Pope ends tour',
      'ROME - The pope returned on Sunday after a week in Asia. He visited Indonesia and East Timor, drawing crowds.',
    );
    const exempted = pairs(
      'Tariff plan',
      'WASHINGTON - The White House announced new tariffs on steel on Monday. The plan exempted Canada and Mexico.',
    );

    // Assert
    expect(visited).not.toContain('ID-TL');
    expect(exempted).not.toContain('CA-MX');
  });
});
