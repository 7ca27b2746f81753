import { describe, expect, it } from 'vitest';
import { focusOf } from './focus-and-pairs.js';

// Session 45 (places45): an entity within a state that the news names alone (Bosnia's Serb entity, Belgium's regions,
// the breakaway lands of the Caucasus and Moldova) is its state's, as Catalonia is Spain's. Stories are invented.
describe('an entity within a state named alone is that state', () => {
  it.each([
    ['The parliament of Republika Srpska voted on Tuesday to hold a referendum on the state court.', 'BA'],
    ["The Serb Republic's assembly met on Tuesday to debate the budget.", 'BA'],
    ['Heavy rain flooded parts of Flanders on Tuesday, closing roads and railway lines.', 'BE'],
    ['The government of Wallonia presented its budget on Tuesday.', 'BE'],
    ['Voters in Abkhazia and South Ossetia went to the polls on Sunday.', 'GE'],
    ['Officials in Transnistria said on Tuesday that gas supplies had been cut.', 'MD'],
    ['The governor of South Tyrol said on Tuesday the pass would stay shut.', 'IT'],
  ])('puts the state in focus for "%s"', (body, code) => {
    // Arrange
    const story = { body };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).toEqual([code]);
  });
});
