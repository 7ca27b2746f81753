// "flooding to Monmouth in Wales", "moved from Tenby in Wales": a name no list knows between a preposition of
// where one goes or is and "in" with a country, region or city the gazetteer knows is a smaller place inside
// it (wild39b ★4: small towns the trimmed gazetteer lacks were typed as bodies). The preposition is needed:
// "sell KHJ-TV in Los Angeles", "the ship Docemarte in Santos", "own Liffe in London" name no places.
import { lookupPlace } from '../../countries/gazetteer.js';
import type { Field } from '../../schema.js';
import { GAZETTEER } from '../lexicon.js';
import { type Context, lowerTokenText, norm, tokenText } from './context.js';

const CAPITALISED = /^[A-Z]/;

/** A place the gazetteers know: a country, region or city, or a place of the entity lists ("Shropshire"). */
export const knownPlace = (name: string): boolean =>
  lookupPlace(name) !== undefined || GAZETTEER.get(norm(name))?.kind === 'place';

/** A body of the entity lists ("Unilever", "Tesco"). */
export const knownOrganization = (name: string): boolean =>
  GAZETTEER.get(norm(name))?.kind === 'organization';

/** A known place of one or two capitalised tokens from `index` ("Wales", "Los Angeles"). */
export function knownPlaceAt(ctx: Context, field: Field, index: number): boolean {
  const first = tokenText(ctx, field, index);
  if (!CAPITALISED.test(first)) return false;
  if (knownPlace(first)) return true;
  const second = tokenText(ctx, field, index + 1);
  return CAPITALISED.test(second) && knownPlace(`${first} ${second}`);
}

/**
 * Prepositions that take a firm, a newsroom or a person as often as a place ("sold its stake to Kestrel in
 * Singapore", "spoke to Politico in Brussels", "joined from Vitol in London", "works at Kestrel in Singapore":
 * read40 ★2): a place only after a word of going, living or being somewhere ("moved from Tenby in Wales" is
 * no such word: traders move to firms).
 */
const PEOPLE_TOO_PREPOSITIONS = new Set(['to', 'from', 'at']);

/** Words of where one goes, lives or stays, before "to", "from" or "at" and a smaller place. */
const WHEREABOUTS = new Set(
  `flooding floods lived living born based arrived arriving arrives stayed staying returned returning stranded
  trapped rescued camped settled grew raised holiday holidaying trip trips journey flight flights ferry train
  trains bus drive drove walk walked hike hiked evacuated fled travelled traveled travelling traveling commute
  commutes commuted commuting aid relief`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Endings of English-speaking towns' names ("Smithfield", "Huntsville", "Harrisburg", "Bradford", "Dartmouth",
 * "Tewkesbury"), of seven letters or more: firms and people are seldom named so, and the caller asks only of a
 * word no list knows.
 */
const TOWN_ENDING =
  /^[A-Z][a-z]{2,}(?:field|ville|burg|burgh|borough|boro|ford|mouth|dale|bury|chester|caster|haven)$/;

/**
 * The name from token `first` to `last` stands after "near" — or "to", "from" or "at" after a word of
 * whereabouts — and before "in" and a place the gazetteer knows.
 */
export function placeInKnownPlace(ctx: Context, field: Field, first: number, last: number): boolean {
  const preposition = tokenText(ctx, field, first - 1);
  if (preposition !== 'near') {
    if (!PEOPLE_TOO_PREPOSITIONS.has(preposition)) return false;
    if (
      !WHEREABOUTS.has(lowerTokenText(ctx, field, first - 2)) &&
      // "The case went to Smithfield in Georgia": one word ending as English towns' names do (ents41).
      !(first === last && TOWN_ENDING.test(tokenText(ctx, field, first)))
    )
      return false;
  }
  return tokenText(ctx, field, last + 1) === 'in' && knownPlaceAt(ctx, field, last + 2);
}
