import { describe, expect, it } from 'vitest';
import { hasCue } from '../../../functions/core/countries/cues.js';
import { namesPlace, namesTopic } from '../../../functions/core/countries/headline-clauses.js';
import { namesRegion } from '../../../functions/core/countries/region-lists.js';

// A long pattern runs only after a short one finds what every match of it holds (V8 compiles a pattern the
// first time it runs: skipped, it costs a fresh process nothing). Each reading must still be found.
describe('headline country patterns checked first for what they need', () => {
  const at = (title: string, name: string) => ({ start: title.indexOf(name), text: name });

  it('still reads the place of a meeting, of a signing and of a venue', () => {
    // Arrange
    const meeting = 'Iran and US hold talks in Oman';
    const signing = 'Rival factions sign ceasefire deal in Doha';

    // Act + Assert
    expect(namesPlace(meeting, at(meeting, 'Oman'))).toBe(true);
    expect(namesPlace(signing, at(signing, 'Doha'))).toBe(true);
    expect(namesPlace('Japan and Korea to meet', at('Japan and Korea to meet', 'Korea'))).toBe(false);
  });

  it('still reads what talks are about after their "on", and nothing without it', () => {
    // Arrange
    const topic = 'US envoy holds talks in Russia on Ukraine peace plan';
    const none = 'US envoy holds talks with Ukraine';

    // Act + Assert
    expect(namesTopic(topic, { start: topic.indexOf('Ukraine') })).toBe(true);
    expect(namesTopic(none, { start: none.indexOf('Ukraine') })).toBe(false);
  });

  it('still reads a region in a headline set in capitals, and none in a headline without four capitals', () => {
    // Act + Assert
    expect(namesRegion('GULF STATES BACK NEW OIL DEAL')).toBe(true);
    expect(namesRegion('SAHEL JUNTAS FORM A BLOC')).toBe(true);
    expect(namesRegion('Markets fall as NZ rate rises')).toBe(false);
  });

  it('finds a cue by its preposition or, without one, by its word', () => {
    // Act + Assert
    expect(hasCue('Ministers held talks with their neighbours.')).toBe(true);
    expect(hasCue('Exports rose sharply in May.')).toBe(true);
    expect(hasCue('Both sides traded artillery fire overnight.')).toBe(true);
    expect(hasCue('The weather was fine all week.')).toBe(false);
  });
});
