import { describe, expect, it } from 'vitest';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { topicIds } from './topic-ids.js';

const MUSIC = 'medtop:20000018';
const TENNIS = 'medtop:20001085';
const CRICKET = 'medtop:20000888';
const TREATY = 'medtop:20000641';
const ASTRONOMY = 'medtop:20000718';

// review61's open ★1s: a word whose desk its neighbours or the rest of the story tell.
describe('a word told by its neighbours or by the desk that leads', () => {
  it.each([
    ['', 'She wrote the scores for more than thirty documentaries.'],
    ['Composer dies at 84', 'The composer, who wrote the score for four westerns, died in Turin.'],
  ])('files a score that is written under music, not sport: "%s %s"', (title, body) => {
    const topics = topicIds(title, body);

    expect(topics).toContain(MUSIC);
    expect(topics).not.toContain(TOP_LEVEL.sport);
  });

  it('files a player who retires hurt in a set under tennis', () => {
    const topics = topicIds(
      'Navarro retires hurt',
      'Emma Navarro retired hurt in the second set against Jessica Pegula in Doha.',
    );

    expect(topics).toContain(TENNIS);
  });

  it.each([
    [
      'Governing party leads early count',
      'The governing party was ahead in the first set of results released on Tuesday.',
    ],
    ['', 'The tax cut was included in the final set of measures approved by the assembly.'],
  ])('reads "in the first/final set of …" as no tennis: "%s %s"', (title, body) => {
    expect(topicIds(title, body)).not.toContain(TENNIS);
  });

  it('leaves a batter who retires hurt in an over out of tennis', () => {
    const topics = topicIds(
      'Opener retires hurt',
      'The opener retired hurt after being struck on the helmet in the second over.',
    );

    expect(topics).toContain(TOP_LEVEL.sport);
    expect(topics).not.toContain(TENNIS);
  });

  it('files a record crowd at a final under sport', () => {
    const topics = topicIds(
      'Record crowd for cup final',
      'A record crowd of 81,000 watched the final at the national stadium on Sunday.',
    );

    expect(topics).toContain(TOP_LEVEL.sport);
  });

  it.each([
    [
      'Record crowd at parade',
      "A record crowd of 40,000 lined the streets for the city's annual Pride parade.",
    ],
    ['', 'A record crowd of 250,000 visited the flower show over five days.'],
  ])('files a record crowd that is no match\'s under no sport: "%s %s"', (title, body) => {
    expect(topicIds(title, body)).not.toContain(TOP_LEVEL.sport);
  });

  it('files gunmen who attack an army post under war, with no crime', () => {
    const topics = topicIds(
      '',
      'Gunmen stormed an army base near the frontier, killing nine soldiers, the military said.',
    );

    expect(topics).toContain(TOP_LEVEL.conflict);
    expect(topics).not.toContain(TOP_LEVEL.crime);
  });

  it('keeps gunmen who open fire on a street, with police and arrests, under crime', () => {
    const topics = topicIds(
      'Three hurt in shooting',
      'Three people were wounded when gunmen opened fire outside a bar late Friday, police said. No arrests were made.',
    );

    expect(topics).toContain(TOP_LEVEL.crime);
  });

  it.each([
    ['', "Sri Lanka's one-day captain resigned on Tuesday after the series defeat."],
    ['', 'Ireland won the second one-day game at Malahide.'],
  ])('files a one-day captain or game under cricket: "%s"', (title, body) => {
    expect(topicIds(title, body)).toContain(CRICKET);
  });

  it('files a probe that passes a planet under science', () => {
    const topics = topicIds(
      'Probe heads for Saturn',
      'The Cassini-2 probe swung past Jupiter on Monday on its way to Saturn.',
    );

    expect(topics).toContain(TOP_LEVEL.science);
  });

  it.each([
    [
      'Minister orders probe',
      'The health minister ordered an independent probe into the deaths of three patients.',
    ],
    ['', 'Police are probing the death of a man found in a canal.'],
    ['', "The regulator opened a probe into the airline's refund practices."],
  ])('files a probe that is an inquiry under no science: "%s %s"', (title, body) => {
    expect(topicIds(title, body)).not.toContain(TOP_LEVEL.science);
  });

  it('reads "Mar" in a dateline as the month, not the planet', () => {
    const topics = topicIds(
      'India buys palm oil at tender',
      'NEW DELHI, Mar 4 - India bought 15,000 tonnes of palm oil at a tender on Tuesday, traders said.',
    );

    expect(topics).not.toContain(ASTRONOMY);
    expect(topics).not.toContain(TOP_LEVEL.science);
  });

  it("files a charity founder's obituary under no business", () => {
    const topics = topicIds(
      'Ruth Calder, founder of hospice charity, dies at 88',
      'Ruth Calder, who founded the Lantern House hospice charity in Leeds in 1975, has died aged 88. Her daughter said she died at home.',
    );

    expect(topics).not.toContain(TOP_LEVEL.economy);
  });

  it("keeps a software firm's founder under business", () => {
    expect(
      topicIds(
        'Founder steps down',
        'The founder of the software firm Quillstone stepped down as chief executive.',
      ),
    ).toContain(TOP_LEVEL.economy);
  });

  it("files a jazz obituary's players under music, with no sport", () => {
    const topics = topicIds(
      'Jazz saxophonist Lou Marden dies',
      'Lou Marden, the jazz saxophonist whose quartet albums shaped a generation of players, died on Friday in Chicago. He was 91.',
    );

    expect(topics).toContain(MUSIC);
    expect(topics).not.toContain(TOP_LEVEL.sport);
  });
});

describe('a strike told beside a ratifying', () => {
  it.each([
    [
      'Parliament ratifies deal',
      'Despite a general strike, parliament ratified the gas deal with Azerbaijan.',
    ],
    ['', 'Amid a walkout by opposition deputies, lawmakers ratified the agreement with Vietnam.'],
    ['', 'Members of parliament ratified the fisheries deal with Iceland on Thursday.'],
  ])('keeps a state\'s ratifying under treaty: "%s %s"', (title, body) => {
    expect(topicIds(title, body)).toContain(TREATY);
  });

  it.each([
    ['', 'After a four-week strike, members ratified the deal on Sunday.'],
    ['Strike over as deal ratified', 'Members voted 71% to ratify the deal on Saturday.'],
    ['', 'Striking dockers ratified the deal on Sunday, the union said.'],
  ])('files members who ratify after a strike under no treaty: "%s %s"', (title, body) => {
    expect(topicIds(title, body)).not.toContain(TREATY);
  });
});
