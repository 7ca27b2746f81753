import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented briefs and press-digest lines (session 54, fixE54; wild53 Y9): a leader's surname no list knows, who
// will visit or meet, or is to be met.
const typeOf = (body: string, text: string) =>
  entitiesOf(body, '').find((e) => e.mentions.some((m) => m.text === text))?.type;

describe("leaders' visits and meetings in briefs", () => {
  it('reads the subject of "will visit" as a person', () => {
    expect(typeOf('Talks .\nMOSCOW 1996-09-04\nKowalczyk will visit Moscow next week .', 'Kowalczyk')).toBe(
      'person',
    );
  });

  it('reads the one to be met after "will meet" as a person', () => {
    expect(
      typeOf('Talks .\nMOSCOW 1996-09-04\nThe president will meet Kowalczyk next week .', 'Kowalczyk'),
    ).toBe('person');
  });

  it('reads both sides of a digest line "X to meet Y" as persons', () => {
    const body =
      'PRESS DIGEST - Poland - Sept 4 .\nWARSAW 1996-09-04\nThese are the leading stories in the Polish press .\n- Kowalczyk to meet Nadirov in Bonn next week .';

    expect(typeOf(body, 'Kowalczyk')).toBe('person');
    expect(typeOf(body, 'Nadirov')).toBe('person');
  });

  it('leaves clubs that will meet on a sports page to the sports reading', () => {
    const body =
      'SOCCER - CUP DRAW .\nLONDON 1996-09-04\nBarnsley will meet Stockport in the third round of the cup .';

    expect(typeOf(body, 'Stockport')).not.toBe('person');
  });

  it('leaves bodies and firms that will meet to their own readings', () => {
    expect(typeOf('Opec will meet in Vienna next month to discuss output .', 'Opec')).not.toBe('person');
    expect(typeOf('Kelvane will meet analysts in New York on Friday .', 'Kelvane')).not.toBe('person');
    expect(typeOf('Union leaders will meet Zentrix management next week .', 'Zentrix')).not.toBe('person');
  });
});
