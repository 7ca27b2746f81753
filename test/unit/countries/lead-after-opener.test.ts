import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

// Session 43 (places43, wild43 ★1): a first sentence that names no country (a scene, a quote, a question, a greeting)
// under a headline that names none left the story with no focus and no pair: the lead rule read that first sentence
// only. The next sentence is now the lead when it names a country. Stories are invented.
const ABOUT_MACKEREL =
  'Norway and Iceland agreed on Friday to split the mackerel quota for next year, officials said. ' +
  'Oslo welcomed the deal, and fishing groups in both countries said it would end years of overfishing.';

describe('a lead opened by a sentence that names no country', () => {
  it.each([
    ['a scene', 'It was a long night in the negotiating room. '],
    ['a quote', '"We will not give up a single tonne," the minister said on Thursday. '],
    ['a question', 'Why does this matter? '],
    ['a greeting in a paragraph of its own', 'Good morning.\n\n'],
  ])('reads the countries of the next sentence after %s', (_kind, opener) => {
    // Act
    const { focus, pairs } = focusAndPairs({
      title: 'Mackerel quota',
      language: 'en',
      body: opener + ABOUT_MACKEREL,
    });

    // Assert
    expect(focus).toEqual(['IS', 'NO']);
    expect(pairs).toEqual(['IS-NO']);
  });

  it('keeps a short first sentence that reports news as the lead', () => {
    // Arrange: eight words, but a report, not a scene; the next sentence names places a traveller passed.
    const body =
      'The committee chairman said aid was needed quickly. He stopped in Kenya before flying on to Sudan with the ' +
      "committee. Kenya has asked for more help, and Kenya's government said refugees were arriving daily.";

    // Act
    const { pairs } = focusAndPairs({ title: 'MPs back aid plan', language: 'en', body });

    // Assert
    expect(pairs).not.toContain('KE-SD');
  });

  it('keeps a first sentence that names a country as the lead', () => {
    // Arrange
    const body =
      'Chile raised its copper output forecast on Monday. Peru and Bolivia said they would review their own ' +
      'figures, analysts said. Prices were steady.';

    // Act
    const { focus } = focusAndPairs({ title: 'Copper forecasts', language: 'en', body });

    // Assert
    expect(focus).toContain('CL');
  });
});
