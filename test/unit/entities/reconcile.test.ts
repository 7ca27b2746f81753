import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const ids = (body: string) => tagArticle({ body }).entities.filter((e) => e.name === 'Georgia');

describe('Georgia as a place entity follows the country reading', () => {
  it('is the US state in a story about Atlanta, not the country', () => {
    const georgia = ids('Voters in Georgia lined up in Atlanta as the state counted ballots.');

    expect(georgia.map((e) => e.id)).toEqual(['place:georgia-us-state']);
  });

  it('keeps the country and the state apart when a story names both', () => {
    const body =
      'Georgia accused Russia of stirring unrest; protesters filled Tbilisi. In the U.S. state of Georgia, ' +
      'early voting began.';
    const georgia = ids(body);

    expect(georgia.find((e) => e.id === 'place:iso:GE')?.mentions.map((m) => m.start)).toEqual([0]);
    expect(georgia.find((e) => e.id === 'place:georgia-us-state')?.mentions.map((m) => m.start)).toEqual([
      body.lastIndexOf('Georgia'),
    ]);
  });

  it('is the country in a story about the Caucasus', () => {
    expect(
      ids('Georgia accused Russia of stirring unrest; protesters filled Tbilisi.').map((e) => e.id),
    ).toEqual(['place:iso:GE']);
  });
});

describe('a country name the country resolver read as something else', () => {
  it('is no place entity: "Turkey prices soar" over a story about a Thanksgiving turkey', () => {
    const result = tagArticle({
      title: 'Turkey prices soar ahead of Thanksgiving',
      body: 'The price of a Thanksgiving turkey has risen 20% from last year as bird flu cut flocks across the Midwest.',
    });

    expect(result.countries.map((c) => c.code)).not.toContain('TR');
    expect(result.entities.map((e) => e.id)).not.toContain('place:iso:TR');
  });

  it('keeps the country where the resolver kept it', () => {
    const result = tagArticle({
      title: 'Turkey raises interest rates',
      body: 'Turkey’s central bank raised its main rate on Thursday to fight inflation.',
    });

    expect(result.entities.map((e) => e.id)).toContain('place:iso:TR');
  });
});

describe('a city shared with a big city of another country follows the country reading', () => {
  const placeIds = (body: string, name: string) =>
    tagArticle({ body })
      .entities.filter((e) => e.name === name)
      .map((e) => e.id);

  it('gives San Jose in a Silicon Valley story the Californian city’s GeoNames id', () => {
    const body =
      'Figura, a Silicon Valley startup building robots, raised $200 million. It is based in San Jose.';

    expect(placeIds(body, 'San Jose')).toEqual(['place:geonames:5392171']);
  });

  it('keeps Costa Rica’s capital in a story about Costa Rica', () => {
    const body = "Costa Rica's president met coffee growers in San Jose on Friday to discuss exports.";

    expect(placeIds(body, 'San Jose')).toEqual(['place:geonames:3621849']);
  });

  it('gives an English town no id of a bigger namesake in a country the story never names', () => {
    const body =
      'Reform UK also won councils in Durham and Lancashire, while turnout in Kent was around 35%, officials in Britain said.';

    expect(placeIds(body, 'Durham')).toEqual(['place:durham']);
    expect(placeIds(body, 'Kent')).toEqual(['place:kent']);
  });

  it('gives a town the namesake in the country the story names', () => {
    const body =
      'Students at Western University in London, Ontario, protested tuition rises, Canadian media reported.';

    expect(placeIds(body, 'London')).toEqual(['place:geonames:6058560']);
  });

  it('keeps the biggest town of a name in a story about its country', () => {
    const body =
      'Duke University in Durham, North Carolina, said it would cut 600 jobs as U.S. research funding shrinks.';

    expect(placeIds(body, 'Durham')).toEqual(['place:geonames:4464368']);
  });

  it('keeps a world city itself when its namesake’s country is named elsewhere', () => {
    const body =
      'The Canadian lender said trading volume in London, New York and Tokyo rose, and its Toronto desk grew.';

    expect(placeIds(body, 'London')).toEqual(['place:geonames:2643743']);
  });
});

describe('a city the press spells unlike GeoNames', () => {
  it('has its GeoNames id, like any other city: Geneva in a story about talks there', () => {
    const result = tagArticle({
      body: 'Chinese and U.S. negotiators met in Geneva on Saturday and agreed to meet again in Zurich next month.',
    });

    const places = result.entities.filter((e) => e.type === 'place').map((e) => e.id);

    expect(places).toContain('place:geonames:2660646');
    expect(places).not.toContain('place:geneva');
  });
});
