import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function entitiesOf(body: string, language: string) {
  return tagArticle({ title: '', body, language }).entities;
}

describe('international and German bodies named in other languages', () => {
  it('gives a body named in Spanish or Polish the id an English story gives it', () => {
    const spanish = entitiesOf(
      'La Unión Europea y la OTAN celebraron una reunión. La Organización Mundial de la Salud advirtió sobre el brote.',
      'es',
    );
    const polish = entitiesOf('Unia Europejska zaostrzy sankcje, powiedział minister.', 'pl');

    expect(spanish.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'organization:european-union',
        'organization:nato',
        'organization:world-health-organization',
      ]),
    );
    expect(spanish.find((e) => e.id === 'organization:european-union')?.name).toBe('European Union');
    expect(polish.map((e) => e.id)).toContain('organization:european-union');
    expect(polish.map((e) => e.id)).not.toContain('person:unia-europejska');
  });

  it('reads a body after an article, elided or not, with the mention on the name alone', () => {
    const body = "Le secrétaire général de l'ONU a salué la décision.";
    const german = 'Der Bundestag hat am Dienstag die Reform beschlossen.';

    const un = entitiesOf(body, 'fr').find((e) => e.id === 'organization:united-nations');
    const bundestag = entitiesOf(german, 'de').find((e) => e.id === 'organization:bundestag');

    expect(un?.mentions.map((m) => m.text)).toEqual(['ONU']);
    expect(bundestag?.mentions.map((m) => m.text)).toEqual(['Bundestag']);
    expect(bundestag?.mentions[0]?.start).toBe(4);
  });

  it('keeps parties written as acronyms with a small letter', () => {
    const ids = entitiesOf(
      'Die AfD und die CDU kritisierten den Beschluss. Auch die PvdA in den Niederlanden.',
      'de',
    ).map((e) => e.id);

    expect(ids).toEqual(expect.arrayContaining(['organization:afd', 'organization:cdu']));
  });

  it('reads a Polish body in the genitive, and gives no German id to the Swiss Bundesrat', () => {
    const polish = entitiesOf(
      'Przewodnicząca Komisji Europejskiej odwiedziła siedzibę Unii Europejskiej w Brukseli.',
      'pl',
    );
    const swiss = entitiesOf(
      'BERN - Der Bundesrat hat am Mittwoch neue Sanktionen beschlossen, teilte die Schweiz mit.',
      'de',
    );

    expect(polish.map((e) => e.id)).toContain('organization:european-union');
    expect(polish.map((e) => e.id)).not.toContain('person:unii-europejskiej');
    expect(swiss.map((e) => e.id)).not.toContain('organization:bundesrat');
  });
});

describe("Spain's and Italy's parties, Poland's Sejm and Germany's unions (entities28)", () => {
  it('keeps the parties as their press names them, and the country apart from "Forza Italia"', () => {
    const spanish = entitiesOf('El PSOE perdió votos. El Partido Popular ganó en Madrid.', 'es');
    const italian = entitiesOf("In Italia, Fratelli d'Italia e Forza Italia hanno firmato un accordo.", 'it');

    expect(spanish.map((e) => e.id)).toEqual(
      expect.arrayContaining(['organization:psoe', 'organization:peoples-party-spain']),
    );
    expect(italian.map((e) => e.id)).toEqual(
      expect.arrayContaining(['organization:brothers-of-italy', 'organization:forza-italia', 'place:iso:IT']),
    );
    expect(italian.find((e) => e.id === 'organization:forza-italia')?.mentions.map((m) => m.text)).toEqual([
      'Forza Italia',
    ]);
  });

  it('reads "w Sejmie" as the Sejm and "w Gdańsku" as Gdańsk', () => {
    const polish = entitiesOf(
      'Premier przemawiał w Sejmie we wtorek. W Gdańsku protestowali stoczniowcy.',
      'pl',
    );

    expect(polish.map((e) => e.id)).toEqual(
      expect.arrayContaining(['organization:sejm', 'place:geonames:3099434']),
    );
  });

  it('reads IG Metall and the union Verdi as bodies, not people', () => {
    const german = entitiesOf(
      'Die Gewerkschaft Verdi rief am Montag zu Warnstreiks auf. Auch die IG Metall drohte mit Streiks.',
      'de',
    );

    expect(german.map((e) => e.id)).toEqual(
      expect.arrayContaining(['organization:verdi', 'organization:ig-metall']),
    );
    expect(german.filter((e) => e.type === 'person')).toEqual([]);
  });
});
