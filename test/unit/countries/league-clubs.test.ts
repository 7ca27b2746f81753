import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const countriesOf = (story: Parameters<typeof tagStory>[0]) =>
  tagStory(story).countries.map((c) => [c.code, c.focus] as const);

describe('clubs of other leagues that no town names', () => {
  it('reads a Scottish derby as Britain', () => {
    const countries = countriesOf({
      title: 'Celtic beat Rangers to go nine points clear',
      body:
        'Celtic beat Rangers 3-0 on Sunday to move nine points clear at the top of the Premiership. Daizen ' +
        'Maeda scored twice before half-time and Callum Hendry added a third.',
    });

    expect(countries).toContainEqual(['GB', true]);
  });

  it('reads a transfer between a Turkish and a Portuguese club as both countries', () => {
    const countries = countriesOf({
      title: 'Galatasaray sign striker from Benfica',
      body:
        'Galatasaray have signed striker Carlos Mendes from Benfica on a three-year deal, the club said on ' +
        'Tuesday. The fee was not disclosed.',
    });

    expect(countries).toContainEqual(['TR', true]);
    expect(countries).toContainEqual(['PT', true]);
  });

  it('reads a club whose name holds a town abroad as its own country, not the town’s namesake', () => {
    const result = tagStory({
      title: 'Sydney FC beat Wellington Phoenix to reach A-League final',
      body:
        'Sydney FC beat Wellington Phoenix 2-1 on Saturday to reach the A-League grand final. Jon Lolley ' +
        'scored the winner in the 88th minute.',
    });

    expect(result.countries.map((c) => c.code)).toContain('NZ');
    expect(result.countries.map((c) => c.code)).not.toContain('US');
    expect(result.countryPairs.map((p) => p.pair)).toEqual(['AU-NZ']);
  });

  it('reads no Saudi Arabia from a club name Sudan’s club shares (read29 F-h)', () => {
    const countries = countriesOf({
      title: 'Al Hilal reach African final',
      body: "Sudan's Al Hilal beat Egypt's Pyramids 2-1 in the CAF Champions League semi-final on Saturday.",
    });

    expect(countries.map(([code]) => code)).not.toContain('SA');
  });

  it('reads no country from a club’s name outside sports copy', () => {
    const countries = countriesOf({
      title: 'Roma families protest eviction',
      body:
        'Dozens of Roma families protested on Monday against the eviction of a camp on the edge of town, ' +
        'the mayor said. Volunteers handed out food.',
    });

    expect(countries.map(([code]) => code)).not.toContain('IT');
  });
});

describe('teams named for a sponsoring state, and the nations’ own squads', () => {
  it('reads no United Arab Emirates in a cyclist’s team name', () => {
    const countries = countriesOf({
      title: 'Pogacar wins Tour stage as UAE Team Emirates dominate',
      dateline: 'PLATEAU DE BEILLE, France',
      body:
        'Tadej Pogacar won the 15th stage of the Tour de France on Sunday as his UAE Team Emirates teammates ' +
        'controlled the race in the Pyrenees. The Slovenian attacked 5 km from the summit.',
    });

    expect(countries.map(([code]) => code)).not.toContain('AE');
  });

  it('reads Team GB as Britain', () => {
    const countries = countriesOf({
      title: 'Velodrome delight',
      body: 'Team GB won three golds in the velodrome on Tuesday, the best day of the Games for the squad.',
    });

    expect(countries).toContainEqual(['GB', true]);
  });
});
