import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

// Invented stories (session 56, ents56): firms named as objects or after "said it", places entered or likened,
// firms' abbreviated names, a headline's slug, ordinary-word headlines.
const typed = (body: string, title?: string) => typesOf(entitiesOf(body, title));
const names = (body: string, title?: string) =>
  entitiesOf(body, title)
    .map((e) => `${e.name}/${e.type}`)
    .sort();

describe('a firm named as the object of a market or a deal', () => {
  it('is a firm when investors trade it, even spelled as a given name', () => {
    // Arrange
    const body = 'Investors sold Mercedes and Apple on Tuesday as bond yields climbed.';

    // Act
    const types = typed(body);

    // Assert
    expect(types.get('Mercedes')).toEqual(['organization']);
    expect(types.get('Apple')).toEqual(['organization']);
  });

  it('is no firm when investors trade a people’s or a region’s market', () => {
    const found = names(
      'Investors sold Asian and European shares on Tuesday, funds bought Gulf debt and traders shunned Europe.',
    );

    expect(found).not.toContain('Asian/organization');
    expect(found).not.toContain('European/organization');
    expect(found).not.toContain('Gulf/organization');
    expect(found).not.toContain('Europe/organization');
  });

  it('is a firm when investors trade its shares', () => {
    expect(typed('Investors sold Kelvane shares on Tuesday.').get('Kelvane')).toEqual(['organization']);
  });

  it('is a firm when a deal values it at a sum, off the sports pages', () => {
    const types = typed('Analysts said the offer values Mercedes at $40bn, well above its market price.');

    expect(types.get('Mercedes')).toEqual(['organization']);
  });

  it('is a firm when "it" takes it up with what a firm did to what a firm owns', () => {
    const types = typed('Kelvane said it sold its stake in the refinery to a local group for $200 million.');

    expect(types.get('Kelvane')).toEqual(['organization']);
  });

  it('is a firm when a brand word is capitalised inside a sentence', () => {
    const types = typed('The regulator fined Apple on Tuesday over its app store rules.');

    expect(types.get('Apple')).toEqual(['organization']);
  });

  it('leaves a brand word that labels a table line alone', () => {
    const types = typed('Net profit 1.2 mln vs 0.9 mln\n    Note: Year-ago figures restated.');

    expect(types.has('Note')).toBe(false);
  });
});

describe('a place frame that a firm stands in', () => {
  it('reads a firm entered "as a trainee" as the firm, not a town', () => {
    const types = typed('Harlow entered Kelvane in 1990 as a trainee and rose to chief executive in 2008.');

    expect(types.get('Kelvane')).toEqual(['organization']);
  });

  it('keeps a town that troops entered', () => {
    const types = typed('Rebels entered Kelmora on Sunday after a week of fighting.');

    expect(types.get('Kelmora')).toEqual(['place']);
  });
});

describe('a town likened to', () => {
  it('names no place in "has become a Mecca for cyclists"', () => {
    const types = typed('The small town has become a Mecca for cyclists from across the region.');

    expect(types.has('Mecca')).toBe(false);
  });

  it('keeps the town where it is one: "pilgrims travelled to Mecca", "a Portland, Ore., company"', () => {
    expect(typed('Millions of pilgrims travelled to Mecca for the haj this week.').get('Mecca')).toEqual([
      'place',
    ]);
    expect(typed('He joined a Portland, Ore., company in 1990.').get('Portland')).toEqual(['place']);
  });
});

describe('a firm named in full and by its first word', () => {
  it('joins "Elf" to "Elf Aquitaine", a firm named with its home region', () => {
    const found = names('Shares of Elf Aquitaine rose 3 percent. Elf said profits would rise next year.');

    expect(found).toEqual(['Elf Aquitaine/organization']);
  });

  it('keeps the firm\'s first word the firm where "it" takes it up, beside a person of the same name', () => {
    const found = names(
      'Dorvell Partnership Ltd said it bought a stake in Kelvane Inc. Dorvell said it would sell its shares. ' +
        'Its general partner is investor Alan Dorvell.',
    );

    expect(found).toContain('Alan Dorvell/person');
    expect(
      entitiesOf(
        'Dorvell Partnership Ltd said it bought a stake. Dorvell said it would sell its shares. Its ' +
          'general partner is investor Alan Dorvell.',
      )
        .find((e) => e.name === 'Dorvell Partnership Ltd')
        ?.mentions.map((m) => m.text),
    ).toEqual(['Dorvell Partnership Ltd', 'Dorvell']);
  });

  it('keeps an abbreviated word of the name and its legal form: "Kelvane Mfg. Co."', () => {
    const found = names('Kelvane Mfg. Co. said on Monday it would close its plant.');

    expect(found).toEqual(['Kelvane Mfg. Co./organization']);
  });
});

describe('headlines', () => {
  it('reads "Fed up" before the people it describes as no central bank', () => {
    expect(names('Farmers blocked roads.', 'Fed Up Farmers Block Roads')).toEqual([]);
    expect(names('Fed up farmers blocked roads with tractors on Monday.')).toEqual([]);
  });

  it('keeps the Fed that is "up" to a figure', () => {
    // Each text names the bank only as "Fed up …": the figure or the preposition after "up" is what keeps it.
    for (const body of [
      'Rates rose on Wednesday, Fed up to 5.5 percent.',
      'Rates rose on Wednesday, Fed up 25 basis points.',
    ])
      expect(names(body)).toContain('Federal Reserve/organization');
  });

  it('reads a headline of ordinary words only as no name: "Factory Closes"', () => {
    expect(
      names('The plant, which employed 300 people, shut its doors on Friday.', 'Factory Closes'),
    ).toEqual([]);
  });

  it("reads the word after a headline slug's dash as the headline's first word", () => {
    const types = typed('Asian Tin - Lacklustre trade seen lasting .\nSINGAPORE 2026-12-07\nTin was quiet .');

    expect(types.has('Lacklustre')).toBe(false);
  });

  it('reads an abbreviation before "Cup" in a title-case headline as no body of its own', () => {
    const types = typed('The third round draw paired the holders with a lower-league side.', 'FA Cup Draw');

    expect(types.has('FA')).toBe(false);
  });
});
