// Names hyphened to a participle: "the Michael Stoute-trained colt" (a surname), "the Hamas-run health ministry" (a
// listed body); read by `mixedCaseChunks` (chunk.ts).
import { codeUnitAt, lowerCased } from '../../text/chars.js';
import type { FieldText } from '../../text/document.js';
import { startsUpper } from '../../text/letters.js';
import type { Token } from '../../text/tokens.js';
import type { Word } from '../chunk.js';
import { knownBodyNamed } from '../known-bodies.js';
import { GAZETTEER, PERSON_TITLES } from '../lexicon.js';
import { isGivenNameWord } from '../word-facts.js';
import { toWord } from './word-forms.js';

/** Participles hyphened to a person's surname: "Michael Stoute-trained", "Gordon Brown-led", "George Bush-style". */
const PERSON_PARTICIPLE =
  /^(?:trained|led|owned|backed|run|controlled|sponsored|funded|founded|coached|managed|ridden|produced|directed|chaired|fronted|brokered|era|style|themed|inspired|appointed)$/;

/**
 * "The Michael Stoute-trained colt", "the Aidan O'Brien-trained filly", "the Gordon Brown-led government": after a
 * run ending in a given name, a capitalised word hyphened to a participle of what a person does to a thing
 * (trains, leads, owns, backs) is that person's surname, as after a title, a word of its own up to the hyphen (wild47 star 7: the
 * given name alone was the person, or the modifier took the whole name). "Bear Stearns-led", "World Bank-funded":
 * no given name before, no person.
 */
export function surnameBeforeParticiple(
  field: FieldText,
  words: readonly (Word | null)[],
  last: Word,
): Word | undefined {
  const next = words[last.index + 1];
  if (!next?.capitalised || next.caseless || last.possessive) return undefined;
  // ("The Sheikh Mohammed-owned colt": a title before the name too.)
  if (!isGivenNameWord(last) && !PERSON_TITLES.has(last.lower)) return undefined;
  if (next.start !== last.end + 1 || codeUnitAt(field.text, last.end) !== 32) return undefined;
  const core = next.core;
  const dash = core.lastIndexOf('-');
  if (dash < 2 || !PERSON_PARTICIPLE.test(next.lower.slice(dash + 1))) return undefined;
  const head = core.slice(0, dash);
  if (!startsUpper(head)) return undefined;
  const token: Token = { text: head, start: next.start, end: next.start + head.length };
  return toWord(token, next.index, next.line, next.lineStart, false, false, next.wrapped, next.tabular);
}

/** Participles of what a group does to a body or a place it holds: "Hamas-run", "Hezbollah-backed", "Taliban-led". */
const BODY_PARTICIPLE =
  /^(?:run|led|backed|owned|controlled|sponsored|funded|linked|dominated|aligned|allied|held|occupied|administered|affiliated|ordered|supported|appointed|installed)$/;

/**
 * "the Hamas-run health ministry", "Hezbollah-linked groups", "Taliban-led government": a capitalised word hyphened
 * to a participle of control or backing, before the hyphen a body the lists know as an organisation, names that
 * body (the modifier as a whole is no name; the story often names the group only so). Places and countries
 * ("Iran-backed", "London-based") are left to the countries' readings.
 */
export function bodyBeforeParticiple(w: Word): Word | undefined {
  if (!w.capitalised || w.caseless || w.possessive) return undefined;
  const core = w.core;
  const dash = core.lastIndexOf('-');
  if (dash < 2 || !BODY_PARTICIPLE.test(w.lower.slice(dash + 1))) return undefined;
  const head = core.slice(0, dash);
  if (!startsUpper(head)) return undefined;
  if (GAZETTEER.get(lowerCased(head))?.kind !== 'organization' && knownBodyNamed(head) === undefined)
    return undefined;
  const token: Token = { text: head, start: w.start, end: w.start + head.length };
  return toWord(token, w.index, w.line, w.lineStart, false, false, w.wrapped, w.tabular);
}
