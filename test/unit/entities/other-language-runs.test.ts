import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const tag = (title: string, body: string) => tagArticle({ title, body });
const names = (result: ReturnType<typeof tagArticle>, type: string) =>
  result.entities.filter((e) => e.type === type).map((e) => e.name);

// review22 ★8: the English recogniser reads capitalised runs of other languages as people's names.
describe('people in articles in other European languages and Turkish', () => {
  it('reads no person from a German sentence opener or two capitalised nouns, and keeps the named people', () => {
    const result = tag(
      'Merz reist mit Wirtschaftsdelegation nach Peking',
      'BERLIN — Bundeskanzler Friedrich Merz reist am Montag zu seinem ersten Besuch nach China. Im Mittelpunkt sollen Handelsfragen stehen. Seltene Erden sind für die deutsche Industrie unverzichtbar, sagte ein Regierungssprecher. Begleitet wird er von einer Wirtschaftsdelegation, darunter die Chefs von Volkswagen und BASF. Die Unternehmen investieren Milliarden Euro in China. Außenministerin Annalena Baerbock hatte die Reise vorbereitet. Baerbock sagte, Deutschland wolle den Dialog fortsetzen.',
    );

    const people = names(result, 'person');
    expect(people).toEqual(expect.arrayContaining(['Friedrich Merz', 'Annalena Baerbock']));
    expect(people).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Mittelpunkt|Erden|Milliarden|Volkswagen/)]),
    );
    expect(names(result, 'organization')).toContain('Volkswagen');
  });

  it('reads a place after a capitalised Portuguese preposition as the place, not a person', () => {
    const result = tag(
      'Enchentes voltam a atingir o Rio Grande do Sul',
      'Em Porto Alegre, o rio Guaíba voltou a subir nesta segunda-feira e a prefeitura pediu apoio das Forças Armadas para retirar moradores. O governador Eduardo Leite disse que a situação é grave e que o governo federal prometeu ajuda.',
    );

    expect(names(result, 'person')).toEqual(['Eduardo Leite']);
    expect(result.entities.find((e) => e.name === 'Porto Alegre')?.type).toBe('place');
  });

  it('reads no person from institutions written in capitals (Spanish, Dutch)', () => {
    const spanish = tag(
      'Sheinbaum anuncia más efectivos en la frontera',
      'CIUDAD DE MÉXICO — La presidenta Claudia Sheinbaum anunció el lunes en Palacio Nacional que la Guardia Nacional enviará diez mil elementos más a la frontera norte, tras una llamada con el gobierno de Estados Unidos.',
    );
    const dutch = tag(
      'Kabinet overleeft motie over stikstof',
      'DEN HAAG — Het kabinet van premier Dick Schoof heeft in de Tweede Kamer een motie van wantrouwen overleefd. De minister van Landbouw Femke Wiersma zei dat de boeren niet de dupe mogen worden van de nieuwe regels.',
    );

    expect(names(spanish, 'person')).toEqual(['Claudia Sheinbaum']);
    expect(names(dutch, 'person').sort()).toEqual(['Dick Schoof', 'Femke Wiersma']);
  });

  it('reads Turkish names without the case ending written after the apostrophe', () => {
    const result = tag(
      'Erdoğan, Putin ile telefonda görüştü',
      "ANKARA — Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile telefonda görüştü. İletişim Başkanlığı'ndan yapılan açıklamaya göre görüşmede Ukrayna'daki savaş ele alındı. Erdoğan, Türkiye'nin İstanbul'da yeni bir barış görüşmesine ev sahipliği yapmaya hazır olduğunu söyledi. Almanya'nın da görüşmeleri desteklediği bildirildi.",
    );

    const codes = result.countries.map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['TR', 'RU', 'UA', 'DE']));
    expect(names(result, 'person').sort()).toEqual(['Recep Tayyip Erdogan', 'Vladimir Putin']);
    const turkey = result.countries.find((c) => c.code === 'TR');
    expect(turkey?.mentions.map((m) => m.text)).toContain('Türkiye');
  });

  it('keeps a Spanish name with particles inside it', () => {
    const result = tag(
      'México y Estados Unidos',
      'El canciller Juan Ramón de la Fuente viajó a Washington para reunirse con funcionarios del gobierno de Estados Unidos. De la Fuente dijo que el diálogo seguirá.',
    );

    expect(names(result, 'person')).toContain('Juan Ramón de la Fuente');
  });
});

// read22 F3–F6: the cuts above must not take real people or give a surname to a firm.
describe('people the other-language cuts keep', () => {
  it("gives a surname after an opener to the article's person of that name, not to a listed firm", () => {
    const result = tag(
      'Müller beendet Karriere',
      'MÜNCHEN - Thomas Müller beendet seine Karriere beim FC Bayern. Wie Müller am Samstag sagte, will er noch ein Jahr in den USA spielen. Laut Müller war die Entscheidung schwer.',
    );

    expect(result.entities.filter((e) => e.name.includes('Müller')).map((e) => [e.type, e.name])).toEqual([
      ['person', 'Thomas Müller'],
    ]);
    expect(result.entities.find((e) => e.name === 'Thomas Müller')?.mentions.length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it("gives the surname to the full name even when other openers' runs of it come first", () => {
    const result = tag(
      'Bayern-Star hört auf',
      'MÜNCHEN - Laut Müller war die Entscheidung schwer. Wie Müller am Samstag sagte, will er noch ein Jahr in den USA spielen. Nach Müller sprach Trainer Vincent Kompany über die Zukunft. Thomas Müller beendet damit seine Karriere beim FC Bayern.',
    );

    const muller = result.entities.filter((e) => e.name.includes('Müller'));
    expect(muller.map((e) => e.id)).toEqual(['person:thomas-muller']);
    expect(muller[0]?.mentions).toHaveLength(4);
  });

  it('keeps a German name the lists do not know when the headline or a title names it', () => {
    const headline = tag(
      'Annalena Baerbock in New York',
      'NEW YORK - Annalena Baerbock ist am Dienstag zur Präsidentin der UN-Generalversammlung gewählt worden. Die frühere Außenministerin erhielt 167 Stimmen.',
    );
    const titled = tag(
      'Südwesten diskutiert Schuldenbremse',
      'STUTTGART - Ministerpräsident Winfried Kretschmann hat am Montag eine Reform der Schuldenbremse gefordert. Die Landesregierung will im Herbst einen Vorschlag vorlegen.',
    );

    expect(names(headline, 'person')).toContain('Annalena Baerbock');
    expect(names(titled, 'person')).toContain('Winfried Kretschmann');
  });

  it('keeps people whose given name is a preposition elsewhere (Al Gore, Du Fu)', () => {
    const italian = tag(
      'Al Gore a Milano',
      'MILANO - Al Gore ha parlato lunedì a Milano di clima davanti a duemila studenti. Gore ha detto che l’Europa deve agire in fretta contro il riscaldamento globale.',
    );
    const french = tag(
      'Du Fu et la poésie chinoise',
      'PARIS - Une exposition consacrée à Du Fu ouvre au musée Guimet. Du Fu, poète de la dynastie Tang, est célébré par des calligraphies et des peintures.',
    );

    expect(names(italian, 'person')).toContain('Al Gore');
    expect(names(french, 'person')).toContain('Du Fu');
  });

  it('keeps a person whose surname is an institution word (Ana Palacio, Mohammad Raad)', () => {
    const result = tag(
      'Ana Palacio critica la política exterior',
      'MADRID - La exministra de Asuntos Exteriores Ana Palacio criticó el martes la política exterior del Gobierno. Ana Palacio dijo que España ha perdido influencia en Bruselas.',
    );

    expect(names(result, 'person')).toContain('Ana Palacio');
  });
});
