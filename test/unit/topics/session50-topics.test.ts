import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { evidenceOf, firstTopLevel } from './topic-ids.js';

const ECONOMY = 'medtop:04000000';
const CONFLICT = 'medtop:16000000';
const POLITICS = 'medtop:11000000';
const STOCKS = 'medtop:20000396';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('analysts quoted on shares that moved keep their business sense (topics50, read49 #5)', () => {
  it('leads a defence contractor whose shares rose on arms orders for a war with business', () => {
    // Arrange
    const body =
      'Shares of Hensoldt rose 5% on Thursday after Berlin ordered more radar systems for the war in Ukraine, ' +
      'analysts said, adding that weapons makers stand to gain.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
    expect(evidenceOf(topics, ECONOMY)).toContain('analysts');
  });

  it('still gives the analysts of a war story no business where no shares traded', () => {
    // Arrange
    const body =
      'The rebels shelled army positions near the border overnight and their logistics were strained by the ' +
      'fighting, analysts said.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(CONFLICT);
    expect(evidenceOf(topics, ECONOMY)).not.toContain('analysts');
  });
});

describe('a share move told as the news leads business before its cause (topics50, read49 #5)', () => {
  it('leads a headline on defence stocks that rally on a spending plan with business and stocks', () => {
    // Arrange
    const title = "Arms makers' stocks surge as Europe agrees to rearm";
    const body =
      'European defence companies gained on Tuesday after EU leaders agreed a plan to spend 800 billion euros on ' +
      'weapons, troops and air defence amid the war in Ukraine.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
    expect(topics.map((t) => t.id)).toContain(STOCKS);
    expect(topics.map((t) => t.id)).toContain(POLITICS);
  });

  it('leads a lead whose subject is shares that rose before the war that moved them', () => {
    // Arrange
    const body =
      'Shares of Kongsberg rose 7% after Norway ordered missiles and air defence systems for the war effort in ' +
      'Ukraine, where Russian troops pressed their offensive.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
    expect(topics.map((t) => t.id)).toContain(CONFLICT);
  });

  it('keeps a war story whose shares move only in an adjunct with the war', () => {
    // Arrange
    const title = 'Troops push toward the capital';
    const body =
      'Troops advanced on the capital overnight, killing dozens of fighters, as shares of state firms rose in ' +
      'Moscow.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(CONFLICT);
  });

  it('reads ammunition stocks that fell as no market', () => {
    // Arrange
    const title = 'Ammunition stocks dwindle as the war drags on';
    const body =
      "The army's stocks of artillery shells fell sharply as enemy troops attacked along the front line.";

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(CONFLICT);
    expect(topics.map((t) => t.id)).not.toContain(STOCKS);
  });
});

describe('a concert told by its nights, shows or tour at a sports ground is music (topics50, wild50 T1)', () => {
  const MUSIC = 'medtop:20000018';
  const SPORT = 'medtop:15000000';
  const ARTS = 'medtop:01000000';

  it('reads a band that sold out nights at a stadium as music, with no sport', () => {
    // Arrange
    const title = 'Pulp break Wembley record';
    const body = "Jarvis Cocker's band sold out twelve nights at Wembley Stadium, promoters said on Monday.";

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ARTS);
    expect(topics.map((t) => t.id)).toContain(MUSIC);
    expect(topics.map((t) => t.id)).not.toContain(SPORT);
  });

  it('reads a singer who will play nights at a Gaelic ground as music', () => {
    // Arrange
    const body = 'Dua Lipa will play three sold-out nights at Croke Park in Dublin next June.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ARTS);
    expect(evidenceOf(topics, MUSIC)).toContain('play three sold-out nights');
  });

  it('keeps a match report whose ground once hosted a band with sport', () => {
    // Arrange
    const body =
      'Wembley will host the FA Cup final after a band played ten nights there in August, and the pitch has been ' +
      'relaid.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(SPORT);
  });

  it("keeps an athlete's farewell tour and a team's nights at an arena with sport", () => {
    // Arrange
    const farewell = topicsOf(
      'Striker begins farewell tour',
      'The veteran striker began his farewell tour with two goals at the stadium.',
    );
    const nights = topicsOf('', 'The Lakers played four games in five nights at the arena, losing three.');

    // Act
    const leads = [firstTopLevel(farewell), firstTopLevel(nights)];

    // Assert
    expect(leads).toEqual([SPORT, SPORT]);
    expect(nights.map((t) => t.id)).not.toContain(MUSIC);
  });
});

describe('drones launched by the wave are war (topics50, wild50 T3)', () => {
  const ARMED_CONFLICT = 'medtop:20000056';
  const SCIENCE = 'medtop:13000000';

  it('reads a count of drones a state launched overnight as armed conflict, no technology', () => {
    // Arrange
    const body = 'Kharkiv officials said Russia launched 480 drones overnight.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(CONFLICT);
    expect(evidenceOf(topics, ARMED_CONFLICT)).toContain('launched 480 drones');
    expect(topics.map((t) => t.id)).not.toContain(SCIENCE);
  });

  it('reads drones fired at a country as war', () => {
    // Arrange
    const body = 'Iran fired drones at Israel on Saturday night.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(CONFLICT);
  });

  it('keeps a maker that launched new drones, and a light show of a thousand drones, out of war', () => {
    // Arrange
    const product = topicsOf('', 'Skydio launched two new drones on Tuesday, priced at $1,999.');
    const show = topicsOf(
      '',
      "The city launched 1,200 drones in a light show over the harbour on New Year's Eve.",
    );

    // Act
    const ids = [...product, ...show].map((t) => t.id);

    // Assert
    expect(ids).not.toContain(CONFLICT);
    expect(firstTopLevel(product)).toBe(SCIENCE);
  });
});

describe("a state's strikes are attacks, not walkouts (topics50, wild50 T2)", () => {
  const LABOUR = 'medtop:09000000';

  it("reads a state's strikes on another as armed conflict", () => {
    // Arrange
    const body = "Turkey's strikes on Kobani drew protests from Kurdish groups.";

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(CONFLICT);
    expect(topics.map((t) => t.id)).not.toContain(LABOUR);
  });

  it("reads a state's strikes called illegal as armed conflict", () => {
    // Arrange
    const body = 'Colombia said the U.S. strikes were illegal.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(CONFLICT);
    expect(topics.map((t) => t.id)).not.toContain(LABOUR);
  });

  it("keeps a country's strikes over pensions or on a weekday with labour", () => {
    // Arrange
    const pensions = topicsOf('', "France's strikes over pension reform disrupted trains.");
    const weekday = topicsOf('', "Britain's strikes on Monday closed schools and hospitals.");

    // Act
    const ids = [...pensions, ...weekday].map((t) => t.id);

    // Assert
    expect(ids).not.toContain(CONFLICT);
    expect(ids).toContain(LABOUR);
  });
});

describe('"charge" that accuses no one (topics50, wild50 T5)', () => {
  const CRIME = 'medtop:02000000';
  const DIPLOMACY = 'medtop:20000639';

  it('gives a manager who takes charge, and a minister in charge, no crime', () => {
    // Arrange
    const manager = topicsOf(
      '',
      'The former captain took charge of the club on an interim basis after the sacking.',
    );
    const minister = topicsOf('', 'The minister in charge of the budget resigned on Monday.');

    // Act
    const ids = [...manager, ...minister].map((t) => t.id);

    // Assert
    expect(ids).not.toContain(CRIME);
  });

  it("reads a summoned charge d'affaires as diplomacy, and a murder charge still as crime", () => {
    // Arrange
    const envoy = topicsOf('', "Norway summoned the Iranian charge d'affaires on Tuesday.");
    const murder = topicsOf('', 'He faces a charge of murder after the stabbing.');

    // Act
    const envoyIds = envoy.map((t) => t.id);

    // Assert
    expect(envoyIds).toContain(DIPLOMACY);
    expect(envoyIds).not.toContain(CRIME);
    expect(firstTopLevel(murder)).toBe(CRIME);
  });
});
