import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const namesIn = (title: string, body: string): string[] =>
  entitiesOf(body, title)
    .map((e) => `${e.name}/${e.type}`)
    .sort();

// review59 ★1: an ampersand made a country the lists write with "and" a firm, and left the side after a
// newsmaker's ampersand a firm by default.
describe('an ampersand', () => {
  it('inside a country the lists write with "and" leaves it the country', () => {
    expect(namesIn('Trinidad & Tobago win the series', 'The hosts won by five wickets.')).toEqual([
      'Trinidad and Tobago/place',
    ]);
    expect(namesIn('', 'Polls opened in Antigua & Barbuda at 6 a.m.')).toContain('Antigua and Barbuda/place');
    expect(namesIn('Bosnia & Herzegovina qualify', 'The team won 2-1.')).toContain(
      'Bosnia and Herzegovina/place',
    );
  });

  it('keeps firms that write it: "Johnson & Johnson", "Marks & Spencer"', () => {
    expect(namesIn('', 'Johnson & Johnson said it would cut 300 jobs.')).toEqual([
      'Johnson & Johnson/organization',
    ]);
    expect(namesIn('', 'Marks & Spencer said sales rose.')).toEqual(['Marks & Spencer/organization']);
  });

  it('parts two leaders on either side of a newsmaker, both people', () => {
    const body = 'The two leaders met briefly at the summit.';

    expect(namesIn('Modi & Sharif shake hands', body)).toEqual(['Narendra Modi/person', 'Sharif/person']);
    expect(namesIn('Sharif & Modi shake hands', body)).toEqual(['Narendra Modi/person', 'Sharif/person']);
  });
});
