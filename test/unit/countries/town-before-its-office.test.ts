import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 59 (gaz59, wild59 ★2): a town's office written between its name and its holder's. Sentences are invented.
const countriesOf = (body: string): string[] =>
  tagArticle({ title: '', body, language: 'en' }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);

describe('a town before its office and the holder’s name', () => {
  it.each([
    ['Auckland Mayor Jane Okoro said on Monday the council would review the plan.', ['NZ*']],
    ['Mombasa Governor Ali Hassan said on Tuesday the port would reopen.', ['KE*']],
  ])('names the town’s country: %s', (body, codes) => {
    expect(countriesOf(body)).toEqual(codes);
  });
});

describe('a town whose namesake abroad has the same office', () => {
  it.each([
    'Birmingham Mayor Alicia Grant said on Monday that burglaries had fallen.',
    'Kingston Mayor Tom Becker said on Friday the harbour ferry would resume.',
  ])('gives no country from the office alone: %s', (body) => {
    expect(countriesOf(body)).toEqual([]);
  });

  it.each([
    ['Birmingham Mayor Alicia Grant said on Monday that burglaries had fallen across Alabama.', ['US*']],
    ['Kingston Mayor Tom Becker said the harbour ferry would resume, Ontario officials confirmed.', ['CA*']],
  ])('is placed by the state or province the story names: %s', (body, codes) => {
    expect(countriesOf(body)).toEqual(codes);
  });
});

describe('Pakistan-administered Kashmir', () => {
  it('is Pakistan’s, not India’s Jammu and Kashmir inside its name', () => {
    expect(
      countriesOf(
        'The Azad Jammu and Kashmir government on Monday announced a relief package for flood victims.',
      ),
    ).toEqual(['PK*']);
  });
});
