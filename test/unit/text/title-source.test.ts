import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { withoutSourceSuffix } from '../../../functions/core/text/title-source.js';

describe('a paper’s name after an aggregator’s title', () => {
  it('blanks the paper’s name, keeping the title’s length', () => {
    const title = 'Ferry fares rise again - The Harbour Times';

    const read = withoutSourceSuffix(title);

    expect(read.trimEnd()).toBe('Ferry fares rise again');
    expect(read).toHaveLength(title.length);
  });

  it('blanks a wire agency’s name and a name with "of" in it', () => {
    expect(withoutSourceSuffix('Ferry fares rise again | Reuters').trimEnd()).toBe('Ferry fares rise again');
    expect(withoutSourceSuffix('Ferry fares rise again - Evening Post of Kelvano').trimEnd()).toBe(
      'Ferry fares rise again',
    );
  });

  it('keeps a speaker after the dash, a title in capitals and a short title', () => {
    for (const title of [
      'Fares will rise again - minister',
      'Fares will rise again - Okafor',
      'FERRY FARES RISE - HARBOUR TIMES',
      'Fares - Harbour Times',
    ])
      expect(withoutSourceSuffix(title)).toBe(title);
  });

  it('keeps a firm quoted after the dash whose name goes on past an outlet’s word', () => {
    for (const title of [
      'Copper to average $9,000 next year - Standard Chartered',
      'Kelvano outlook cut to negative - Standard & Poor’s',
      'Harbour fares to rise in spring - Globe Ferries',
    ])
      expect(withoutSourceSuffix(title)).toBe(title);
  });

  it('blanks papers named with a second outlet’s word, "on" and a day, or "Daily" first', () => {
    for (const paper of ['The Globe and Mail', 'Herald Sun', 'The Mail on Sunday', 'Daily Kelvano'])
      expect(withoutSourceSuffix(`Ferry fares rise again - ${paper}`).trimEnd()).toBe(
        'Ferry fares rise again',
      );
  });

  it('takes no country from the paper’s place', () => {
    const result = tagArticle({
      title: 'Floods close schools in Kenya - Sydney Morning Herald',
      body: 'Floods closed schools across western Kenya on Monday, officials said.',
    });

    expect(result.countries.map((c) => c.code)).toEqual(['KE']);
    expect(result.countryPairs).toEqual([]);
  });
});
