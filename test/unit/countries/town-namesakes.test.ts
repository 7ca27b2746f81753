import { describe, expect, it } from 'vitest';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

function countriesOf(article: { body: string; title?: string; dateline?: string }) {
  const doc = prepareDocument({ ...article, language: 'en' });
  return resolveCountries(doc, []);
}

function countryOf(town: string, article: { body: string; title?: string; dateline?: string }) {
  return countriesOf(article).find((c) => c.mentions.some((m) => m.text === town))?.code;
}

describe('towns that share their name with a city abroad', () => {
  it('reads a town as its own country’s when two other places of the story are there', () => {
    const blair =
      'Tony Blair, campaigning in Gravesend on Tuesday, said Labour would not take voters for granted. ' +
      'He later visited a school in Cardiff before returning to London.';
    const kent =
      'Canvassers knocked on doors in Gravesend, Dartford and Dover on Saturday, while the Conservatives ' +
      'sent shadow ministers to Maidstone. The Liberal Democrats will target Boston next week.';

    expect(countryOf('Gravesend', { body: blair })).toBe('GB');
    expect(countriesOf({ body: kent, title: 'Labour fights to hold Kent seats' }).map((c) => c.code)).toEqual(
      ['GB'],
    );
  });

  it('keeps English cities English when their American namesakes are as many as their own country’s places', () => {
    const body =
      'Hundreds of homes were flooded in Gloucester and Tewkesbury after the River Severn burst its banks on ' +
      'Monday. Trains between Bristol and Birmingham were cancelled, and soldiers helped residents in Gloucester.';

    expect(countriesOf({ body, title: 'Floods hit Severn towns' }).map((c) => c.code)).toEqual(['GB']);
  });

  it('reads a hyphenated town as the namesake of its name with a space', () => {
    const body =
      'Cocoa shipments from the ports of Abidjan and San Pedro rose 8 percent in February, exporters said.';

    expect(countryOf('San Pedro', { body, dateline: 'ABIDJAN, March 3' })).toBe('CI');
  });

  it('keeps the city abroad when the story names its country or only a dateline elsewhere', () => {
    const named = 'Fans in Boston and across Massachusetts watched the final in London on Sunday.';
    const filed = 'The reggae festival returns to Kingston next month, its organisers said on Friday.';

    expect(countryOf('Boston', { body: named })).toBe('US');
    expect(countryOf('Kingston', { body: filed, dateline: 'LONDON, May 2' })).toBe('JM');
  });

  it('keeps a world city whatever the story’s other places', () => {
    const body =
      'A Manchester software firm will open an office in Sydney, its founder told staff in Leeds and London.';

    expect(countryOf('Sydney', { body })).toBe('AU');
  });

  it('reads a town a dateline places in a state as that town all through the story', () => {
    const body =
      'PARIS, Texas — The Paris City Council voted on Monday to raise water rates. Neighboring towns that ' +
      'buy water from Paris will see similar increases.';

    expect(countriesOf({ body }).map((c) => c.code)).toEqual(['US']);
  });

  it('reads a country’s name before a comma and a US state as a town there', () => {
    const town = 'Separately, the Lebanon, Ohio, city council approved a similar transit plan on Tuesday.';
    const list = 'The company sells its pumps in Mexico, Texas and California.';

    expect(countriesOf({ body: town }).map((c) => c.code)).toEqual(['US']);
    expect(countriesOf({ body: list }).map((c) => c.code)).toEqual(expect.arrayContaining(['MX', 'US']));
  });
});
