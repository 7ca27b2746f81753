import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

const topLevels = (result: TagResult) => result.topics.filter((t) => t.level === 1).map((t) => t.id);

const desks = (title: string, body: string, language: string) =>
  topLevels(tagArticle({ title, body, language }));

describe('a militant group named after a faith gives the story no religion (read31 F3)', () => {
  it('files a French car bomb claimed by the Islamic State under conflict, not religion', () => {
    // Arrange
    const title = "Irak : un attentat de l'État islamique tue neuf policiers près de Kirkouk";
    const body =
      "KIRKOUK, 4 déc (AFP) - Un attentat revendiqué par l'État islamique a tué jeudi neuf policiers irakiens. " +
      'Un kamikaze a fait exploser un camion contre un poste de contrôle ; le groupe dit combattre les ennemis des musulmans.';

    // Act
    const found = desks(title, body, 'fr');

    // Assert
    expect(found[0]).toBe(TOP_LEVEL.conflict);
    expect(found).not.toContain(TOP_LEVEL.religion);
  });

  it('files a Sahel blockade by the Group for the Support of Islam and Muslims under conflict, not religion', () => {
    const found = desks(
      'Niger : les jihadistes imposent un blocus aux camions de Niamey',
      "Les jihadistes du Groupe de soutien à l'islam et aux musulmans (JNIM) bloquent depuis août les routes vers " +
        'Niamey. Les convois de vivres sont régulièrement attaqués par les combattants.',
      'fr',
    );

    expect(found[0]).toBe(TOP_LEVEL.conflict);
    expect(found).not.toContain(TOP_LEVEL.religion);
  });

  it('files a German suicide bombing by the Islamic State under conflict, not religion', () => {
    const found = desks(
      'Anschlag in Mossul: IS bekennt sich zu Selbstmordanschlag',
      'Die Terrormiliz Islamischer Staat hat sich zu einem Selbstmordanschlag in Mossul bekannt, bei dem zwölf ' +
        'Menschen getötet wurden. Die Extremisten nannten die Opfer Feinde der Muslime.',
      'de',
    );

    expect(found[0]).toBe(TOP_LEVEL.conflict);
    expect(found).not.toContain(TOP_LEVEL.religion);
  });

  it('files a Spanish attack claimed by the Islamic State under conflict first', () => {
    const found = desks(
      'El Estado Islámico reivindica el atentado contra una aldea en Níger',
      'El grupo yihadista Estado Islámico reivindicó el ataque contra una aldea de Tillabéri en el que murieron ' +
        'nueve personas. Los insurgentes quemaron casas y una escuela.',
      'es',
    );

    expect(found[0]).toBe(TOP_LEVEL.conflict);
  });

  it('still files a French Ramadan story under religion', () => {
    const found = desks(
      'Le ramadan commence dans les mosquées de Marseille',
      'Les fidèles musulmans se sont rassemblés dans les mosquées de la ville pour la première prière du ramadan. ' +
        "L'imam a appelé à la solidarité envers les familles de l'islam de France.",
      'fr',
    );

    expect(found[0]).toBe(TOP_LEVEL.religion);
  });
});

describe('a desk named only by words with a second, everyday sense is not the story (read31 F4, F5)', () => {
  it('gives an Italian flood with rescue teams and a race of solidarity no sport', () => {
    // Arrange
    const title = 'Alluvione in Toscana, gara di solidarietà per gli sfollati';
    const body =
      'Le squadre dei vigili del fuoco hanno lavorato tutta la notte nei paesi allagati. ' +
      'Nei comuni colpiti è partita una gara di solidarietà per le famiglie sfollate.';

    // Act
    const found = desks(title, body, 'it');

    // Assert
    expect(found[0]).toBe(TOP_LEVEL.disaster);
    expect(found).not.toContain(TOP_LEVEL.sport);
  });

  it('gives a Portuguese arms purchase by the economic team no sport', () => {
    const found = desks(
      'Governo anuncia compra de equipamentos militares',
      'O governo anunciou a compra de equipamentos militares de 3 bilhões de reais. A equipe econômica aprovou o ' +
        'gasto, que liga o orçamento da Defesa ao plano industrial.',
      'pt',
    );

    expect(found).not.toContain(TOP_LEVEL.sport);
  });

  it('gives a French planemaker, "the European champion", and its management team no sport', () => {
    const found = desks(
      'Dassault, champion européen, relève ses objectifs',
      "L'équipe dirigeante du champion européen de l'aviation d'affaires vise 40 avions livrés. Le bénéfice net a " +
        'progressé de 9 %.',
      'fr',
    );

    expect(found).not.toContain(TOP_LEVEL.sport);
  });

  it('still files an Italian match report with a team and the standings under sport', () => {
    const found = desks(
      'La squadra di Conte vince la partita e torna in testa',
      'La squadra ha vinto la partita contro il Bologna e torna in testa alla classifica. I tifosi hanno festeggiato.',
      'it',
    );

    expect(found[0]).toBe(TOP_LEVEL.sport);
  });

  it('gives an Italian market slump that "needs a jolt" no disaster', () => {
    const found = desks(
      'Crollo della Borsa di Torino, serve una scossa',
      'Dopo il crollo di ieri la Borsa ha chiuso in calo. Gli analisti chiedono una scossa al governo per la crescita.',
      'it',
    );

    expect(found).not.toContain(TOP_LEVEL.disaster);
  });

  it('still files an Italian earthquake under disaster', () => {
    const found = desks(
      'Scossa di terremoto in Calabria, nessun danno',
      'Una scossa di magnitudo 4.1 è stata avvertita a Cosenza. Alcune famiglie sono state evacuate per precauzione.',
      'it',
    );

    expect(found[0]).toBe(TOP_LEVEL.disaster);
  });

  it('gives a Dutch plant that must halt production and evacuate its staff no labour', () => {
    const found = desks(
      'Fabriek moet productie staken na lekkage',
      'Een fabriek in de haven van Antwerpen moet de productie staken na een lekkage van chloor. Het personeel werd ' +
        'geëvacueerd.',
      'nl',
    );

    expect(found).not.toContain(TOP_LEVEL.labour);
  });

  it('still files a Dutch strike with a union under labour', () => {
    const found = desks(
      'Buschauffeurs staken in Utrecht',
      'De chauffeurs staken donderdag omdat de vakbond een hoger loon eist voor het personeel.',
      'nl',
    );

    expect(found[0]).toBe(TOP_LEVEL.labour);
  });

  it('gives a Spanish story on the price of potatoes no religion', () => {
    const found = desks(
      'El precio de la papa sube en Bolivia',
      'El precio de la papa subió 30 % en los mercados de La Paz por las heladas, informó el Gobierno.',
      'es',
    );

    expect(found).not.toContain(TOP_LEVEL.religion);
  });
});

describe('a professor by title in Athens is no education story (read31 F17)', () => {
  it('files "il professor Rinaldi ad Atene" meeting the Greek premier under politics', () => {
    // Arrange
    const title = 'Il professor Rinaldi ad Atene: "La Grecia ha fatto le riforme"';
    const body =
      "ATENE, 4 dic (ANSA) - L'ex ministro Paolo Rinaldi, in visita ad Atene, ha elogiato le riforme del governo " +
      'greco. Il professore ha incontrato il premier e i ministri.';

    // Act
    const found = desks(title, body, 'it');

    // Assert
    expect(found[0]).toBe(TOP_LEVEL.politics);
    expect(found).not.toContain(TOP_LEVEL.education);
  });

  it('still files Italian professors and students of a university under education', () => {
    const found = desks(
      "Professori e studenti dell'ateneo di Padova protestano",
      "I professori e gli studenti dell'università di Padova chiedono più fondi per la ricerca.",
      'it',
    );

    expect(found[0]).toBe(TOP_LEVEL.education);
  });
});

describe('a recipe for a budget makes no lifestyle story (read31 F16)', () => {
  it('gives an Italian minister\'s "recipe" for the budget no lifestyle', () => {
    // Arrange
    const title = 'La ricetta di Ferrante per la manovra';
    const body =
      'Il ministro Ferrante prepara la ricetta per la manovra: in cucina, al ministero, si lavora a tagli e crescita ' +
      "dell'economia.";

    // Act
    const found = desks(title, body, 'it');

    // Assert
    expect(found).not.toContain(TOP_LEVEL.lifestyle);
  });

  it('still files an Italian story on recipes and restaurants for tourists under lifestyle', () => {
    const found = desks(
      'Le ricette della nonna conquistano i turisti',
      'Nei ristoranti di Bologna i turisti chiedono le ricette tradizionali della cucina emiliana.',
      'it',
    );

    expect(found[0]).toBe(TOP_LEVEL.lifestyle);
  });
});
