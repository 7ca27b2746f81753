import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 44 (mendE44, wild43 item 13): German capitalises every noun, so "Viele Menschen" and "Milliarden Euro" read
// as names of two words; a word of the run named alone ("die Menschen", "der Euro") vouched for them as persons.

/** "name/type" of each entity of a German story. */
function germanEntities(title: string, body: string): string[] {
  return tagArticle({ title, body, language: 'de' }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a German noun phrase of capitalised words', () => {
  it('is no person when a quantifier or a number word opens it, though its noun recurs', () => {
    // Arrange
    const body =
      'Bei einem Erdbeben im Westen des Landes sind viele Gebäude eingestürzt. Viele Menschen verbrachten ' +
      'die Nacht im Freien. Die Menschen fürchten Nachbeben. Der Wiederaufbau soll rund 2 Milliarden Euro ' +
      'kosten, der Euro ist dafür eingeplant, sagte Innenminister Ali Yerlikaya.';

    // Act
    const found = germanEntities('Erdbeben: Viele Obdachlose', body);

    // Assert
    expect(found).not.toContain('Viele Menschen/person');
    expect(found).not.toContain('Milliarden Euro/person');
    expect(found).toContain('Ali Yerlikaya/person');
  });

  it('still keeps a person the story names by the surname alone', () => {
    const found = germanEntities(
      'Neue Ministerin',
      'Katherina Reiche übernimmt das Wirtschaftsministerium. Reiche sagte, sie wolle schnell handeln.',
    );

    expect(found).toContain('Katherina Reiche/person');
  });
});
