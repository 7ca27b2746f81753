import { describe, expect, it } from 'vitest';
import { lookupPlace } from '../../../functions/core/countries/gazetteer.js';
import { focusAndPairs as ofArticle } from './focus-and-pairs.js';

const focusAndPairs = (body: string) => ofArticle({ body });

describe('a dotted code after a hyphen ("Canada-U.S.")', () => {
  it('reads the code as "U.S." alone is read, and pairs the two', () => {
    const { focus, pairs } = focusAndPairs(
      'Canada-U.S. trade talks resumed in Ottawa on Tuesday after a two-week pause over steel tariffs.',
    );

    expect(focus).toEqual(['CA', 'US']);
    expect(pairs).toEqual(['CA-US']);
  });

  it('reads "U.K." after a hyphen too', () => {
    expect(focusAndPairs('Mexico-U.K. trade talks opened on Monday.').focus).toEqual(['GB', 'MX']);
  });
});

describe('the Canadian Press abbreviation of Newfoundland and Labrador', () => {
  it('places a town written with ", N.L." in Canada', () => {
    expect(
      focusAndPairs('The flight was diverted to Gander, N.L., after a passenger fell ill, the airline said.')
        .focus,
    ).toEqual(['CA']);
  });

  it('is no place without its periods and comma ("NL Industries")', () => {
    expect(focusAndPairs('NL Industries said it would sell its chemicals unit.').focus).toEqual([]);
    expect(lookupPlace('NL')).toBeUndefined();
  });
});
