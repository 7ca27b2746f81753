import { describe, expect, it } from 'vitest';
import { entryMatches, parseListEntry } from '../../../functions/core/topics/list-entry.js';

describe('other-language list entries', () => {
  it('reads a whole word, an opening ending in * and a compound part starting with ~', () => {
    expect(parseListEntry('vote')).toEqual({ kind: 'word', text: 'vote' });
    expect(parseListEntry('gouvernement*')).toEqual({ kind: 'opening', text: 'gouvernement' });
    expect(parseListEntry('~regierung')).toEqual({ kind: 'part', text: 'regierung' });
  });

  it('matches a whole word only whole', () => {
    expect(entryMatches('vote', 'vote')).toBe(true);
    expect(entryMatches('votes', 'vote')).toBe(false);
  });

  it('matches an opening with any ending and a part anywhere in a compound', () => {
    expect(entryMatches('gouvernementale', 'gouvernement*')).toBe(true);
    expect(entryMatches('legouvernement', 'gouvernement*')).toBe(false);
    expect(entryMatches('bundesregierung', '~regierung')).toBe(true);
  });

  it('matches no word past the end of a title', () => {
    expect(entryMatches(undefined, 'vote')).toBe(false);
  });
});
