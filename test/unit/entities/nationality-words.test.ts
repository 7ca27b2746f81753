import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('nationality words beside places and compass words', () => {
  it('reads "Pakistani Kashmir" as a nationality word and the region', () => {
    const types = typesOf(entitiesOf('Troops in Pakistani Kashmir fired across the line on Tuesday.'));
    expect(types.get('Pakistani')).toEqual(['nationality']);
    expect(types.get('Kashmir')).toEqual(['place']);
    expect(types.get('Pakistani Kashmir')).toBeUndefined();
  });

  it('keeps a place of two words that opens with a nationality word whole ("Iraqi Kurdistan")', () => {
    const types = typesOf(entitiesOf('Oil exports from Iraqi Kurdistan resumed in September.'));
    expect(types.get('Iraqi Kurdistan')).toEqual(['place']);
  });

  it('reads "North American" and "East African" as nationality words, not places', () => {
    const types = typesOf(
      entitiesOf('North American markets rose while the East African nation voted on Sunday.'),
    );
    expect(types.get('North American')).toEqual(['nationality']);
    expect(types.get('East African')).toEqual(['nationality']);
  });
});
