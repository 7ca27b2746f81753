/**
 * "Queen Elizabeth Hospital in Kowloon", "the Queen Elizabeth II Cup at Sha Tin", "The Queen Elizabeth 2 docked in
 * Sydney", "a statue of King Charles I", "her King Charles spaniel": a monarch's title and name (curated.ts MONARCHS)
 * going on into a longer name is a hospital, a race, a ship, a king of another century or a dog, which lie anywhere
 * the crown once reached, not the monarch who speaks for the country (read51 R11: each put Britain first in the
 * focus). The monarch's own number is listed with the name ("Queen Elizabeth II", "King Charles III"), so a numeral
 * after the listed words is another reign's or a ship's; "King Fahd bin Abdulaziz", "Sultan Qaboos Bin Said" go on
 * with a patronymic and stay the monarch.
 */
import { MONTH_NAMES } from '../text/months.js';

const TITLES: ReadonlySet<string> = new Set(['king', 'queen', 'emperor', 'sultan']);

/** A numeral or a digit right after the name: "King Charles I", "Queen Elizabeth 2". */
const NUMBER_AFTER = /^ (?:[IVX]+|\d+)\b(?![,.]?\d)/;
/** The dog named after Charles II: "King Charles spaniel", "King Charles spaniels". */
const BREED_AFTER = /^ spaniels?\b/;
/** A capitalised word right after the name in running text: "Queen Elizabeth Hospital", "King Fahd Causeway". */
const CAPITALISED_AFTER = /^ ([A-Z][a-z]+)\b/;
/** Words that go on after a monarch's name and leave the monarch: a patronymic, a day or a month, "And". */
const NOT_A_NAME = new RegExp(
  `^(?:Bin|Ibn|Bint|And|On|In|Of|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTH_NAMES.join('|')})$`,
);
/**
 * A headline capitalises its verbs as often as not ("King Charles Visits Canada"; a title of four words is too short
 * to tell title case), and capitals tell nothing: only the heads of the names built after monarchs are read there
 * ("Queen Elizabeth Hospital closes ward").
 */
const NAME_HEADS =
  /^ (?:hospital|cup|stakes|trophy|stadium|bridge|causeway|university|college|school|park|hall|airport|street|road|prize|award|medal|centre|center|hotel|mosque|island|memorial|foundation)\b/i;

/**
 * Whether the monarch's phrase whose first word is `firstNorm`, followed by `after` (the text after it), goes on into
 * a longer name; `titled` in a headline or a field in capitals, where a capital tells nothing.
 */
export function monarchInLongerName(firstNorm: string, after: string, titled: boolean): boolean {
  if (!TITLES.has(firstNorm)) return false;
  if (NUMBER_AFTER.test(after) || BREED_AFTER.test(after)) return true;
  if (titled) return NAME_HEADS.test(after);
  const word = CAPITALISED_AFTER.exec(after);
  return word !== null && !NOT_A_NAME.test(word[1]!);
}
