// Possessives inside a run: "Moody's Investors Service", "Lloyd's of London", "St Thomas' Hospital", "Cox's Bazar",
// and the owners whose possessive ends the run ("Brazil's Supreme Court"); steps of `growRun` (chunk.ts).
import { lookupPlace } from '../../countries/gazetteer.js';
import { codeUnitAt } from '../../text/chars.js';
import type { FieldText } from '../../text/document.js';
import type { Word } from '../chunk.js';
import { isLegalFormWord } from '../legal-form.js';
import {
  FAMILY_NAMES_FIRST,
  GAZETTEER,
  LEADERS_BODIES,
  NAMED_DAYS,
  ORG_HEADS,
  PERSON_TITLES,
} from '../lexicon.js';
import { ownsStateBody, ownsWhatFollows } from '../possessive-owner.js';
import { wordWith } from '../word-copy.js';
import { isGivenNameWord, isKnownSurnameWord, isLowerWordWord } from '../word-facts.js';
import { spellsInitials } from './acronyms.js';
import { isPlaceName } from './body-name-tails.js';
import { C_FUNCTION } from './chunk-bits.js';
import { UNION_MEMBER_HEADS } from './known-names.js';
import { isNameWord } from './name-words.js';
import { GROWN, NOT_HERE, type RunGrowth, type Step } from './run-growth.js';
import { joinable } from './wrapped-lines.js';

const SAINT_LEADS = new Set(['st', 'st.', 'saint']);
const ROYAL_POSSESSIVES = new Set(['king', 'queen', 'prince', 'princess']);
/** Last words of a competition's name after a plural's apostrophe: "Cup Winners' Cup", "Players' Championship". */
const COMPETITION_HEADS = new Set(['cup', 'championship', 'championships', 'trophy']);
/** Nouns of parties and alliances after their name, in lower case: "the National People's Power alliance". */
const BODY_NOUNS_AFTER = new Set(['party', 'alliance', 'coalition', 'movement', 'front', 'bloc']);
/** "At St James' Park", "In St Mary's": a function word that opens the run, then a saint's lead word. */
const saintAfterOpening = (run: readonly Word[]) =>
  run.length >= 2 && run[0]!.bits & C_FUNCTION && SAINT_LEADS.has(run[1]!.lower);

/** Whether a run is a country's name, after any function word opening it ("the Philippines"). */
function isCountryRun(run: readonly Word[]): boolean {
  let first = 0;
  while (first < run.length - 1 && run[first]!.bits & C_FUNCTION) first++;
  let name = run[first]!.lower;
  for (let k = first + 1; k < run.length; k++) name += ` ${run[k]!.lower}`;
  return GAZETTEER.get(name)?.kind === 'country';
}

/**
 * How many words of `tail` complete, with the run from `first` up to a possessive, a place whose name the
 * place gazetteer writes with an apostrophe ("Cox's Bazar", "St. John's"); 0 if none.
 */
function possessivePlaceLength(field: FieldText, first: Word, tail: readonly Word[]): number {
  for (let k = tail.length; k > 0; k--) {
    const placeName = lookupPlace(field.text.slice(first.start, tail[k - 1]!.end))?.name;
    if (placeName !== undefined && (placeName.includes("'") || placeName.includes('’'))) return k;
  }
  return 0;
}

/**
 * "Moody's Investors Service Inc": a possessive inside a company name that ends in Inc, Corp...
 * "Pakistan People 's Party", "Boatmen 's Bancshares Inc.": pre-tokenised text spaces the "'s" off.
 * The tokenizer splits the spaced "'s" into the apostrophe and "s".
 */
export function possessiveInName(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  if (!last.possessive && (next || g.field.tokens[g.j + 2]?.text !== 's')) return NOT_HERE;
  const { field, words, run, j } = g;
  const n = words.length;
  const spaced = next ? undefined : field.tokens[j + 2];
  const spacedPossessive =
    spaced !== undefined &&
    spaced.text === 's' &&
    !last.possessive &&
    codeUnitAt(field.text, last.end) === 32 &&
    (field.tokens[j + 1]!.text === "'" || field.tokens[j + 1]!.text === '’') &&
    field.tokens[j + 1]!.start === last.end + 1 &&
    spaced.start === last.end + 2;
  // A US county's office runs longer, after a sentence's "The" too ("The Travis County District Attorney's Office",
  // "The King County Medical Examiner's Office": review61); other owners keep three words ("The U.S. Agriculture
  // Department's Economic Research Service" is the department's service).
  const countyOffice = run.some((w) => w.lower === 'county');
  const longest = countyOffice ? (run[0]!.lower === 'the' ? 5 : 4) : 3;
  if (!((last.possessive || spacedPossessive) && run.length <= longest)) return NOT_HERE;
  let k = spacedPossessive ? j + 3 : j + 1;
  let previous: Word = spacedPossessive
    ? wordWith(last, { index: j + 2, end: spaced!.end })
    : wordWith(last, { possessive: false, end: field.tokens[last.index]!.end });
  const tail: Word[] = [];
  while (k < n && tail.length < 4) {
    const wk = words[k];
    if (!isNameWord(wk, false) || !joinable(field, previous, wk)) break;
    tail.push(wk);
    previous = wk;
    k++;
    // "The Cook County State's Attorney's Office": a county's office runs through the office's own possessive
    // to its head ("State's Attorney" is the office; the county's run stopped at "'s" twice, review61).
    if (wk.possessive) {
      if (!(countyOffice && tail.length === 1 && ORG_HEADS.has(words[k]?.lower ?? ''))) break;
      previous = wordWith(wk, { possessive: false, end: field.tokens[wk.index]!.end });
    }
  }
  const end = tail[tail.length - 1];
  // "Lloyd's of London": no possessive stands before "of"; the "'s" is the name's, and so is the town.
  const ofAt = spacedPossessive ? j + 3 : j + 1;
  const of = tail.length === 0 && run.length <= 2 ? words[ofAt] : null;
  if (of?.lower === 'of') {
    const town = words[ofAt + 1];
    if (
      isNameWord(town) &&
      !isNameWord(words[ofAt + 2]) &&
      isPlaceName(town.core) &&
      joinable(field, previous, of) &&
      joinable(field, of, town)
    ) {
      run.push(of, town);
      g.j = ofAt + 1;
      return GROWN;
    }
  }
  // "St Peter's Square", "St Thomas' Hospital": a saint's name is a place or a body with what follows;
  // "New Year's Eve", "Valentine's Day": a day named after someone or something.
  const saints = SAINT_LEADS.has(run[0]!.lower) && tail.length <= 2;
  const namedDay = tail.length === 1 && NAMED_DAYS.has(end?.lower ?? '');
  // "King's Cross", "Queen's Park", "Prince's Trust": a place or a body named after a royal.
  const royal = run.length === 1 && ROYAL_POSSESSIVES.has(last.lower) && tail.length === 1;
  // "Trump's Republican Party", "Sunak's Conservative government": a party or a government is its
  // leader's, not a firm named with a possessive.
  // "European People's Party" is named so.
  // "Hasina's Awami League": so is a league (a political one; a club's league is no firm's name either).
  const leaders =
    end !== undefined &&
    (LEADERS_BODIES.has(end.lower) ||
      // (not "Chelsea's Champions League", "Arsenal's Premier League": a sports league's ordinary word)
      (end.lower === 'league' &&
        tail.length >= 2 &&
        // "Suu Kyi's National League for Democracy": a league for a cause is a political one.
        (!isLowerWordWord(tail[0]!) || field.tokens[k]?.text === 'for'))) &&
    !isLowerWordWord(last);
  // "Brazil's Supreme Court", "Russia's Defence Ministry": a country's possessive says whose body it
  // is; the country is a name of its own, not the first words of the body's.
  // "Turkey's Turkish Airlines": a country the word lists read as another thing (a bird) too.
  const runKey = run.map((w) => w.lower).join(' ');
  // "Moscow's Central Clinical Hospital": so does a town's (the place gazetteer's cities).
  const country =
    GAZETTEER.get(runKey)?.kind === 'country' ||
    (end !== undefined && lookupPlace(run.map((w) => w.core).join(' '))?.kind === 'country') ||
    (end !== undefined && run.length === 1 && lookupPlace(last.core)?.kind === 'city');
  if (
    end &&
    (ORG_HEADS.has(end.lower) || saints || namedDay || royal) &&
    !end.possessive &&
    // "First Chicago Corp's First National Bank": a legal form closes the owner's name.
    !isLegalFormWord(last.core) &&
    !leaders &&
    !country &&
    // "the Bank's Monetary Policy Committee", "the IMF's Executive Board": the owner's body.
    // (A sentence's "The" opens the run there.)
    !(
      (run.length === 1 || (run.length === 2 && run[0]!.lower === 'the')) &&
      ownsWhatFollows(field, words, last, tail[0]!)
    ) &&
    // "Trump's Justice Department", "Biden's White House": a state's body is its owner's.
    !(run.length === 1 && !saints && !royal && ownsStateBody(last, tail)) &&
    // "Khalifa Haftar's Libyan National Army", "Mukesh Ambani's Reliance Industries": a person named in
    // full owns the body after it (review31 ★10); "Trader Joe's Co" opens with no given name.
    // "Jack Ma's Ant Group", "Bill Gates's foundation": a surname that is also an ordinary word still owns.
    !(
      run.length === 2 &&
      isGivenNameWord(run[0]!) &&
      !isLowerWordWord(run[0]!) &&
      (!isLowerWordWord(last) || isKnownSurnameWord(last) || FAMILY_NAMES_FIRST.has(last.core))
    )
  ) {
    run.push(...tail);
    g.j = k - 1;
    return GROWN;
  }
  // "National People's Power (NPP)": the acronym the text gives in brackets spells the name.
  // "Dissanayake's National People's Power alliance": an ordinary word's possessive inside a name
  // that a party's or alliance's noun follows.
  if (
    !country &&
    tail.length > 0 &&
    !end!.possessive &&
    (spellsInitials(field, run, tail) ||
      (isLowerWordWord(last) &&
        !last.caseless &&
        // Inside a name that began before it, not a title's ("the Prime Minister's Conservative
        // party", "The Premier's Liberal party", "Labour's Green New Deal movement": read19).
        run.length >= 2 &&
        !PERSON_TITLES.has(last.lower) &&
        !PERSON_TITLES.has(run[0]!.lower) &&
        BODY_NOUNS_AFTER.has(field.tokens[end!.index + 1]?.text ?? '')))
  ) {
    run.push(...tail);
    g.j = k - 1;
    return GROWN;
  }
  // "Cox's Bazar": a town the place gazetteer names with the possessive.
  const placeEnd = country ? 0 : possessivePlaceLength(field, run[0]!, tail);
  if (placeEnd > 0) {
    run.push(...tail.slice(0, placeEnd));
    g.j = tail[placeEnd - 1]!.index;
    return GROWN;
  }
  return NOT_HERE;
}

/**
 * "St Thomas' Hospital", "Workers' Party": a bare apostrophe after an "s" is a possessive the
 * tokenizer split off; a saint's name or a body's head word runs the name on over it.
 * Pre-tokenised text spaces it off ("Toronto Bond Traders ' Association").
 */
export function apostropheInName(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  if (next || !(last.core.endsWith('s') || last.core.endsWith('S'))) return NOT_HERE;
  const { field, words, run, j } = g;
  const n = words.length;
  const apostrophe = field.tokens[j + 1];
  if (
    !(
      !next &&
      // ("the Transport and General Workers' Union": a union's members close a longer run, unionMembersTail.)
      (run.length <= 3 || UNION_MEMBER_HEADS.has(last.lower)) &&
      (apostrophe?.text === "'" || apostrophe?.text === '’') &&
      (apostrophe.start === last.end ||
        (apostrophe.start === last.end + 1 && field.text[last.end] === ' ')) &&
      (last.core.endsWith('s') || last.core.endsWith('S'))
    )
  )
    return NOT_HERE;
  const tail: Word[] = [];
  let previous: Word = wordWith(last, { index: j + 1, end: apostrophe.end });
  for (let k = j + 2; k < n && tail.length < 3; k++) {
    const wk = words[k];
    if (!isNameWord(wk, false) || !joinable(field, previous, wk)) break;
    // "the Transport and General Workers' Union's 60,000": the body's own possessive ends its name.
    if (wk.possessive) {
      if (ORG_HEADS.has(wk.lower)) tail.push(wk);
      break;
    }
    tail.push(wk);
    previous = wk;
  }
  // Up to the body's head word ("Lay Volunteers ' International Organisation") or a competition's
  // right after the apostrophe ("European Cup Winners' Cup", "the Players' Championship": wild39b ★7;
  // "the Londoners' FA Cup run" is a club's possessive before a name of its own).
  while (
    tail.length > 0 &&
    !ORG_HEADS.has(tail[tail.length - 1]!.lower) &&
    !(tail.length === 1 && COMPETITION_HEADS.has(tail[0]!.lower))
  ) {
    // ("At St James' Park": a sentence's capitalised function word may open the run before the saint.)
    if (tail.length === 1 && (SAINT_LEADS.has(run[0]!.lower) || saintAfterOpening(run))) break;
    tail.pop();
  }
  // "the Philippines' Coast Guard": a country's possessive says whose body it is, as with "'s" above.
  if (tail.length > 0 && !isCountryRun(run)) {
    for (const x of tail) run.push(x);
    g.j = tail[tail.length - 1]!.index;
    return GROWN;
  }
  return NOT_HERE;
}
