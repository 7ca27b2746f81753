// Where a flood, a storm or a fire strikes: "Flooding hit Monmouth, Hereford and Tenbury Wells", "Storm Bert
// battered Pontypridd", "Wildfires swept through Tarrega and Cervera" name places, whatever their words read
// as (wild39b ★4: small towns the trimmed gazetteer lacks were typed as people or bodies on weather pages).
import type { Field } from '../../schema.js';
import { type Context, lowerTokenText } from './context.js';
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

/** Words that may stand between the disaster's noun and its verb: "Floods have hit", "the storm that battered". */
const BETWEEN = new Set(['have', 'has', 'had', 'that', 'which', 'also', 'again', 'on', 'overnight']);

/**
 * The token before `index` (a name's first word) ends "<disaster> <strike verb> [through]": the disaster's noun
 * within three tokens before the verb, past auxiliaries or a storm's name ("Storm Bert battered").
 */
export function disasterStrikesAt(ctx: Context, field: Field, index: number): boolean {
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

/** Joiners of a list of names: "Monmouth, Hereford and Tenbury Wells". */
const JOINERS = new Set([',', 'and']);

/**
 * `index` is the first word of a later name of a list a disaster strikes: back over joiners and names of
 * up to three words to the first name, after a disaster's verb.
 */
export function listDisasterStrikes(ctx: Context, field: Field, index: number): boolean {
  let i = index - 1;
  for (let hops = 0; hops < 5; hops++) {
    if (!JOINERS.has(lowerTokenText(ctx, field, i))) return false;
    let names = 0;
    while (names < 3 && capitalisedAt(ctx, field, i - 1)) {
      i--;
      names++;
    }
    if (names === 0) return false;
    if (disasterStrikesAt(ctx, field, i)) return true;
    i--;
  }
  return false;
}
