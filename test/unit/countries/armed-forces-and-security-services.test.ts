import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 58 (gaz58, from wild58): a country's armed forces and security services name it. Sentences are invented.
const countriesOf = (body: string): string[] =>
  tagArticle({ title: '', body, language: 'en' }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);

describe('armed forces and security services', () => {
  it('name their country beside the side they fight, with a pair', () => {
    // Act
    const result = tagArticle({
      title: '',
      body: 'The IDF said it had struck a Hezbollah depot in southern Lebanon on Tuesday.',
      language: 'en',
    });

    // Assert
    expect(result.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['IL', 'LB']));
    expect(result.countryPairs.map((p) => p.pair)).toContain('IL-LB');
  });

  it.each([
    ['The Bundeswehr will buy 20 more transport helicopters.', 'DE*'],
    ['The Revolutionary Guards seized a tanker on Sunday.', 'IR*'],
    ['The SBU said it had detained two agents in Kharkiv.', 'UA*'],
    ['A former CIA officer was charged with spying.', 'US*'],
  ])('%s', (body, code) => {
    expect(countriesOf(body)).toContain(code);
  });
});
