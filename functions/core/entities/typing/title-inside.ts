// titleInside: a title inside a capitalised run, after a company or place and before a given name, splits
// the run ("Cofinec CEO Stephen Frater").
import { lookupPlace } from '../../countries/gazetteer.js';
import type { Word } from '../chunk.js';
import {
  FAMILY_NAMES_FIRST,
  GAZETTEER,
  isGivenName,
  isKnownSurname,
  isLowerWord,
  NAME_PARTICLES,
  ORG_HEADS,
  PLACE_HEADS,
} from '../lexicon.js';
import { isGivenNameWord, isKnownSurnameWord, isLowerWordWord } from '../word-facts.js';
import { knownBody } from './bodies-and-parties.js';
import { norm } from './context.js';
import { TITLE_MODIFIERS } from './cue-words.js';
import { NAME_HONORIFICS } from './person-cues.js';
import { isTitleLike, titleStartOf } from './titles-and-offices.js';
import { ACRONYM, INITIALS, S_ACRONYM, SURNAME_SHAPE, shapeIs } from './word-tests.js';

/**
 * "Cofinec CEO Stephen Frater", "Chicago Cardinal Joseph Bernardin": a title inside a run, after a
 * company or place and before a given name, splits the run. Returns the title's index, or -1.
 */
export function titleInside(words: readonly Word[], from: number, to: number, foreign: boolean): number {
  for (let t = to - 2; t > from; t--) {
    if (!isTitleLike(words[t]!.core) && !countyExecutive(words, t)) continue;
    // "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed": "Sheikh" after a name that names no body or place
    // the lists know, and after no title ("Emir Sheikh Tamim"), is a word of the person's name.
    if (
      NAME_HONORIFICS.has(words[t]!.lower) &&
      !isTitleLike(words[t - 1]!.core) &&
      !knownBody(words[from]!.core)
    )
      continue;
    // "Nvidia Chief Executive Jensen Huang": a modifier right after the title completes it.
    const end = t + 1 < to - 1 && TITLE_MODIFIERS.has(words[t + 1]!.lower) ? t + 1 : t;
    // Particles do not lengthen a name: "Ursula von der Leyen" is two names long.
    let rest = 0;
    for (let i = end + 1; i < to; i++) if (!NAME_PARTICLES.has(words[i]!.core)) rest++;
    const next = words[end + 1]!.core;
    const last = words[to - 1]!;
    const lastLower = last.lower;
    if (rest > 3 || ORG_HEADS.has(lastLower) || PLACE_HEADS.has(lastLower)) return -1;
    if (isGivenName(next) || INITIALS.test(next) || FAMILY_NAMES_FIRST.has(next)) return end;
    // "Zairean Prime Minister Kengo wa Dondo": two names joined by a particle are a person's.
    if (
      rest === 2 &&
      to - end === 4 &&
      NAME_PARTICLES.has(words[end + 2]!.core) &&
      !isLowerWord(next) &&
      !isLowerWordWord(last)
    )
      return end;
    // "Auch Außenministerin Annalena Baerbock": where nouns are capitalised, a title inside a run is
    // followed by the holder's name, whatever the lists know of it.
    if (foreign && rest >= 2 && !isLowerWord(next) && !isLowerWordWord(last)) return end;
    // Two name-shaped words, one a known surname: "Jensen Huang".
    const nextKind = GAZETTEER.get(norm(next))?.kind;
    if (
      rest === 2 &&
      !isLowerWord(next) &&
      !isLowerWordWord(last) &&
      (nextKind === undefined || nextKind === 'person') &&
      (isKnownSurname(next) || isKnownSurnameWord(last) || SURNAME_SHAPE.test(last.core))
    )
      return end;
    // "Tesla CEO Elon Musk", "IOC President Kirsty Coventry": after a title that follows one word naming a
    // body or a place the lists know, two name-shaped words are its holder even when no list knows the
    // given name or the surname (a surname may be spelled like a town). So after a body's name closed by
    // its head word: "International Olympic Committee President Kirsty Coventry", "Central Bank Governor
    // Olayemi Cardoso". The first must be no ordinary word, acronym or listed name other than a person's;
    // the second no ordinary word or acronym.
    // "Atlanta Mayor Keisha Lance Bottoms": three such words, the middle one a given name or a surname the
    // lists know (a surname last may be spelled like an ordinary word).
    // "WHO Director-General Tedros Adhanom Ghebreyesus": after a body's acronym and its title, three words no
    // list knows, none an ordinary word or an acronym, are the holder's too (review32 ★E1).
    const threeWords =
      rest === 3 &&
      to - end === 4 &&
      !isLowerWord(next) &&
      (isGivenNameWord(words[end + 2]!) ||
        isKnownSurnameWord(words[end + 2]!) ||
        (shapeIs(words[from]!, S_ACRONYM) && nameShapedWords(words, end + 1, to)));
    if ((rest === 2 && to - end === 3) || threeWords) {
      const titleStart = titleStartOf(words, from, t);
      // "QatarEnergy Chief Executive Saad al-Kaabi", "Lao President Thongloun Sisoulith": a firm's name
      // with a capital inside it, or a people's name, is no person's first word either.
      const afterBody =
        titleStart === from + 1
          ? knownBody(words[from]!.core) ||
            INNER_CAPITAL.test(words[from]!.core) ||
            GAZETTEER.get(norm(words[from]!.core))?.kind === 'group'
          : titleStart > from + 1 &&
            (ORG_HEADS.has(words[titleStart - 1]!.lower) ||
              // "Khyber Pakhtunkhwa Chief Minister Sohail Afridi": a region the place lists know by its
              // several words ("Lagos State Governor Babajide Sanwo-Olu").
              lookupPlace(wordsText(words, from, titleStart)) !== undefined);
      if (
        afterBody &&
        !isLowerWord(next) &&
        !ACRONYM.test(next) &&
        (nextKind === undefined || nextKind === 'person') &&
        // ("Intel CEO Lip-Bu Tan": after a given name of two syllables, each capitalised, the surname may be
        // spelled like an ordinary word.)
        (threeWords || !isLowerWordWord(last) || CAPITALISED_SYLLABLES.test(next)) &&
        !shapeIs(last, S_ACRONYM) &&
        GAZETTEER.get(norm(last.core))?.kind !== 'organization'
      )
        return end;
    }
    // "Microsoft CEO Nadella", "Tesla Chief Executive Musk": after a body the lists know (or a firm's name
    // with a capital inside, "OpenAI") and its title, one name-shaped word is the holder's surname.
    if (
      rest === 1 &&
      to - end === 2 &&
      titleStartOf(words, from, t) === from + 1 &&
      (knownBody(words[from]!.core) || INNER_CAPITAL.test(words[from]!.core)) &&
      !isLowerWord(next) &&
      !ACRONYM.test(next) &&
      (nextKind === undefined || nextKind === 'person')
    )
      return end;
    // "U.N. Ambassador Albright", "IMF chief Georgieva": after a body's acronym, one name-shaped word.
    if (
      rest === 1 &&
      shapeIs(words[from]!, S_ACRONYM) &&
      !isLowerWord(next) &&
      (nextKind === undefined || nextKind === 'person')
    )
      return end;
    return -1;
  }
  return -1;
}

/** The words from `from` to `to`, as written, one space apart. */
function wordsText(words: readonly Word[], from: number, to: number): string {
  let text = words[from]!.core;
  for (let i = from + 1; i < to; i++) text += ` ${words[i]!.core}`;
  return text;
}

/** "Lip-Bu", "Jae-Yong", "Chee-Hwa": two short syllables, each capitalised, joined by a hyphen. */
const CAPITALISED_SYLLABLES = /^[A-Z][a-z]{1,3}-[A-Z][a-z]{1,4}$/;

/**
 * "Erie County Executive Mark Poloncarz": "Executive" after "County" is the office of an American county's
 * elected head (the run was one person's name); elsewhere it only completes a title ("Chief Executive").
 */
const countyExecutive = (words: readonly Word[], t: number): boolean =>
  words[t]!.lower === 'executive' && words[t - 1]!.lower === 'county';

/** "QatarEnergy", "OpenAI", "TikTok": a lower-case letter, then a capital inside the word. */
const INNER_CAPITAL = /^[A-Z][a-z]+[A-Z]/;

/** Words of a name's shape: no ordinary word, no acronym (a holder's name no list knows). */
function nameShapedWords(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (isLowerWordWord(words[i]!) || shapeIs(words[i]!, S_ACRONYM) || GAZETTEER.has(words[i]!.lower))
      return false;
  return true;
}
