import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Towns no list knows, in the frames news writes places in (session 55, fixE55; wild55 A1). Names are invented.
const typeOf = (body: string, text: string, title = '') =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('unknown towns in place frames', () => {
  it('reads the destination of troops and of fighting as a place', () => {
    expect(typeOf('Troops were sent to Kelmora and Dravik overnight.', 'Kelmora', 'War')).toBe('place');
    expect(typeOf('Troops were sent to Kelmora and Dravik overnight.', 'Dravik', 'War')).toBe('place');
    expect(typeOf('Fighting spread to Dravik on Tuesday, the army said.', 'Dravik', 'War')).toBe('place');
  });

  it('reads a place left, entered or named as the capital as a place', () => {
    expect(typeOf('The army pulled out of Kelmora on Friday.', 'Kelmora', 'War')).toBe('place');
    expect(typeOf('Napoleon entered Brahargu a week later.', 'Brahargu', 'History')).toBe('place');
    expect(typeOf('The town lies 200 km east of the capital Terga.', 'Terga', 'Quake')).toBe('place');
  });

  it('reads both ends of a road or a border as places', () => {
    expect(typeOf('The road from Dravik to Kelmora was cut by landslides.', 'Kelmora', 'Floods')).toBe(
      'place',
    );
    expect(typeOf('The bridge between Roguran and Terdanvo was closed.', 'Roguran', 'Floods')).toBe('place');
  });

  it('reads the second of two places after "around" as a place', () => {
    expect(typeOf('Fighting raged around Kelmora and Dravik.', 'Dravik', 'War')).toBe('place');
  });

  it('leaves firms and people that things are sent or sold to alone', () => {
    expect(typeOf('The firm sold its stake to Kelvane for $5 million.', 'Kelvane', 'Deal')).not.toBe('place');
    expect(typeOf('The letter was sent to Kelvane, a spokesman said.', 'Kelvane', 'Letter')).not.toBe(
      'place',
    );
    expect(typeOf('Smith returned to Kelvane as chief executive in 2019.', 'Kelvane', 'Jobs')).not.toBe(
      'place',
    );
    expect(typeOf('Talks between Kelvane and Morvane broke down on Monday.', 'Kelvane', 'Talks')).not.toBe(
      'place',
    );
  });

  it("leaves a numbered thing entered and a firm's share capital alone", () => {
    const body = 'Kelvane, which entered Chapter 11 bankruptcy in 1983, said it would appeal.';

    expect(typeOf(body, 'Chapter', 'Lawsuit')).not.toBe('place');
    expect(typeOf('Zentrix holds 70 pct of the capital\nMorvane, it said.', 'Morvane', 'Co-op')).not.toBe(
      'place',
    );
  });

  it('leaves a name before a noun after "pulled out of" alone', () => {
    expect(typeOf('The rebels pulled out of Zentrix talks on Friday.', 'Zentrix', 'Talks')).not.toBe('place');
  });
});
