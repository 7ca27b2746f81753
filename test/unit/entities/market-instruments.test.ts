import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

/** The type of the entity holding a mention written so ("Bunds" joins "Bund": a thing's plural is the thing). */
const typeOf = (entities: ReturnType<typeof entitiesOf>, name: string) =>
  entities.find((e) => e.name === name || e.mentions.some((m) => m.text === name))?.type;

describe('bonds, interbank rates and futures in market copy', () => {
  it('are instruments, not bodies', () => {
    const entities = entitiesOf(
      'Bunds slipped as BTP yields rose. The December Bund future fell, Euribor futures firmed and three-month LIBOR edged up. Cocoa futures rallied.',
    );

    expect(typeOf(entities, 'Bunds')).toBe('other');
    expect(typeOf(entities, 'BTP')).toBe('other');
    expect(typeOf(entities, 'Bund')).toBe('other');
    expect(typeOf(entities, 'Euribor')).toBe('other');
    expect(typeOf(entities, 'LIBOR')).toBe('other');
  });

  it("leaves a firm's or a person's future and an exchange before futures alone", () => {
    const entities = entitiesOf(
      "Talks on Stellantis's future resumed in Turin, Stellantis said. NYMEX futures closed early, NYMEX said.",
    );

    expect(typeOf(entities, 'Stellantis')).toBe('organization');
    expect(typeOf(entities, 'NYMEX')).toBe('organization');
  });
});
