import { describe, expect, it } from 'vitest';
import { countryAndSport } from '../../../functions/core/entities/typing/sport-bodies.js';

// The one test of "a country's or people's name and a sport's" that the entity typer (sportBodyName, over a chunk's
// words) and the topic scorer (namesSportBody, over an organisation's name) share.
describe("countryAndSport: a sport's national body named by its country and its sport", () => {
  it.each([
    ['a people then the sport', ['South', 'African', 'Rugby']],
    ['a country then the sport', ['New', 'Zealand', 'Cricket']],
    ['the sport then a country', ['Cricket', 'Australia']],
    ['a short country name then the sport', ['USA', 'Swimming']],
    ["a people's adjective then the sport", ['Scottish', 'Rugby']],
  ])('reads %s as a body', (_case, words) => {
    const named = countryAndSport(words);

    expect(named).toBe(true);
  });

  it.each([
    ['one word', ['Rugby']],
    ['four words', ['Royal', 'South', 'African', 'Rugby']],
    ['a sport beside no country or people', ['Premier', 'Rugby']],
    ['a country beside no sport', ['New', 'Zealand', 'Parliament']],
  ])('reads %s as no body', (_case, words) => {
    const named = countryAndSport(words);

    expect(named).toBe(false);
  });

  it('reads no sport in a last word the caller rules out (a possessive), only the sport-first order', () => {
    const lastRuledOut = countryAndSport(['Scottish', 'Rugby'], false);
    const sportFirst = countryAndSport(['Tennis', 'Australia'], false);

    expect(lastRuledOut).toBe(false);
    expect(sportFirst).toBe(true);
  });
});
