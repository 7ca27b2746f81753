import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

// review32 C6: "PALANGKA RAYA", a provincial capital the gazetteer spells "Palangkaraya", gave no country.
// Invented stories.
const datelineOf = (body: string) => tagStory({ title: 'Floods hit town', body }).dateline?.countryCode;

describe('a dateline city written with a space the gazetteer spells as one word', () => {
  it('is the city', () => {
    expect(
      datelineOf('PALANGKA RAYA (Reuters) - Floods forced 3,000 people from their homes on Tuesday.'),
    ).toBe('ID');
    expect(datelineOf('PEKAN BARU (Reuters) - Smoke from peat fires closed schools on Tuesday.')).toBe('ID');
  });

  it('reads a place listed with its space as before', () => {
    expect(datelineOf('BANDA ACEH (Reuters) - Floods forced 3,000 people from their homes on Tuesday.')).toBe(
      'ID',
    );
  });
});

// read33 F16: "NEW CASTLE, DE" (Delaware's postal code) was joined to Newcastle, England.
describe('a spaced dateline city before a state code', () => {
  it('is not joined to a one-word city of another country', () => {
    expect(datelineOf('NEW CASTLE, DE (Reuters) - The county council approved a budget on Tuesday.')).toBe(
      'US',
    );
    expect(
      datelineOf('NEW CASTLE, IN (Reuters) - A battery plant will hire 500 people, the mayor said.'),
    ).toBe('US');
  });
});
