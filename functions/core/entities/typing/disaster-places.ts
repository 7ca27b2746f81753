// Where a flood, a storm or a fire strikes: "Flooding hit Monmouth, Hereford and Tenbury Wells", "Storm Bert
// battered Pontypridd", "Wildfires swept through Tarrega and Cervera" name places, whatever their words read
// as (wild39b ★4: small towns the trimmed gazetteer lacks were typed as people or bodies on weather pages).
import type { Field } from '../../schema.js';
import { POSSESSIVE_END } from '../../text/chars.js';
import { lazyPatternOf } from '../../text/lazy-pattern.js';
import { type Context, lowerTokenText, tokenText } from './context.js';
import { knownOrganization } from './place-in-place.js';
import { capitalisedAt } from './sentence-shape.js';

/** Nouns of a natural disaster or of weather that strikes a place. */
const DISASTER_NOUNS = new Set(
  `flood floods flooding floodwater floodwaters storm storms rain rains rainfall downpours snow snowfall snowstorm
  blizzard blizzards ice fire fires wildfire wildfires bushfire bushfires blaze blazes earthquake earthquakes
  quake quakes tremor tremors tornado tornadoes twister hurricane typhoon cyclone winds gales landslide landslides
  mudslide mudslides heatwave drought tsunami avalanche eruption hail hailstorm`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs of a disaster striking what follows: "hit", "battered", "swept through". */
const STRIKE_VERBS = new Set(
  `hit hits hitting struck strikes striking battered batters battering lashed lashes lashing swept sweeps
  sweeping ravaged ravages engulfed engulfs inundated pounded pounds pounding devastated tore ripped
  flooded submerged`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words between the verb and the place: "swept through", "tore across". */
const THROUGH = new Set(['through', 'across', 'into', 'parts']);

/**
 * Words that may stand between the disaster's noun and its verb: "Floods have hit", "the storm that battered", a
 * headline's "Storm to hit Bicol", "Typhoon will hit".
 */
const BETWEEN = new Set([
  'have',
  'has',
  'had',
  'that',
  'which',
  'also',
  'again',
  'on',
  'overnight',
  'to',
  'will',
]);

/**
 * The token before `index` (a name's first word) ends "<disaster> <strike verb> [through]": the disaster's noun
 * within three tokens before the verb, past auxiliaries or a storm's name ("Storm Bert battered").
 */
export function disasterStrikesAt(ctx: Context, field: Field, index: number): boolean {
  if (stormReachesAt(ctx, field, index)) return true;
  let i = index - 1;
  if (THROUGH.has(lowerTokenText(ctx, field, i))) i--;
  if (!STRIKE_VERBS.has(lowerTokenText(ctx, field, i))) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const word = lowerTokenText(ctx, field, k);
    if (DISASTER_NOUNS.has(word)) return true;
    if (!BETWEEN.has(word) && !capitalisedAt(ctx, field, k)) return false;
  }
  return false;
}

/** A passive of a disaster's strike after a name, up to the word after "by": "was hit by a", "were battered by". */
const STRUCK_BY =
  /^\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|is\s+being)\s+(?:[a-z]+ly\s+)?(?:hit|struck|battered|lashed|swept|ravaged|engulfed|inundated|pounded|devastated|flooded|shaken|gripped)\s+by\s+(?:(?:a|an|the|its|record|severe|heavy|deadly|massive|powerful|fierce|extreme|strong|[a-z]+-[a-z]+)\s+){0,3}([A-Za-z]+)/;

/**
 * "Sydney was hit by a heatwave", "Cuba was battered by a hurricane": a name a disaster's strike is told of in the
 * passive is a place, though a person of the story bears it (wild58: "Sydney Sweeney … Sydney was hit by a
 * heatwave" lost Australia to the actress).
 */
export function struckByDisaster(text: string, end: number): boolean {
  const noun = STRUCK_BY.exec(text.slice(end, end + 96))?.[1];
  return noun !== undefined && DISASTER_NOUNS.has(noun.toLowerCase());
}

/** Prepositions a storm's landfall takes: "make landfall over Isabela", "landfall in Quezon". */
const LANDFALL_AT = new Set(['over', 'in', 'near', 'on']);
/** A weather bulletin's storm signal, a few tokens before "raised over" ("warnings were raised over" a bank). */
const SIGNAL_WORDS = new Set(['signal', 'signals']);

/**
 * The token before `index` ends a storm's "landfall over" or a bulletin's "Signal No. 2 was raised (hoisted)
 * over" (weather bulletins name provinces no list knows: wild53 Y5). A signal must be named: "concerns were
 * raised over" a firm is no storm's.
 */
function stormReachesAt(ctx: Context, field: Field, index: number): boolean {
  const prep = lowerTokenText(ctx, field, index - 1);
  if (!LANDFALL_AT.has(prep)) return false;
  const verb = lowerTokenText(ctx, field, index - 2);
  if (verb === 'landfall') return true;
  if (prep !== 'over' || (verb !== 'raised' && verb !== 'hoisted')) return false;
  for (let k = index - 3; k >= Math.max(0, index - 9); k--)
    if (SIGNAL_WORDS.has(lowerTokenText(ctx, field, k))) return true;
  return false;
}

/** Joiners of a list of names: "Monmouth, Hereford and Tenbury Wells", "landfall over Isabela or Aurora". */
const JOINERS = new Set([',', 'and', 'or']);

/**
 * Where each earlier name of the list that `index` continues starts, nearest first: back over joiners and names
 * of up to three words ("Monmouth, Hereford and Tenbury Wells"), at most five names back.
 */
function earlierListNames(ctx: Context, field: Field, index: number): number[] {
  const starts: number[] = [];
  let start = index;
  for (let hops = 0; hops < 5; hops++) {
    let i = start - 1;
    if (!JOINERS.has(lowerTokenText(ctx, field, i))) break;
    let names = 0;
    while (names < 3 && capitalisedAt(ctx, field, i - 1)) {
      i--;
      names++;
    }
    if (names === 0) break;
    starts.push(i);
    start = i;
  }
  return starts;
}

/** `index` is the first word of a later name of a list a disaster strikes: one of its earlier names follows the verb. */
export const listDisasterStrikes = (ctx: Context, field: Field, index: number): boolean =>
  earlierListNames(ctx, field, index).some((start) => disasterStrikesAt(ctx, field, start));

/**
 * Words that may follow what a disaster struck ("hit Pontypridd overnight", "battered Hereford, killing two"):
 * anything else after the name reads it as an owner or a firm ("hit Apple supplier", "hit Nestle hard",
 * "the fire hit Starmer too": read40 ★1).
 */
const AFTER_PLACES = new Set(
  `on in overnight with as after before early late last this during over at near and killing leaving forcing
  causing damaging destroying cutting knocking flooding sweeping bringing where when while`
    .split(/\s+/)
    .filter(Boolean),
);

const LETTER_OR_DIGIT = lazyPatternOf('[\\p{L}\\p{N}]', 'u');

/**
 * The names of the list around `index` that a disaster strikes read as places: the list ends a clause or
 * goes on with where or when ("Floods hit Sainsbury, Tesco and Asda stores" names shops; "Davies's farm" an
 * owner); and no name of it is a known body ("The drought hit Nestle, Unilever and Danone", "Wildfires hit
 * Chubb, Allstate and Travelers": firms stand in such lists as often as towns the gazetteer lacks).
 */
export function disasterListReadsAsPlaces(ctx: Context, field: Field, index: number): boolean {
  // From the list's first name forward over its names and joiners.
  const names: string[] = [];
  let i = earlierListNames(ctx, field, index).at(-1) ?? index;
  for (let hops = 0; hops < 6; hops++) {
    const words: string[] = [];
    while (words.length < 3 && capitalisedAt(ctx, field, i)) words.push(tokenText(ctx, field, i++));
    if (words.length === 0) return false;
    if (POSSESSIVE_END.test(words[words.length - 1]!)) return false;
    names.push(words.join(' '));
    const joiner = lowerTokenText(ctx, field, i);
    if (!JOINERS.has(joiner) || !capitalisedAt(ctx, field, i + 1)) break;
    i++;
  }
  const after = tokenText(ctx, field, i).toLowerCase();
  if (after !== '' && LETTER_OR_DIGIT.test(after) && !AFTER_PLACES.has(after)) return false;
  return !names.some((name) => knownOrganization(name) || name.split(' ').some(knownOrganization));
}

/**
 * The one-word name at `index` is one of several names of a list ("hit Chelsea and Arsenal", "Kensington, Chelsea
 * and Fulham"): a given name alone there is a district as its neighbours are ("Floods hit Chelsea and Fulham"), where
 * one alone may be a person's.
 */
export function inListOfNames(ctx: Context, field: Field, index: number): boolean {
  if (earlierListNames(ctx, field, index).length > 0) return true;
  return JOINERS.has(lowerTokenText(ctx, field, index + 1)) && capitalisedAt(ctx, field, index + 2);
}

/** What a storm grows into or falls to: "strengthened into a hurricane", "weakened to a tropical storm". */
const STORM_CHANGE_VERBS = new Set(
  'strengthened strengthens strengthen intensified intensifies intensify weakened weakens weaken upgraded downgraded'.split(
    ' ',
  ),
);
/** The kinds of storm such a change names. */
const STORM_KINDS = new Set(
  'hurricane typhoon cyclone storm depression category tropical super post-tropical extratropical'.split(' '),
);
/** Verbs of a landfall: "made landfall", "is expected to make landfall". */
const LANDFALL_VERBS = new Set(['make', 'made', 'makes', 'making']);
/**
 * Words that may stand between a storm's name and its deed: "is expected to", "could", "has rapidly", "was forecast
 * to" (anything else parts them: "DeSantis toured areas where Ian made landfall" names a person).
 */
const STORM_DEED_AUXILIARIES = new Set(
  `is was has had will would could may might should be been being expected forecast predicted set likely due poised
  about to then later rapidly quickly further finally briefly again already also`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * "Milton is expected to make landfall near Tampa", "Beryl strengthened into a Category 5 hurricane": the name at
 * `index` is a storm's where only auxiliaries part it from a landfall or from a change into a kind of storm.
 */
export function stormDeedAfter(ctx: Context, field: Field, index: number): boolean {
  let k = index + 1;
  while (STORM_DEED_AUXILIARIES.has(lowerTokenText(ctx, field, k)) && k < index + 6) k++;
  const verb = lowerTokenText(ctx, field, k);
  if (LANDFALL_VERBS.has(verb)) return lowerTokenText(ctx, field, k + 1) === 'landfall';
  if (!STORM_CHANGE_VERBS.has(verb)) return false;
  const into = lowerTokenText(ctx, field, k + 1);
  if (into !== 'into' && into !== 'to') return false;
  const article = lowerTokenText(ctx, field, k + 2);
  return STORM_KINDS.has(lowerTokenText(ctx, field, article === 'a' || article === 'an' ? k + 3 : k + 2));
}
