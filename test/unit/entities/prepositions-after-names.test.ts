import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function peopleOf(body: string, language: string) {
  return tagArticle({ title: '', body, language })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);
}

describe('prepositions and party names after a full name in other languages', () => {
  it('ends an Italian name at "al" before a place', () => {
    const people = peopleOf(
      'Il presidente della Repubblica Sergio Mattarella al Quirinale ha ricevuto oggi la presidente del Consiglio.',
      'it',
    );

    expect(people).toContain('Sergio Mattarella');
    expect(people).not.toContain('Sergio Mattarella al Quirinale');
  });

  it('ends a Spanish name at "al" before an institution', () => {
    const people = peopleOf(
      'El presidente Pedro S\u00e1nchez al Congreso de los Diputados explic\u00f3 el plan de vivienda.',
      'es',
    );

    expect(people).toContain('Pedro S\u00e1nchez');
  });

  it('keeps "al" inside an Arabic name that follows a given name alone', () => {
    const people = peopleOf('El empresario Mohamed al Fayed muri\u00f3 en Londres a los 94 a\u00f1os.', 'es');

    expect(people).toContain('Mohamed al Fayed');
  });

  it('keeps "al" inside an Arabic name of two given words', () => {
    const people = peopleOf(
      'Il presidente egiziano Abdel Fattah al Sisi ha ricevuto il ministro. Abu Bakr al Baghdadi era il capo.',
      'it',
    );

    expect(people).toEqual(expect.arrayContaining(['Abdel Fattah al-Sisi', 'Abu Bakr al Baghdadi']));
  });

  it('ends a name at "al" before a city the gazetteer knows', () => {
    const people = peopleOf(
      'Il segretario generale Ahmed Aboul Gheit al Cairo ha incontrato i ministri.',
      'it',
    );

    expect(people).toContain('Ahmed Aboul Gheit');
  });

  it('ends a Dutch name at "van" before a party written with capitals inside', () => {
    const people = peopleOf(
      'Frans Timmermans van GroenLinks-PvdA erkende zijn nederlaag na de verkiezingen.',
      'nl',
    );

    expect(people).toEqual(['Frans Timmermans']);
  });

  it('keeps "van der" inside a Dutch surname', () => {
    const people = peopleOf('Minister Caroline van der Plas sprak met boeren in Drenthe.', 'nl');

    expect(people).toContain('Caroline van der Plas');
  });
});

describe('an acronym before a lower-case word is a modifier, not part of a name', () => {
  it('finds the leader after a Dutch party-leader compound', () => {
    const people = peopleOf('PVV-leider Geert Wilders heeft de verkiezingen gewonnen.', 'nl');

    expect(people).toEqual(['Geert Wilders']);
  });

  it('finds the person after an English acronym compound', () => {
    const people = peopleOf('The AI-powered tool was built by engineer Saoirse Dunleavy in Dublin.', 'en');

    expect(people).toContain('Saoirse Dunleavy');
  });
});

describe('Arabic names in articles of other languages', () => {
  it('keeps a newsmaker whose surname carries the hyphened article', () => {
    const people = peopleOf('El presidente Bashar al-Assad habl\u00f3 el lunes en Damasco.', 'es');

    expect(people).toContain('Bashar al-Assad');
  });

  it('keeps a newsmaker whose article is written apart', () => {
    const people = peopleOf('Il presidente Bashar al Assad ha parlato luned\u00ec a Damasco.', 'it');

    expect(people).toContain('Bashar al-Assad');
  });
});
