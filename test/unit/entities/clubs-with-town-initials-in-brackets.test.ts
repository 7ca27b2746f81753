import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const results =
  'SOCCER - SERBIAN LEAGUE RESULTS .\nBELGRADE 1996-10-12\nResults of league matches on Saturday :\n' +
  'Sloga 2 Jedinstvo ( P ) 0\nJedinstvo ( BP ) 1 Napredak 1\nStandings :\nJedinstvo ( P ) 4 2 1 1 8 5 7';

describe('a club written with its town initial in brackets on a results line', () => {
  it('keeps the bracketed initial in the club name, so two clubs of one name stay apart', () => {
    const mentions = entitiesOf(results)
      .filter((e) => e.type === 'organization')
      .flatMap((e) => e.mentions.map((m) => m.text));

    expect(mentions).toEqual(expect.arrayContaining(['Jedinstvo ( P )', 'Jedinstvo ( BP )']));
    expect(mentions).not.toContain('BP');
  });

  it('leaves a bracket that holds no score after it alone', () => {
    const entities = entitiesOf('Sloga ( P ) will play Napredak on Sunday .');

    expect(entities.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('Sloga ( P )');
  });

  it("leaves a stock table's ticker out of the firm's name (read51 R22)", () => {
    const mentions = entitiesOf('Stocks .\nNEW YORK 1996-10-12\nGeneral Electric ( GE ) 85 1/2 , up 1/4 .')
      .filter((e) => e.type === 'organization')
      .flatMap((e) => e.mentions.map((m) => m.text));

    expect(mentions).toContain('General Electric');
    expect(mentions).not.toContain('General Electric ( GE )');
  });

  it('keeps two letters only where the page writes the club otherwise, not a code after both sides (read51 R22)', () => {
    const mentions = entitiesOf(
      'SOCCER - CUP RESULTS .\nGLASGOW 1996-10-12\nResults of cup matches on Saturday :\nCeltic ( SC ) 2 Rangers ( SC ) 1',
    )
      .filter((e) => e.type === 'organization')
      .flatMap((e) => e.mentions.map((m) => m.text));

    expect(mentions).toEqual(expect.arrayContaining(['Celtic', 'Rangers']));
    expect(mentions).not.toContain('Celtic ( SC )');
    expect(mentions).not.toContain('SC');
  });
});
