import { describe, expect, it } from 'vitest';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

function countriesOf(article: { body: string; title?: string }) {
  return resolveCountries(prepareDocument({ ...article, language: 'en' }), []);
}

const focused = (article: { body: string; title?: string }) =>
  countriesOf(article)
    .filter((c) => c.focus)
    .map((c) => c.code);

describe('the country a disaster struck ranks above the countries sending aid', () => {
  it('puts New Zealand first, named by its city and prime minister, above Australia sending help', () => {
    // Arrange
    const article = {
      title: 'Floods: thousands evacuated as rivers burst banks',
      body:
        'Thousands of people were evacuated on Saturday after days of heavy rain, and a state of emergency was ' +
        'declared in Christchurch. Prime Minister Christopher Luxon said the government would fund the clean-up. ' +
        'Australia offered to send help. Luxon said the damage would run to hundreds of millions of dollars. ' +
        'Australian Prime Minister Anthony Albanese said Australia stood ready to assist.',
    };

    // Act
    const countries = countriesOf(article);

    // Assert
    expect(countries[0]?.code).toBe('NZ');
    expect(countries.find((c) => c.code === 'NZ')?.focus).toBe(true);
  });

  it('puts the struck country in focus when only the senders of aid reach focus by their count', () => {
    const article = {
      title: 'Cyclone: aid pledged as death toll rises',
      body:
        'Australia, the United States and Japan pledged aid on Wednesday as the death toll from the cyclone rose ' +
        "to 11. Opposition leader Chris Hipkins said Hawke's Bay and Gisborne had been cut off for three days. " +
        'Australia will send 25 disaster specialists and the United States gave $1 million. Japan said it would ' +
        'provide tents. Hipkins said it was the worst storm this century.',
    };

    const countries = countriesOf(article);

    expect(countries[0]?.code).toBe('NZ');
    expect(focused(article)).toContain('NZ');
  });

  it('leaves a story that is no disaster story in its order', () => {
    const article = {
      title: 'Trade talks resume',
      body:
        'Australia and Japan resumed talks on a trade pact on Monday. Australia offered to cut tariffs on beef, ' +
        'and Japan said it would send a delegation to Canberra. Australia hopes to sign by June. In Christchurch, ' +
        'farmers welcomed the talks.',
    };

    expect(countriesOf(article)[0]?.code).not.toBe('NZ');
  });
});

describe('a headline naming a part of the world and the countries its lead lists', () => {
  it('puts each listed country in focus, and a vaccine maker named after India no longer ranks first', () => {
    // Arrange
    const article = {
      title: 'WHO says malaria vaccine doses reach Africa',
      body:
        'GENEVA, May 3 - The first doses of a new malaria vaccine have reached Ivory Coast, Ghana and Nigeria, the ' +
        'World Health Organization said on Tuesday. The vaccine, made by the Serum Institute of India, is ' +
        'cheaper than the first approved shot. The Serum Institute of India has said it can produce 100 million ' +
        'doses a year.',
    };

    // Act
    const countries = countriesOf(article);

    // Assert
    expect(focused(article)).toEqual(expect.arrayContaining(['CI', 'GH', 'NG']));
    expect(countries[0]?.code).not.toBe('IN');
  });

  it('does not read a headline that names a country as naming a region', () => {
    const story =
      "Cocoa arrivals rose in Ghana, Ivory Coast and Nigeria this season, traders said on Monday. Ghana's board " +
      'said it had bought 700,000 tonnes by the end of May. Farmers in Ghana were paid more than last year.';

    expect(focused({ title: 'Ghana leads African cocoa output', body: story })).toEqual(['GH']);
    expect(focused({ title: 'Cocoa output rises across West Africa', body: story })).toEqual(
      expect.arrayContaining(['CI', 'GH', 'NG']),
    );
  });
  it('does not read a common noun "gulf" in a headline as the Gulf', () => {
    // Arrange
    const article = {
      title: 'A growing gulf between savers and lenders',
      body:
        'LONDON - Savers earned less this month even as lenders raised their rates. Deposit rates in Norway, ' +
        'Sweden and Denmark fell, and banks said they expected more cuts. Analysts said the gap would narrow.',
    };

    // Act
    const inFocus = focused(article);

    // Assert
    expect(inFocus).not.toContain('NO');
    expect(inFocus).not.toContain('SE');
  });

  it('reads a region in a headline set all in capitals', () => {
    const article = {
      title: 'NORDIC UTILITIES AGREE POWER LINK',
      body:
        'OSLO, May 4 - Power companies from Norway, Sweden and Finland agreed on Monday to build a new cable ' +
        'between their grids, the companies said. The link is due to open in 2031.',
    };

    expect(focused(article)).toEqual(expect.arrayContaining(['NO', 'SE', 'FI']));
  });
});

describe('Wimbledon names Britain where the story is set there', () => {
  it('reads a headline naming Wimbledon as Britain, in focus beside a British player', () => {
    const article = {
      title: 'Wimbledon: Raducanu into third round',
      body:
        'Emma Raducanu reached the third round with a straight-sets win over Jessica Pegula on Wednesday. The ' +
        'British number two broke serve four times on Court One. She next plays Karolina Muchova.',
    };

    expect(focused(article)).toContain('GB');
  });

  it("ranks the winner's country before the ground of a final, which stays listed", () => {
    // Arrange
    const article = {
      title: 'Kovacs beats Lindqvist in Wimbledon final',
      body:
        'Marta Kovacs won her first Wimbledon title on Saturday, beating Elin Lindqvist 6-4 3-6 7-5 on Centre ' +
        'Court. The Hungarian, seeded ninth, saved two match points in the third set. The Swede said she had ' +
        'run out of energy. Kovacs is the first woman from Hungary to win the singles title at the All England Club.',
    };

    // Act
    const codes = countriesOf(article).map((c) => c.code);

    // Assert
    expect(codes[0]).toBe('HU');
    expect(codes).toContain('GB');
    expect(codes.indexOf('HU')).toBeLessThan(codes.indexOf('GB'));
  });

  it("does not read the Australian Open as a player's country outranking Wimbledon", () => {
    const article = {
      title: 'Novak rules out Wimbledon return',
      body:
        'Australian Open champion Tomas Novak said on Tuesday he would skip Wimbledon this year. Novak, who won ' +
        'the Australian Open in January, said his knee needed rest before the hard-court season. He said he ' +
        'had enjoyed playing at Wimbledon in the past.',
    };

    expect(countriesOf(article)[0]?.code).toBe('GB');
  });

  it('leaves a passing "since Wimbledon" in an Australian Open story out', () => {
    const article = {
      title: 'Sabalenka wins Australian Open again',
      body:
        'Aryna Sabalenka retained her title in Melbourne on Saturday, beating Coco Gauff in three sets. It was ' +
        'her first title since Wimbledon, where she lost in the semi-finals. Sabalenka said she had worked hard ' +
        'on her serve over the winter.',
    };

    expect(countriesOf(article).map((c) => c.code)).not.toContain('GB');
  });
});

describe('a state visit ranks the visitor first and the host after it', () => {
  it('puts Indonesia first in a story filed from Tokyo on its president’s visit', () => {
    const article = {
      title: "Indonesia's president visits Japan",
      body:
        'TOKYO, June 2 - Indonesian President Prabowo Subianto arrived in Tokyo on Monday for a three-day visit, ' +
        'meeting the Japanese prime minister to discuss trade and defence. Japan is one of Indonesia’s largest ' +
        'trading partners, and Japanese firms run car plants near Jakarta. Tokyo hopes to sell more ships.',
    };

    const countries = countriesOf(article);

    expect(countries.map((c) => c.code)).toEqual(['ID', 'JP']);
    expect(countries.every((c) => c.focus)).toBe(true);
  });

  it('leaves tourists visiting a country in the host’s story', () => {
    const article = {
      title: 'Tourist numbers hit record',
      body:
        'Chinese tourists visited Japan in record numbers in May, Japan’s tourism agency said. Japan expects ' +
        'more than 40 million visitors this year. Hotels in Japan are fully booked.',
    };

    expect(countriesOf(article)[0]?.code).toBe('JP');
  });
});
