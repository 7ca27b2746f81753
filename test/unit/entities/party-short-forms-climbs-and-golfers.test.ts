import { describe, expect, it } from 'vitest';
import { entitiesOf, entityWith, typesOf } from './entities-of.js';

describe('party short forms, stage-race climbs and golfers named by ordinary words', () => {
  it('reads "Lib Dems" and "Lib Dem" as the Liberal Democrats, one party with the full name', () => {
    // Arrange
    const title = 'Lib Dems target seats in the south west';
    const body =
      'The Liberal Democrats have unveiled plans to win seats in Devon. Lib Dem leader Charles Kennedy said the ' +
      'Lib Dems needed a small swing.';

    // Act
    const party = entityWith(body, 'Lib Dems', title);

    // Assert
    expect(party).toBeDefined();
    expect(party!.startsWith('organization:liberal-democrats:')).toBe(true);
    expect(party!.split(': ')[1]!.split(' | ')).toEqual(
      expect.arrayContaining(['Lib Dems', 'Liberal Democrats', 'Lib Dem']),
    );
  });

  it('types the Col du Tourmalet, Alpe d\'Huez, Plateau de Beille and Mont Ventoux as places, "Col" no colonel', () => {
    // Arrange
    const body =
      'The stage finishes on Mont Ventoux. On Thursday the riders climb the Col du Tourmalet, then the Col de la ' +
      "Madeleine. Armstrong won at Alpe d'Huez and again at Plateau de Beille.";

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('Mont Ventoux')).toEqual(['place']);
    expect(types.get('Col du Tourmalet')).toEqual(['place']);
    expect(types.get('Col de la Madeleine')).toEqual(['place']);
    expect(types.get("Alpe d'Huez")).toEqual(['place']);
    expect(types.get('Plateau de Beille')).toEqual(['place']);
    expect(types.has('du Tourmalet')).toBe(false);
  });

  it('keeps "Col" a colonel\'s title before a name without a particle', () => {
    // Arrange
    const body = 'Col Gaddafi told the rally in Tripoli that he would never leave Libya.';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('Gaddafi')).toEqual(['person']);
  });

  it('reads "Tiger Woods" as a person when his surname alone speaks of himself later in the story', () => {
    // Arrange
    const body = 'Tiger Woods won the Masters by 12 shots. Woods said he was thrilled with his putting.';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('Tiger Woods')).toEqual(['person']);
  });

  it('keeps the whole name before a hyphened participle: "the Michael Stoute-trained colt", "Gordon Brown-led"', () => {
    // Arrange
    const body =
      'The Michael Stoute-trained colt won the race at Epsom. The Gordon Brown-led government faced a revolt, and ' +
      'the Bear Stearns-led group made a bid.';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('Michael Stoute')).toEqual(['person']);
    expect(types.get('Gordon Brown')).toEqual(['person']);
    expect(types.has('Michael')).toBe(false);
    expect(types.get('Bear Stearns')).not.toEqual(['person']);
  });

  it("merges a capitals headline's surname that is also a people's or a place's word with the body's person", () => {
    // Arrange
    const cases = [
      {
        title: 'GOLF - NORMAN TAKES LEAD',
        body: 'AKRON, Ohio 1996-08-23\nAustralian Greg Norman took the lead on Friday. Norman shot a 66.',
        surname: 'NORMAN',
        id: 'person:greg-norman',
      },
      {
        title: 'TENNIS - MARTIN UPSETS CHANG',
        body: 'WASHINGTON 1996-08-23\nTodd Martin beat Michael Chang 6-3 6-4 on Friday.',
        surname: 'CHANG',
        id: 'person:michael-chang',
      },
      {
        title: "ZAMBIA'S CHILUBA TO VISIT MALAWI",
        body: 'LUSAKA 1996-08-21\nZambian President Frederick Chiluba will visit Malawi next week.',
        surname: 'CHILUBA',
        id: 'person:frederick-chiluba',
      },
    ];

    // Act
    const found = cases.map((c) => entityWith(c.body, c.surname, c.title));

    // Assert
    expect(found.map((line) => line?.split(': ')[0])).toEqual(cases.map((c) => c.id));
  });
});
