import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

const TRADE_DISPUTE = 'medtop:20000376';
const MERGER = 'medtop:20000204';
const idsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('review32 T3: a fishing war and bidders at an auction', () => {
  it('reads the risk of a fishing war over quotas as a trade dispute, not a war', () => {
    // Arrange
    const title = 'Norway and EU fail to agree cod quotas';
    const body =
      'OSLO - Norway and the European Union failed to agree on fishing quotas for cod on Tuesday, raising the risk of ' +
      "a fishing war as Oslo cut the EU's share by 15%.";

    // Act
    const ids = idsOf(title, body);

    // Assert
    expect(ids).toContain(TRADE_DISPUTE);
    expect(ids).not.toContain(TOP_LEVEL.conflict);
  });

  it('lists no merger for bidders who competed for a painting at an auction house', () => {
    // Arrange
    const title = 'Klimt portrait sells for $236 million';
    const body =
      "NEW YORK - A Klimt portrait sold for $236.4 million at Sotheby's on Tuesday, the second-highest price ever paid " +
      'for an artwork at auction. Six bidders competed for 20 minutes.';

    // Act
    const ids = idsOf(title, body);

    // Assert
    expect(ids).not.toContain(MERGER);
  });

  it("keeps a takeover's bidders as a merger", () => {
    // Arrange
    const title = 'Three bidders circle debt-laden utility';
    const body =
      'LONDON - Three bidders have made offers for the debt-laden water utility, including a consortium of its ' +
      'creditors and an infrastructure group, sources said on Tuesday.';

    // Act
    const ids = idsOf(title, body);

    // Assert
    expect(ids).toContain(MERGER);
  });
});
