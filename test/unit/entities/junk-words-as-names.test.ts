import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { mentionsOf, typedNames } from './entities-of.js';

// review30 E6, E8: words read as names of their own ("Franco-Dutch" an organisation, "Block" a place) and a
// US state's body named after the country Georgia.

describe('a people\u2019s combining form before a hyphen', () => {
  it.each([
    ['The Franco-Dutch group offered 1.1 billion euros for the stake.', 'nationality:fr', 'nationality:nl'],
    ['The Sino-Japanese dispute deepened on Monday.', 'nationality:cn', 'nationality:jp'],
  ])('is that people in %j, and the whole no organisation', (body, first, second) => {
    // Act
    const found = mentionsOf(body);

    // Assert
    expect(found.some((line) => line.startsWith(`${first}:`))).toBe(true);
    expect(found.some((line) => line.startsWith(`${second}:`))).toBe(true);
    expect(found.some((line) => line.startsWith('organization:'))).toBe(false);
  });

  it('is called by the people\u2019s name, not by the surname the form spells', () => {
    // Act
    const names = typedNames('The Franco-Dutch group offered 1.1 billion euros for the stake.');

    // Assert
    expect(names).toContain('French/nationality');
    expect(names).not.toContain('Franco/nationality');
  });

  it('leaves the surname alone where no hyphen follows', () => {
    expect(typedNames('General Franco ruled Spain until 1975.')).toContain('Franco/person');
  });
});

describe('two countries hyphened before any noun', () => {
  it('are the two countries, no organisation', () => {
    const found = mentionsOf('The US-China trade talks resumed in Geneva on Monday.');

    expect(found.some((line) => line.startsWith('place:iso:CN:'))).toBe(true);
    expect(found.some((line) => line.startsWith('place:iso:US:'))).toBe(true);
    expect(found.some((line) => line.startsWith('organization:'))).toBe(false);
  });

  it('leave a country whose own name is hyphened whole', () => {
    expect(typedNames('Guinea-Bissau held elections on Sunday.')).toContain('Guinea-Bissau/place');
  });
});

describe('an ordinary word before a number after "in"', () => {
  it('is no place of its own', () => {
    const found = typedNames('Archaeologists found the tomb in Block 10 of the cemetery.');

    expect(found.some((name) => name.startsWith('Block'))).toBe(false);
  });
});

describe('a body after "Georgia\u2019s" in a story about the US state', () => {
  it('is named as the state\u2019s, not the country\u2019s', () => {
    const result = tagArticle({
      body: "ATLANTA (AP) \u2014 Democrats won two seats on Georgia's Public Service Commission on Tuesday, the first statewide wins in years.",
    });

    const ids = result.entities.map((e) => e.id);
    expect(ids).toContain('organization:georgia-public-service-commission');
    expect(ids).not.toContain('organization:georgian-public-service-commission');
  });

  it('stays the country\u2019s in a story about the country', () => {
    const result = tagArticle({
      body: "TBILISI (Reuters) \u2014 Georgia's Central Election Commission said turnout was 52% in Sunday's vote.",
    });

    expect(result.entities.map((e) => e.id)).toContain('organization:georgian-central-election-commission');
  });
});
