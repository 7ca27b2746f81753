// Names the lists know that run through "the", "and" or a people's word ("Pratt and Whitney"), and the look-up
// key of a run; read by `mixedCaseChunks` (chunk.ts).
import type { FieldText } from '../../text/document.js';
import type { Word } from '../chunk.js';
import { knownBodyNamed, mayNameKnownBodyWith } from '../known-bodies.js';
import { GAZETTEER, isLowerWord, PARTY_LABELS } from '../lexicon.js';
import { newsmakerNamed } from '../newsmakers.js';
import { gazetteerOfWord, isGivenNameWord, isKnownSurnameWord, isLowerWordWord } from '../word-facts.js';
import { isNameWord } from './name-words.js';
import { toWord } from './word-forms.js';
import { joinable } from './wrapped-lines.js';

/** The "and" token at `index` as a word of the line of `last`, the name word it follows. */
export function andAfter(field: FieldText, last: Word, index: number): Word {
  return toWord(
    field.tokens[index]!,
    index,
    last.line,
    last.lineStart,
    false,
    false,
    last.wrapped,
    last.tabular,
    undefined,
    field.wordIds[index] ?? -1,
  );
}

/** The words' lower-case forms joined by spaces: the key the entity gazetteer is asked with. */
export function lookupKey(words: readonly Word[], from: number, to: number): string {
  let key = words[from]!.lower;
  for (let i = from + 1; i < to; i++) key += ` ${words[i]!.lower}`;
  return key;
}

/**
 * "the" (or "of the", "of", "for") and the next name word when the run, those words and that word make a body
 * the team's list knows ("Save the Children", "Friends of the Earth", "Brothers of Italy"): lower-case words end a
 * run otherwise (review31 ★9).
 */
export function knownNameWithThe(
  field: FieldText,
  words: readonly (Word | null)[],
  run: readonly Word[],
  at: number,
): Word[] | null {
  const tokens = field.tokens;
  const joiner = tokens[at + 1]?.text;
  // "Brothers of Italy", "Alternative for Germany": a listed party's name goes on through "of" or "for" too.
  const between =
    joiner === 'the' || ((joiner === 'of' || joiner === 'for') && tokens[at + 2]?.text !== 'the')
      ? 1
      : joiner === 'of' && tokens[at + 2]?.text === 'the'
        ? 2
        : 0;
  const after = words[at + 1 + between];
  if (between === 0 || run.length > 3 || !isNameWord(after)) return null;
  const middle = between === 1 ? joiner : 'of the';
  if (
    !mayNameKnownBodyWith(between === 1 ? (joiner ?? '') : 'the', after.lower) ||
    knownBodyNamed(`${lookupKey(run, 0, run.length)} ${middle} ${after.lower}`) === undefined
  )
    return null;
  const tail: Word[] = [];
  let previous = run[run.length - 1]!;
  for (let k = at + 1; k <= at + 1 + between; k++) {
    const w = k === at + 1 + between ? after : andAfter(field, previous, k);
    if (!joinable(field, previous, w)) return null;
    tail.push(w);
    previous = w;
  }
  return tail;
}

/** "and" and the next name word when the run, "and" and that word make an organisation the lists know. */
export function knownNameWithAnd(
  field: FieldText,
  words: readonly (Word | null)[],
  run: readonly Word[],
  at: number,
): Word[] | null {
  const after = words[at + 2];
  if (!isNameWord(after) || run.length > 3) return null;
  const head = lookupKey(run, 0, run.length);
  const tail = after.possessive ? `${after.lower}'s` : after.lower;
  // Most runs before "and" open no listed name with it: the names are then not built and looked up.
  const bodyMay = mayNameKnownBodyWith('and', tail);
  const gazetteerMay = GAZETTEER.continuesWithAnd(head);
  // "U.S. Customs and Border Protection", "Immigration and Customs Enforcement": a listed body whose name
  // goes on for a second word after "and".
  const second = words[at + 3];
  if (
    bodyMay &&
    isNameWord(second) &&
    !after.possessive &&
    knownBodyNamed(`${head} and ${tail} ${second.lower}`) !== undefined
  ) {
    const and = andAfter(field, run[run.length - 1]!, at + 1);
    if (
      joinable(field, run[run.length - 1]!, and) &&
      joinable(field, and, after) &&
      joinable(field, after, second)
    )
      return [and, after, second];
  }
  // "Bosnia and Herzegovina", "Trinidad and Tobago": so are countries named with "and"; "Procter and
  // Gamble": and firms the lists write with "&".
  let kind = gazetteerMay
    ? (GAZETTEER.get(`${head} and ${tail}`) ?? GAZETTEER.get(`${head} & ${tail}`))?.kind
    : undefined;
  // "Pratt and Whitney", "Marks and Spencer": a firm the team's list of bodies names with "and" (review24 ★6).
  if (kind === undefined && bodyMay && knownBodyNamed(`${head} and ${tail}`) !== undefined)
    kind = 'organization';
  // "Trinidad and Tobago's Prime Minister", "Bosnia and Herzegovina's president": a country's possessive.
  if (
    kind === undefined &&
    after.possessive &&
    gazetteerMay &&
    GAZETTEER.get(`${head} and ${after.lower}`)?.kind === 'country'
  )
    kind = 'country';
  // "Marks and Spencer's chairman", "Procter and Gamble's shares": a listed firm's possessive (the lists write the
  // name without it; read51 R1).
  if (
    kind === undefined &&
    after.possessive &&
    ((gazetteerMay &&
      (GAZETTEER.get(`${head} and ${after.lower}`) ?? GAZETTEER.get(`${head} & ${after.lower}`))?.kind ===
        'organization') ||
      (mayNameKnownBodyWith('and', after.lower) &&
        knownBodyNamed(`${head} and ${after.lower}`) !== undefined))
  )
    kind = 'organization';
  // "Poland's Law and Justice party": two words joined by "and" before a party's noun are the party's name.
  // Not two parties' members ("Labour and Conservative party leaders clashed") nor two parties' labels.
  const party =
    run.length <= 2 &&
    !after.possessive &&
    PARTY_NOUNS.has(field.tokens[after.index + 1]?.text ?? '') &&
    !PARTY_MEMBERS.has(field.tokens[after.index + 2]?.text ?? '') &&
    !(isPartyLabel(head) && isPartyLabel(after.lower)) &&
    GAZETTEER.get(head)?.kind !== 'country' &&
    GAZETTEER.get(after.lower)?.kind !== 'country';
  if (kind !== 'organization' && kind !== 'country' && !party) return null;
  const last = run[run.length - 1]!;
  const and = andAfter(field, last, at + 1);
  return joinable(field, last, and) && joinable(field, and, after) ? [and, after] : null;
}

/** Whether the run is a demonym ("Japanese", "South Korean"). */
export function demonymRun(run: readonly Word[]): boolean {
  return GAZETTEER.get(lookupKey(run, 0, run.length))?.kind === 'demonym';
}

/**
 * Heads of the bodies and institutions named after two people ("the Bill and Melinda Gates Foundation", "the Victoria
 * and Albert Museum", "Lewis and Clark College").
 */
const PAIR_BODY_HEADS = new Set(
  'museum gallery college foundation institute hospital school university centre center library trust fund initiative'.split(
    ' ',
  ),
);

/**
 * A body named after two people, whose run stopped at "and" (it left "Melinda Gates Foundation", "Albert Museum"): a
 * name word alone (after a sentence's "The" or not), "and", a second name word and a body's head are one body. With
 * `sharedSurname`, the couple's step: two given names and the surname they share before the head ("the Bill and
 * Melinda Gates Foundation", "the Michael and Susan Dell Foundation"). Without, the two are each a given name or a
 * surname, neither a country ("Jordan and Egypt") nor a newsmaker ("the Victoria and Albert Museum", "Lewis and Clark
 * College"; ents46). Returns "and" and the words after it, or null.
 */
export function pairBodyTail(
  field: FieldText,
  words: readonly (Word | null)[],
  run: readonly Word[],
  at: number,
  sharedSurname: boolean,
): Word[] | null {
  const last = run[run.length - 1]!;
  if (!(run.length === 1 || (run.length === 2 && run[0]!.lower === 'the')) || last.possessive) return null;
  const second = words[at + 2];
  const surname = sharedSurname ? words[at + 3] : null;
  const head = words[at + (sharedSurname ? 4 : 3)];
  if (!isNameWord(second) || second.possessive || !isNameWord(head) || !PAIR_BODY_HEADS.has(head.lower))
    return null;
  const and = andAfter(field, last, at + 1);
  let tail: Word[];
  if (sharedSurname) {
    if (!isGivenNameWord(last) || !isGivenNameWord(second) || !isNameWord(surname) || surname.possessive)
      return null;
    tail = [and, second, surname, head];
  } else {
    if (!namesake(last) || !namesake(second)) return null;
    tail = [and, second, head];
  }
  let previous = last;
  for (const w of tail) {
    if (!joinable(field, previous, w)) return null;
    previous = w;
  }
  return tail;
}

/** The members a trade union's name ends with ("… Commercial Workers", "… Restaurant Employees"). */
export const UNION_MEMBER_HEADS = new Set('workers employees engineers machinists technicians'.split(' '));

/**
 * "United Food and Commercial Workers", "Hotel and Restaurant Employees", "Food and Allied Workers": ordinary words
 * (one to three) joined by "and" to one or two more that end in a union's members are one union's name, the members
 * shared by the trades on both sides (the run stopped at "and": "United Food" and "Commercial Workers"). Not two
 * groups of people ("Teachers and Health Workers": a plural in "-ers" before "and" is a group of its own), nor a
 * country or a name a list knows. Returns "and" and the words after it, or null.
 */
export function unionMembersTail(
  field: FieldText,
  words: readonly (Word | null)[],
  run: readonly Word[],
  at: number,
): Word[] | null {
  const last = run[run.length - 1]!;
  if (run.length > 3 || last.possessive || last.lower.endsWith('ers')) return null;
  // (A sentence's "The" may open the run: "The Hotel and Restaurant Employees union".)
  const trades = run[0]!.lower === 'the' ? run.slice(1) : run;
  if (trades.length === 0 || !trades.every((w) => ordinaryOrPlural(w) && gazetteerOfWord(w) === undefined))
    return null;
  const first = words[at + 2];
  if (!isNameWord(first) || first.possessive || !isLowerWordWord(first)) return null;
  let tail: Word[];
  if (UNION_MEMBER_HEADS.has(first.lower)) tail = [first];
  else {
    const head = words[at + 3];
    if (!isNameWord(head) || !UNION_MEMBER_HEADS.has(head.lower) || gazetteerOfWord(first) !== undefined)
      return null;
    tail = [first, head];
  }
  const and = andAfter(field, last, at + 1);
  let previous = last;
  for (const w of [and, ...tail]) {
    if (!joinable(field, previous, w)) return null;
    previous = w;
  }
  return [and, ...tail];
}

/** An ordinary word or the plural of one ("Food", "Communications"). */
function ordinaryOrPlural(w: Word): boolean {
  return isLowerWordWord(w) || (w.lower.endsWith('s') && isLowerWord(w.lower.slice(0, -1)));
}

/** A given name or a surname that names a body after a person: no country, no newsmaker. */
function namesake(w: Word): boolean {
  return (
    (isGivenNameWord(w) || isKnownSurnameWord(w)) &&
    gazetteerOfWord(w)?.kind !== 'country' &&
    newsmakerNamed(w.core) === undefined
  );
}

/** Lower-case nouns after a party's or a bloc's name ("Law and Justice party", "Peace and Unity alliance"). */
const PARTY_NOUNS = new Set(['party', 'movement', 'alliance', 'coalition', 'bloc']);
/** Who a party's noun may be followed by when two parties share it ("Labour and Conservative party leaders"). */
const PARTY_MEMBERS = new Set(
  'leaders members officials lawmakers MPs candidates voters supporters activists politicians figures'.split(
    ' ',
  ),
);
/** Parties' own labels: two of them around "and" are two parties ("Democratic and Republican party"). */
const PARTY_ADJECTIVES = new Set(['democratic', 'liberal', 'green']);
const isPartyLabel = (lower: string) => PARTY_LABELS.has(lower) || PARTY_ADJECTIVES.has(lower);
