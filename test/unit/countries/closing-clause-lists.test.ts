import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

describe('every country of a list in a closing "as" clause is background', () => {
  const title = 'Australia and Philippines sign defence pact as US, China tensions rise';
  const body =
    'MANILA (Reuters) - Australia and the Philippines signed a defence cooperation agreement on Monday, as both ' +
    "face pressure from China in the South China Sea. China's foreign ministry said Beijing opposed blocs. Chinese " +
    'coast guard vessels have repeatedly blocked Philippine supply missions, and Chinese jets intercepted an ' +
    'Australian patrol plane last month. Washington welcomed the pact.';

  it("ranks the pact's signatories first when the clause lists two countries", () => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(result.countryPairs[0]?.pair).toBe('AU-PH');
  });

  it('lists the second country of the clause after the signatories', () => {
    const order = tagArticle({ title, body }).countries.map((c) => c.code);

    expect(order.indexOf('CN')).toBeGreaterThan(order.indexOf('AU'));
  });
});
