import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

/** "name/type" of each entity of `body`, sorted. */
const namesIn = (body: string): string[] =>
  entitiesOf(body)
    .map((e) => `${e.name}/${e.type}`)
    .sort();

// wild59 ★2: outlets named by a word, cited as the source of a report, were dropped or typed as people.
describe('a word that reports as an outlet does', () => {
  it('is an organization, though an ordinary word opens the sentence: "Punch reported that …"', () => {
    // Act
    const punch = namesIn('Punch reported that the governor had resigned.');
    const stuff = namesIn('Stuff reported on Monday that the minister had resigned.');

    // Assert
    expect(punch).toEqual(['Punch/organization']);
    expect(stuff).toEqual(['Stuff/organization']);
  });

  it('is an organization closing the attribution or after "The": "…, Dawn reported on Monday."', () => {
    expect(namesIn('The talks had failed, Dawn reported on Monday.')).toEqual(['Dawn/organization']);
    expect(namesIn('The Star reported on Monday that the talks had failed.')).toEqual(['Star/organization']);
  });

  it('stays a person who reports something, or whom the report takes up as "he" or "she"', () => {
    expect(namesIn('Kamau reported a loss of his cattle to the police.')).toEqual(['Kamau/person']);
    expect(namesIn('Jones reported that his car had been stolen.')).toEqual(['Jones/person']);
  });
});
