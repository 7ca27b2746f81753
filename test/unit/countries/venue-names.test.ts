import { describe, expect, it } from 'vitest';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

function codes(body: string) {
  const doc = prepareDocument({ body, language: 'en' });
  return resolveCountries(doc, []).map((c) => c.code);
}

describe('a country’s name that opens the name of a building, ground or street', () => {
  it('is no mention of the country: "at the Emirates Stadium" in a London derby', () => {
    expect(codes('Arsenal beat Chelsea 2-0 at the Emirates Stadium in London on Sunday.')).toEqual(['GB']);
  });

  it('is no mention of Luxembourg in "the Luxembourg Gardens" of Paris', () => {
    expect(codes('Runners gathered in the Luxembourg Gardens in Paris on Sunday.')).toEqual(['FR']);
  });

  it('still names a city-state, whose grounds lie in it: "Hong Kong Stadium"', () => {
    expect(codes('Kitchee beat Eastern 3-1 at Hong Kong Stadium on Saturday.')).toEqual(['HK']);
  });

  it('still names the country before anything else: "the Emirates will reopen", "India named its team"', () => {
    expect(
      codes('The Emirates will reopen its embassy in Lagos, and India named its team for the Test.').sort(),
    ).toEqual(['AE', 'IN', 'NG']);
  });
});
