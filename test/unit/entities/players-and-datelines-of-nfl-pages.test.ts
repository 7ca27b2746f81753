import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented stories (session 36, nfl36): an NFL game report's dateline, headline surname and players.
const typeOf = (body: string, text: string, title?: string) =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('an NFL game report', () => {
  it("reads the dateline's state after its town as a place, not a club", () => {
    const title = 'Chargers edge Raiders as Herbert throws two touchdowns';
    const body =
      'GLENDALE, Arizona (AP) — Justin Herbert threw two touchdown passes and the Los Angeles Chargers beat the ' +
      'Las Vegas Raiders 20-17 on Sunday. Herbert completed 22 of 30 passes.';

    expect(typeOf(body, 'Arizona', title)).toBe('place');
  });

  it('joins a headline surname that names a town to the person the body names in full', () => {
    const title = 'Cowboys beat Giants as Prescott throws three touchdowns';
    const body =
      'EAST RUTHERFORD, N.J. (AP) — Dak Prescott threw three touchdown passes and the Dallas Cowboys beat the ' +
      'New York Giants 27-20 on Sunday. Prescott completed 24 of 31 passes.';

    const names = entitiesOf(body, title).map((e) => `${e.name}/${e.type}`);

    expect(names).toContain('Dak Prescott/person');
    expect(names.filter((n) => n.startsWith('Prescott/'))).toEqual([]);
  });

  it('reads a given name and an ordinary word before a verb of play as the player', () => {
    const body =
      'Jordan Love threw two touchdown passes as the Green Bay Packers beat the Chicago Bears 24-10 in the NFL on ' +
      'Sunday. The Packers defence intercepted three passes and the linebackers sacked the quarterback twice.';

    expect(typeOf(body, 'Jordan Love', 'Packers beat Bears')).toBe('person');
  });

  it('reads a given name and an ordinary word coordinated with a club as the player', () => {
    const body =
      'The Detroit Lions beat the Minnesota Vikings 30-24 on Sunday with two touchdowns in the fourth quarter. ' +
      'Jordan Love and the Green Bay Packers lost to the Chicago Bears, whose defence sacked him five times.';

    expect(typeOf(body, 'Jordan Love', 'Lions beat Vikings with two fourth-quarter touchdowns')).toBe(
      'person',
    );
  });

  it('keeps a club named by a town and a side word a club before a verb of play', () => {
    const body = 'Sydney City completed a 3-1 win over Brisbane Roar on Saturday, their third in a row.';

    expect(typeOf(body, 'Sydney City', 'Sydney win')).not.toBe('person');
  });

  it('leaves a firm named by a given name and a word a firm off the sports page, whatever it completed', () => {
    const body =
      'Victoria Gold completed the sale of its mine in Yukon, the miner said. Jordan Aviation completed the ' +
      'purchase of two Boeing jets, the Amman-based carrier said.';

    expect(typeOf(body, 'Victoria Gold')).not.toBe('person');
    expect(typeOf(body, 'Jordan Aviation')).not.toBe('person');
  });
});
