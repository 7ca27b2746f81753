import { describe, expect, it } from 'vitest';
import { focusOf } from './focus-and-pairs.js';

// Session 46 (places46): autonomous regions and islands of a state that the news names alone gave no country, as
// the breakaway lands of session 45 did. Stories are invented.
describe('an autonomous region or island named alone is its state', () => {
  it.each([
    ['Voters in Bougainville backed independence in a referendum, officials said on Wednesday.', 'PG'],
    ['Hundreds of migrants tried to climb the border fence into Ceuta on Sunday.', 'ES'],
    ['More than 1,000 migrants landed on Lampedusa over the weekend, coast guard officials said.', 'IT'],
    ['A wildfire on Crete forced the evacuation of four villages on Tuesday.', 'GR'],
    ['Fighting between the army and rebels in Cabinda killed six soldiers, officials said.', 'AO'],
    ['Veterans marked the anniversary of the Falklands war on Saturday.', 'FK'],
  ])('puts the state in focus for "%s"', (body, code) => {
    // Arrange
    const story = { body };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).toEqual([code]);
  });
});
