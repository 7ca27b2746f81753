import { describe, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { type Desks, expectDesks, type Story } from './topic-ids.js';

// Session 42's review (read42 ★1, ★4) of topics42's battle and campaign checks. Stories are invented.
const ELECTION = 'medtop:20000574';
const ARMED_CONFLICT = 'medtop:20000056';
const { conflict, disaster, politics } = TOP_LEVEL;

describe('a battle is war only where armed sides fight it (read42 ★1)', () => {
  it.each<[string, Story, Desks]>([
    [
      'troops sent to help residents battle floodwaters',
      {
        title: 'Soldiers deployed as towns battle floodwaters',
        body:
          'Soldiers were deployed on Sunday to help residents battle rising floodwaters after torrential rain swept ' +
          'through the region. Emergency services evacuated hundreds of homes.',
      },
      { lacks: [conflict, ARMED_CONFLICT] },
    ],
    [
      'an army of volunteers',
      {
        title: 'An army of volunteers battles the floods',
        body: 'An army of volunteers battled rising floodwaters on Saturday, filling sandbags as the river burst its banks.',
      },
      { leads: disaster, lacks: [ARMED_CONFLICT] },
    ],
    [
      'troops sent while firefighters battle wildfires',
      {
        title: 'Greece sends troops as firefighters battle wildfires near Athens',
        body:
          'Greece sent troops and water-bombing aircraft on Tuesday as firefighters battled wildfires fanned by ' +
          'strong winds north of Athens. Thousands of residents were evacuated.',
      },
      { lacks: [ARMED_CONFLICT] },
    ],
    [
      "retailers' bricks-and-mortar stores",
      {
        title: 'Retailers battle to keep bricks-and-mortar stores open',
        body:
          "Britain's retailers face a battle to keep their bricks-and-mortar stores open as shoppers move online. " +
          'Sales fell 2% in the quarter, and several chains have warned on profits.',
      },
      { lacks: [conflict, ARMED_CONFLICT] },
    ],
    [
      "the immune system's soldiers against tumours",
      {
        title: 'Immune cells trained to battle tumours',
        body:
          "Scientists have trained T-cells, the immune system's soldiers, to battle tumours in mice, according to a " +
          'study published in a journal on Wednesday. Researchers said new cancer therapies could follow.',
      },
      { lacks: [ARMED_CONFLICT] },
    ],
    [
      'a rugby team called the Rebels',
      {
        title: 'Melbourne Rebels battle to bonus-point win',
        body: 'The Melbourne Rebels battled to a 31-24 bonus-point win over the Waratahs in Super Rugby on Friday.',
      },
      { lacks: [conflict, ARMED_CONFLICT] },
    ],
  ])('gives no war to %s', (_case, story, desks) => {
    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, desks);
  });

  it('keeps war for battles between an army and a militia around a hospital (guard)', () => {
    // Arrange
    const story = {
      title: 'Khartoum hospital caught in crossfire',
      body:
        'Battles between the army and the Rapid Support Forces raged around a hospital in Khartoum on Sunday. ' +
        'Doctors said patients could not be moved and medicine was running out.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { lists: [conflict] });
  });

  it('keeps war for battles after an outbreak of fighting in a story health leads', () => {
    // Arrange
    const story = {
      title: 'Cholera spreads in Khartoum as hospitals overflow',
      body:
        "Doctors at Khartoum's last working hospital said cholera and malaria cases had tripled, and patients were " +
        'sleeping on floors without medicine or clean water. Battles between the army and the Rapid Support Forces ' +
        'raged around the hospital after the outbreak of fighting in April. Nurses said vaccines had run out.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { lists: [conflict, ARMED_CONFLICT] });
  });
});

describe("a campaign is an election's only where a party or an office shares its sentence (read42 ★4)", () => {
  it.each<[string, Story]>([
    [
      "a footballer's campaign beside a president's congratulations",
      {
        title: "Messi's campaign ends in tears as Argentina exit",
        body:
          "Lionel Messi's campaign ended in tears on Tuesday as Argentina were knocked out of the Copa America in the " +
          'quarter-finals. President Javier Milei congratulated the team on its effort.',
      },
    ],
    [
      "a brand's campaign unveiled at a launch party",
      {
        title: "Beckham's campaign for Boss unveiled",
        body:
          "David Beckham's campaign for Hugo Boss was unveiled at a launch party in Milan on Thursday. The fashion " +
          "house's underwear line will be sold in 40 countries.",
      },
    ],
    [
      "a city's campaign to become carbon-neutral",
      {
        title: "Copenhagen's campaign to become carbon-neutral stalls",
        body:
          "Copenhagen's campaign to become the world's first carbon-neutral capital has stalled after a waste plant " +
          'failed to capture its emissions.',
      },
    ],
    [
      "a charity's campaign to lead the fight against malaria",
      {
        title: 'Charity launches campaign to lead fight against malaria',
        body:
          'A foundation launched a campaign to lead the global fight against malaria on Monday, pledging $1 billion ' +
          "for bed nets and vaccines. The charity's president said the disease still kills 600,000 people a year.",
      },
    ],
  ])('gives no election to %s', (_case, story) => {
    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { lacks: [ELECTION] });
  });

  it("keeps election for a candidate's campaign told beside the office (guard)", () => {
    // Arrange
    const story = {
      title: 'Senate race tightens',
      body:
        "Sherrod Brown's campaign said on Monday the senator had raised $30 million. Bernie Moreno's campaign said " +
        'the Republican had closed the gap.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { lists: [politics, ELECTION] });
  });
});
