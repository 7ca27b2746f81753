// Tests of a single word of a name: a name word, an acronym, a party's shape, a second name's opening.
import { codeUnitAt } from '../../text/chars.js';
import type { FieldText } from '../../text/document.js';
import { lazyPattern } from '../../text/lazy-pattern.js';
import { startsUpper } from '../../text/letters.js';
import type { Word } from '../chunk.js';
import { isLowerWord, NAME_PARTICLES } from '../lexicon.js';
import { newsmakerNamed } from '../newsmakers.js';
import { isGivenNameWord, isKnownSurnameWord } from '../word-facts.js';
import { isPlaceName } from './body-name-tails.js';
import { C_CALENDAR, C_PRONOUN_CONTRACTION } from './chunk-bits.js';
import { caseFlags } from './word-forms.js';

// "Tripoli-based", "Amman-bound": a name turned into a modifier is not a name. ("a Taylor Swift-themed class",
// "Grammy Award-winning composer": "Taylor" and "Grammy" alone were people: read34.)
export const MODIFIER_SUFFIX =
  /-(?:based|born|bound|controlled|registered|origin|led|backed|owned|run|made|style|era|related|speaking|sponsored|funded|linked|dominated|listed|area|flagged|aligned|allied|held|occupied|administered|affiliated|themed|inspired|branded|esque|like|winning|ordered)$/;

/**
 * "Anti-fraud", "UK-issued": a hyphened word ending in an ordinary lower-case word is a modifier; so is
 * an acronym before a lower-case word of any language ("PVV-leider", "AI-powered").
 */
function ordinaryLastPart(core: string): boolean {
  const dash = core.lastIndexOf('-');
  const last = core.slice(dash + 1);
  if (last.length === 0 || startsUpper(last)) return false;
  return (
    isLowerWord(last) || (dash >= 2 && ACRONYM_LEAD.test(core.slice(0, dash)) && LOWER_LETTERS.test(last))
  );
}
const ACRONYM_LEAD = /^[A-Z][A-Z0-9]+$/;
const LOWER_LETTERS = /^[a-z\u00df-\u00ff]{3,}$/;

/** `continuing`: the caller read a calendar word here as part of the name ("Theresa May", "Sheffield Wednesday"). */
export function isNameWord(w: Word | null | undefined, continuing = false): w is Word {
  if (!w?.capitalised || w.caseless) return false;
  const lower = w.lower;
  if (w.bits & C_CALENDAR && !continuing) return false;
  if (w.bits & C_PRONOUN_CONTRACTION) return false;
  if (lower.includes('-') && (MODIFIER_SUFFIX.test(lower) || ordinaryLastPart(w.core))) return false;
  // The core's length from the offsets (end - start): `.length` of strings is a megamorphic load.
  // Single letters are initials or labels, except X (the platform) and the Irish "Ó" of a surname.
  if (w.end - w.start === 1 && w.core !== 'X' && w.core !== 'Ó') return false;
  return true;
}

/**
 * A particle that stands between two names rather than inside one: Spanish "y" before a given name or
 * between two people's full names ("Mbappé y Jude Bellingham", "Claudia Sheinbaum y Gustavo Petro": two
 * people; "Ramón y Cajal", "José Ortega y Gasset", "Minas de Almadén y Arrayanes S.A." stay one name), the
 * Portuguese "e" of two surnames likewise in English copy ("Henrique Gouveia e Melo" is one name; "e" is "and" in an
 * article in Portuguese or Italian, so it joins only in English),
 * and "van", "de", "von" after an acronym before a given name ("de PVV van Geert Wilders": the party of
 * Geert Wilders).
 */
export function opensSecondName(
  run: readonly Word[],
  last: Word,
  particle: Word,
  after: Word,
  following: Word | undefined,
): boolean {
  if (particle.core === 'y' || particle.core === 'e')
    return isGivenNameWord(after) || (run.length >= 2 && isGivenNameWord(run[0]!) && isNameWord(following));
  return isAcronymWord(last) && isGivenNameWord(after);
}

/**
 * Italian and Spanish "al" ("to the", "at the"): after a full name in an article of another language it
 * opens a place, not a surname ("Sergio Mattarella al Quirinale", "Pedro S\u00e1nchez al Congreso",
 * "Ahmed Aboul Gheit al Cairo": a place the gazetteer knows always). Otherwise an Arabic name goes on: one
 * that opens with an Arabic given name ("Abdel Fattah al Sisi", "Abu Bakr al Bagdadi"), holds a "bin"/"ibn"
 * lineage, or whose word after "al" is a known surname ("Bashar al Asad" has one given name only).
 */
export function prepositionAfterFullName(run: readonly Word[], particle: Word, after: Word): boolean {
  if (particle.core !== 'al' || run.length < 2) return false;
  if (isPlaceName(after.core)) return true;
  if (isKnownSurnameWord(after) || newsmakerNamed(after.core) !== undefined) return false;
  let given = false;
  for (let k = 0; k < run.length; k++) {
    const w = run[k]!;
    if (NAME_PARTICLES.has(w.core) || ARABIC_GIVEN_NAMES.has(w.lower)) return false;
    if (k < run.length - 1 && isGivenNameWord(w)) given = true;
  }
  return given;
}
const ARABIC_GIVEN_NAMES = new Set(
  'abd abdel abdul abdullah abdallah abu mohammed mohamed muhammad mohammad ahmed ahmad ali hassan hussein khalid khaled omar umar ibrahim mahmoud mustafa mostafa youssef yusuf saad saud faisal hamad tamim salman zayed khalifa'.split(
    ' ',
  ),
);

/**
 * "GroenLinks-PvdA": a hyphened word with a capital inside a part (not "McCain", "MacLeod")
 * is a party's or firm's name, so "van", "von" before it after a full name means "of" ("Frans
 * Timmermans van GroenLinks-PvdA").
 */
export function isPartyShaped(core: string): boolean {
  if (!core.includes('-')) return false;
  for (const part of core.split('-')) if (INNER_CAPITAL.test(part)) return true;
  return false;
}
const INNER_CAPITAL = lazyPattern(() => /^(?!Ma?c)\p{L}+?\p{Ll}\p{Lu}/u);

/** "SPD", "CDU": all capitals, two letters or more. */
export function isAcronymWord(w: Word): boolean {
  return w.end - w.start >= 2 && (caseFlags(w.core) & 2) === 0;
}

export const isWord = (w: Word | null): w is Word => w !== null;

export function opensModifier(field: FieldText, words: readonly (Word | null)[], last: Word): boolean {
  const next = words[last.index + 1];
  if (!next?.capitalised || last.possessive || !next.lower.includes('-')) return false;
  return (
    MODIFIER_SUFFIX.test(next.lower) && codeUnitAt(field.text, last.end) === 32 && next.start === last.end + 1
  );
}
