/**
 * Ships named after their kind: "the aircraft carrier Carl Vinson", "the destroyer Zumwalt", "the tanker
 * Ever Given". The name is the vessel's (`other`), not the person, place or firm it reads as alone.
 */

/** Kinds of ship written right before a ship's name (singular: "the vessels Iran seized" is a clause). */
export const SHIP_KINDS = new Set(
  'warship destroyer frigate corvette submarine cruiser tanker supertanker freighter trawler yacht superyacht liner vessel'.split(
    ' ',
  ),
);
/**
 * "the container ship Dali", "the cruise ship Ruby Princess", "the ferry Estonia": nouns of a ship that are verbs
 * too ("to ship Nvidia chips", "buses ferry Ukrainians") name a ship only after an article or a word of the
 * ship's trade.
 */
const VERB_SHIP_KINDS = new Set(['ship', 'ferry']);
const SHIP_KIND_OPENERS = new Set(
  'the a container cargo cruise research passenger merchant hospital supply naval navy training sister survey drilling'.split(
    ' ',
  ),
);
/** "carrier" names a ship only after "aircraft", "helicopter", "bulk" or "car" ("the carrier Lufthansa" is an airline). */
const CARRIERS = new Set(['carrier', 'carriers']);
const CARRIER_KINDS = new Set(['aircraft', 'helicopter', 'bulk', 'car']);
/** "the Singapore-flagged Dali", "the Liberian-flagged Galaxy Leader": a flag state before a name. */
const FLAGGED = '-flagged';
/** Names listed after the first: "the aircraft carriers Vinson and Enterprise". */
const LIST_JOINS = new Set([',', 'and']);
const CAPITALISED = /^[A-Z]/;

function shipKindAt(lower: (i: number) => string, i: number): boolean {
  const word = lower(i);
  return (
    SHIP_KINDS.has(word) ||
    (CARRIERS.has(word) && CARRIER_KINDS.has(lower(i - 1))) ||
    (VERB_SHIP_KINDS.has(word) && SHIP_KIND_OPENERS.has(lower(i - 1))) ||
    (word.length > FLAGGED.length && word.endsWith(FLAGGED))
  );
}

/**
 * Whether the lower-cased words ending right before a name (`last` the nearest, `before` the one before it) name a
 * kind of ship: the topics' reading of a ship's name (topics/named-works.ts).
 */
export function isShipKindBefore(last: string, before: string): boolean {
  return shipKindAt((i) => (i === 1 ? last : before), 1);
}

/**
 * Whether the name whose first token is at `index` follows a kind of ship, directly or as a later item of a
 * short list of names after it. `lower(i)` is the lower-cased token at i, `text(i)` the token as written.
 */
export function namedAfterShipKind(
  lower: (i: number) => string,
  text: (i: number) => string,
  index: number,
): boolean {
  if (index < 1) return false;
  if (shipKindAt(lower, index - 1)) return true;
  if (!LIST_JOINS.has(lower(index - 1))) return false;
  // Back over the earlier names (capitalised words and list joins) to the kind's word.
  for (let i = index - 2, names = 0; i >= 1 && names < 6; i--, names++) {
    // Only a plural kind opens a list ("the destroyer Carney and Admiral Brad Cooper" is another party).
    if (shipKindAt(lower, i)) return names > 0 && lower(i).endsWith('s');
    if (!CAPITALISED.test(text(i)) && !LIST_JOINS.has(lower(i))) return false;
  }
  return false;
}

/** Words that may follow an apposition's ship kind and end its head ("a container ship the length of …"). */
const AFTER_APPOSED_KIND = new Set(
  ', . ; : ) the that which carrying with owned operated registered bound flying sailing en in on off from of'.split(
    ' ',
  ),
);
/**
 * "The Ever Given, a container ship the length of four football pitches,", "the Stena Impero, a British-flagged
 * tanker,": whether the tokens from `index` (after a name) are a comma and an apposition whose head, within eight
 * words, is a kind of ship; a noun after the kind makes it a modifier ("Smith, a tanker driver", "a ferry
 * operator"), not the head.
 */
export function shipApposedAt(lower: (i: number) => string, index: number): boolean {
  if (lower(index) !== ',' || !APPOSITION_OPENERS.has(lower(index + 1))) return false;
  for (let i = index + 2; i < index + 10; i++) {
    const word = lower(i);
    if (word === '' || word === ',' || word === '.' || word === ';') return false;
    if (shipKindAt(lower, i)) return AFTER_APPOSED_KIND.has(lower(i + 1)) || lower(i + 1) === '';
  }
  return false;
}
const APPOSITION_OPENERS = new Set(['a', 'an', 'the']);
