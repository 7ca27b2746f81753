import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typesOf = (body: string, name: string) =>
  entitiesOf(body)
    .filter((e) => e.mentions.some((m) => m.text === name))
    .map((e) => e.type);

describe('a given name and a surname before "tactician"', () => {
  it("are a campaign's candidate, a person, off sailing stories", () => {
    const body = 'Kamala Harris tactician David Plouffe said on Monday the campaign would change course.';

    expect(typesOf(body, 'Kamala Harris')).toEqual(['person']);
  });

  it("leave a syndicate's two-word name an organisation", () => {
    const body = 'Ineos Britannia tactician Iain Percy said the light winds suited them on Monday.';

    expect(typesOf(body, 'Ineos Britannia')).toEqual(['organization']);
  });
});

describe("a sailing crew's role opening a sentence", () => {
  it("is the person's title, no word of the name", () => {
    const body =
      'Helmsman Nathan Outteridge steered the boat in the regatta. Tactician Iain Percy said the winds were light.';
    const names = entitiesOf(body).flatMap((e) => e.mentions.map((m) => m.text));

    expect(names).toEqual(expect.arrayContaining(['Nathan Outteridge', 'Iain Percy']));
    expect(names).not.toContain('Helmsman Nathan Outteridge');
  });
});
