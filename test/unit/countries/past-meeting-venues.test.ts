import { describe, expect, it } from 'vitest';
import {
  isPastMeetingVenue,
  NO_PAST_VENUE,
  pastVenueAt,
} from '../../../functions/core/countries/past-venues.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

const tag = (title: string, body: string) => tagArticle({ title, body, language: 'en' });
const focusOf = (title: string, body: string) =>
  tag(title, body)
    .countries.filter((c) => c.focus)
    .map((c) => c.code)
    .sort();
const pastVenue = (text: string, city: string) => {
  const start = text.indexOf(city);
  return isPastMeetingVenue(text, start, start + city.length);
};

describe('the city where a meeting was held or an accord reached before the story', () => {
  it('keeps out of focus and out of the pairs the country whose capital hosted an earlier accord', () => {
    // Arrange
    const title = 'Japan finance minister says yen within agreed range';
    const body =
      'TOKYO, May 12 - Finance Minister Taro Hirano said on Tuesday the yen was trading within the levels agreed ' +
      'to by major industrial nations last month in Paris, and that Japan saw no need to intervene.\n' +
      '    At a meeting in Paris last month, Britain, Canada, France, Japan, the United States and West Germany ' +
      'agreed to cooperate to keep their currencies stable.\n' +
      '    Hirano said the accord was working and that Japan would keep its interest rates ' +
      'unchanged for now.';

    // Act
    const result = tag(title, body);

    // Assert
    expect(result.countries.filter((c) => c.focus).map((c) => c.code)).toEqual(['JP']);
    expect(result.countryPairs.filter((p) => p.pair.includes('FR'))).toEqual([]);
  });

  it('keeps the venue of the talks a story reports as news', () => {
    const focus = focusOf(
      'Iran and U.S. hold talks in Paris',
      'PARIS, May 12 - Iranian and U.S. negotiators held a second day of talks in Paris on Tuesday, ' +
        'French officials said, and agreed to meet again next week.',
    );

    expect(focus).toContain('FR');
  });

  it('reads a past accord, a meeting held before, and a clause opening with the venue and its date', () => {
    expect(pastVenue('the levels agreed to by six major nations last month in Paris.', 'Paris')).toBe(true);
    expect(pastVenue('in line with their agreement in Paris last month, he said.', 'Paris')).toBe(true);
    expect(pastVenue('the meeting of finance ministers in Geneva earlier this month agreed', 'Geneva')).toBe(
      true,
    );
    expect(
      pastVenue('rates. In Paris on February 22, Britain, Canada and France agreed to cooperate.', 'Paris'),
    ).toBe(true);
  });

  it('reads no meeting still to come, none held today, and no place an accord is about', () => {
    expect(
      pastVenue(
        'The premier will make a week-long visit to the United States from April 29 and hold talks in Washington with the president.',
        'Washington',
      ),
    ).toBe(false);
    expect(
      pastVenue('the annual meetings of the bank and fund, due to be held in Cairo in June.', 'Cairo'),
    ).toBe(false);
    expect(pastVenue('The agency said the agreement was reached in Paris today in talks.', 'Paris')).toBe(
      false,
    );
    expect(
      pastVenue(
        'said they agreed last week to acquire the Biltmore Hotel in California from its owner.',
        'California',
      ),
    ).toBe(false);
    expect(pastVenue('Russian forces struck targets in Kharkiv last week.', 'Kharkiv')).toBe(false);
  });

  it('keeps the news place of a crime or court story, where a person met another or a court decided', () => {
    // Arrange
    const killer =
      'A man who met his victim in Sydney last year was jailed for life on Tuesday for her murder.';
    const appeal =
      'Lawyers for a former minister appealed on Monday against a court decision in Paris last week to jail him ' +
      'over illegal campaign funding from Libya.';

    // Act
    const met = pastVenue(killer, 'Sydney');
    const decided = pastVenue(appeal, 'Paris');
    const focus = focusOf('Former minister loses appeal', appeal);

    // Assert
    expect(met).toBe(false);
    expect(decided).toBe(false);
    expect(focus).toContain('FR');
  });

  it('reads parties who met, and a dated accord, as a past meeting still', () => {
    expect(
      pastVenue(
        'West Germany, France, Britain, Japan and Canada met recently in Paris to discuss rates.',
        'Paris',
      ),
    ).toBe(true);
    expect(pastVenue('Finance ministers met in Geneva last week and agreed to act.', 'Geneva')).toBe(true);
    expect(pastVenue('in line with their February 22 currency agreement in Paris.', 'Paris')).toBe(true);
    expect(pastVenue('the pact signed in Istanbul in July by both sides.', 'Istanbul')).toBe(true);
  });

  it('reads no past meeting from a date alone, nor from a summit whose parties are set to or hope to act', () => {
    // Arrange
    const summit =
      'Heads of government attending the AI summit in Paris on February 10 are set to sign a declaration on safe AI, ' +
      'officials said.';
    const talks =
      'Delegates at the climate talks in Belem in November hope to agree a deal on tropical forests.';

    // Act
    const paris = pastVenue(summit, 'Paris');
    const belem = pastVenue(talks, 'Belem');

    // Assert
    expect(paris).toBe(false);
    expect(belem).toBe(false);
    expect(pastVenue('the meeting of the fund in Vienna on June 4, the bank said.', 'Vienna')).toBe(false);
  });

  it('reads copy set in capitals as the same copy in normal case, a date after the venue by its month in both', () => {
    // Arrange
    const sentences: Array<[string, string]> = [
      ['rates. In Paris on February 22, Britain, Canada and France agreed to cooperate.', 'Paris'],
      ['At a meeting in Tokyo last month, the two prime ministers agreed on a loan.', 'Tokyo'],
      ['West Germany, France, Britain, Japan and Canada met recently in Paris to discuss rates.', 'Paris'],
      ['the deal agreed last month to acquire the Biltmore Hotel in California, he said.', 'California'],
      ['The premier will hold talks in Washington with the president next week.', 'Washington'],
      ['In Paris last week, police arrested a man.', 'Paris'],
      ['Peace talks in Doha were stalled and may collapse, officials said.', 'Doha'],
      ['the pact signed in Istanbul on May 3 by both sides.', 'Istanbul'],
      ['In Paris in Montmartre, the two leaders agreed on a loan.', 'Paris'],
    ];

    // Act
    const read = sentences.map(([text, city]) => [
      pastVenue(text, city),
      pastVenue(text.toUpperCase(), city.toUpperCase()),
    ]);

    // Assert
    expect(read).toEqual([
      [true, true],
      [true, true],
      [true, true],
      [false, false],
      [false, false],
      [false, false],
      [false, false],
      [true, true],
      [false, false],
    ]);
  });

  it('judges a body city once for all who ask: a meeting venue, a place left, or neither', () => {
    // Arrange
    const body =
      'Ministers said the levels agreed to by six major nations last month in Paris held. ' +
      'Leaders left Rome last week pleased. Trade grew in Lyon.';
    const doc = prepareDocument({ title: 'Yen steady', body, language: 'en' });
    const at = (city: string) => {
      const start = doc.body.text.indexOf(city);
      return pastVenueAt(doc, start, start + city.length);
    };

    // Act
    const paris = at('Paris');
    const rome = at('Rome');
    const lyon = at('Lyon');

    // Assert
    expect(paris).toEqual({ met: true, left: false });
    expect(rome).toEqual({ met: false, left: true });
    expect(lyon).toBe(NO_PAST_VENUE);
    expect(at('Paris')).toBe(paris);
  });
});
