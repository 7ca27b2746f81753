import { describe, expect, it } from 'vitest';
import { separateScoreLines } from '../../../functions/core/countries/score-lines.js';
import type { Country } from '../../../functions/core/schema.js';
import { focusAndPairs } from './focus-and-pairs.js';

describe('a results list sent as text, one match a line', () => {
  it('pairs the two sides of each line, not every team with every other', () => {
    const result = focusAndPairs({
      title: 'Davis Cup quarter-final results',
      body:
        'Davis Cup quarter-final results on Sunday:\nSpain 3 Argentina 1\nItaly 2 Australia 2\n' +
        'Germany 3 Canada 0\nBelgium 1-3 Serbia',
      language: 'en',
    });

    expect([...result.pairs].sort()).toEqual(['AR-ES', 'AU-IT', 'BE-RS', 'CA-DE']);
  });

  it('reads a line naming the winner first, "bt" and the score after both sides, as one match', () => {
    // Arrange: invented results (session 57, focus57), ties and the matches of one tie under it.
    const body =
      'Results from the team finals in Malaga, Spain:\n\nQuarterfinals\nCanada bt Chile 2-0\n' +
      '  Ana Ruiz (Canada) bt Marta Soto (Chile) 6-3 7-6 (7-5)\nPoland bt Japan 2-1\nBrazil beat Greece 2-1';

    // Act
    const result = focusAndPairs({ title: 'Team finals results', body, language: 'en' });

    // Assert
    expect([...result.pairs].sort()).toEqual(['BR-GR', 'CA-CL', 'JP-PL']);
  });
});

/** A country named in the body at each of `names`' occurrences in `text`. */
function countryIn(text: string, code: string, name: string): Country {
  const mentions = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    mentions.push({ field: 'body' as const, start: at, end: at + name.length, text: name });
  return { code, name, salience: 1, focus: true, mentions };
}

describe('separateScoreLines', () => {
  const results = 'Scotland 4 Denmark 2\nSpain 2-2 Turkey\nScotland 1 Turkey 0';
  const whole = { start: 0, end: results.length };
  const scotland = countryIn(results, 'GB', 'Scotland');
  const denmark = countryIn(results, 'DK', 'Denmark');
  const spain = countryIn(results, 'ES', 'Spain');

  it('tells two countries named only on different results lines of a sentence from the two sides of one', () => {
    const apart = separateScoreLines(results);

    expect(apart(whole, denmark, spain)).toBe(true);
    expect(apart(whole, scotland, denmark)).toBe(false);
  });

  it('answers no for a sentence without a line break or a country also named on another kind of line', () => {
    const oneLine = 'Scotland 4 Denmark 2, Spain 2-2 Turkey';
    const text = `${results}\nDenmark coach praised Spain`;

    expect(
      separateScoreLines(oneLine)(
        { start: 0, end: oneLine.length },
        countryIn(oneLine, 'DK', 'Denmark'),
        countryIn(oneLine, 'ES', 'Spain'),
      ),
    ).toBe(false);
    expect(
      separateScoreLines(text)(
        { start: 0, end: text.length },
        countryIn(text, 'DK', 'Denmark'),
        countryIn(text, 'ES', 'Spain'),
      ),
    ).toBe(false);
  });

  it("reads each country's lines of a sentence once, whichever pairs it is asked about", () => {
    const apart = separateScoreLines(results);
    let reads = 0;
    const counted = (c: Country): Country => ({
      ...c,
      get mentions() {
        reads++;
        return c.mentions;
      },
    });
    const [a, b, c] = [counted(scotland), counted(denmark), counted(spain)];

    const answers = [apart(whole, b, c), apart(whole, c, b), apart(whole, b, c), apart(whole, a, b)];

    expect(answers).toEqual([true, true, true, false]);
    expect(reads).toBe(3);
  });
});
