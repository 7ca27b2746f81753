import { describe, expect, it } from 'vitest';
import { linkCountryPairs } from '../../../functions/core/countries/pairs.js';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

function pairsOf(body: string, title?: string, dateline?: string) {
  const doc = prepareDocument({ body, title, dateline, language: 'en' });
  return linkCountryPairs(doc, resolveCountries(doc, []));
}

describe('linkCountryPairs', () => {
  const story =
    'TAIPEI, Taiwan — China and the United States opened trade talks in Washington on Monday. ' +
    'Chinese negotiators said U.S. tariffs hurt exporters. The United States wants China to buy more ' +
    'American soybeans. Beijing said it would respond, and U.S. officials said Chinese steel exports ' +
    'must fall. China denied dumping.';

  it('links two focus countries named in one sentence, codes sorted, with that sentence as evidence', () => {
    const pairs = pairsOf(story);
    expect(pairs.map((p) => p.pair)).toEqual(['CN-US']);
    const [pair] = pairs;
    expect(pair?.countries).toEqual(['CN', 'US']);
    expect(pair?.score).toBeGreaterThan(0.5);
    expect(pair?.score).toBeLessThanOrEqual(1);
    for (const e of pair?.evidence ?? []) {
      expect(story.slice(e.start, e.end)).toBe(e.text);
      expect(e.text).toMatch(/China|Chinese/);
      expect(e.text).toMatch(/United States|U\.S\./);
    }
  });

  it('does not pair the dateline country of a story about two others', () => {
    expect(pairsOf(story).some((p) => p.pair.includes('TW'))).toBe(false);
  });

  it('does not pair countries that are only listed in passing', () => {
    const body =
      'Brazil raised its coffee export quota again. Brazilian growers welcomed the move, and Brazil said ' +
      'shipments would rise. Buyers include Italy, Spain, Greece and Finland.';
    const pairs = pairsOf(body, 'Brazil raises coffee quota');
    expect(pairs).toEqual([]);
  });

  it('pairs the country a story is filed from with the country it is about when both lead', () => {
    const pairs = pairsOf(
      'India bought 20,000 tonnes of sugar from traders, dealers said. India needs the sugar.',
      'INDIA BUYS WHITE SUGAR',
      'LONDON, March 2',
    );
    expect(pairs.map((p) => p.pair)).toEqual(['GB-IN']);
    expect(pairs[0]?.evidence.length).toBeGreaterThan(0);
  });

  it('scores a pair linked only through a dateline no sentence names below the pair the story links', () => {
    const pairs = pairsOf(
      "Iran's foreign minister said on Sunday that indirect talks with the United States in Muscat had been " +
        'constructive. Washington said the talks were a positive step.',
      'Iran says talks with U.S. were constructive',
      'DUBAI',
    );
    const score = (pair: string) => pairs.find((p) => p.pair === pair)?.score ?? 0;

    expect(score('IR-US')).toBeGreaterThan(0.9);
    expect(score('AE-IR')).toBeGreaterThan(0);
    expect(score('AE-IR')).toBeLessThanOrEqual(0.4);
    expect(pairs[0]?.pair).toBe('IR-US');
  });

  it('scores a pair through a dateline written in the body as low as through one given apart', () => {
    const pairs = pairsOf(
      'WASHINGTON (Reuters) - The International Monetary Fund approved a $20 billion loan for Argentina on ' +
        'Friday. The fund said Argentina had cut inflation faster than expected.',
      'IMF approves loan for Argentina',
    );

    expect(pairs.map((p) => p.pair)).toEqual(['AR-US']);
    expect(pairs[0]?.score).toBeLessThanOrEqual(0.4);
  });

  it('keeps a pair whole when a sentence after the dateline names the dateline country', () => {
    const pairs = pairsOf(
      'WASHINGTON (Reuters) - Argentina agreed a trade deal with the United States on Friday. ' +
        'Argentina will cut tariffs on U.S. machinery.',
      'Argentina and U.S. agree trade deal',
    );

    expect(pairs.find((p) => p.pair === 'AR-US')?.score).toBeGreaterThan(0.9);
  });

  it('returns no pairs for a single-country story', () => {
    expect(pairsOf('Japan cut rates. Japanese banks rallied.')).toEqual([]);
  });

  const survey =
    'Output by member in March: Saudi Arabia 3.5 mln bpd, Iran 2.2 mln, Iraq 1.9 mln, Kuwait 1.1 mln, ' +
    'Nigeria 1.2 mln, Venezuela 1.6 mln, Indonesia 1.2 mln, Libya 0.9 mln, Algeria 0.6 mln and Qatar ' +
    '0.3 mln, the survey showed.';

  it('links every two countries a survey reports on when the headline names none', () => {
    const pairs = pairsOf(survey, 'OPEC OUTPUT BELOW CEILING IN MARCH');
    expect(pairs).toHaveLength(45);
    expect(pairs.map((p) => p.pair)).toContain('IR-SA');
  });

  it('does not treat the same list as a survey under a headline about one country', () => {
    const pairs = pairsOf(survey, 'SAUDI OUTPUT RISES IN MARCH');
    expect(pairs.length).toBeLessThan(45);
    expect(pairs.map((p) => p.pair)).not.toContain('DZ-QA');
  });

  it('pairs the country a story is about with each of ten or more countries it reports on, not them with each other', () => {
    const body =
      'Canada shipped record volumes of potash last year, the industry group said. Buyers were ' +
      'Brazil, Chile, Mexico, India, Indonesia, Malaysia, Japan, Australia, Kenya and Egypt, and ' +
      'Canadian producers expect more orders this year.';
    const pairs = pairsOf(body, 'CANADA POTASH SHIPMENTS AT RECORD');
    const codes = pairs.map((p) => p.pair);
    expect(codes).toEqual(expect.arrayContaining(['BR-CA', 'CA-EG', 'CA-JP']));
    expect(codes).not.toContain('BR-EG');
    expect(pairs.find((p) => p.pair === 'CA-EG')?.evidence.length).toBeGreaterThan(0);
  });

  it('does not treat a table of countries in capitals as a survey', () => {
    const table =
      'QUOTA ALLOCATIONS (SHORT TONS): ARGENTINA 12,000 BRAZIL 40,000 COLOMBIA 6,000 PERU 11,000 ' +
      'MEXICO 5,000 PANAMA 8,000 ECUADOR 3,000 BOLIVIA 2,000 GUATEMALA 13,000 HONDURAS 3,000.';
    expect(pairsOf(table, 'Sugar quota imports detailed')).toEqual([]);
  });

  const shortList =
    'The agency approved aid for several Mediterranean states, an official said. The grants go to ' +
    'Tunisia, Egypt, Lebanon, Israel, Algeria and Morocco under trade agreements signed last year.';

  it('links every two countries a short story names in a list under a headline naming none', () => {
    const pairs = pairsOf(shortList, 'AGENCY APPROVES MEDITERRANEAN AID');
    expect(pairs).toHaveLength(15);
    expect(pairs.map((p) => p.pair)).toContain('EG-TN');
    for (const p of pairs) expect(p.evidence.length).toBeGreaterThan(0);
  });

  it('does not read a short list of ports as a survey of countries', () => {
    const freight =
      'Enquiries: Rotterdam/Karachi 20,000 mt scrap. Shanghai/Manila 4,200 mt steel coils. Bombay/Lagos ' +
      '5,000 mt steels. Santos/Mombasa 13,500 mt sands. Tokyo/Vancouver 9,000 mt bauxite.';
    expect(pairsOf(freight, 'LONDON METAL FREIGHTS')).toHaveLength(0);
  });

  it('does not treat the same short list as a survey in a long story', () => {
    const filler = ' The ministers met for two days. They issued a statement. Talks will resume later.';
    const long = `${shortList}${filler}${filler}${filler}`;
    expect(pairsOf(long, 'AGENCY APPROVES MEDITERRANEAN AID').length).toBeLessThan(15);
  });

  it('links two focus countries named in two sentences of one paragraph, with both sentences as evidence', () => {
    const body =
      'Japan hosted trade talks in Tokyo on Monday. Japanese officials said the talks went well. Japan ' +
      'wants more exports.\n\nChina raised tariffs on soybeans last month. The United States said it would ' +
      'respond.\n\nChinese officials declined to comment. China said its economy was strong and China would ' +
      'not yield. U.S. officials said farmers were hurt. American growers agreed with the U.S. position.';
    const pair = pairsOf(body).find((p) => p.pair === 'CN-US');
    expect(pair?.evidence.map((e) => e.text)).toEqual([
      'China raised tariffs on soybeans last month.',
      'The United States said it would respond.',
    ]);
    for (const e of pair?.evidence ?? []) expect(body.slice(e.start, e.end)).toBe(e.text);
  });

  it('does not link two countries by a paragraph across a paragraph break of hard-wrapped wire copy', () => {
    const body =
      'Japan hosted trade talks in Tokyo on Monday, and Japanese\nofficials said the talks went well. Japan wants\nmore exports.\n' +
      '    China raised tariffs on soybeans\nlast month.\n    The United States said it would\nrespond.\n' +
      '    Chinese officials declined to\ncomment. China said its economy was strong and\nChina would not yield.\n' +
      '    U.S. officials said farmers were\nhurt. American growers agreed with\nthe U.S. position.';
    const pair = pairsOf(body).find((p) => p.pair === 'CN-US');
    // Related only as two countries the story is about: weaker than a paragraph link (.5).
    expect(pair?.score).toBeLessThan(0.5);
  });

  it('links every two countries a story is about even when no sentence or paragraph names both', () => {
    const body =
      'France said on Tuesday it would back the farm reform plan.\n' +
      '    Germany opposed the plan, and German officials said Bonn would\nvote against it. Germany wants higher prices.\n' +
      "    Italy said it had not decided. Italian farmers protested in\nRome, and Italy's minister said talks would go on.";
    const pairs = pairsOf(body, 'FRANCE BACKS FARM REFORM PLAN');
    expect(pairs.map((p) => p.pair)).toEqual(expect.arrayContaining(['DE-FR', 'DE-IT', 'FR-IT']));
    const unlinked = pairs.find((p) => p.pair === 'DE-IT');
    expect(unlinked?.score).toBeLessThanOrEqual(0.6);
    expect(unlinked?.evidence.map((e) => e.text)).toEqual([
      'Germany opposed the plan, and German officials said Bonn would\nvote against it.',
      'Italy said it had not decided.',
    ]);
  });
});

describe('country pairs on the sports page', () => {
  const draw = {
    title: 'World Cup draw pits Brazil against Morocco',
    body:
      'Brazil will face Morocco in their opening match at next year’s World Cup, the organisers said on ' +
      'Friday, while holders Argentina were drawn with Algeria.\nCo-hosts the United States play ' +
      'Paraguay, Mexico open against South Africa and Canada meet Bosnia. England were drawn with Croatia ' +
      'in a repeat of the 2018 semi-final, and Germany face Japan.',
  };

  it('links the teams a sentence sets against each other, not every country of the draw', () => {
    const pairs = tagArticle(draw).countryPairs.map((p) => p.pair);

    expect(pairs).toContain('BR-MA');
    expect(pairs).toEqual(expect.arrayContaining(['AR-DZ', 'PY-US', 'GB-HR', 'DE-JP']));
    expect(pairs).not.toContain('AR-BR');
    expect(pairs).not.toContain('BR-GB');
    expect(pairs).not.toContain('MA-PY');
  });

  it('leaves the venue in the dateline out of the pairs of a match', () => {
    const doc = prepareDocument({
      title: 'Brazil beat Morocco in World Cup opener',
      body: 'Vinicius scored twice as Brazil beat Morocco 2-0 in their opening World Cup match on Saturday.',
      dateline: 'NEW YORK',
      language: 'en',
    });
    const countries = resolveCountries(doc, []);

    const asNews = linkCountryPairs(doc, countries).map((p) => p.pair);
    const asSport = linkCountryPairs(doc, countries, { sport: true }).map((p) => p.pair);

    expect(asSport).toEqual(['BR-MA']);
    expect(asNews).not.toEqual(asSport);
  });

  it('links teams that face, beat or play each other, and leaves the venue out: a city or state plays no one', () => {
    const pairs = tagArticle({
      title: 'Brazil and Morocco qualify for World Cup knockout stage',
      body:
        'Brazil and Morocco both qualified for the round of 32 on Saturday after a 1-1 draw in New Jersey, ' +
        'with Vinicius Junior cancelling out the Moroccan opener.\nBrazil coach Carlo Ancelotti said his side ' +
        'had been too slow. Morocco will face Spain in Dallas next week, and Brazil play Japan in Houston.',
    }).countryPairs.map((p) => p.pair);

    expect(pairs).toEqual(expect.arrayContaining(['BR-MA', 'ES-MA', 'BR-JP']));
    expect(pairs).not.toContain('BR-US');
    expect(pairs).not.toContain('MA-US');
    expect(pairs).not.toContain('ES-US');
  });
});

describe('two countries coordinated in a sentence about their relation', () => {
  it('links two countries named together in passing, as "Thai and Cambodian leaders" signing a peace deal', () => {
    const pairs = pairsOf(
      'Southeast Asian leaders gathered in Malaysia on Sunday for a summit overshadowed by the civil war in ' +
        'Myanmar. Malaysian Prime Minister Anwar Ibrahim urged the junta to extend a ceasefire. Thai and ' +
        'Cambodian leaders were expected to sign a peace deal on the sidelines.',
      'ASEAN leaders meet in Kuala Lumpur as Myanmar crisis deepens',
      'KUALA LUMPUR',
    ).map((p) => p.pair);

    expect(pairs).toContain('KH-TH');
  });

  it('links the two sides of a hyphenated war', () => {
    const pairs = pairsOf(
      'Oil prices rose on Monday. Traders said prices were supported by an escalation in the Iran-Iraq war. ' +
        'Saudi Arabia kept its output unchanged.',
      'Saudi Arabia holds oil output steady',
    ).map((p) => p.pair);

    expect(pairs).toContain('IQ-IR');
  });

  it('does not link a country that ends one phrase with one that opens the next', () => {
    const pairs = pairsOf(
      'Leaders gathered in Malaysia on Sunday for a summit overshadowed by the civil war in Myanmar and ' +
        'U.S. tariffs on exports from the region.',
      'Malaysia hosts regional summit',
    ).map((p) => p.pair);

    expect(pairs).not.toContain('MM-US');
  });

  it('does not link the last two countries of a list', () => {
    const pairs = pairsOf(
      'Britain said on Monday it had agreed new rules. The rules were welcomed by officials from Japan, France, ' +
        'Canada and Italy at the talks in London.',
      'Britain agrees new rules',
    ).map((p) => p.pair);

    expect(pairs).not.toContain('CA-IT');
  });

  it('pairs nothing in a story that names one country, however it names it', () => {
    const pairs = pairsOf(
      'OSLO, Norway — Norway raised its interest rate on Thursday. Norwegian lenders said the Norwegian crown rose ' +
        'and Oslo shares fell after the central bank in Oslo spoke.',
      'Norway raises rates',
    );

    expect(pairs).toEqual([]);
  });
});
