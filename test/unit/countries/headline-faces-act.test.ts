import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function firstCountry(title: string, body: string): string | undefined {
  return tagArticle({ title, body }).countries[0]?.code;
}

describe("a headline country describing what faces another country's act is no subject", () => {
  it('puts Britain first for "US betting \'gimmicks\' face ban in UK"', () => {
    // Arrange
    const title = "US betting 'gimmicks' face ban in UK";
    const body =
      'New UK betting shops will be barred from copying American sales gimmicks so that they stay ' +
      '"fair to punters", ministers have said.\n\nSports Minister Helen Marsh said the planned ' +
      'betting halls will not look like their US models. In America, free drinks are handed out at the ' +
      'counters and screens never stop. Ms Marsh said the new code would ban ' +
      'such pressure selling. "They will be run under British rules," she said. One habit common in the US ' +
      'is offering credit at the till. A spokesman for the British Betting Council, which speaks for ' +
      'the UK trade, said the code was welcome. The UK will license twelve betting halls, the US thousands.';

    // Act
    const first = firstCountry(title, body);

    // Assert
    expect(first).toBe('GB');
  });

  it('keeps a country that itself faces the act first', () => {
    const first = firstCountry(
      'Japan faces pressure from US over rice imports',
      'Japan faces pressure from the United States to open its rice market, officials in Tokyo said. Japanese ' +
        'farmers oppose any change. U.S. negotiators want quotas lifted, and the U.S. embassy said talks would go on.',
    );

    expect(first).toBe('JP');
  });
});
