import { describe, expect, it } from 'vitest';
import { entitiesOf, mentionsOf } from './entities-of.js';

/** "name/type" of each entity the recogniser finds in a body. */
function typed(body: string): string[] {
  return entitiesOf(body).map((e) => `${e.name}/${e.type}`);
}

describe('a site named before its noun (review26 #34 #37 #41)', () => {
  it('is a place before a dam, a mine, a bridge or a field of what it yields', () => {
    // Arrange
    const body =
      'Villages were flooded after the Orvala dam near the border gave way. Minera Sur said its El Caracol ' +
      'mine would reopen, and output rose at the Pampa Honda shale field and the Kestrel copper mine.';
    // Act
    const names = typed(body);
    // Assert
    for (const site of ['Orvala', 'El Caracol', 'Pampa Honda', 'Kestrel'])
      expect(names).toContain(`${site}/place`);
  });

  it('is a place before a refinery, a stadium or a power plant', () => {
    // Arrange
    const body =
      'Fire broke out at the Kaleva refinery on Monday. Fans at Ellwood stadium cheered, and the Kuda ' +
      'power plant shut down.';
    // Act
    const names = typed(body);
    // Assert
    for (const site of ['Kaleva', 'Ellwood', 'Kuda']) expect(names).toContain(`${site}/place`);
  });

  it('keeps a firm the list knows before a refinery or a nuclear plant the firm (read26 F5)', () => {
    // Arrange
    const body =
      'The Rosatom nuclear plant in Turkey was unaffected, and the Reliance refinery restarted a unit on ' +
      'Monday, engineers said.';
    // Act
    const names = typed(body);
    // Assert
    expect(names).toContain('Rosatom/organization');
    expect(names).not.toContain('Rosatom/place');
    expect(names).not.toContain('Reliance/place');
  });

  it("keeps a firm's initials before a site's noun the firm", () => {
    // Arrange
    const body = 'Workers at the KGR copper mine went on strike on Monday, the union said.';
    // Act
    const names = typed(body);
    // Assert
    expect(names).toContain('KGR/organization');
  });
});

describe('a research body named before "institute" (review26 #38)', () => {
  it('is an organisation', () => {
    // Arrange
    const body = 'Economists at the Zorbel institute in Munich said business morale fell in May.';
    // Act
    const names = typed(body);
    // Assert
    expect(names).toContain('Zorbel/organization');
  });
});

describe('heavenly bodies and craft (review26 #40)', () => {
  it('are things after "planet" or "constellation", and a listed name is the craft after its owner', () => {
    // Arrange
    const body =
      'Astronomers said the planet TOI-990b, seen in the constellation Leo, may hold water. ' +
      'SpaceX launched its Starship rocket from Texas on Tuesday.';
    // Act
    const names = typed(body);
    // Assert
    expect(names).toContain('TOI-990b/other');
    expect(names).toContain('Leo/other');
    expect(names).toContain('Starship/other');
    expect(names).toContain('SpaceX/organization');
  });
});

describe('events and classes of sport (review26 #33 #35 #45)', () => {
  it('reads a numbered climate conference as an event, Formula One as no place, and Twenty20 as no name', () => {
    // Arrange
    const body =
      'Ministers met at the COP31 summit on Monday. At COP30 in Belem they had failed. ' +
      'He became the youngest winner in Formula One history. Kenya will play a three-match Twenty20 ' +
      'series against Nepal.';
    // Act
    const entities = entitiesOf(body);
    const names = entities.map((e) => `${e.name}/${e.type}`);
    // Assert
    expect(names).toContain('COP31/event');
    expect(names).toContain('COP30/event');
    expect(names).toContain('Formula One/other');
    expect(entities.some((e) => e.name === 'Twenty20')).toBe(false);
  });
});

describe("a body the team's list knows by its full name (review26 #37)", () => {
  it('is an organisation whatever its head word', () => {
    // Arrange
    const body = 'The World Food Programme warned of hunger in the north. The UNDP said it would help.';
    // Act
    const entities = entitiesOf(body);
    // Assert
    expect(entities.find((e) => e.name === 'World Food Programme')?.type).toBe('organization');
    expect(entities.find((e) => e.mentions.some((m) => m.text === 'UNDP'))?.id).toBe(
      'organization:un-development-programme',
    );
  });
});

describe("a region's people (review26 #42)", () => {
  it("is a nationality, as a country's people is", () => {
    // Arrange
    const body =
      'European carmakers warned of job cuts. Middle Eastern producers raised output, Latin American ' +
      'banks lent more and Arab states met, while many Africans and Asian investors waited.';
    // Act
    const ids = entitiesOf(body)
      .filter((e) => e.type === 'nationality')
      .map((e) => e.id);
    // Assert
    expect(ids).toEqual(
      expect.arrayContaining([
        'nationality:european',
        'nationality:middle-eastern',
        'nationality:latin-american',
        'nationality:arab',
        'nationality:african',
        'nationality:asian',
      ]),
    );
  });
});

describe("a country's word before crude oil (review26 #43)", () => {
  it('is the nationality or the country, not a grade of oil as Brent is', () => {
    // Arrange
    const body =
      'Ministers lowered the price cap on Russian crude oil on Friday. Refiners bought Iraqi crude and ' +
      'Iran crude, while Brent crude fell.';
    // Act
    const byName = new Map(entitiesOf(body).map((e) => [e.name, e.id]));
    // Assert
    expect(byName.get('Russian')).toBe('nationality:ru');
    expect(byName.get('Iraqi')).toBe('nationality:iq');
    expect(byName.get('Iran')).toBe('place:iso:IR');
    expect(byName.get('Brent')).toBe('other:brent');
  });
});

describe('a water named again without its head word (review26 #44)', () => {
  it('joins the full name, unless the short name is a state the gazetteer knows', () => {
    // Arrange
    const sea = 'Patrols crossed the Aegean Sea on Monday. Storms in the Aegean closed two ports.';
    const state = 'Barges on the Mississippi River stopped. Mississippi voters went to the polls.';
    // Act
    const seas = mentionsOf(sea);
    const states = mentionsOf(state);
    // Assert
    expect(seas).toEqual(['place:aegean-sea: Aegean Sea | Aegean']);
    expect(states).toHaveLength(2);
  });

  it('joins the full name on a page of many places too (where the places are looked up by first word)', () => {
    // Arrange: more places than merge.ts reads one by one before it indexes them.
    const cities =
      'Lyon Porto Seville Bilbao Turin Naples Genoa Bologna Krakow Gdansk Poznan Brno Graz Linz Basel Geneva ' +
      'Lausanne Ghent Bruges Utrecht Leiden Aarhus Bergen Tampere Uppsala Malmo Cork Galway';
    const body = `Patrols crossed the Aegean Sea on Monday. ${cities
      .split(' ')
      .map((city) => `Officials in ${city} met.`)
      .join(' ')} Storms in the Aegean closed two ports.`;
    // Act
    const found = mentionsOf(body).filter((line) => line.includes('Aegean'));
    // Assert
    expect(found).toEqual(['place:aegean-sea: Aegean Sea | Aegean']);
  });
});

describe('sports venues and teams (review26 #35 #36)', () => {
  it("reads Centre Court as a place and an ordinary word's possessive before a driver as the team", () => {
    // Arrange
    const body =
      'Verstappen won the Grand Prix on Sunday after starting 17th on the grid, 19 seconds ahead of ' +
      "Alpine's Esteban Ocon, with Pierre Gasly third in the race. Sinner beat Alcaraz on Centre Court.";
    // Act
    const names = typed(body);
    // Assert
    expect(names).toContain('Alpine/organization');
    expect(names).toContain('Centre Court/place');
  });
});
