import { describe, expect, it } from 'vitest';
import { focusAndPairs, story } from './focus-and-pairs.js';

describe('a list the story reports on puts its countries in focus', () => {
  it('puts the buyers an exporter names in focus, paired with the exporter and with each other', () => {
    // Arrange
    const article = story(
      'Chilean copper exports rise in May',
      'SANTIAGO, June 4 - Chile exported 512,000 tonnes of refined copper in May, up from 470,000 a year ' +
        'earlier, the state copper commission said.\n    It said the main buyers last month were Vietnam, ' +
        'Indonesia, Egypt and Morocco.',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['CL', 'EG', 'ID', 'MA', 'VN']);
    expect(pairs).toEqual(expect.arrayContaining(['CL-VN', 'CL-MA', 'EG-ID', 'MA-VN']));
  });

  it('reads a figures line of destinations ("Peru (41,000 tonnes), Ghana (30,500)")', () => {
    const article = story(
      'Canadian potash shipments climb',
      'Canada shipped 2.1 mln tonnes of potash in April, the industry group said.\n    The major ' +
        'destinations were: Peru (41,000 tonnes), Ghana (30,500), Thailand (22,400) and Kenya (9,800).',
    );

    const { focus } = focusAndPairs(article);

    expect(focus).toEqual(['CA', 'GH', 'KE', 'PE', 'TH']);
  });

  it('puts the countries attending a meeting in focus', () => {
    const article = story(
      'Cocoa growers seek higher floor price',
      'Cocoa growers called for a higher floor price at a two-day meeting that ended on Friday. The meeting was ' +
        'attended by delegates from Ghana, Cameroon, Ecuador and Togo, the organisers said.',
    );

    const { focus } = focusAndPairs(article);

    expect(focus).toEqual(['CM', 'EC', 'GH', 'TG']);
  });

  it('puts the donors of a package in focus beside the country that receives it', () => {
    const article = story(
      'Malawi railways secure 30 mln dlrs',
      'LILONGWE, May 2 - Malawi Railways has secured 30 mln dlrs to rebuild its line to the coast, the ' +
        "transport minister said on his return from a donors' meeting in Paris.\n    The World Bank, Norway, " +
        'Japan, the Netherlands and Finland had contributed to the package, he said. The work will take two ' +
        'years.',
    );

    const { focus, pairs } = focusAndPairs(article);

    expect(focus).toEqual(['FI', 'JP', 'MW', 'NL', 'NO']);
    expect(pairs).toEqual(expect.arrayContaining(['MW-NO', 'FI-JP']));
  });
});

describe('a list in passing stays out of focus', () => {
  it('leaves "countries such as" a list of examples', () => {
    const article = story(
      'Chilean copper exports rise in May',
      'Chile exported 512,000 tonnes of refined copper in May, the state copper commission said. Demand from ' +
        'countries such as Vietnam, Indonesia and Egypt was steady, it said.',
    );

    expect(focusAndPairs(article).focus).toEqual(['CL']);
  });

  it('leaves the members of a group named in apposition ("the five nations - …") out of focus', () => {
    const article = story(
      'Swiss minister sees stable currency markets',
      'The Swiss finance minister said on Tuesday that currency markets had been calm since the five nations - ' +
        'Sweden, Norway, Denmark, Finland and Iceland - agreed to cooperate. Switzerland is not one of them.',
    );

    expect(focusAndPairs(article).focus).toEqual(['CH']);
  });

  it("leaves the officials the story's traveller talks with abroad out of focus", () => {
    const article = story(
      'Kenyan finance minister seeks new loans',
      'Kenya needs faster finance, its finance minister said on his return from debt talks with officials in ' +
        'Britain, France and Italy. Kenya owes 6 billion dlrs abroad.',
    );

    expect(focusAndPairs(article).focus).toEqual(['KE']);
  });

  it("leaves a firm's own markets out of focus (a firm's sales by market are no country's trade)", () => {
    const article = story(
      'Nintendo raises profit forecast',
      'Nintendo Co raised its annual profit forecast on Tuesday, citing strong sales of its new console. The ' +
        'Kyoto-based company said its biggest markets were Canada, Australia and Mexico, where demand held up.',
    );

    expect(focusAndPairs(article).focus).toEqual(['JP']);
  });

  it('leaves officials named in passing for how they felt out of focus', () => {
    const article = story(
      'Chile extends vaccine campaign',
      'Chile extended its vaccine campaign by a month. Doctors in Peru, Bolivia and Ecuador were also ' +
        'concerned about supplies, a Chilean health ministry spokesman said in Santiago. Officials in Norway, ' +
        'Denmark and Finland were also worried.',
    );

    expect(focusAndPairs(article).focus).toEqual(['CL']);
  });

  it('needs three countries: two buyers are named, not listed', () => {
    const article = story(
      'Chilean copper exports rise in May',
      'Chile exported 512,000 tonnes of refined copper in May, the state copper commission said. The main ' +
        'buyers were Vietnam and Indonesia.',
    );

    expect(focusAndPairs(article).focus).toEqual(['CL']);
  });
});
