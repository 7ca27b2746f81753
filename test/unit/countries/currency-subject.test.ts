import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function focus(title: string, body: string): string[] {
  return tagArticle({ title, body })
    .countries.filter((c) => c.focus)
    .map((c) => c.code);
}

describe("a currency opening the headline puts its country in the headline's focus", () => {
  it('keeps Saudi Arabia in focus for its riyal rates reported from Bahrain', () => {
    // Arrange
    const title = 'Saudi riyal deposit rates ease';
    const body =
      'BAHRAIN, March 3 (Reuters) - Saudi riyal interbank deposit rates eased on Tuesday as banks had ample ' +
      'liquidity, dealers said.';

    // Act
    const codes = focus(title, body);

    // Assert
    expect(codes).toContain('SA');
  });

  it('keeps the currency of a securities headline out of focus', () => {
    const codes = focus(
      'Australian dollar notes offered by US student lender',
      'WASHINGTON, March 30 (Reuters) - A US student lender said it would offer 100 mln Australian dlrs of ' +
        'three-year notes priced at 100-1/8, lead manager Merrill Lynch said.',
    );

    expect(codes).not.toContain('AU');
  });
});
