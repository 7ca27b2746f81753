import type { FieldText } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "The USS Gerald R. Ford carrier arrived in the Caribbean", "HMAS Canberra docked in Manila": a navy's prefix before
 * a ship's name is its country's (wild49 C9: the US build-up off Venezuela was told by its carriers and destroyers,
 * and the story had no country at all). Only before a capitalised name: "the USS pension scheme" (Britain's
 * Universities Superannuation Scheme) names none.
 */
const PREFIXES: ReadonlyMap<string, string> = new Map([
  ['USS', 'US'],
  ['HMS', 'GB'],
  ['HMAS', 'AU'],
  ['HMCS', 'CA'],
  ['HMNZS', 'NZ'],
]);
/**
 * The prefix and the capitalised words of the name ("USS Gerald R. Ford"), read as one mention, with the kind of ship
 * written before it ("the destroyer USS Gravely sailed": the ship is the clause's subject).
 */
const SHIP_PREFIX =
  /\b(?:(?:(?:aircraft|helicopter)\s+)?carrier\s+|destroyer\s+|frigate\s+|cruiser\s+|submarine\s+|warship\s+)?(USS|HMS|HMAS|HMCS|HMNZS)\s+[A-Z][a-z][\w'-]*(?:\s+(?:[A-Z]\.|[A-Z][a-z][\w'-]*))*/g;

/**
 * A firm's or a pension scheme's words in the name: "USS Investment Management", "USS Pensions" are Britain's
 * Universities Superannuation Scheme (read50 R14), no ship.
 */
const FIRM_NAME_WORD = /\b(?:Pension|Investment)/;

/** The navy's country of each ship named with its prefix in the field, as a demonym ("an American ship"). */
export function navyShipMentions(field: FieldText): CountryMention[] {
  const { text } = field;
  if (!text.includes('S ')) return [];
  let out: CountryMention[] | undefined;
  for (const m of text.matchAll(SHIP_PREFIX)) {
    if (FIRM_NAME_WORD.test(m[0])) continue;
    out ??= [];
    out.push({
      code: PREFIXES.get(m[1]!)!,
      kind: 'demonym',
      field: field.field,
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      ambiguous: false,
      currency: false,
      needsConfirmation: false,
    });
  }
  return out ?? [];
}
