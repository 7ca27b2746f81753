import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// A club named before a squad role and its holder (session 55, fixE55; wild54 ★1). Sentences are invented.
const typeOf = (body: string, text: string, title = '') =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('clubs before a squad role and a name', () => {
  it('reads a given name before "manager <Name>" as the club', () => {
    const body =
      'Chelsea manager Jose Mourinho expects the title race with Arsenal to go to the final weeks.';

    expect(typeOf(body, 'Chelsea', 'Title race')).toBe('organization');
    expect(typeOf(body, 'Jose Mourinho', 'Title race')).toBe('person');
  });

  it('reads towns that are surnames before "boss" or "manager" as clubs', () => {
    const body = 'Bradford boss Tom Harkin said nothing. Preston manager Sam Reed was angry.';

    expect(typeOf(body, 'Bradford', 'Derby day')).toBe('organization');
    expect(typeOf(body, 'Preston', 'Derby day')).toBe('organization');
  });

  it('reads a nickname before a coach as the club inside a sentence of a sports page', () => {
    const body = 'The fly-half could be a good option for Lions coach Sir Clive Woodward in the rugby tour.';

    expect(typeOf(body, 'Lions', 'Rugby union')).toBe('organization');
  });

  it('leaves a job word before "manager" alone', () => {
    const names = entitiesOf('Fund manager Jane Doe said bonds were cheap.', 'Bonds').map((e) => e.name);

    expect(names).not.toContain('Fund');
  });

  it('leaves the surname of a person named in full before "coach" alone', () => {
    const found = entitiesOf('Tiger Woods shot 68. Woods coach Sean Foley said he was pleased.', 'Golf');

    expect(found.some((e) => e.type === 'organization' && e.name === 'Woods')).toBe(false);
  });

  it('keeps a country before "manager" a place', () => {
    expect(typeOf('England manager Gareth Southgate named his squad.', 'England', 'Squad')).toBe('place');
  });
});
