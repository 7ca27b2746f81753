import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function peopleOf(body: string, language: string, title = '') {
  return tagArticle({ title, body, language }).entities.filter((e) => e.type === 'person');
}

describe('people named in a case form in Polish and Czech', () => {
  it('joins a declined full name to the person the article names in the nominative', () => {
    // Arrange
    const body =
      'Premier Donald Tusk przyjecha\u0142 do Gda\u0144ska. Po spotkaniu z Donaldem Tuskiem burmistrz ' +
      'powiedzia\u0142, \u017ce rozmowa by\u0142a dobra.';

    // Act
    const people = peopleOf(body, 'pl');

    // Assert
    expect(people.map((p) => p.id)).toEqual(['person:donald-tusk']);
    expect(people[0]?.mentions.map((m) => m.text)).toEqual(['Donald Tusk', 'Donaldem Tuskiem']);
  });

  it('names a declined newsmaker as an English story does, with the country his voice counts for', () => {
    const result = tagArticle({
      title: '',
      body: 'Prezydent rozmawia\u0142 w \u015brod\u0119 z Emmanuelem Macronem i z Olafem Scholzem o obronie.',
      language: 'pl',
    });

    const ids = result.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['person:emmanuel-macron', 'person:olaf-scholz']));
    expect(ids).not.toContain('person:emmanuelem-macronem');
    expect(result.countries.map((c) => c.code)).toContain('FR');
  });

  it('reads a name written only in case forms in the nominative, one person for both forms', () => {
    const people = peopleOf(
      'Delegacja spotka\u0142a si\u0119 z Tomaszem Kowalskim w Gda\u0144sku. Zdaniem Tomasza Kowalskiego ' +
        'projekt jest op\u0142acalny.',
      'pl',
    );

    expect(people.map((p) => [p.id, p.name])).toEqual([['person:tomasz-kowalski', 'Tomasz Kowalski']]);
    expect(people[0]?.mentions).toHaveLength(2);
  });

  it("gives a declined surname alone to the article's person of that surname", () => {
    const people = peopleOf(
      'Premi\u00e9r Petr Fiala jednal v Berl\u00edn\u011b. Podle Fialy je spolupr\u00e1ce dobr\u00e1. ' +
        'Fialovi pod\u011bkoval i ministr.',
      'cs',
    );

    const fiala = people.find((p) => p.id === 'person:petr-fiala');
    expect(fiala?.mentions.map((m) => m.text)).toEqual(['Petr Fiala', 'Fialy', 'Fialovi']);
    expect(people.map((p) => p.id)).not.toContain('person:podle-fialy');
  });

  it('cuts a Polish title and party before the name, so its case forms join it', () => {
    const people = peopleOf(
      'Prezes PiS Jaros\u0142aw Kaczy\u0144ski skrytykowa\u0142 rz\u0105d. Zdaniem Jaros\u0142awa ' +
        'Kaczy\u0144skiego polityka jest b\u0142\u0119dna.',
      'pl',
    );

    expect(people.map((p) => p.id)).toEqual(['person:jaroslaw-kaczynski']);
    expect(people[0]?.mentions.map((m) => m.text)).toEqual([
      'Jaros\u0142aw Kaczy\u0144ski',
      'Jaros\u0142awa Kaczy\u0144skiego',
    ]);
  });

  it('reads a Czech surname in -a in the instrumental, and the surname alone after it', () => {
    const people = peopleOf(
      'Ministr jednal v pond\u011bl\u00ed s premi\u00e9rem Petrem Fialou. Fiala uvedl, \u017ee sch\u016fzka ' +
        'byla v\u011bcn\u00e1.',
      'cs',
    );

    expect(people.map((p) => [p.id, p.name])).toEqual([['person:petr-fiala', 'Petr Fiala']]);
    expect(people[0]?.mentions.map((m) => m.text)).toEqual(['Petrem Fialou', 'Fiala']);
  });

  it('leaves a name in the nominative whose given name is also a case form ("Jana", a woman\'s name)', () => {
    const people = peopleOf(
      'Ministryn\u011b Jana Nov\u00e1kov\u00e1 to v pond\u011bl\u00ed potvrdila.',
      'cs',
    );

    expect(people.map((p) => p.name)).toEqual(['Jana Nov\u00e1kov\u00e1']);
  });

  it("reads a woman's name written only in case forms in the nominative, one person for both forms", () => {
    const people = peopleOf(
      'Rozmowa z Agnieszk\u0105 Kowalsk\u0105 trwa\u0142a dwie godziny. Wed\u0142ug Agnieszki Kowalskiej ' +
        'bud\u017cet jest bezpieczny.',
      'pl',
    );

    expect(people.map((p) => [p.id, p.name])).toEqual([['person:agnieszka-kowalska', 'Agnieszka Kowalska']]);
    expect(people[0]?.mentions.map((m) => m.text)).toEqual([
      'Agnieszk\u0105 Kowalsk\u0105',
      'Agnieszki Kowalskiej',
    ]);
  });

  it("reads a Czech woman's double surname in case forms, marks kept", () => {
    const people = peopleOf(
      'Podle Mark\u00e9ty Pekarov\u00e9 Adamov\u00e9 je rozpo\u010det v po\u0159\u00e1dku. Premi\u00e9r s ' +
        'Mark\u00e9tou Pekarovou Adamovou souhlasil.',
      'cs',
    );

    expect(people.map((p) => p.name)).toEqual(['Mark\u00e9ta Pekarov\u00e1 Adamov\u00e1']);
    expect(people[0]?.mentions).toHaveLength(2);
  });

  it('puts back the e a Polish given name loses when declined ("Jacka" of Jacek, not Jack)', () => {
    const people = peopleOf(
      'Premier rozmawia\u0142 z Jackiem Sasinem oraz z Leszkiem Millerem. Zdaniem Jacka Sasina rz\u0105d ' +
        'nie ma planu.',
      'pl',
    );

    expect(people.map((p) => p.name).sort()).toEqual(['Jacek Sasin', 'Leszek Miller']);
    expect(people.find((p) => p.name === 'Jacek Sasin')?.mentions).toHaveLength(2);
  });

  it('keeps a foreign given name whose stem ends as a Polish -ek name would ("Patricka" of Patrick)', () => {
    const people = peopleOf('Wed\u0142ug Patricka Harkera inflacja spada.', 'pl');

    expect(people.map((p) => p.name)).toEqual(['Patrick Harker']);
  });

  it('reads a Polish locative that softens the given name ("o Donaldzie Tusku")', () => {
    const people = peopleOf(
      'Pos\u0142owie rozmawiali o Donaldzie Tusku i o Robercie Kowalskim. Potem m\u00f3wiono o Piotrze Nowaku.',
      'pl',
    );

    expect(people.map((p) => p.id).sort()).toEqual([
      'person:donald-tusk',
      'person:piotr-nowak',
      'person:robert-kowalski',
    ]);
  });

  it('names both case forms of a man whose genitive given name is also a given name as one person ("Jana" of Jan)', () => {
    const people = peopleOf(
      'Minister rozmawia\u0142 w czwartek z Janem Wi\u015bniewskim i z Janem Nowakiem, prezesem kopalni. ' +
        'Wed\u0142ug Jana Nowaka wydobycie wzro\u015bnie.',
      'pl',
    );

    const nowak = people.filter((p) => p.name.endsWith('Nowak') || p.name.endsWith('Nowaka'));
    expect(nowak.map((p) => [p.id, p.name])).toEqual([['person:jan-nowak', 'Jan Nowak']]);
    expect(nowak[0]?.mentions.map((m) => m.text)).toEqual(['Janem Nowakiem', 'Jana Nowaka']);
  });
});
