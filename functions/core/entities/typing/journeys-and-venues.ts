// Where a journey goes and where a race is run: the destination after "diverted to", "flew to" and the
// name before "circuit" after "at the" are places whatever their words read as (review31 ★2 leftovers:
// "Flights were diverted to Sharm El Sheikh", "Rescuers flew to Ban Houayxay", "at the Yas Marina
// circuit"), and so is the name after "the community of" ("near the community of Lac du Bonnet").
import type { Field } from '../../schema.js';
import { isLowerWord } from '../lexicon.js';
import { type Context, lowerTokenText } from './context.js';
import { isTitleLike } from './titles-and-offices.js';

/**
 * Words of a journey before "to" and its destination: "the ferry to Tilbury", "taken to Lampedusa"; a
 * traveller's ("take the train to Kurama and walk over to Kibune", "drove to Stow") and a flood's ("brought
 * flooding to Monmouth") too (wild39b ★4: travel and weather pages).
 */
export const JOURNEY_TO = new Set(
  `ferry ferries flight flights route trip trips journey taken flown airlifted evacuated diverted rerouted fled
  deported relocated flew sailed travelled traveled travelling traveling train trains bus buses tram drive drove
  climb climbs ascent
  driven walk walked walking hike hiked cycle cycled ride rode headed heading flooding`
    .split(/\s+/)
    .filter(Boolean),
);

/** "diverted to Sharm El Sheikh": `index` is the first word of the name, after "to" and a journey's word. */
export const journeyTo = (ctx: Context, field: Field, index: number): boolean =>
  lowerTokenText(ctx, field, index - 1) === 'to' && JOURNEY_TO.has(lowerTokenText(ctx, field, index - 2));

/**
 * Journey words that take a thing or a person to a person as often as to a place ("the petition was taken
 * to Kwame Mensah", "a copy was flown to Abena Owusu", "fled to Martha Kimani"): no cue for a name a
 * given name opens (read32 F4).
 */
const TO_PEOPLE_TOO = new Set(['taken', 'flown', 'fled']);

/**
 * "flew to Ban Houayxay" but not "taken to Abena Owusu": a journey that goes to places only, or one that
 * takes people too before a name of three words or more ("taken to Ban Nong Khai"; news names a person
 * in two).
 */
export const journeyToPlaceOnly = (ctx: Context, field: Field, index: number, wordCount: number): boolean =>
  journeyTo(ctx, field, index) &&
  (wordCount > 2 || !TO_PEOPLE_TOO.has(lowerTokenText(ctx, field, index - 2)));

/**
 * ", the regional minister", ", a nurse at …", ", the state's commissioner": an apposition after the token
 * at `last` whose head within four words is a person's title or trade; the name before it is a person.
 */
export function personAppositionAfter(ctx: Context, field: Field, last: number): boolean {
  if (lowerTokenText(ctx, field, last + 1) !== ',') return false;
  const article = lowerTokenText(ctx, field, last + 2);
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  for (let i = last + 3; i <= last + 6; i++) {
    const word = lowerTokenText(ctx, field, i);
    if (word === ',' || word === '.' || word === '') return false;
    if (isTitleLike(word)) return true;
  }
  return false;
}

/** A race's ground named before its noun: "at the Yas Marina circuit", "at the Curragh racecourse". */
const RACE_GROUNDS = new Set(['circuit', 'racecourse', 'raceway', 'speedway', 'velodrome']);

/** "at the Yas Marina circuit", "on the Suzuka circuit": the name between "at the" and a race's ground. */
export const raceGroundAround = (ctx: Context, field: Field, first: number, last: number): boolean =>
  RACE_GROUNDS.has(lowerTokenText(ctx, field, last + 1)) &&
  lowerTokenText(ctx, field, first - 1) === 'the' &&
  AT_OR_ON.has(lowerTokenText(ctx, field, first - 2)) &&
  !tourCircuit(ctx, field, first, last);
const AT_OR_ON = new Set(['at', 'on']);
/** Last words of the names of tours and leagues, whose "circuit" is a season's events, no ground. */
const TOUR_HEADS = new Set(['league', 'tour', 'cup', 'series', 'open', 'championship']);

/**
 * "two years on the Challenger circuit", "on the Diamond League circuit": a tour's circuit, named by an
 * ordinary word or a league's name, is no place ("on the Suzuka circuit" is one).
 */
function tourCircuit(ctx: Context, field: Field, first: number, last: number): boolean {
  if (lowerTokenText(ctx, field, last + 1) !== 'circuit') return false;
  const lastWord = lowerTokenText(ctx, field, last);
  return TOUR_HEADS.has(lastWord) || (first === last && isLowerWord(lastWord));
}

/**
 * Settlements named after "of" that are no place of their own elsewhere ("the Jewish community" is a
 * people): "the community of Lac du Bonnet", "the hamlet of Ballymore", "the commune of Saint-Denis".
 */
const SETTLEMENTS_OF = new Set(['community', 'hamlet', 'commune', 'township', 'parish']);

/** "near the community of Lac du Bonnet": `index` is the first word of the name after "of". */
export const settlementOf = (ctx: Context, field: Field, index: number): boolean =>
  lowerTokenText(ctx, field, index - 1) === 'of' &&
  SETTLEMENTS_OF.has(lowerTokenText(ctx, field, index - 2)) &&
  lowerTokenText(ctx, field, index - 3) === 'the';
