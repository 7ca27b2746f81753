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
});
