import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented tennis and snooker results (session 54, fixE54; wild53 Y19): one player beats another by sets or
// frames, which clubs never play.
const typeOf = (body: string, text: string, title = '') =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('players named by surname in a result told with its set scores', () => {
  it('reads both sides of "<A> beat <B> 6-4 6-3" as persons on a page with no sport word', () => {
    const body = 'Final .\nLONDON 1996-09-04\nKowalczyk beat Nadirov 6-4 6-3 in the final on Sunday .';

    expect(typeOf(body, 'Kowalczyk')).toBe('person');
    expect(typeOf(body, 'Nadirov')).toBe('person');
  });

  it('reads a surname that is an ordinary word as the player too', () => {
    expect(typeOf('Sinner beat Nadirov 6-4 7-6 (7-5) in the final in Turin.', 'Sinner', 'Tennis')).toBe(
      'person',
    );
  });

  it('reads the winner after "lost to" as a person', () => {
    expect(typeOf('Nadirov lost to Kowalczyk 6-2 6-1 on Saturday .', 'Kowalczyk', 'Result')).toBe('person');
  });

  it('reads a single frame score as players only on a snooker page', () => {
    const body = 'Kowalczyk beat Nadirov 10-7 in the snooker final at the Crucible.';

    expect(typeOf(body, 'Nadirov', 'Snooker')).toBe('person');
  });

  it('leaves clubs beaten by one score to the club reading', () => {
    const body = 'SOCCER - LEAGUE .\nLONDON 1996-09-04\nBarnsley beat Stockport 2-1 on Saturday .';

    expect(typeOf(body, 'Stockport')).not.toBe('person');
  });

  it("reads a tennis player's next opponent as a person", () => {
    const body = 'Kowalczyk beat Nadirov 6-4 6-3 in the quarter-final. Kowalczyk will now face Federer.';

    expect(typeOf(body, 'Federer', 'Tennis')).toBe('person');
  });

  it("keeps a people's word before a player its own reading", () => {
    const found = entitiesOf(
      'Slovakian Mira Kowalczyk beat Bulgarian Ana Nadirov 6-4 6-2 in the second round.',
      'Tennis',
    );

    expect(found.filter((e) => e.type === 'nationality').map((e) => e.name)).toEqual([
      'Bulgarian',
      'Slovakian',
    ]);
  });

  it('reads runs of a doubleheader as no sets', () => {
    const body = 'Final .\nLONDON 1996-09-04\nKowalczyk beat Nadirov 5-3 4-2 on Sunday .';

    expect(typeOf(body, 'Nadirov')).not.toBe('person');
  });
});
