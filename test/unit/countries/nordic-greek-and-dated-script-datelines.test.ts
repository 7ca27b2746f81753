import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function focus(body: string, language: string, title = ''): string[] {
  return tagArticle({ title, body, language })
    .countries.filter((c) => c.focus)
    .map((c) => c.code)
    .sort();
}

function datelineOf(body: string, language: string) {
  return tagArticle({ title: '', body, language }).dateline;
}

describe('datelines in Greek and dated datelines in Cyrillic and Greek', () => {
  it('reads a Greek capital written in capitals without accents', () => {
    // Athens and Nicosia, as ANA-MPA and CNA write them.
    expect(datelineOf('ΑΘΗΝΑ — Ο πρωθυπουργός συναντήθηκε με υπουργούς.', 'el')?.countryCode).toBe('GR');
    expect(datelineOf('ΛΕΥΚΩΣΙΑ (ΚΥΠΕ) — Η κυβέρνηση ανακοίνωσε μέτρα.', 'el')?.countryCode).toBe('CY');
  });

  it('reads a dateline dated with a Russian, Ukrainian or Greek month, credited or not', () => {
    // Arrange
    const stories: [string, string, string][] = [
      ['МОСКВА, 5 декабря. /ТАСС/. Министр провёл переговоры с коллегами.', 'ru', 'RU'],
      ['МОСКВА, 5 дек — РИА Новости. Министр провёл переговоры с коллегами.', 'ru', 'RU'],
      ['КИЇВ, 5 грудня (Укрінформ) — Уряд ухвалив рішення про бюджет.', 'uk', 'UA'],
      ['ΑΘΗΝΑ, 5 Δεκεμβρίου (ΑΠΕ-ΜΠΕ) — Ο υπουργός μίλησε για την οικονομία.', 'el', 'GR'],
    ];

    // Act
    const codes = stories.map(([body, language]) => datelineOf(body, language)?.countryCode);

    // Assert
    expect(codes).toEqual(stories.map(([, , code]) => code));
  });

  it('reads a Russian city in a story the language guess took for Ukrainian', () => {
    expect(datelineOf('МОСКВА, 5 декабря — Министр провёл переговоры с коллегами.', 'uk')?.countryCode).toBe(
      'RU',
    );
  });
});

describe('cities in Danish and Norwegian and places declined in Finnish', () => {
  it('reads Copenhagen and Moscow by their Danish and Norwegian names', () => {
    expect(focus('Tusindvis demonstrerede i København lørdag mod regeringens planer.', 'da')).toEqual(['DK']);
    expect(focus('Utenriksministeren møtte sin russiske kollega i Moskva mandag.', 'nb')).toEqual(['RU']);
  });

  it('reads Finnish cities and countries in their cases', () => {
    // Arrange: in Helsinki; in Moscow; in Sweden, Germany and France; in the US and Greece; of South Africa and Israel.
    const stories: [string, string[]][] = [
      ['Tuhannet ihmiset osoittivat mieltään Helsingissä lauantaina.', ['FI']],
      ['Ulkoministeri kävi neuvotteluja Moskovassa tiistaina.', ['RU']],
      [
        'Ruotsissa järjestettiin vaalit sunnuntaina. Saksassa ja Ranskassa seurattiin tulosta.',
        ['DE', 'FR', 'SE'],
      ],
      [
        'Presidentti vieraili Yhdysvalloissa ja Kreikassa. Hän tapasi Etelä-Afrikan ja Israelin edustajia.',
        ['GR', 'IL', 'US', 'ZA'],
      ],
    ];

    // Act
    const found = stories.map(([body]) => focus(body, 'fi'));

    // Assert
    expect(found).toEqual(stories.map(([, codes]) => codes));
  });

  it('reads no country in a surname declined like one, nor in a word that only starts like one', () => {
    // "Kari Suomen mukaan" (in Kari Suomi's view); "Puolesta" (in favour); the Finns Party.
    expect(focus('Puolesta äänesti 120 kansanedustajaa. Kari Suomen mukaan päätös oli oikea.', 'fi')).toEqual(
      [],
    );
    expect(focus('Perussuomalaiset vastustivat esitystä eduskunnassa.', 'fi')).toEqual([]);
  });

  it('reads the Finnish cases of Turku and Tampere and a part of a country or city', () => {
    // In Turku and Tampere; in northern Finland; in eastern Helsinki; in North Korea.
    expect(focus('Turussa ja Tampereella osoitettiin mieltä lauantaina.', 'fi')).toEqual(['FI']);
    expect(focus('Pohjois-Suomessa satoi lunta tiistaina.', 'fi')).toEqual(['FI']);
    expect(focus('Itä-Helsingissä sähköt katkesivat yöllä.', 'fi')).toEqual(['FI']);
    expect(focus('Pohjois-Koreassa testattiin ohjusta torstaina.', 'fi')).toEqual(['KP']);
  });

  it('reads no English country name in a Finnish word ending like one of its cases', () => {
    // "Omana päätöksenään" (as its own decision) is no Oman; "Omanissa" (in Oman) is.
    expect(focus('Omana päätöksenään yhtiö siirsi pääkonttorinsa.', 'fi')).toEqual([]);
    expect(focus('Omanissa öljyn hinta nousi.', 'fi')).toEqual(['OM']);
  });
});

describe('Greek datelines of other cities', () => {
  it('reads Thessaloniki and Limassol, which ANA-MPA and CNA file from', () => {
    expect(datelineOf('ΘΕΣΣΑΛΟΝΙΚΗ, 5 Μαΐου (ΑΠΕ-ΜΠΕ) — Ο δήμαρχος μίλησε.', 'el')?.countryCode).toBe('GR');
    expect(datelineOf('ΛΕΜΕΣΟΣ (ΚΥΠΕ) — Η αστυνομία ανακοίνωσε συλλήψεις.', 'el')?.countryCode).toBe('CY');
  });
});
