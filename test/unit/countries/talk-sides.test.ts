import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function focus(title: string, body: string): string[] {
  return tagArticle({ title, body })
    .countries.filter((c) => c.focus)
    .map((c) => c.code);
}

describe('the sides of the talks a headline names are in focus', () => {
  it('puts Israel in focus when Doha talks are mediated between Israel and Hamas', () => {
    // Arrange
    const title = 'Gaza talks resume in Doha';
    const body =
      'DOHA, Jan 5 (Reuters) - Talks on a Gaza ceasefire and hostage release deal resumed in Doha on Sunday, a ' +
      'Palestinian official said. Israeli negotiators are expected to join later in the week. Qatar and Egypt ' +
      'have been mediating between Israel and Hamas for months.';

    // Act
    const codes = focus(title, body);

    // Assert
    expect(codes).toContain('IL');
  });

  it('puts Russia in focus as a side of the talks Turkey hosted', () => {
    const codes = focus(
      'Ukraine peace talks to resume in Istanbul next week',
      "ANKARA (Reuters) - A new round of peace talks will be held in Istanbul next week, Turkey's foreign " +
        'minister Hakan Fidan said on Monday. Turkey has hosted two rounds of direct talks between Russia and ' +
        'Ukraine this year, which produced prisoner exchanges. Kyiv said its delegation would be led by Rustem Umerov.',
    );

    expect(codes).toContain('RU');
  });

  it('leaves talks named only in the body to the other rules', () => {
    const codes = focus(
      'Oman to build new port with Indian investment',
      'MUSCAT (Reuters) - Oman will build a new port at Duqm with $2 billion of Indian investment, its transport ' +
        'ministry said on Monday. Indian firm Adani Ports will hold a 40% stake. Omani officials said the port ' +
        "would open in 2028 and handle 5 million containers a year. India is Oman's third-largest trading " +
        'partner. Oman has in the past hosted talks between Iran and the United States.',
    );

    expect(codes).not.toContain('IR');
  });
});
