import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => p.pair);

const tour =
  'TOKYO - Japanese Prime Minister Shigeru Ishiba will visit Vietnam, Indonesia and the Philippines next week ' +
  'before travelling to Jakarta for a regional summit, the foreign ministry said. In Hanoi, Ishiba will hold ' +
  'talks on rare earths and power grids. In Manila he is expected to sign a defence pact. Ishiba will end ' +
  'the tour with a stop in Laos.';

describe('the stops of one trip are linked to the visitor, not to one another', () => {
  it('pairs the visitor with each stop of the trip', () => {
    const result = pairsOf('Ishiba to visit Vietnam, Indonesia and the Philippines', tour);

    expect(result).toEqual(expect.arrayContaining(['ID-JP', 'JP-PH', 'JP-VN']));
  });

  it('pairs no two stops the story names together only as stops', () => {
    const result = pairsOf('Ishiba to visit Vietnam, Indonesia and the Philippines', tour);

    expect(result).not.toContain('ID-VN');
    expect(result).not.toContain('PH-VN');
    expect(result).not.toContain('ID-PH');
  });

  it('pairs the visitor with a stop named once, after "a stop in"', () => {
    const result = pairsOf('Ishiba to visit Vietnam, Indonesia and the Philippines', tour);

    expect(result).toContain('JP-LA');
  });

  it('pairs no place a traveller passed with the next stop', () => {
    const result = pairsOf(
      'MPs back aid plan',
      'The committee chairman said aid was needed quickly. He stopped in Kenya before flying on to Sudan with the ' +
        "committee. Kenya has asked for more help, and Kenya's government said refugees were arriving daily.",
    );

    expect(result).not.toContain('KE-SD');
  });

  it('still pairs two stops a sentence links otherwise', () => {
    const result = pairsOf(
      'Ishiba to visit Vietnam, Indonesia and the Philippines',
      `${tour} Indonesia is in talks with the Philippines over their sea border.`,
    );

    expect(result).toContain('ID-PH');
  });
});

describe('the country hosting a meeting the visitor attends on the trip', () => {
  const trip =
    'CANBERRA - Prime Minister Anthony Albanese will visit Vietnam, Thailand and Malaysia this month and attend ' +
    'the G20 summit hosted by South Africa, his office said. Australia and Vietnam will sign a trade pact. ' +
    'Thailand is a big buyer of Australian wheat.';

  it('pairs no stop with the host the sentence names after the stops', () => {
    const result = pairsOf('Albanese to visit Vietnam, Thailand', trip);

    expect(result).not.toContain('VN-ZA');
    expect(result).not.toContain('TH-ZA');
  });

  it('still pairs the visitor with the stops', () => {
    const result = pairsOf('Albanese to visit Vietnam, Thailand', trip);

    expect(result).toEqual(expect.arrayContaining(['AU-VN', 'AU-TH']));
  });
});

describe('the host of a meeting a traveller goes to', () => {
  it('pairs the traveller with the host named after the stops of the trip', () => {
    const result = pairsOf(
      'Modi to embark on five-nation tour',
      'NEW DELHI (Reuters) - Prime Minister Narendra Modi will visit Ghana, Trinidad and Tobago, Argentina and ' +
        'Namibia this week and attend the BRICS summit hosted by Brazil, the foreign ministry said. India is ' +
        "seeking closer ties with the Global South. Modi's trip is the longest of his third term.",
    );

    expect(result).toContain('BR-IN');
  });

  it('pairs the traveller with the country a summit they attend is held in', () => {
    const result = pairsOf(
      'Japan PM to attend G7',
      'TOKYO - Japanese Prime Minister Shigeru Ishiba will attend the G7 summit in Canada next week, the ' +
        'government said. He is expected to meet U.S. President Donald Trump on the sidelines to discuss tariffs.',
    );

    expect(result).toContain('CA-JP');
  });
});

describe('two stops of one trip named together', () => {
  const trip =
    'NEW DELHI, July 1 (Reuters) - Prime Minister Narendra Modi will visit Ghana and Argentina this week before ' +
    'travelling to Rio de Janeiro for the BRICS summit hosted by Brazil, the foreign ministry said. In Ghana, ' +
    "Modi will address parliament. India's trade with Africa has grown fast.";

  it('pairs no two stops coordinated after a word of travel', () => {
    const result = pairsOf('Indian PM Modi to visit Ghana, Brazil', trip);

    expect(result).not.toContain('AR-GH');
  });

  it('pairs no stop with the place the trip goes on to', () => {
    const result = pairsOf('Indian PM Modi to visit Ghana, Brazil', trip);

    expect(result).not.toContain('AR-BR');
  });

  it('still pairs the traveller with each stop', () => {
    const result = pairsOf('Indian PM Modi to visit Ghana, Brazil', trip);

    expect(result).toEqual(expect.arrayContaining(['AR-IN', 'BR-IN', 'GH-IN']));
  });
});

describe('a country that only reports who goes to a meeting (read26 F3)', () => {
  it('pairs no speaker country with the host of a summit another country\u2019s leader attends', () => {
    const result = pairsOf(
      'Trump to attend G20',
      'OTTAWA - Canada said on Monday that Trump would attend the G20 summit in South Africa despite the row.',
    );

    expect(result).not.toContain('CA-ZA');
  });

  it('still pairs a speaker country with the host of a summit its own leader attends', () => {
    const result = pairsOf(
      'Albanese to attend G20',
      'CANBERRA - Australia said on Monday that Albanese would attend the G20 summit in South Africa next week.',
    );

    expect(result).toContain('AU-ZA');
  });

  it('reads no visitors or tourism as a trip to the meeting\u2019s host', () => {
    const result = pairsOf(
      'Spain tourism booms',
      'MADRID - Spain welcomed a record 90 million visitors last year, officials said ahead of a tourism conference ' +
        'in Portugal next week. Spain expects more this year.',
    );

    expect(result).not.toContain('ES-PT');
  });
});

describe('a stop named after "then" (session 38, pairs38)', () => {
  it('does not pair two stops a headline joins by ", then"', () => {
    // Arrange
    const title = 'Modi to visit Japan, then China for SCO summit';
    const body =
      'NEW DELHI (Reuters) - Indian Prime Minister Narendra Modi will travel to Japan next week for an annual summit ' +
      'with Prime Minister Sanae Takaichi.\nHe will then go to China to attend the Shanghai Cooperation ' +
      'Organisation summit in Tianjin.';

    // Act
    const result = pairsOf(title, body);

    // Assert
    expect(result).toEqual(expect.arrayContaining(['IN-JP', 'CN-IN']));
    expect(result).not.toContain('CN-JP');
  });
});
