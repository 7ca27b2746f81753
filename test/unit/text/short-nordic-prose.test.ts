import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../functions/core/text/language.js';

// One- and two-sentence Danish and Norwegian prose read as English: 'for' and 'at' are their words too, and none of
// their own function words was counted (read46, lang46b). Sentences written for these tests.
describe('short Danish and Norwegian prose', () => {
  it.each([
    [
      'da',
      'Regeringen fremlagde mandag finansloven for næste år. Finansministeren sagde, at underskuddet bliver ' +
        'mindre end i år.',
    ],
    ['da', 'Statsministeren sagde, at regeringen ikke vil hæve skatten for at betale for forsvaret.'],
    [
      'da',
      'Regeringen fremlægger finanslov\nRegeringen fremlagde mandag finansloven for næste år. Finansministeren ' +
        'sagde, at underskuddet bliver mindre end i år.',
    ],
    ['nb', 'Statsministeren sa at regjeringen ikke vil øke skatten for å betale for forsvaret.'],
  ])('is told as %s, not English', (language, text) => {
    // Act
    const detected = detectLanguage(text);

    // Assert
    expect(detected).toBe(language);
  });

  it.each([
    'Shares rose for a third day at the close in Tokyo.',
    'Denmark beat Norway 3-1 at Parken for their first win.',
    'Ja Morant out for season at Memphis',
    'Det Sgt Hansen at Yard for murder case',
    'Crème brûlée sales soar at Parisian cafés for Christmas as tourists return',
  ])('leaves an English line with "for" and "at" English: %s', (text) => {
    // Act
    const detected = detectLanguage(text);

    // Assert
    expect(detected).toBe('en');
  });
});
