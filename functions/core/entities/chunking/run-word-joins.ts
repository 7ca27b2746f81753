// Words that join a run one by one: the next capitalised word ("Phil Simmons", "Han\nZheng") and the months and
// weekdays that are names there, a hyphened given name, "St." and "Mt." before a name, a quoted nickname, particles
// in a row, a band's "N'", a firm's word in lower case; steps of `growRun` (chunk.ts).
import { codeUnitAt, lowerCased, startsWithDigit } from '../../text/chars.js';
import type { Word } from '../chunk.js';
import { isHyphenedGivenName } from '../hyphened-given-name.js';
import { isLegalFormWord } from '../legal-form.js';
import { FAMILY_NAMES_FIRST, GAZETTEER, NAME_PARTICLES, PERSON_TITLES } from '../lexicon.js';
import { CORE_SHAPES, WORD_BITS } from '../word-bits.js';
import { wordWith } from '../word-copy.js';
import { gazetteerOfWord, isGivenNameWord, isLowerWordWord } from '../word-facts.js';
import { C_ABBREVIATED_LEAD, C_CALENDAR, C_FUNCTION } from './chunk-bits.js';
import { isAcronymWord, isNameWord, MODIFIER_SUFFIX } from './name-words.js';
import { beforeNickname, nicknameThenSurname } from './nicknames.js';
import { ENDED, GROWN, NOT_HERE, type RunGrowth, type Step } from './run-growth.js';
import { toWord } from './word-forms.js';
import { joinable } from './wrapped-lines.js';

/** Vietnamese family names and middle names, before which "Thu" is a name ("Nguyen Thu Hang", "Le Thi Thu Ha"). */
const VIETNAMESE_NAME_OPENERS = new Set(
  'nguyen tran le pham hoang phan vu dang bui do ho ngo duong ly thi van'.split(' '),
);
/** Months that are given names too: "Theresa May", "Judge April Perry". */
const MONTH_GIVEN_NAMES = new Set(['may', 'april', 'june']);
/** The months' short forms ("Jun", "Sept"), which are Chinese given names too ("Lei Jun"). */
const MONTH_SHORT_FORMS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/** The run and a calendar word after it are a name the lists know: "Sheffield Wednesday". */
function listedWithCalendarWord(run: readonly Word[], next: Word): boolean {
  let key = '';
  for (const w of run) key += `${w.lower} `;
  return GAZETTEER.get(key + next.lower)?.kind === 'organization';
}

/** A given name or a name no list knows before "St.": "Jordan St. Cyr", not "Main St." or "Oxford St.". */
export function saintSurnameAfter(w: Word): boolean {
  return isGivenNameWord(w) || (!isLowerWordWord(w) && gazetteerOfWord(w) === undefined);
}

/** "Guns N' Roses", "Guns N\u2019 Roses": a band's "N'" (for "and") between two capitalised words joins them. */
export function bandAnd(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  if (g.field.tokens[g.j + 1]?.text !== 'N') return NOT_HERE;
  const { field, words, j } = g;
  const afterLetter = field.tokens[j + 2]?.text;
  if (
    field.tokens[j + 1]?.text === 'N' &&
    (afterLetter === "'" || afterLetter === '\u2019') &&
    field.tokens[j + 1]!.start === last.end + 1 &&
    field.tokens[j + 2]!.start === field.tokens[j + 1]!.end &&
    isNameWord(words[j + 3])
  ) {
    if (next) g.run.push(next);
    g.run.push(words[j + 3]!);
    g.j = j + 3;
    return GROWN;
  }
  return NOT_HERE;
}

/**
 * The next capitalised word, joinable to the run's last. Only "May" after a given name needs the given-name test
 * ("Theresa May"); skip it for other words.
 */
export function nextNameWord(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  const { field, words, run, j } = g;
  if (
    isNameWord(
      next,
      (next?.lower === 'may' && isGivenNameWord(last)) ||
        // "Sheffield Wednesday 2 Aston Villa 1": a weekday ending a name the lists know (wild39b ★7).
        (next != null && (next.bits & C_CALENDAR) !== 0 && listedWithCalendarWord(run, next)) ||
        // "Judge April Perry", "Governor June Walker": a month that is a given name, between a person's title
        // and a name word, opens the holder's name.
        (next != null &&
          MONTH_GIVEN_NAMES.has(next.lower) &&
          PERSON_TITLES.has(last.lower) &&
          isNameWord(words[j + 2]) &&
          joinable(field, next, words[j + 2]!)) ||
        // "Xiaomi founder Lei Jun", "Wang Jun said": a month's short form after a family name that comes
        // first (no date's number after it) is the given name, no June (wild49 E13).
        (next != null &&
          (next.bits & C_CALENDAR) !== 0 &&
          MONTH_SHORT_FORMS.has(next.lower) &&
          FAMILY_NAMES_FIRST.has(last.core) &&
          !startsWithDigit(field.tokens[j + 2]?.text ?? '')) ||
        // "HSBC economist Nguyen Thu Hang": "Thu" inside a Vietnamese name is no Thursday.
        (next?.lower === 'thu' &&
          VIETNAMESE_NAME_OPENERS.has(last.lower) &&
          isNameWord(words[j + 2]) &&
          joinable(field, next, words[j + 2]!)),
    ) &&
    joinable(field, last, next)
  ) {
    run.push(next);
    g.j = j + 1;
    return GROWN;
  }
  return NOT_HERE;
}

/** "Park Ji-young", "Kim Min-jun": a hyphened given name whose last syllable is an English word. */
export function hyphenedGivenName(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  const run = g.run;
  if (
    next?.capitalised &&
    !next.caseless &&
    // ("South Korean President Moon Jae-in": a title right before the family name.)
    (run.length <= 3 || PERSON_TITLES.has(run[run.length - 2]!.lower)) &&
    isHyphenedGivenName(last, next) &&
    // ("Hong Kong-based")
    !MODIFIER_SUFFIX.test(next.lower) &&
    joinable(g.field, last, next)
  ) {
    run.push(next);
    g.j++;
    return GROWN;
  }
  return NOT_HERE;
}

/**
 * "St. Louis", "Mt. Everest", "Ft. Worth": the tokenizer splits the abbreviation's period off before a
 * capital; the saint or the mountain opens the name that follows.
 * "Amon-Ra St. Brown", "Jordan St. Cyr": "St." inside a run is a saint's surname's first word.
 */
export function abbreviatedLead(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  if (next || !(last.bits & C_ABBREVIATED_LEAD)) return NOT_HERE;
  const { field, words, run, j } = g;
  if (
    !next &&
    (run.length === 1 ||
      // "The St. Louis Fed said", "In Ft. Worth": a sentence's capitalised function word before it.
      (run.length === 2 && run[0]!.bits & C_FUNCTION) ||
      ((last.lower === 'st' || last.lower === 'ste') && run.length === 2 && saintSurnameAfter(run[0]!))) &&
    last.bits & C_ABBREVIATED_LEAD
  ) {
    const period = field.tokens[j + 1];
    const after = words[j + 2];
    if (
      period?.text === '.' &&
      period.start === last.end &&
      isNameWord(after) &&
      !(after.bits & C_FUNCTION) &&
      joinable(field, wordWith(last, { end: period.end, index: j + 1 }), after)
    ) {
      return joinedAcrossPeriod(g, last, period.end, after);
    }
  }
  return NOT_HERE;
}

/** The run's last word takes the period after it (ending at `periodEnd`), and the word after the period joins the run. */
function joinedAcrossPeriod(g: RunGrowth, last: Word, periodEnd: number, after: Word): Step {
  const { run, j } = g;
  run[run.length - 1] = wordWith(last, {
    core: `${last.core}.`,
    lower: `${last.lower}.`,
    bits: WORD_BITS.of(`${last.lower}.`, -1),
    shapes: CORE_SHAPES.of(`${last.core}.`),
    end: periodEnd,
  });
  run.push(after);
  g.j = j + 2;
  return GROWN;
}

/** Abbreviated inner words of firms' names whose period the tokenizer splits off before a capital ("Mfg.", "Intl."). */
const ABBREVIATED_FIRM_WORDS = new Set('mfg mfrs intl natl assn bros hldgs inds svcs mgmt'.split(' '));

/**
 * "Kelvane Mfg. Co.", "Dorvan Intl. Inc", "Orlin Bros. Ltd": an abbreviated word of a firm's name keeps its period and
 * the legal form after it in the name (the sentence does not end there).
 */
export function abbreviatedFirmWord(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  if (next || g.run.length < 2 || !ABBREVIATED_FIRM_WORDS.has(last.lower)) return NOT_HERE;
  const { field, words, j } = g;
  const period = field.tokens[j + 1];
  const after = words[j + 2];
  if (
    period?.text !== '.' ||
    period.start !== last.end ||
    !after?.capitalised ||
    !isLegalFormWord(after.lower) ||
    !joinable(field, wordWith(last, { end: period.end, index: j + 1 }), after)
  )
    return NOT_HERE;
  return joinedAcrossPeriod(g, last, period.end, after);
}

/**
 * 'Ramesh "Sunny" Balwani', 'Joaquín "El Chapo" Guzmán': a quoted nickname between a given name
 * and the surname belongs to the mention, not to the name. Also after two given names and before a
 * surname's particles ('Luiz Inácio "Lula" da Silva') and after a title ('President Jorge "Tuto" Quiroga').
 */
export function quotedNickname(g: RunGrowth, _last: Word, next: Word | null | undefined): Step {
  const { field, run, j } = g;
  if (!next && beforeNickname(run)) {
    const rest = nicknameThenSurname(field, g.words, j);
    if (rest) {
      // A nickname in brackets ends the name at its surname: "Jonathan (Jon) Rahm Spain 66" is a results line.
      const bracketed = field.tokens[j + 1]!.text === '(';
      run.push(...rest);
      g.j = rest[rest.length - 1]!.index;
      return bracketed ? ENDED : GROWN;
    }
  }
  return NOT_HERE;
}

/**
 * "SK hynix", "LG display": a firm's initials and a word it writes in lower case, when a list names
 * the two words as one firm.
 */
export function firmWordInLowerCase(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  const { field, run, j } = g;
  if (!next && run.length === 1 && isAcronymWord(last)) {
    const token = field.tokens[j + 1];
    const c = token === undefined ? 0 : codeUnitAt(token.text, 0);
    if (
      c >= 97 &&
      c <= 122 &&
      token!.start === last.end + 1 &&
      GAZETTEER.get(`${last.lower} ${lowerCased(token!.text)}`)?.kind === 'organization'
    ) {
      run.push(toWord(token!, j + 1, last.line, last.lineStart, false, false));
      g.j = j + 1;
      return GROWN;
    }
  }
  return NOT_HERE;
}

/** "van der", "de la": particles in a row before the capitalised surname. */
export function particlesInRow(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  const { field, words, j } = g;
  if (next && NAME_PARTICLES.has(next.core) && NAME_PARTICLES.has(words[j + 2]?.core ?? '')) {
    const third = words[j + 3];
    const second = words[j + 2]!;
    if (
      isNameWord(third) &&
      !isAcronymWord(third) &&
      joinable(field, last, next) &&
      joinable(field, next, second) &&
      joinable(field, second, third)
    ) {
      g.run.push(next, second, third);
      g.j = j + 3;
      return GROWN;
    }
  }
  return NOT_HERE;
}
