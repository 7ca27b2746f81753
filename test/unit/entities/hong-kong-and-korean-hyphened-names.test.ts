import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function people(body: string): string[] {
  return tagArticle({ title: 'News digest .', body })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);
}

describe('a family name before a hyphened given name (wild52 X16)', () => {
  it('reads Cantonese spellings as Hong Kong papers write them', () => {
    expect(people('HONG KONG 1996-08-30\nChan Wai-man said on Wednesday the vote was unfair .')).toEqual([
      'Chan Wai-man',
    ]);
    expect(people('Legislator Lo Wai-man said the bill would pass.')).toEqual(['Lo Wai-man']);
  });

  it('reads Korean family names the shared list lacks', () => {
    expect(people('SEOUL 1996-08-26\nRoh Tae-woo was jailed for 22 years .')).toEqual(['Roh Tae-woo']);
    expect(people('Ban Ki-moon said the talks would resume in Geneva.')).toEqual(['Ban Ki-moon']);
  });

  it('leaves a family-name word before a prefixed compound alone', () => {
    expect(people('A ban on-site was lifted on Monday.')).toEqual([]);
  });
});
