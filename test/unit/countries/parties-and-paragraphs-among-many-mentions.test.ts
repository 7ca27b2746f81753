import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const focusOf = (title: string, body: string) =>
  Object.fromEntries(tagArticle({ id: 'x', title, body }).countries.map((c) => [c.code, c.focus]));

describe('a country that clashes with the focus country, after many countries named "with" another', () => {
  const deals = Array.from(
    { length: 30 },
    (_, i) =>
      `China signed a trade deal with the ${['Kenyan', 'Ghanaian', 'Peruvian'][i % 3]} government on day ${i + 1}.`,
  ).join(' ');

  it('is a party to the story: "Vietnam, which has clashed repeatedly with China …"', () => {
    const focus = focusOf(
      'China warns on sea row',
      `China warned its neighbours on Monday over the South China Sea. ${deals} ` +
        'Vietnam, which has clashed repeatedly with China over the Paracel Islands, called for calm.',
    );

    expect(focus.VN).toBe(true);
  });

  it('is not when it only trades "with" the focus country', () => {
    const focus = focusOf(
      'China warns on sea row',
      `China warned its neighbours on Monday over the South China Sea. ${deals} ` +
        'Vietnam, which has traded for years with China, called for calm.',
    );

    expect(focus.VN).toBe(false);
  });
});

describe('two focus countries in two sentences of one paragraph, after many paragraphs naming each alone', () => {
  it('are linked by those two sentences', () => {
    const weeks = Array.from({ length: 20 }, (_, i) =>
      i % 2
        ? `Brazil exported more coffee in week ${i + 1}. Prices rose.`
        : `Colombia exported more coffee in week ${i + 1}. Prices fell.`,
    ).join('\n\n');

    const result = tagArticle({
      id: 'x',
      title: 'Coffee prices',
      body: `${weeks}\n\nGrowers met on Friday. Brazil raised its price. Colombia followed a day later.`,
    });

    const pair = result.countryPairs.find((p) => p.pair === 'BR-CO');
    expect(pair?.evidence.map((e) => e.text)).toEqual([
      'Brazil raised its price.',
      'Colombia followed a day later.',
    ]);
  });
});
