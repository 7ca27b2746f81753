// "flooding to Monmouth in Wales", "moved from Tenby in Wales": a name no list knows between a preposition of
// where one goes or is and "in" with a country, region or city the gazetteer knows is a smaller place inside
// it (wild39b ★4: small towns the trimmed gazetteer lacks were typed as bodies). The preposition is needed:
// "sell KHJ-TV in Los Angeles", "the ship Docemarte in Santos", "own Liffe in London" name no places.
import { lookupPlace } from '../../countries/gazetteer.js';
import type { Field } from '../../schema.js';
import { GAZETTEER } from '../lexicon.js';
import { type Context, norm, tokenText } from './context.js';

const CAPITALISED = /^[A-Z]/;

/** A place the gazetteers know: a country, region or city, or a place of the entity lists ("Shropshire"). */
const knownPlace = (name: string): boolean =>
  lookupPlace(name) !== undefined || GAZETTEER.get(norm(name))?.kind === 'place';

/** A known place of one or two capitalised tokens from `index` ("Wales", "Los Angeles"). */
function knownPlaceAt(ctx: Context, field: Field, index: number): boolean {
  const first = tokenText(ctx, field, index);
  if (!CAPITALISED.test(first)) return false;
  if (knownPlace(first)) return true;
  const second = tokenText(ctx, field, index + 1);
  return CAPITALISED.test(second) && knownPlace(`${first} ${second}`);
}

/** Prepositions of a place before the smaller place's name. */
const PLACE_PREPOSITIONS = new Set(['to', 'from', 'at', 'near']);

/**
 * The name from token `first` to `last` stands after a place's preposition and before "in" and a place the
 * gazetteer knows.
 */
export const placeInKnownPlace = (ctx: Context, field: Field, first: number, last: number): boolean =>
  PLACE_PREPOSITIONS.has(tokenText(ctx, field, first - 1)) &&
  tokenText(ctx, field, last + 1) === 'in' &&
  knownPlaceAt(ctx, field, last + 2);
