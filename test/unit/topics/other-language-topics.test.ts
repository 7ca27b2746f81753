import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented news items in the languages the detector reports; each names its desk's subject in a few words.
const firstTopLevel = (result: TagResult) => result.topics.find((t) => t.level === 1)?.id;

describe('top-level topics of articles not in English', () => {
  it('files a French election story under politics, with the words that named it', () => {
    const result = tagArticle({
      title: 'Le gouvernement pr\u00e9sente sa r\u00e9forme avant les \u00e9lections',
      body:
        'Le Premier ministre a d\u00e9fendu mardi devant le Parlement la r\u00e9forme des retraites, \u00e0 six mois ' +
        'des \u00e9lections l\u00e9gislatives. Les d\u00e9put\u00e9s de l\u2019opposition ont annonc\u00e9 une motion de ' +
        'censure, et plusieurs partis de la coalition h\u00e9sitent encore.',
    });

    expect(result.language).toBe('fr');
    expect(firstTopLevel(result)).toBe(TOP_LEVEL.politics);
    expect(result.topics[0]?.evidence).toEqual(expect.arrayContaining(['gouvernement', '\u00e9lections']));
  });

  it('reads German compounds by their parts ("Nationalmannschaft", "Weltmeisterschaft")', () => {
    const result = tagArticle({
      title: 'Nationalmannschaft gewinnt das Finale',
      body:
        'Die deutsche Nationalmannschaft hat am Sonntag das Finale der Weltmeisterschaft gewonnen. Der Trainer ' +
        'lobte seine Spieler nach dem Turnier, zwei Tore fielen in der Verl\u00e4ngerung vor 70.000 Zuschauern im Stadion.',
    });

    expect(result.language).toBe('de');
    expect(firstTopLevel(result)).toBe(TOP_LEVEL.sport);
  });

  it('files a Spanish earthquake story under disaster and a Polish court story under crime', () => {
    const quake = tagArticle({
      title: 'Un terremoto deja decenas de muertos en el sur del pa\u00eds',
      body:
        'Un terremoto de magnitud 7,1 sacudi\u00f3 el lunes la costa sur. Los equipos de rescate buscan a ' +
        'supervivientes entre los escombros y miles de damnificados pasaron la noche en la calle tras el sismo.',
    });
    const court = tagArticle({
      title: 'S\u0105d skaza\u0142 by\u0142ego burmistrza za korupcj\u0119',
      body:
        'S\u0105d okr\u0119gowy skaza\u0142 w pi\u0105tek by\u0142ego burmistrza na cztery lata wi\u0119zienia. ' +
        'Prokuratura oskar\u017ca\u0142a go o przyjmowanie \u0142ap\u00f3wek, a jego adwokat zapowiedzia\u0142 apelacj\u0119.',
    });

    expect([quake.language, firstTopLevel(quake)]).toEqual(['es', TOP_LEVEL.disaster]);
    expect([court.language, firstTopLevel(court)]).toEqual(['pl', TOP_LEVEL.crime]);
  });

  it('lists no topic that only one word of the article names', () => {
    const result = tagArticle({
      title: 'Il nuovo ponte sar\u00e0 aperto a maggio',
      body:
        'Il nuovo ponte sul fiume sar\u00e0 aperto a maggio, ha detto il sindaco. I lavori sono durati tre anni e ' +
        'il ponte collegher\u00e0 i due quartieri della citt\u00e0 vicino allo stadio.',
    });

    expect(result.language).toBe('it');
    expect(result.topics).toEqual([]);
  });

  it('gives every topic of another language at the top level, scored from 0 to 1, highest first', () => {
    const result = tagArticle({
      title: 'Governo e banca centrale discutono di inflazione',
      body:
        'Il governo e la banca centrale hanno discusso di inflazione e crescita. Il ministro ha detto che i ' +
        'mercati restano calmi, mentre il Parlamento esamina il bilancio.',
    });

    expect(result.topics.length).toBeGreaterThan(0);
    for (const t of result.topics) expect(t).toMatchObject({ level: 1 });
    const scores = result.topics.map((t) => t.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBe(1);
  });

  it('reads no desk from a German word that only contains one of its words ("Lieblingsgericht", "Supermarkt")', () => {
    const result = tagArticle({
      title: 'Das beste Gericht der Stadt',
      body:
        'Das Lieblingsgericht der Stadt kommt aus einer kleinen K\u00fcche am Marktplatz. Der Koch kauft im Supermarkt ' +
        'ein und f\u00fchrt eine Datenbank seiner Rezepte. Am Sonntag gibt es das Gericht mit Kartoffeln und Salat.',
    });

    expect(result.language).toBe('de');
    expect(result.topics.map((t) => t.id)).not.toContain(TOP_LEVEL.crime);
    expect(result.topics.map((t) => t.id)).not.toContain(TOP_LEVEL.economy);
  });

  it('counts two forms of one word as one word ("Klimaanlage", "Klimaanlagen")', () => {
    const result = tagArticle({
      title: 'Klimaanlagen ausverkauft',
      body:
        'Wegen der Hitze sind in vielen Gesch\u00e4ften die Klimaanlagen ausverkauft. Wer noch eine Klimaanlage ' +
        'findet, zahlt mehr als im Vorjahr, sagte ein H\u00e4ndler am Montag.',
    });

    expect(result.topics.map((t) => t.id)).not.toContain(TOP_LEVEL.environment);
  });
});
