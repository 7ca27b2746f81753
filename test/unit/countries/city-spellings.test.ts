import { describe, expect, it } from 'vitest';
import { lookupPlace } from '../../../functions/core/countries/gazetteer.js';
import { tagArticle } from '../../../functions/core/tag.js';

const countries = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countries.map((c) => `${c.code}:${c.mentions.length}`);

describe("cities by today's spellings (GeoNames' current names and English transliterations)", () => {
  it('reads Odesa and Mykolaiv, the spellings news uses since 2022, as the Ukrainian cities', () => {
    const result = countries(
      'Drones hit Odesa',
      'A drone attack on Odesa killed two people overnight, the governor said. Odesa is a major port. ' +
        'Air defences also downed drones over Mykolaiv.',
    );

    expect(result).toEqual(['UA:4']);
    expect(lookupPlace('Odesa')).toMatchObject({ kind: 'city', countryCode: 'UA', geonamesId: 698740 });
  });

  it('reads front-line towns under 100,000 people by the names the news gives them', () => {
    const result = countries(
      'Fighting near Pokrovsk',
      'Officials said fighting near Pokrovsk went on. Troops left Avdiivka last year and Bakhmut before ' +
        'that; shelling hit Chasiv Yar and Kramatorsk.',
    );

    expect(result).toEqual(['UA:6']);
  });

  it('reads Gaza City, Khan Younis, Jabalia, Beit Lahia, Nuseirat and Deir al-Balah as Palestinian places', () => {
    const result = countries(
      'Strikes overnight',
      'Strikes hit Gaza City and Khan Younis. Rescuers searched the rubble in Jabalia, and families fled ' +
        'Beit Lahia and Nuseirat for Deir al-Balah.',
    );

    expect(result).toEqual(['PS:6']);
  });

  it('reads El Geneina, Hodeidah, Gurugram and Chattogram as Sudan, Yemen, India and Bangladesh', () => {
    const cities = ['El Geneina', 'Hodeidah', 'Gurugram', 'Chattogram'];

    const found = cities.map((name) => lookupPlace(name)?.countryCode);

    expect(found).toEqual(['SD', 'YE', 'IN', 'BD']);
    expect(countries('Port strike', 'Workers at Chattogram port walked off the job on Tuesday.')).toEqual([
      'BD:1',
    ]);
  });

  it('takes no spelling that runs a name together, as firms named after a city in the 1980s do', () => {
    const result = countries('Results', 'Hongkong Land shares rose after the results.');

    expect(result).toEqual([]);
  });
});
