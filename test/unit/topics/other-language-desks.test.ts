import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { tokenize } from '../../../functions/core/text/tokens.js';
import { matchResultAt } from '../../../functions/core/topics/match-result.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

const topLevels = (result: TagResult) => result.topics.filter((t) => t.level === 1).map((t) => t.id);

const firstTopic = (title: string, body: string, language: string) =>
  topLevels(tagArticle({ title, body, language }))[0];

describe('desks of other languages: sport, labour, religion, fashion and the arts, disasters', () => {
  it('files an Italian match report under sport (standings, fans, a result)', () => {
    // Arrange
    const title = 'Il Torino batte la Lazio e sale al terzo posto';
    const body =
      'Il Torino ha battuto la Lazio 3-1 al Grande Torino e sale al terzo posto in classifica. ' +
      'Al fischio finale i tifosi hanno festeggiato sotto la curva.';

    // Act
    const first = firstTopic(title, body, 'it');

    // Assert
    expect(first).toBe(TOP_LEVEL.sport);
  });

  it('files a German rail strike under labour', () => {
    const first = firstTopic(
      'Lokführer legen Regionalverkehr lahm',
      'Die Gewerkschaft hat die Lokführer der Nordbahn zu einem Warnstreik aufgerufen. Sie verlangt sieben Prozent ' +
        'mehr Lohn für die Beschäftigten.',
      'de',
    );

    expect(first).toBe(TOP_LEVEL.labour);
  });

  it('files a Portuguese teachers’ strike under labour', () => {
    const first = firstTopic(
      'Professores em greve no Porto',
      'Os professores das escolas do Porto entraram em greve; o sindicato exige aumentos salariais.',
      'pt',
    );

    expect(first).toBe(TOP_LEVEL.labour);
  });

  it('files the start of Ramadan in French under religion', () => {
    const first = firstTopic(
      'Le ramadan commence mercredi',
      'Les musulmans de Belgique commencent le jeûne mercredi. Les mosquées de Bruxelles accueilleront les fidèles ' +
        'pour la prière du soir.',
      'fr',
    );

    expect(first).toBe(TOP_LEVEL.religion);
  });

  it('files a Dutch story on a new bishop under religion', () => {
    const first = firstTopic(
      'Nieuwe bisschop van Breda',
      'De paus heeft een nieuwe bisschop benoemd; de katholieke kerk in het zuiden telt steeds minder gelovigen.',
      'nl',
    );

    expect(first).toBe(TOP_LEVEL.religion);
  });

  it('files Milan fashion week in Italian under the arts', () => {
    const first = firstTopic(
      'Settimana della moda, le sfilate al via',
      'Si apre a Milano la settimana della moda: 55 sfilate in cinque giorni. Gli stilisti presentano le collezioni ' +
        'per la prossima primavera.',
      'it',
    );

    expect(first).toBe(TOP_LEVEL.arts);
  });

  it('reads Italian plurals of the arts ("teatri", "concerti")', () => {
    const first = firstTopic(
      'Addio al baritono dei grandi teatri',
      'È morto a 81 anni il baritono che cantò nei teatri di mezzo mondo e tenne concerti fino a settant’anni.',
      'it',
    );

    expect(first).toBe(TOP_LEVEL.arts);
  });

  it('files a Polish flood under disasters', () => {
    const first = firstTopic(
      'Powódź w Kotlinie Kłodzkiej',
      'Woda zalała kilka miejscowości; ewakuowano setki mieszkańców, a strażacy układają worki z piaskiem.',
      'pl',
    );

    expect(first).toBe(TOP_LEVEL.disaster);
  });

  it('gives a short story its subject from one word in the title and again in the body', () => {
    const first = firstTopic(
      'Huelga de estibadores en Valencia',
      'Los estibadores del puerto de Valencia mantienen la huelga por tercer día.',
      'es',
    );

    expect(first).toBe(TOP_LEVEL.labour);
  });

  it('keeps that one word from outweighing a desk with two words of its own (a city budget is politics)', () => {
    const first = firstTopic(
      'Il sindaco di Bari presenta il bilancio',
      "Il sindaco ha presentato il bilancio in consiglio; l'opposizione ha votato contro e il governo regionale " +
        'chiede modifiche.',
      'it',
    );

    expect(first).toBe(TOP_LEVEL.politics);
  });
});

describe('lifestyle, tennis rounds and a theft in a church in other languages', () => {
  it('files a Spanish story on record tourist numbers under lifestyle and leisure', () => {
    const first = firstTopic(
      'Las Baleares baten su récord de turistas',
      'Las islas recibieron 4 millones de turistas en agosto; los hoteles de Mallorca rozan el lleno y los ' +
        'restaurantes amplían horarios.',
      'es',
    );

    expect(first).toBe(TOP_LEVEL.lifestyle);
  });

  it('files an Italian recipe under lifestyle and leisure', () => {
    const first = firstTopic(
      'La ricetta del tiramisù',
      'Savoiardi, mascarpone e caffè: lo chef di una trattoria di Treviso spiega in cucina la ricetta originale.',
      'it',
    );

    expect(first).toBe(TOP_LEVEL.lifestyle);
  });

  it('files an Italian first-round tennis win under sport ("set", "tabellone")', () => {
    const first = firstTopic(
      'Bellucci supera il primo turno a Parigi',
      'Mattia Bellucci ha vinto in quattro set il primo turno e ora nel tabellone incontra un qualificato.',
      'it',
    );

    expect(first).toBe(TOP_LEVEL.sport);
  });

  it('files a Polish theft from a church under crime, not religion', () => {
    const first = firstTopic(
      'Kradzież w kościele w Gnieźnie',
      'Policja zatrzymała mężczyznę, który ukradł pieniądze z kościoła; grozi mu pięć lat więzienia.',
      'pl',
    );

    expect(first).toBe(TOP_LEVEL.crime);
  });
});

describe('education in other languages', () => {
  it('files the French baccalauréat results under education', () => {
    const first = firstTopic(
      'Bac : 92 % de réussite',
      'Les lycéens ont découvert vendredi leurs résultats au baccalauréat; les universités ouvrent leurs inscriptions.',
      'fr',
    );

    expect(first).toBe(TOP_LEVEL.education);
  });

  it('files a Dutch story on exam results under education', () => {
    const first = firstTopic(
      'Meer scholieren gezakt',
      'Dit jaar zijn meer leerlingen gezakt voor hun eindexamen; scholen wijzen op het lerarentekort.',
      'nl',
    );

    expect(first).toBe(TOP_LEVEL.education);
  });

  it('keeps ministers quarrelling over schools under politics', () => {
    const first = firstTopic(
      'Kultusminister streiten über Schulen',
      'Die Kultusminister der Länder streiten über ein gemeinsames Abitur; die Opposition wirft der Regierung ' +
        'Versagen vor.',
      'de',
    );

    expect(first).toBe(TOP_LEVEL.politics);
  });
});

describe('leaders who congratulate an athlete', () => {
  it('files an Italian tennis final under sport when the president and the premier send congratulations', () => {
    // Arrange
    const title = 'Rossi batte Garin e vince le Atp Finals';
    const body =
      'Luca Rossi ha battuto Tomás Garin 6-4 7-5 nella finale delle Atp Finals di Torino. Il presidente della ' +
      'Repubblica Sergio Mattarella e la premier Giorgia Meloni hanno inviato le loro congratulazioni.';

    // Act
    const result = tagArticle({ title, body, language: 'it' });

    // Assert
    expect(topLevels(result)[0]).toBe(TOP_LEVEL.sport);
    expect(topLevels(result)).not.toContain(TOP_LEVEL.politics);
  });

  it('files a German handball title under sport when the chancellor congratulates the team', () => {
    const first = firstTopic(
      'Kanzler gratuliert den Handballern',
      'Die Handball-Nationalmannschaft hat das Finale der Europameisterschaft gewonnen. Bundeskanzler Friedrich Merz ' +
        'gratulierte der Mannschaft.',
      'de',
    );

    expect(first).toBe(TOP_LEVEL.sport);
  });

  it('files Olympic gold under sport when its one word of sport is in the title and the body', () => {
    const first = firstTopic(
      'Bundespräsident gratuliert den Olympiasiegern',
      'Die deutschen Ruderer haben im Achter Gold gewonnen. Bundespräsident Frank-Walter Steinmeier gratulierte den ' +
        'Olympiasiegern zu ihrem Erfolg.',
      'de',
    );

    expect(first).toBe(TOP_LEVEL.sport);
  });

  it('still files congratulations on an election win under politics', () => {
    const first = firstTopic(
      'Kanzler gratuliert dem Wahlsieger',
      'Bundeskanzler Friedrich Merz gratulierte dem neuen Ministerpräsidenten zum Sieg bei der Landtagswahl.',
      'de',
    );

    expect(first).toBe(TOP_LEVEL.politics);
  });
});

describe('a match result among the tokens', () => {
  const at = (text: string, word: string) => {
    const tokens = tokenize(text);
    return matchResultAt(
      tokens,
      tokens.findIndex((t) => t.text === word),
    );
  };

  it('reads "3:1" and "2-1" as results', () => {
    expect(at('Bayern gewann 3:1 in Köln', '3:1')).toBe('3:1');
    expect(at('vinto 2-1 al Dall’Ara', '2')).toBe('2-1');
  });

  it('reads no time of day, spaced numbers or two-digit scores as a result', () => {
    expect(at('um 14:30 Uhr', '14:30')).toBeUndefined();
    expect(at('il 2 - 1 finale', '2')).toBeUndefined();
    expect(at('mit 30:28 gewonnen', '30:28')).toBeUndefined();
  });
});
