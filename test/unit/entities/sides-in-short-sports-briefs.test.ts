import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { entitiesOf, typesOf } from './entities-of.js';

describe('sides named in short sports briefs', () => {
  it("reads a given name's bare possessive before a driver's full name as the team", () => {
    // Arrange
    const body = "Verstappen won in Qatar on Sunday. Mercedes' Tom Ellery was promoted to second.";

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('Mercedes')).toEqual(['organization']);
    expect(types.get('Tom Ellery')).toEqual(['person']);
  });

  it("keeps a surname's possessive before a full name off the team reading", () => {
    const types = typesOf(entitiesOf("The deal was drafted by Trump's Steve Witkoff on Monday."));
    expect(types.get('Trump')).not.toEqual(['organization']);
  });

  it('reads a plural nickname after "for the" in a sentence tallying points as the team', () => {
    const types = typesOf(entitiesOf('Dario Kessler scored 31 points for the Hornets on Friday.'));
    expect(types.get('Hornets')).toEqual(['organization']);
  });

  it('names an event through "of" after a battle\'s or a treaty\'s word, no place', () => {
    const types = typesOf(
      entitiesOf('The Oilers won the Battle of Alberta again. The Treaty of Lisbon took effect in 2009.'),
    );
    expect(types.get('Battle of Alberta')).toEqual(['other']);
    expect(types.get('Treaty of Lisbon')).toEqual(['other']);
    expect(types.get('Battle')).toBeUndefined();
  });

  it('counts no country for a place after a capitalised "Club"', () => {
    const result = tagArticle({
      body: 'MEXICO CITY (Reuters) - Pachuca beat Club America 3-1 on Sunday to reach the final.',
    });
    expect(result.countries.map((c) => c.code)).toEqual(['MX']);
  });
});
