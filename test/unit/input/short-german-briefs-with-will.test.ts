import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../functions/core/text/language.js';

// Session 44 (mendE44, wild43 item 13): German "will" (wants) is an English function word to the detector; two of
// them, or one beside a few German function words, made a short German brief English (no topics, its nouns names).

describe('a short German brief whose only English-looking word is "will"', () => {
  it('is German with a few German function words beside two "will"', () => {
    // Arrange
    const text = 'Merz will Reform\nKanzler Merz will die Rente reformieren. Die Opposition ist dagegen.';

    // Act
    const language = detectLanguage(text);

    // Assert
    expect(language).toBe('de');
  });

  it('is German in one line and in a brief under a dateline', () => {
    expect(detectLanguage('Streik\nDie GDL will ab Montag streiken, teilte die Gewerkschaft mit.')).toBe(
      'de',
    );
    expect(
      detectLanguage(
        'Haushalt\nBERLIN - Die Regierung will 20 Milliarden Euro sparen. Viele Menschen sind besorgt, sagte ' +
          'Finanzminister Lars Klingbeil. Die Opposition kritisierte den Plan.',
      ),
    ).toBe('de');
  });

  it('leaves short English lines with "will" and "as" English', () => {
    expect(detectLanguage('Trump will meet Xi as trade war looms')).toBe('en');
    expect(detectLanguage('Bayern Munich will face Real Madrid as Kane returns from injury.')).toBe('en');
    expect(detectLanguage('He was born in La Paz and will die in La Paz, he has said.')).toBe('en');
  });
});
