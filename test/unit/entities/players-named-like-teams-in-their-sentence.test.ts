import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 44 (mendE44, ents43's leftover): a player whose name reads as a town's team ("Madison Keys") is a person
// when her sentence tells the win later (", beating Jessica Pegula") or gives her a person's possessive ("won her
// first title"), not only when the opponent stands next to her name.

/** "name/type" of each entity the whole tagger finds in a story with a title. */
function typedInStory(title: string, body: string): string[] {
  return tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a player named like a town’s team, told of later in her sentence', () => {
  it('is a person when the sentence goes on to the player she beat', () => {
    // Arrange
    const body =
      'Madison Keys reached the Australian Open final on Thursday, beating Jessica Pegula 6-3 6-4 in ' +
      'Melbourne. Keys will face Aryna Sabalenka on Saturday.';

    // Act
    const found = typedInStory('Keys into final', body);

    // Assert
    expect(found).toContain('Madison Keys/person');
    expect(found).toContain('Jessica Pegula/person');
  });

  it('is a person when her own possessive follows the verb', () => {
    const found = typedInStory(
      'First major for American',
      'Madison Keys won her first Grand Slam title in Melbourne on Saturday after a three-set final.',
    );

    expect(found).toContain('Madison Keys/person');
  });

  it('leaves a town’s club that beats a club a club', () => {
    const found = typedInStory(
      'Stars streak',
      'The Dallas Stars won their third straight game on Friday, beating the Chicago Blackhawks 3-2.',
    );

    expect(found).toEqual(expect.arrayContaining(['Dallas Stars/organization']));
  });
});
