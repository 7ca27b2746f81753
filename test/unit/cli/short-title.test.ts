import { describe, expect, it } from 'vitest';
import { shortTitle } from '../../../functions/cli/short-title.js';

describe('shortTitle', () => {
  it('cuts a long title after its last whole word, with an ellipsis', () => {
    const title = 'Magnitude 6.9 earthquake strikes off northern Japan, tsunami advisory issued';

    const short = shortTitle(title);

    expect(short).toBe('Magnitude 6.9 earthquake strikes off northern Japan…');
    expect(Array.from(short).length).toBeLessThanOrEqual(60);
  });

  it('leaves a title that fits as it is', () => {
    expect(shortTitle('Parliament passes the budget')).toBe('Parliament passes the budget');
  });

  it('keeps a word that ends exactly at the limit and drops a dangling comma or dash', () => {
    expect(shortTitle('Alpha beta gamma delta', 17)).toBe('Alpha beta gamma…');
    expect(shortTitle('Alpha beta, gamma delta epsilon', 16)).toBe('Alpha beta…');
    expect(shortTitle('Alpha beta – gamma delta epsilon', 16)).toBe('Alpha beta…');
  });

  it('cuts one very long word at the line, never inside an emoji', () => {
    expect(shortTitle('Supercalifragilisticexpialidocious news', 10)).toBe('Supercali…');
    expect(shortTitle('🎉🎉🎉🎉🎉🎉 party', 4)).toBe('🎉🎉🎉…');
  });
});
