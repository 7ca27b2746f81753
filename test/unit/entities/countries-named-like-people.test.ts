import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const namesOf = (title: string, body: string) =>
  tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);

describe('a country’s name that is a player’s name', () => {
  it('is the player on a sports page when "he" takes it up, the "Will" question too', () => {
    // Arrange
    const body =
      'Jordan said he felt much better after training on Thursday, and coach Scott Parker said the striker ' +
      'would be assessed on Friday before the league match.\nBurnley have won three of their last four ' +
      'matches and sit fifth in the table.';

    // Act
    const found = namesOf('Will Jordan be fit for Saturday?', body);

    // Assert
    expect(found).toContain('Jordan/person');
    expect(found).not.toContain('Jordan/place');
  });

  it('stays the country off the sports page, whoever "he" is', () => {
    const found = namesOf(
      'Israel bars UN rapporteur',
      'Israel said he would not be allowed to enter the country after his report on Gaza.',
    );
    expect(found).toContain('Israel/place');
  });

  it('stays the country that "it" takes up in a question', () => {
    const found = namesOf(
      'Jordan and Gaza aid',
      'Jordan has flown aid into Gaza for months.\nWill Jordan open its border to more trucks? Officials did not say.',
    );
    expect(found).toContain('Jordan/place');
  });
});

describe('a country’s name before a word the article uses alone for a person', () => {
  it('is the person’s given name ("India Hicks … Hicks said she")', () => {
    // Arrange
    const body =
      'Designer India Hicks, a goddaughter of King Charles, opened a shop in London on Tuesday.\n' +
      'Hicks said she had wanted a London store for years.';

    // Act
    const found = namesOf('India Hicks opens London shop', body);

    // Assert
    expect(found).toContain('India Hicks/person');
    expect(found).not.toContain('India Hicks/organization');
  });
});
