import { describe, expect, it } from 'vitest';
import { localDemonymMentions } from '../../../functions/core/countries/local-demonyms.js';
import type { CountryMention } from '../../../functions/core/countries/mentions.js';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareField } from '../../../functions/core/text/document.js';

// Invented items (names and places changed) whose country is named only by a nationality adjective of the
// article's language (review29 C4: "im Schweizer Kanton Wallis", "Die Schweizer Armee" gave no country).
const inFocus = (result: TagResult) => result.countries.filter((c) => c.focus).map((c) => c.code);
const codes = (result: TagResult) => result.countries.map((c) => c.code);

describe('nationality adjectives of articles in German, French, Spanish and Portuguese', () => {
  it('reads German "Schweizer" as Switzerland, in focus', () => {
    const result = tagArticle({
      title: 'Felssturz versch\u00fcttet Bergdorf',
      body:
        'Ein Felssturz hat ein Bergdorf im Schweizer Kanton Graub\u00fcnden teilweise versch\u00fcttet. Die Schweizer ' +
        'Armee half mit Helikoptern bei der R\u00e4umung, teilte die Polizei mit.',
    });

    expect(result.language).toBe('de');
    expect(inFocus(result)).toEqual(['CH']);
  });

  it('reads French "suisse" after the noun as Switzerland', () => {
    const result = tagArticle({
      title: 'L\u2019arm\u00e9e suisse appel\u00e9e en renfort apr\u00e8s un \u00e9boulement',
      body:
        'L\u2019arm\u00e9e suisse a \u00e9t\u00e9 appel\u00e9e en renfort apr\u00e8s un \u00e9boulement qui a coup\u00e9 l\u2019acc\u00e8s \u00e0 une vall\u00e9e. ' +
        'Les autorit\u00e9s ont \u00e9vacu\u00e9 deux villages menac\u00e9s par les masses de roche.',
    });

    expect(result.language).toBe('fr');
    expect(inFocus(result)).toEqual(['CH']);
  });

  it('reads Spanish "peruano", "peruanas" as Peru', () => {
    const result = tagArticle({
      title: 'El Gobierno peruano declara la emergencia en cinco regiones',
      body:
        'El Gobierno peruano declar\u00f3 el estado de emergencia en cinco regiones del norte. Las autoridades ' +
        'peruanas enviaron ayuda a las zonas afectadas, mientras el presidente pidi\u00f3 calma.',
    });

    expect(result.language).toBe('es');
    expect(inFocus(result)).toEqual(['PE']);
  });

  it('reads Portuguese "alem\u00e3" and "brasileira" as Germany and Brazil', () => {
    const result = tagArticle({
      title: 'Fabricante alem\u00e3 compra f\u00e1brica brasileira',
      body:
        'A fabricante alem\u00e3 de autom\u00f3veis anunciou a compra de uma f\u00e1brica brasileira de pe\u00e7as. O investimento ' +
        'vai criar 800 empregos, segundo a empresa.',
    });

    expect(result.language).toBe('pt');
    expect(codes(result)).toEqual(expect.arrayContaining(['DE', 'BR']));
  });

  it('reads a German surname that is also a nationality as the person, not the country', () => {
    const result = tagArticle({
      title: 'Trainer Thomas Schweizer verl\u00e4sst den Verein',
      body:
        'Der Verein trennt sich von Trainer Thomas Schweizer. Schweizer hatte die Mannschaft vor zwei Jahren ' +
        '\u00fcbernommen, teilte der Klub am Montag mit.',
    });

    expect(result.language).toBe('de');
    expect(codes(result)).not.toContain('CH');
  });

  it('reads a language named after "en", "em", "la langue" as the language, not a second country (read29 F-r)', () => {
    const mexico = tagArticle({
      title: 'El Gobierno mexicano lanza una app en espa\u00f1ol y en lenguas ind\u00edgenas',
      body:
        'El Gobierno mexicano present\u00f3 una aplicaci\u00f3n de salud disponible en espa\u00f1ol y en n\u00e1huatl. ' +
        'Las autoridades mexicanas dijeron que llegar\u00e1 a tres millones de usuarios este a\u00f1o.',
    });
    const quebec = tagArticle({
      title: 'Le Qu\u00e9bec renforce la loi sur la langue fran\u00e7aise',
      body:
        'Le gouvernement canadien a r\u00e9agi mardi \u00e0 la r\u00e9forme qui impose l\u2019affichage en fran\u00e7ais. ' +
        'Les entreprises canadiennes auront deux ans pour se conformer.',
    });

    expect(codes(mexico)).not.toContain('ES');
    expect(inFocus(mexico)).toEqual(['MX']);
    expect(codes(quebec)).not.toContain('FR');
  });
});

// review31 C6: "ha battuto lo spagnolo Carlos Alcaraz" gave no Spain, where English "Spain's" does.
describe('nationality adjectives of articles in Italian', () => {
  it('reads "svizzera", "svizzeri" as Switzerland, in focus', () => {
    const result = tagArticle({
      title: 'Frana travolge un villaggio di montagna',
      body:
        'Una frana ha travolto un villaggio di montagna nel cantone svizzero dei Grigioni. La polizia svizzera ha ' +
        'evacuato trecento persone e i soccorritori svizzeri cercano due dispersi, hanno detto le autorit\u00e0.',
    });

    expect(result.language).toBe('it');
    expect(inFocus(result)).toEqual(['CH']);
  });

  it('reads "lo spagnolo" before a player\u2019s name as Spain', () => {
    const result = tagArticle({
      title: 'Moretti vince il torneo di casa',
      body:
        'Luca Moretti ha battuto lo spagnolo Pablo Herrera 6-4 7-5 nella finale del torneo e ha vinto il titolo ' +
        'per la seconda volta. "Vincere qui \u00e8 speciale", ha detto Moretti dopo la partita.',
    });

    expect(result.language).toBe('it');
    expect(codes(result)).toContain('ES');
  });

  it('reads hardened plurals and elided articles: "tedeschi", "dell\u2019olandese"', () => {
    const result = tagArticle({
      title: 'Turisti bloccati in montagna',
      body:
        'Un gruppo di turisti tedeschi \u00e8 rimasto bloccato per due giorni in montagna a causa della neve. ' +
        'La guida dell\u2019olandese Jan Visser ha chiamato i soccorsi, che hanno raggiunto il rifugio luned\u00ec.',
    });

    expect(result.language).toBe('it');
    expect(codes(result)).toEqual(expect.arrayContaining(['DE', 'NL']));
  });

  it('reads a language named after "in" as the language, not a country', () => {
    const result = tagArticle({
      title: 'Il governo svizzero pubblica le regole in inglese',
      body:
        'Il governo svizzero ha pubblicato le nuove regole anche in inglese per le aziende straniere. Le autorit\u00e0 ' +
        'svizzere hanno detto che le norme entreranno in vigore a gennaio.',
    });

    expect(codes(result)).not.toContain('GB');
    expect(inFocus(result)).toEqual(['CH']);
  });
});

describe('nationality adjectives of articles in Dutch and Polish (review33 C8)', () => {
  it('reads Dutch "Russische" as Russia and pairs it with the country it flew over', () => {
    const result = tagArticle({
      title: 'Russische drones boven Polen',
      body:
        'WARSCHAU (ANP) - Poolse gevechtsvliegtuigen hebben vannacht Russische drones neergeschoten boven het ' +
        'oosten van het land, zei de premier. De regering riep de ambassadeur op het matje.',
    });

    expect(result.language).toBe('nl');
    expect(codes(result)).toContain('RU');
    expect(result.countryPairs.map((p) => p.pair)).toContain('PL-RU');
  });

  it('reads Polish "rosyjskie" and "rosyjskich" as Russia, in focus', () => {
    const result = tagArticle({
      title: 'Rosyjskie drony nad Polsk\u0105',
      body:
        'WARSZAWA (PAP) - Polskie my\u015bliwce zestrzeli\u0142y w nocy kilka rosyjskich dron\u00f3w, kt\u00f3re ' +
        'naruszy\u0142y przestrze\u0144 powietrzn\u0105 kraju - poinformowa\u0142 premier.',
    });

    expect(result.language).toBe('pl');
    expect(inFocus(result)).toContain('RU');
  });

  it('keeps the Dutch given name Frans a name, not France', () => {
    const result = tagArticle({
      title: 'Timmermans kritisch over kabinet',
      body:
        'DEN HAAG (ANP) - Oppositieleider Frans Timmermans noemde de begroting van het kabinet woensdag ' +
        'onverantwoord. Volgens Timmermans schiet het plan tekort voor de zorg en het onderwijs.',
    });

    expect(codes(result)).not.toContain('FR');
  });
});

// read33 F1: the Dutch and Polish adjectives also fired on languages and set phrases.
describe('Dutch and Polish nationality words that name a language or a set phrase (read33 F1)', () => {
  it('reads bare Dutch "Duits", "Turks" before "en" or a full stop as languages, not countries', () => {
    const result = tagArticle({
      title: 'Cursus Duits populair bij werkzoekenden in Enschede',
      body:
        'ENSCHEDE - Steeds meer werkzoekenden volgen een cursus Duits om over de grens te kunnen werken. Ook ' +
        'Turks en Arabisch worden veel gevraagd bij de volksuniversiteit, zegt de directeur.',
    });

    expect(result.language).toBe('nl');
    expect(codes(result)).not.toContain('DE');
    expect(codes(result)).not.toContain('TR');
  });

  it('reads "Turks fruit", "Chinees restaurant", "Spaanse griep" as set phrases, not countries', () => {
    const result = tagArticle({
      title: 'Eigenaar van Chinees restaurant in Zwolle wint rechtszaak',
      body:
        'ZWOLLE - De eigenaar van een Chinees restaurant heeft een rechtszaak tegen de gemeente gewonnen. Hij ' +
        'vierde het met een vertoning van Turks fruit en een lezing over de Spaanse griep in het museum ernaast.',
    });

    expect(result.language).toBe('nl');
    expect(codes(result)).toEqual(['NL']);
  });

  it('keeps a bare Dutch adjective before its noun a country: "een Amerikaans bedrijf"', () => {
    const result = tagArticle({
      title: 'Amerikaans bedrijf koopt chipmachinemaker',
      body:
        'EINDHOVEN (ANP) - Een Amerikaans bedrijf neemt een chipmachinemaker uit Eindhoven over, meldde de ' +
        'onderneming dinsdag. De overname moet nog worden goedgekeurd door de toezichthouder.',
    });

    expect(codes(result)).toContain('US');
  });

  it('reads Polish "języka rosyjskiego" and "klucz francuski" as a language and a tool', () => {
    const result = tagArticle({
      title: 'Szko\u0142y rezygnuj\u0105 z j\u0119zyka rosyjskiego',
      body:
        'KRAK\u00d3W (PAP) - Coraz wi\u0119cej szk\u00f3\u0142 rezygnuje z nauczania j\u0119zyka rosyjskiego. Dyrektor ' +
        'technikum m\u00f3wi, \u017ce uczniowie wol\u0105 warsztaty, gdzie klucz francuski jest podstaw\u0105.',
    });

    expect(result.language).toBe('pl');
    expect(codes(result)).not.toContain('RU');
    expect(codes(result)).not.toContain('FR');
  });

  it('keeps a Polish adjective after "kluczowe" (key), which is no "klucz" (wrench)', () => {
    const result = tagArticle({
      title: 'Drony uderzy\u0142y w rafinerie',
      body:
        'KIJ\u00d3W (PAP) - Drony uderzy\u0142y w nocy w kluczowe rosyjskie rafinerie nad Wo\u0142g\u0105, ' +
        'poinformowa\u0142 sztab generalny w komunikacie.',
    });

    expect(result.language).toBe('pl');
    expect(codes(result)).toContain('RU');
  });
});

describe('nationality adjectives of a long page in another language', () => {
  it('asks each adjective whether a name already holds it without reading every name found (hostile42)', () => {
    // "Prezydent Polski … kanclerzem Niemiec." a thousand times: a thousand adjectives, two thousand names found.
    const sentence = 'Prezydent Polski spotka\u0142 si\u0119 z polskim kanclerzem Niemiec. ';
    const body = prepareField('body', sentence.repeat(1000));
    const found = [...body.text.matchAll(/Polski|Niemiec/g)].map((m) => mentionAt(m.index, m[0]));
    let reads = 0;
    const counted = found.map((m) => ({
      ...m,
      get start() {
        reads++;
        return m.start;
      },
    }));

    const mentions = localDemonymMentions(body, 'pl', counted);

    expect(mentions.map((m) => m.text)).toEqual(Array.from({ length: 1000 }, () => 'polskim'));
    expect(mentions.every((m) => m.code === 'PL')).toBe(true);
    // A search of the found names reads each a few times in all; a scan for each adjective read each 1,000 times.
    expect(reads).toBeLessThan(20 * found.length);
  });
});

function mentionAt(start: number, text: string): CountryMention {
  return {
    code: text === 'Polski' ? 'PL' : 'DE',
    kind: 'name',
    field: 'body',
    start,
    end: start + text.length,
    text,
    ambiguous: false,
    currency: false,
    needsConfirmation: false,
  };
}
