import { describe, expect, it } from 'vitest';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

function focusOf(article: { body: string; title?: string }): string[] {
  const doc = prepareDocument({ ...article, language: 'en' });
  return resolveCountries(doc, [])
    .filter((c) => c.focus)
    .map((c) => c.code)
    .sort();
}

describe('a town or county named like a city abroad, set by one local place beside it', () => {
  it('reads England’s county beside its county town, not Virginia’s city', () => {
    // Arrange
    const article = {
      title: 'Norfolk police appeal after burglary',
      body: 'Norfolk police have appealed for witnesses after a burglary in a village near Norwich. Officers said jewellery was taken.',
    };

    // Act
    const focus = focusOf(article);

    // Assert
    expect(focus).toEqual(['GB']);
  });

  it('reads an English town beside its region, not the Toronto district it is named like', () => {
    const article = {
      title: 'Scarborough hotel collapses into sea',
      body: 'A hotel in Scarborough collapsed into the sea after a landslip on the Yorkshire coast. Residents watched the cliff fall.',
    };

    expect(focusOf(article)).toEqual(['GB']);
  });

  it('keeps the city abroad where the story names its own places, or only the world’s cities beside it', () => {
    // Arrange: Virginia's Norfolk; Toronto's Scarborough; a Boston firm with a London office.
    const norfolk = {
      title: 'Navy ship returns to Norfolk',
      body: 'The aircraft carrier returned to Norfolk, Virginia, on Monday after a seven-month deployment.',
    };
    const scarborough = {
      title: 'Shooting in Scarborough',
      body: 'Toronto police said a man was shot in Scarborough on Tuesday night.',
    };
    const boston = {
      title: 'Boston firm expands',
      body: 'A Boston software firm said on Monday it would open a London office next year.',
    };

    // Act
    const found = [norfolk, scarborough, boston].map(focusOf);

    // Assert
    expect(found).toEqual([['US'], ['CA'], ['US']]);
  });

  it('never moves the county town abroad by its county', () => {
    const article = {
      title: 'Norwich City win derby',
      body: 'Norwich beat Ipswich 2-0 in front of a crowd from across Norfolk on Saturday.',
    };

    expect(focusOf(article)).toEqual(['GB']);
  });
});
