import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

// Session 48 (topics48): words a sport shares with others name no discipline alone; racehorses, a brewer turned hotel
// group and a union federation are read as their desk tells them; a climb whose race word is in the next sentence is
// cycling. Stories are invented.
const SPORT = 'medtop:15000000';
const TENNIS = 'medtop:20001085';
const ATHLETICS = 'medtop:20000827';
const CYCLING = 'medtop:20000892';
const HORSE_RACING = 'medtop:20000960';
const AIR_TRANSPORT = 'medtop:20000338';
const LITERATURE = 'medtop:20000013';
const LABOUR = 'medtop:09000000';
const UNIONS = 'medtop:20000536';

describe('a word shared by several sports names no discipline alone', () => {
  it('gives a rugby brief whose only cue is "Grand Slam" sport but no tennis', () => {
    // Arrange
    const title = 'Ireland chase Grand Slam';
    const body =
      "Ireland will seek a Grand Slam when they face Wales in Cardiff on Saturday. Coach Eddie O'Sullivan named an unchanged side.";

    // Act
    const topics = topicIds(title, body);

    // Assert
    expect(topics).toContain(SPORT);
    expect(topics).not.toContain(TENNIS);
  });

  it('keeps tennis for a Grand Slam told with a word of tennis', () => {
    // Arrange
    const title = 'Federer eyes another Grand Slam';
    const body =
      'Roger Federer says he can win another Grand Slam this year after beating Andy Roddick in straight sets.';

    // Act
    const topics = topicIds(title, body);

    // Assert
    expect(topics).toContain(TENNIS);
  });
});

describe('the horses of a race meeting', () => {
  it('reads "the Michael Stoute-trained colt won" as horse racing', () => {
    // Arrange
    const title = 'Stoute colt lands big prize';
    const body =
      'The Michael Stoute-trained colt won the race by three lengths from the favourite on Saturday.';

    // Act
    const topics = topicIds(title, body);

    // Assert
    expect(topics).toContain(HORSE_RACING);
  });

  it('gives a racehorse named Delta no air transport, and its novice hurdle no athletics', () => {
    // Arrange
    const title = 'Delta Work lands Grade One hurdle';
    const body =
      'Delta Work, trained by Gordon Elliott, won the novice hurdle at Leopardstown on Sunday by four lengths. The six-year-old was ridden by Jack Kennedy.';

    // Act
    const topics = topicIds(title, body);

    // Assert
    expect(topics).toContain(HORSE_RACING);
    expect(topics).not.toContain(AIR_TRANSPORT);
    expect(topics).not.toContain(ATHLETICS);
  });

  it('keeps air transport for the airline Delta and athletics for the 110m hurdles', () => {
    // Arrange
    const airline = topicIds(
      'Delta cuts flights',
      'Delta said it would cut 20 flights a day from Atlanta as fuel costs rose.',
    );
    const hurdles = topicIds(
      'Jackson wins in Stuttgart',
      'Colin Jackson won the 110m hurdles in Stuttgart on Sunday.',
    );

    // Assert
    expect(airline).toContain(AIR_TRANSPORT);
    expect(hurdles).toContain(ATHLETICS);
  });
});

describe('"Whitbread"', () => {
  it('is no literature in a story of the company', () => {
    // Arrange
    const title = 'Whitbread profits rise';
    const body =
      'Whitbread said profits rose 8% in the first half as its Premier Inn hotels filled up. The group, which also owns Costa, said sales grew.';

    // Act
    const topics = topicIds(title, body);

    // Assert
    expect(topics).not.toContain(LITERATURE);
  });

  it('is the book prize in a story of writers and judges', () => {
    // Arrange
    const title = 'Whitbread shortlist announced';
    const body =
      "Two first-time writers are among the authors shortlisted for this year's Whitbread. The judges will name the winner of the novel prize next month.";

    // Act
    const topics = topicIds(title, body);

    // Assert
    expect(topics).toContain(LITERATURE);
  });

  it('is the book prize where the story names the prize, as under its later name', () => {
    // Arrange
    const stories = [
      [
        'Levy wins Whitbread award',
        'Andrea Levy won the Whitbread Novel of the Year Award on Tuesday for Small Island, the organisers said.',
      ],
      [
        'Barry takes Costa prize',
        'Sebastian Barry won the Costa Book of the Year award on Tuesday for The Secret Scripture, the organisers said.',
      ],
    ] as const;

    // Act
    const topics = stories.map(([title, body]) => topicIds(title, body));

    // Assert
    for (const ids of topics) expect(ids).toContain(LITERATURE);
  });

  it('is no literature in a story of the yacht race of that name', () => {
    // Arrange
    const title = 'Yachts reach Cape Town';
    const body =
      'The fleet in the Whitbread Round the World Race reached Cape Town on Sunday. The Whitbread leg from Southampton took 30 days, the skippers said.';

    // Act
    const topics = topicIds(title, body);

    // Assert
    expect(topics).not.toContain(LITERATURE);
  });
});

describe('a trade-union federation', () => {
  it('gives a COSATU march labour and unions', () => {
    // Arrange
    const title = 'COSATU marches on parliament';
    const body =
      'Thousands of COSATU members marched on parliament in Cape Town on Thursday to protest against unemployment and poverty. The federation called on the government to act.';

    // Act
    const topics = topicIds(title, body);

    // Assert
    expect(topics).toContain(LABOUR);
    expect(topics).toContain(UNIONS);
  });
});

describe('a climb of the stage races whose race word is in the next sentence', () => {
  it('is cycling', () => {
    // Arrange
    const title = 'Pantani conquers the Galibier';
    const body =
      'Marco Pantani attacked on the Galibier in the rain and crossed the summit alone. He went on to win the stage at Les Deux Alpes by nearly nine minutes.';

    // Act
    const topics = topicIds(title, body);

    // Assert
    expect(topics).toContain(CYCLING);
  });

  it('is no cycling where neither it nor its neighbours name the race', () => {
    // Arrange
    const title = 'Walkers rescued in fog';
    const body =
      'Fog came down quickly on Sunday. Two walkers lost their way on Mont Ventoux and called for help. A mountain rescue team found them at dusk.';

    // Act
    const topics = topicIds(title, body);

    // Assert
    expect(topics).not.toContain(CYCLING);
    expect(topics).not.toContain(SPORT);
  });
});
