import { describe, expect, it } from 'vitest';
import { mayBeCoObject } from '../../../functions/core/countries/co-objects.js';
import { hasCue } from '../../../functions/core/countries/cues.js';
import { guestsAfter } from '../../../functions/core/countries/guests.js';
import { namesPlace, namesTopic } from '../../../functions/core/countries/headline-clauses.js';
import { namedOnlyAsLifeStations } from '../../../functions/core/countries/life-stations.js';
import { ownsMove } from '../../../functions/core/countries/market-moves.js';
import { namedOnlyAsNextVenue } from '../../../functions/core/countries/next-venues.js';
import { isPastMeetingVenue } from '../../../functions/core/countries/past-venues.js';
import { namesRegion } from '../../../functions/core/countries/region-lists.js';
import { detectDateline } from '../../../functions/core/text/dateline.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

// A long pattern runs only after a short one finds what every match of it holds (V8 compiles a pattern the
// first time it runs: skipped, it costs a fresh process nothing). Each reading must still be found.
describe('headline country patterns checked first for what they need', () => {
  const at = (title: string, name: string) => ({ start: title.indexOf(name), text: name });

  it('still reads the place of a meeting, of a signing and of a venue', () => {
    // Arrange
    const meeting = 'Iran and US hold talks in Oman';
    const signing = 'Rival factions sign ceasefire deal in Doha';

    // Act + Assert
    expect(namesPlace(meeting, at(meeting, 'Oman'))).toBe(true);
    expect(namesPlace(signing, at(signing, 'Doha'))).toBe(true);
    expect(namesPlace('Japan and Korea to meet', at('Japan and Korea to meet', 'Korea'))).toBe(false);
  });

  it('still reads what talks are about after their "on", and nothing without it', () => {
    // Arrange
    const topic = 'US envoy holds talks in Russia on Ukraine peace plan';
    const none = 'US envoy holds talks with Ukraine';

    // Act + Assert
    expect(namesTopic(topic, { start: topic.indexOf('Ukraine') })).toBe(true);
    expect(namesTopic(none, { start: none.indexOf('Ukraine') })).toBe(false);
  });

  it('still reads a region in a headline set in capitals, and none in a headline without four capitals', () => {
    // Act + Assert
    expect(namesRegion('GULF STATES BACK NEW OIL DEAL')).toBe(true);
    expect(namesRegion('SAHEL JUNTAS FORM A BLOC')).toBe(true);
    expect(namesRegion('Markets fall as NZ rate rises')).toBe(false);
  });

  it('finds a cue by its preposition or, without one, by its word', () => {
    // Act + Assert
    expect(hasCue('Ministers held talks with their neighbours.')).toBe(true);
    expect(hasCue('Exports rose sharply in May.')).toBe(true);
    expect(hasCue('Both sides traded artillery fire overnight.')).toBe(true);
    expect(hasCue('The weather was fine all week.')).toBe(false);
  });
});

// Session 50 (cold50): more long patterns behind a short look for what every match of them holds.
describe('country patterns of the body checked first for what they need', () => {
  const mention = (text: string, name: string, from = 0) => {
    const start = text.indexOf(name, from);
    return { field: 'body' as const, start, end: start + name.length, text: name };
  };
  const country = (code: string, ...mentions: ReturnType<typeof mention>[]) => ({
    code,
    name: code,
    salience: 0,
    focus: false,
    mentions,
  });

  it.each([
    ['TBILISI, Georgia — Turkey and Georgia opened a freight terminal on Tuesday.', 'TBILISI, Georgia'],
    ['PARIS, Dec 5 (Reuters) - The government will face a vote next week.', 'PARIS'],
    ['WASHINGTON/OTTAWA (Reuters) - The two governments agreed on Friday.', 'WASHINGTON/OTTAWA'],
    ['RIO DE JANEIRO, 12 de marzo de 2025 (EFE).- El gobierno anunció el plan.', 'RIO DE JANEIRO'],
    ['New Delhi [India], November 20 (ANI): The ministry said on Thursday.', 'New Delhi'],
    ['MOSCOW, 5 декабря /TASS/. The talks will resume on Monday.', 'MOSCOW'],
    ['Port of Spain, June 3 -- Rain closed the schools.', 'Port of Spain'],
    ['BOGOTÁ — Colombia’s central bank held rates.', 'BOGOTÁ'],
  ])('still reads the dateline that opens "%s"', (body, place) => {
    // Act
    const dateline = detectDateline(body);

    // Assert
    expect(dateline?.place).toBe(place);
  });

  it('still reads a press release credited to its distributor', () => {
    // Act
    const dateline = detectDateline(
      'CHICAGO, March 3, 2025 /PRNewswire/ -- Acme Corp. today announced a new plant.',
    );

    // Assert
    expect(dateline?.place).toBe('CHICAGO');
  });

  it('reads no dateline in an opening sentence that only has a dash or a parenthesis further on', () => {
    // Act + Assert
    expect(
      detectDateline('Council tax bills in Leeds will rise - the council said (on Monday).'),
    ).toBeUndefined();
    expect(
      detectDateline('In Washington, officials said the cost-of-living crisis had eased.'),
    ).toBeUndefined();
    expect(
      detectDateline('Mr. Petrenko is expected to visit Warsaw — and Kyiv — next month.'),
    ).toBeUndefined();
  });

  it('still reads the guests of an event, and none without a word of attending', () => {
    // Arrange
    const guests = 'Kenya and Somalia attended the inauguration in Nairobi.';
    const hosts = 'Kenya and Somalia signed a border deal in Nairobi.';

    // Act + Assert
    expect(guestsAfter(guests, guests.indexOf('Somalia') + 'Somalia'.length)).toBe(true);
    expect(guestsAfter(hosts, hosts.indexOf('Somalia') + 'Somalia'.length)).toBe(false);
  });

  it('still reads the owner of a market that moved by its unit or as flat, and no owner without one', () => {
    // Arrange
    const rose = "Japan's Nikkei 225 rose 0.5% in early trade.";
    const flat = "South Korea's KOSPI was flat on Tuesday.";
    const said = "Japan's finance minister said the yen was weak.";

    // Act + Assert
    expect(ownsMove(rose, mention(rose, 'Japan'))).toBe(true);
    expect(ownsMove(flat, mention(flat, 'South Korea'))).toBe(true);
    expect(ownsMove(said, mention(said, 'Japan'))).toBe(false);
  });

  it('still reads a past accord dated by a day, its date pattern asked last', () => {
    // Arrange
    const text = 'Japan kept the pledge under the accord signed in Paris on February 22.';
    const start = text.indexOf('Paris');

    // Act + Assert
    expect(isPastMeetingVenue(text, start, start + 'Paris'.length)).toBe(true);
  });

  it('still reads the stations of a life, and none in a sentence with no word of one', () => {
    // Arrange
    const born = 'Born in Toronto, Canada, the architect moved to California.';
    const trip = 'The minister flew to Toronto, Canada, for the talks.';
    const bornDoc = prepareDocument({ title: '', body: born, language: 'en' });
    const tripDoc = prepareDocument({ title: '', body: trip, language: 'en' });

    // Act + Assert
    expect(namedOnlyAsLifeStations(bornDoc, country('CA', mention(born, 'Canada')))).toBe(true);
    expect(namedOnlyAsLifeStations(tripDoc, country('CA', mention(trip, 'Canada')))).toBe(false);
  });

  it('still reads the venue of a later round of talks, and no later venue without its word', () => {
    // Arrange
    const later = 'The two sides agreed to meet again in Rome later this month.';
    const now = 'The two sides met in Rome on Monday.';
    const laterDoc = prepareDocument({ title: '', body: later, language: 'en' });
    const nowDoc = prepareDocument({ title: '', body: now, language: 'en' });

    // Act + Assert
    expect(namedOnlyAsNextVenue(laterDoc, country('IT', mention(later, 'Rome')))).toBe(true);
    expect(namedOnlyAsNextVenue(nowDoc, country('IT', mention(now, 'Rome')))).toBe(false);
  });

  it('still reads a country as the object of a verb of effect before it', () => {
    // Arrange
    const angered = 'The tariffs angered China and South Korea.';
    const doc = prepareDocument({ title: '', body: angered, language: 'en' });

    // Act + Assert
    expect(mayBeCoObject(doc, country('CN', mention(angered, 'China')))).toBe(true);
  });
});
