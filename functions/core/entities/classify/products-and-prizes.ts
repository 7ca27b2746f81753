// A stage of `typeNamedSpan` (classify.ts): products, possessive firms, a club before its player, prizes,
// programmes.
import { GAZETTEER, isBrandWord, isGivenName } from '../lexicon.js';
import { candidate, NO_INFO } from '../typing/candidates.js';
import { type Candidate, fieldsOf, lowerTokenText, tokenText } from '../typing/context.js';
import { MAKER_NOUNS } from '../typing/firm-cues-around.js';
import { medicineApposedAfter } from '../typing/medicines.js';
import { listedAsBodyOrPlace } from '../typing/place-cues.js';
import { ownerBefore, SOLD_UNITS } from '../typing/products-and-models.js';
import type { SpanContext } from '../typing/reading.js';
import {
  AWARD_AFTER_WORD,
  CASED,
  DEVICE_AFTER_WORD,
  PRODUCT_AFTER_WORD,
  PRODUCT_BEFORE_WORD,
  PROGRAMME_AFTER_WORD,
  tokenBits,
} from '../typing/token-bits.js';
import { S_ACRONYM, shapeIs } from '../typing/word-tests.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from '../word-facts.js';
import type { NamedSpan } from './named-span.js';

/** Where the phrase of a thing ends after its name: "selling the Swift in Europe", "drove a Swift to work". */
const PLACE_PREPOSITIONS_AFTER_THING = new Set(
  'in to at on for from with by into across since until'.split(' '),
);
/**
 * The article before a thing's name, hardly ever before a person's surname alone: "the Swift" ("a Bush in the White
 * House", "a Kennedy": one of a family, read47).
 */
const ARTICLES_BEFORE_THING = new Set(['the']);
/** A product's maker after its name: "Candy Crush maker King". */
const MAKERS_AFTER_PRODUCT = new Set(['maker', 'makers', 'developer', 'developers']);
/** Who makes or plays a product named after "of": "the maker of Candy Crush", "players of Candy Crush". */
const PRODUCT_HOLDERS_OF = new Set(['maker', 'makers', 'developer', 'developers', 'players', 'users']);
/** Products, possessive firms, a club before its player, prizes, programmes, "Disney+". */
export function productsAndPrizes(s: NamedSpan, span: SpanContext): Candidate[] | undefined {
  const { chunk, ctx, words, to } = s;
  const { from, personCue, prevToken, nextToken, prevBits, nextBits, base } = span;
  // Not "Gorbachev's program" (its owner) nor a headline in capitals ("U.S. SOYBEAN PROGRAM CHANGES").
  const plainSingleWord = to - from === 1 && !words[from]!.possessive && !chunk.caseless;
  // "the weight-loss drug Wegovy", "the maker of Ozempic": a name right after a product's noun, or after
  // "maker of", is the product (a firm the lists know stays the firm: "chips from Nvidia").
  if (
    to - from === 1 &&
    (prevBits & PRODUCT_BEFORE_WORD ||
      (prevToken === 'of' && MAKER_NOUNS.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)))) &&
    !listedAsBodyOrPlace(words[from]!) &&
    !isGivenNameWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "the maker of Candy Crush", "players of Candy Crush", "the app Candy Crush": a given name before an ordinary word
  // that no name list knows, where a single name would be the product, is the product's name (a person's name
  // ends in a surname: "fans of Taylor Swift").
  if (
    to - from === 2 &&
    !chunk.caseless &&
    !personCue &&
    !words[to - 1]!.possessive &&
    (prevBits & PRODUCT_BEFORE_WORD ||
      // ("Candy Crush maker King".)
      MAKERS_AFTER_PRODUCT.has(nextToken) ||
      (prevToken === 'of' &&
        PRODUCT_HOLDERS_OF.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)))) &&
    isGivenNameWord(words[from]!) &&
    isLowerWordWord(words[to - 1]!) &&
    !isGivenNameWord(words[to - 1]!) &&
    !isKnownSurnameWord(words[to - 1]!) &&
    gazetteerOfWord(words[to - 1]!) === undefined
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "stop selling the Swift in Europe", "drove a Swift to work": an article before a surname alone, the phrase
  // ending with it, names a thing (a model, a ship), no person ("the Swift concert": the name as a modifier).
  if (
    plainSingleWord &&
    !personCue &&
    // (In lower case: "J White, A Hogg" is an initial.)
    ARTICLES_BEFORE_THING.has(tokenText(ctx, chunk.field, words[from]!.index - 1)) &&
    // ("the Taft and Ingalls families", "a Henson, D'Arcy, O'Driscoll combination": a family's or a list's name.)
    (PLACE_PREPOSITIONS_AFTER_THING.has(nextToken) || nextToken === '.') &&
    isKnownSurnameWord(words[from]!) &&
    !isGivenNameWord(words[from]!) &&
    (gazetteerOfWord(words[from]!)?.kind ?? 'person') === 'person' &&
    !placeOfWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'other', 1, base)];
  // "Kisunla, Eli Lilly's Alzheimer's treatment,": a name an apposition calls a medicine is the medicine.
  if (
    plainSingleWord &&
    medicineApposedAfter(ctx, chunk.field, words[from]!.index) &&
    !listedAsBodyOrPlace(words[from]!) &&
    !isGivenNameWord(words[from]!) &&
    !isKnownSurnameWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "Ozempic pills", "Blackwell chips", "sales of Wegovy": a name before a product's noun, or after the
  // sales or doses of something, is the product; a firm or place the lists know stays one ("Nvidia chips",
  // "sales of Toyota cars").
  // "Cambricon chips", "Xiaomi smartphones": before a device's noun an unknown name is more often its maker;
  // the device's own name needs an owner or a determiner before it ("Nvidia's Blackwell chips", "its Pixel
  // handsets", "the Cell processor").
  if (
    plainSingleWord &&
    (nextBits & PRODUCT_AFTER_WORD ||
      (prevToken === 'of' && SOLD_UNITS.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2))) ||
      (nextBits & DEVICE_AFTER_WORD && ownerBefore(prevToken))) &&
    // "Japanese chips", "French tablets": a nationality word or a name the lists know is no product.
    !(gazetteerOfWord(words[from]!) !== undefined) &&
    !placeOfWord(words[from]!) &&
    !isBrandWord(words[from]!.core) &&
    !isGivenNameWord(words[from]!) &&
    !shapeIs(words[from]!, S_ACRONYM)
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  if (
    plainSingleWord &&
    nextBits & DEVICE_AFTER_WORD &&
    !ownerBefore(prevToken) &&
    !shapeIs(words[from]!, S_ACRONYM) &&
    !personCue &&
    !isGivenNameWord(words[from]!) &&
    gazetteerOfWord(words[from]!) === undefined &&
    !placeOfWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'organization', 1, base)];
  // "McDonald's said", "sales at Moody's": a firm whose name is a possessive ("McDonald" is a surname).
  const possessiveFirm =
    to - from === 1 && words[from]!.possessive ? GAZETTEER.get(`${words[from]!.lower}'s`) : undefined;
  if (possessiveFirm?.kind === 'organization')
    return [
      candidate(chunk, from, to, 'organization', 2, base, { ...NO_INFO, canonical: possessiveFirm.name }),
    ];
  // "Chelsea's Cole Palmer", "Everton's Duncan Ferguson": on a sports page a name in the possessive right
  // before a player's full name is the club (a country or a place stays one: "Britain's Andy Murray";
  // elsewhere it may be a person's: "Trump's Susie Wiles").
  if (
    ctx.sports &&
    to - from === 1 &&
    words[from]!.possessive &&
    !chunk.caseless &&
    nextBits & CASED &&
    isGivenName(nextToken) &&
    tokenBits(ctx, chunk.field, words[from]!.index + 2) & CASED &&
    !isKnownSurnameWord(words[from]!) &&
    !listedAsBodyOrPlace(words[from]!) &&
    gazetteerOfWord(words[from]!)?.kind !== 'demonym'
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "Nobel laureate Muhammad Yunus", "Oscar winner Emma Stone": a name before the one who won it is a prize.
  if (
    plainSingleWord &&
    nextBits & AWARD_AFTER_WORD &&
    // The winner's name follows ("the Arsenal winner in the 89th minute" is a goal).
    tokenBits(ctx, chunk.field, words[from]!.index + 2) & CASED &&
    !ctx.sports &&
    !listedAsBodyOrPlace(words[from]!)
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "its Artemis programme", "the Hubble telescope": a name before a programme or a craft names it; a
  // body's or a place's programme keeps its owner ("the UN programme", "the Ontario program").
  if (
    plainSingleWord &&
    nextBits & PROGRAMME_AFTER_WORD &&
    !shapeIs(words[from]!, S_ACRONYM) &&
    !listedAsBodyOrPlace(words[from]!)
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "Disney+", "Canal+": a plus written onto a name makes a brand of a streaming or TV service.
  if (
    to - from === 1 &&
    nextToken === '+' &&
    fieldsOf(ctx, chunk.field).field.tokens[words[from]!.index + 1]?.start === words[from]!.end
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  return undefined;
}
