import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function focus(title: string, body: string): string[] {
  return tagArticle({ title, body })
    .countries.filter((c) => c.focus)
    .map((c) => c.code);
}

describe('a headline city counts where nothing else places the story', () => {
  it('reads the city of a bank an all-capitals headline names over an empty body', () => {
    // Arrange
    const title = 'BANK OF MONTREAL RAISES MORTGAGE RATE TO 7-1/2 PCT FROM 7-1/4 PCT, EFFECTIVE MONDAY';

    // Act
    const codes = focus(title, '');

    // Assert
    expect(codes).toEqual(['CA']);
  });

  it('still asks the body to confirm a headline city when a dateline places the story', () => {
    const codes = focus(
      'SYDNEY FUND BUYS STAKE IN TRUCK MAKER',
      'DENVER, March 3 - The fund said it bought 5.1 pct of Ridge Trucks Inc for investment purposes.',
    );

    expect(codes).toEqual(['US']);
  });

  it('leaves an ambiguous word unconfirmed even alone', () => {
    const codes = focus('TURKEY PRICES SEEN HIGHER BEFORE HOLIDAY', '');

    expect(codes).toEqual([]);
  });

  it("places nothing by a city that opens a person's name in a capitals headline", () => {
    // Arrange
    const title = 'SYDNEY SWEENEY JEANS AD SPARKS BACKLASH';
    const body =
      'An advertising campaign starring the actress drew criticism online this week, with some viewers calling its ' +
      'slogan tone-deaf. The clothing brand said it stood by the campaign, and its shares rose 4%.';

    // Act
    const codes = focus(title, body);

    // Assert
    expect(codes).toEqual([]);
  });
});

describe('the Federal Reserve names the United States where nothing else places the story', () => {
  it('puts the United States in focus for a Fed headline alone', () => {
    // Arrange
    const title = 'Fed holds rates steady, signals two cuts later this year';

    // Act
    const codes = focus(title, '');

    // Assert
    expect(codes).toEqual(['US']);
  });

  it('reads an untitled Federal Reserve table in capitals', () => {
    const codes = focus(
      '',
      'FEDERAL RESERVE WEEKLY REPORT 2 - APR 9\n    Two weeks ended Apr 8\n Net free reserves....512',
    );

    expect(codes).toEqual(['US']);
  });

  it('adds nothing to a story that names another country', () => {
    const codes = focus(
      'Philippine bonds rally as Fed signals cuts',
      'Philippine government bonds rallied on Thursday after the Fed signalled two rate cuts, traders in Manila said.',
    );

    expect(codes).not.toContain('US');
  });
});

describe("an American firm's suffix or market names the United States where nothing else places the story", () => {
  it('puts the United States in focus for an Inc results headline alone', () => {
    // Arrange
    const title = 'HOLLIS FOODS INC 2ND QTR SHR 42 CTS VS 37 CTS';

    // Act
    const codes = focus(title, '');

    // Assert
    expect(codes).toEqual(['US']);
  });

  it('reads a Nasdaq debut as American', () => {
    const codes = focus(
      'Acme shares jump in Nasdaq debut',
      'Acme shares rose 40% in their Nasdaq debut on Thursday.',
    );

    expect(codes).toEqual(['US']);
  });

  it("reads New York's abbreviation opening a headline", () => {
    // Arrange
    const title = 'N.Y. governor signs congestion pricing bill';

    // Act
    const codes = focus(title, 'The governor signed the bill on Tuesday after months of debate.');

    // Assert
    expect(codes).toEqual(['US']);
  });

  it('reads a Co results headline, not a Co Ltd one', () => {
    expect(focus('WALT DISNEY CO 4TH QTR SHR 1.38 DLRS VS 1.24 DLRS', '')).toEqual(['US']);
    expect(focus('HANIL STEEL CO LTD 4TH QTR NET LOSS', '')).toEqual([]);
  });

  it('reads no list of gases as a firm', () => {
    const codes = focus(
      'Emissions study published',
      'Levels of NOx, CO and soot fell sharply in the two-year study, the researchers said.',
    );

    expect(codes).toEqual([]);
  });

  it('reads no gas in a Title Case headline or a carbon monoxide story as a firm', () => {
    expect(focus('Two Dead After Suspected CO Leak At Holiday Cabin', 'Two people died at a cabin.')).toEqual(
      [],
    );
    expect(
      focus(
        'TWO DEAD AFTER SUSPECTED CO LEAK',
        'Firefighters found high levels of carbon monoxide in the cabin.',
      ),
    ).toEqual([]);
  });

  it('adds nothing to a Corp story that names another place', () => {
    const codes = focus(
      'Acme Corp to cut 500 jobs',
      'Acme Corp said on Tuesday it would cut 500 jobs at its plant near Tokyo.',
    );

    expect(codes).toEqual(['JP']);
  });
});

describe("a US county's own offices place a story nothing else places (wild39b ★1)", () => {
  it("reads a county school board or sheriff's deputies as the United States", () => {
    // Arrange
    const stories = [
      [
        'School board votes on cellphone ban',
        'Fairfax County School Board voted 10-2 on Thursday to ban cellphones.',
      ],
      ['Deputies shoot suspect', "Maricopa County sheriff's deputies shot a man who fired at them in Mesa."],
    ] as const;

    // Act
    const codes = stories.map(([title, body]) => focus(title, body));

    // Assert
    expect(codes).toEqual([['US'], ['US']]);
  });

  it("reads no county council, which Britain's and Ireland's counties have too", () => {
    const codes = focus(
      'Budget approved',
      // An invented county: "Kent County Council" is England's by its body (places-read-by-their-bodies.test.ts).
      'Ashcombe County Council approved a 2.1 billion pound budget on Thursday.',
    );

    expect(codes).toEqual([]);
  });
});
