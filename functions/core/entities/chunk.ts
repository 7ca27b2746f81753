// Chunking: the `Word` and `Chunk` types and `mixedCaseChunks`, the capitalised runs of mixed-case lines, with the
// helpers it reads; the words' analysis and the other name shapes are in chunking/ (re-exported here).
import { lookupPlace } from '../countries/gazetteer.js';
import type { Field } from '../schema.js';
import { codeUnitAt, endsWithText, lowerCased, startsWithDigit } from '../text/chars.js';
import type { FieldText } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { hasLower, startsUpper } from '../text/letters.js';
import type { Token } from '../text/tokens.js';
import { acronymSpelledTail, bracketedAcronymAfter, spellsInitials } from './chunking/acronyms.js';
import { authorityOfPlace, isPlaceName, orgNameTail } from './chunking/body-name-tails.js';
import { calendarNameStart, calendarPaperAt } from './chunking/calendar-names.js';
import {
  C_ABBREVIATED_LEAD,
  C_CALENDAR,
  C_FUNCTION,
  C_ORG_OR_STATE_LEAD,
  C_PACT_LEAD,
  C_PLURAL_WEEKDAY,
} from './chunking/chunk-bits.js';
import { makeChunk } from './chunking/chunk-copies.js';
import { coordinatedOrgTail } from './chunking/coordinated-names.js';
import {
  andAfter,
  demonymRun,
  knownNameWithAnd,
  knownNameWithThe,
  pairBodyTail,
} from './chunking/known-names.js';
import {
  isAcronymWord,
  isNameWord,
  isPartyShaped,
  isWord,
  MODIFIER_SUFFIX,
  opensModifier,
  opensSecondName,
  prepositionAfterFullName,
} from './chunking/name-words.js';
import { congressOfName, leaderAfterOf, placeAfterOf } from './chunking/names-after-of.js';
import { beforeNickname, nicknameThenSurname } from './chunking/nicknames.js';
import { quotedTitleEnd } from './chunking/quoted-titles.js';
import { toWord } from './chunking/word-forms.js';
import { joinable } from './chunking/wrapped-lines.js';
import { countryAfterParticle } from './country-after-particle.js';
import { isHyphenedGivenName } from './hyphened-given-name.js';
import { indexNumberAt, isIndexName } from './index-names.js';
import { knownBodyNamed } from './known-bodies.js';
import { isLegalFormWord } from './legal-form.js';
import {
  CALENDAR_WORDS,
  FAMILY_NAMES_FIRST,
  FUNCTION_WORDS,
  GAZETTEER,
  LEADERS_BODIES,
  NAME_PARTICLES,
  NAMED_DAYS,
  NOBLE_TITLES,
  ORG_HEADS,
  ORG_LEADS,
  PERSON_TITLES,
  PLACE_HEADS,
} from './lexicon.js';
import { joinListSpelledByAcronym } from './listed-names-spelled.js';
import { newsmakerNamed } from './newsmakers.js';
import { ownsStateBody, ownsWhatFollows } from './possessive-owner.js';
import { isResultCode } from './sport-codes.js';
import { stageNameEndsInLetter } from './stage-names.js';
import { CORE_SHAPES, WORD_BITS } from './word-bits.js';
import { wordWith } from './word-copy.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  type WordFacts,
} from './word-facts.js';

/** A word token with what the recogniser needs to know about its spelling and position. */
export interface Word {
  readonly index: number;
  /** The word without a possessive "'s" or trailing "'". */
  readonly core: string;
  /** `core` in lower case, computed once: the lexicon is asked about it many times. */
  readonly lower: string;
  /** Answers about `lower` (`WORD_BITS`, word-bits.ts), filled once per distinct token text. */
  readonly bits: number;
  /** The bits of `CORE_SHAPES`' tests that `core` passes (word-bits.ts). */
  readonly shapes: number;
  /** The lists' answers about `core` and `lower`, asked lazily, shared by the text's occurrences (word-facts.ts). */
  readonly facts: WordFacts;
  readonly start: number;
  /** End of `core`. */
  readonly end: number;
  readonly possessive: boolean;
  readonly capitalised: boolean;
  /** On a line written in capitals only, where case carries no information. */
  readonly caseless: boolean;
  /** First word of a sentence or of a quotation, capitalised by convention. */
  readonly initial: boolean;
  readonly line: number;
  /** Offset where the word's line starts. */
  readonly lineStart: number;
  /** The field is prose that may be wrapped, not one sentence a line with spaced punctuation. */
  readonly wrapped: boolean;
  /** On a line of a table: numbers make up much of it. */
  readonly tabular: boolean;
}

/** A run of words that may name something, before it is typed. */
export interface Chunk {
  readonly field: Field;
  readonly words: readonly Word[];
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the token before the chunk, for context cues. */
  readonly before: number;
  readonly after: number;
  readonly caseless: boolean;
  readonly initial: boolean;
  /** The whole of a quotation in title case: a work's title ('"Annie Hall"', '“Father of the Bride”'). */
  readonly work: boolean;
}

/** An organisation's lead in the plural ("courts", "councils", "churches"; not "parties", "nations"). */
function pluralOrgLead(lower: string): boolean {
  if (lower.length < 5 || !lower.endsWith('s') || ORG_LEADS.has(lower)) return false;
  return ORG_LEADS.has(lower.slice(0, -1)) || (lower.endsWith('hes') && ORG_LEADS.has(lower.slice(0, -2)));
}
/** Events named after their place through "of" ("Battle of Britain"). */
export const EVENT_OF_LEADS: ReadonlySet<string> = new Set(['battle', 'siege', 'treaty']);
/** The gazetteer's kinds of a place (classify.ts reads them too). */
export const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'place']);
/**
 * "the Liberation Tigers of Tamil Eelam", "the Popular Guards of Kurdistan": an ordinary word and a plural
 * noun, both capitalised, before "of" and a name that is no person, country or known place name a body
 * of fighters or members ("Foreign Ministers of France" holds a title; "Revolutionary Guards of Iran" a
 * country).
 */
function pluralBodyOf(run: readonly Word[], last: Word, after: Word): boolean {
  let first = 0;
  while (first < run.length - 1 && FUNCTION_WORDS.has(run[first]!.lower)) first++;
  if (run.length - first !== 2) return false;
  const lead = run[first]!;
  const lower = last.lower;
  return (
    lower.length > 4 &&
    lower.endsWith('s') &&
    !lower.endsWith('ss') &&
    !last.possessive &&
    !lead.possessive &&
    isLowerWordWord(lead) &&
    isLowerWordWord(last) &&
    !isGivenNameWord(lead) &&
    gazetteerOfWord(lead) === undefined &&
    !PERSON_TITLES.has(lower) &&
    !PERSON_TITLES.has(lower.slice(0, -1)) &&
    !isGivenNameWord(after) &&
    !PLACE_KINDS.has(gazetteerOfWord(after)?.kind ?? '') &&
    lookupPlace(after.core) === undefined
  );
}
/** "Erik ten Hag": English numbers and words elsewhere ("Arsenal ten points clear"), particles after a given name only. */
const DUTCH_ONLY_PARTICLES = new Set(['ten', 'ter']);
const SAINT_LEADS = new Set(['st', 'st.', 'saint']);
/** "Hall of Famer": the holder of a place in a hall of fame. */
const FAMER = new Set(['famer', 'famers']);
/** A given name or a name no list knows before "St.": "Jordan St. Cyr", not "Main St." or "Oxford St.". */
export function saintSurnameAfter(w: Word): boolean {
  return isGivenNameWord(w) || (!isLowerWordWord(w) && gazetteerOfWord(w) === undefined);
}
const ROYAL_POSSESSIVES = new Set(['king', 'queen', 'prince', 'princess']);
/** A name word before the run's last ("General Agreement"; not "An Agreement", "The Treaty"). */
const nameBefore = (run: readonly Word[]) =>
  run.length > 2 || (run.length === 2 && !FUNCTION_WORDS.has(run[0]!.lower));
/** Vietnamese family names and middle names, before which "Thu" is a name ("Nguyen Thu Hang", "Le Thi Thu Ha"). */
const VIETNAMESE_NAME_OPENERS = new Set(
  'nguyen tran le pham hoang phan vu dang bui do ho ngo duong ly thi van'.split(' '),
);
/** Months that are given names too: "Theresa May", "Judge April Perry". */
const MONTH_GIVEN_NAMES = new Set(['may', 'april', 'june']);

/** Last words of a competition's name after a plural's apostrophe: "Cup Winners' Cup", "Players' Championship". */
const COMPETITION_HEADS = new Set(['cup', 'championship', 'championships', 'trophy']);

/** The run and a calendar word after it are a name the lists know: "Sheffield Wednesday". */
function listedWithCalendarWord(run: readonly Word[], next: Word): boolean {
  let key = '';
  for (const w of run) key += `${w.lower} `;
  return GAZETTEER.get(key + next.lower)?.kind === 'organization';
}

/** Compound titles the title list lacks: "Undersecretary", "Vice-Chancellor". */
const TITLE_ENDING = /(?:secretary|minister|president|chancellor|commissioner|director|governor|general)$/;
/**
 * A word of a game's or a work's title joined by "of" ("Call of Duty"): an ordinary word that no name list knows
 * and that heads no title, body or place.
 */
export function workTitleWord(w: Word): boolean {
  const lower = w.lower;
  // ("Departments of Agriculture", "Undersecretary of Commerce": a body's plural head, a compound title.)
  const singular = endsWithText(lower, 's') ? lower.slice(0, -1) : lower;
  return (
    !w.caseless &&
    !w.tabular &&
    !ORG_LEADS.has(singular) &&
    !ORG_HEADS.has(singular) &&
    !TITLE_ENDING.test(lower) &&
    isLowerWordWord(w) &&
    !FUNCTION_WORDS.has(lower) &&
    !PERSON_TITLES.has(lower) &&
    !ORG_LEADS.has(lower) &&
    !ORG_HEADS.has(lower) &&
    !PLACE_HEADS.has(lower) &&
    !CALENDAR_WORDS.has(lower) &&
    !isGivenNameWord(w) &&
    !isKnownSurnameWord(w) &&
    gazetteerOfWord(w) === undefined
  );
}

/**
 * Languages whose "di" is the preposition "in", never a surname particle as Italian's: "kata Menteri Keuangan Budi
 * Santoso di Jakarta" (Indonesian, Malay) is a name, then a place.
 */
const PLACE_PREPOSITION_LANGUAGES: ReadonlySet<string> = new Set(['id', 'ms']);

/** A model's designation after "Model": a capital letter or a number ("Model Y", "Model 3"). */
export const MODEL_DESIGNATION = lazyPattern(() => /^(?:\p{Lu}|\d{1,3})$/u);

/** A capital letter, maybe with a period, that closes a listed stage name ("Cardi B", "Lil Nas X."). */
function stageLetterAt(field: FieldText, w: Word): boolean {
  const code = codeUnitAt(field.text, w.start);
  if (code < 65 || code > 90 || (w.end - w.start === 2 && codeUnitAt(field.text, w.start + 1) !== 46))
    return false;
  return stageNameEndsInLetter(w.core.charAt(0).toLowerCase(), (k) =>
    lowerCased(field.tokens[w.index - k]?.text ?? ''),
  );
}

/** Whether the word at `k` is a results line's committee code right after a name word on its line. */
function resultCodeAfterName(field: FieldText, words: readonly (Word | null)[], k: number): boolean {
  const code = words[k];
  const name = words[k - 1];
  return (
    code != null &&
    name != null &&
    name.line === code.line &&
    isResultCode(code.core, field.tokens[k + 1]?.text) &&
    isNameWord(name)
  );
}

/**
 * Capitalised runs on mixed-case lines: "Phil Simmons", "Bank of England", "Han\nZheng". A particle
 * ("de", "van") or "of" after an organisation or place lead joins the run when a capital follows.
 */
export function mixedCaseChunks(
  field: FieldText,
  words: readonly (Word | null)[],
  english = true,
  language = 'en',
): Chunk[] {
  const placeParticles = PLACE_PREPOSITION_LANGUAGES.has(language);
  const chunks: Chunk[] = [];
  let i = 0;
  const n = words.length;
  while (i < n) {
    const w = words[i];
    // "R v Letby", "R v Thames Water": the Crown's initial opens a criminal case's name.
    if (w?.core === 'R' && field.tokens[i + 1]?.text === 'v' && isNameWord(words[i + 2])) {
      const caseEnd = caseNameEnd(field, words, i + 2);
      chunks.push(makeChunk(field, words.slice(i, caseEnd + 1).filter(isWord), false, true));
      i = caseEnd + 1;
      continue;
    }
    if (
      !w ||
      !(
        (isNameWord(w) && !(w.bits & C_PLURAL_WEEKDAY)) ||
        calendarNameStart(field, words, i) ||
        calendarPaperAt(field, words, i)
      ) ||
      (resultCodeAfterName(field, words, i) && hasLower(words[i - 1]!.core))
    ) {
      // "the Hamas-run health ministry", "Hezbollah-linked groups": a listed body before the hyphen is named.
      const body = w ? bodyBeforeParticiple(w) : undefined;
      if (body) chunks.push(makeChunk(field, [body], false));
      i++;
      continue;
    }
    // '"Annie Hall"', '“Father of the Bride”': a title in quotation marks is one name, small words and all.
    const titleEnd = quotedTitleEnd(field, words, i);
    if (titleEnd > i) {
      const title: Word[] = [];
      for (let k = i; k <= titleEnd; k++) if (words[k]) title.push(words[k]!);
      chunks.push(makeChunk(field, title, false, true));
      i = titleEnd + 1;
      continue;
    }
    // "Hall of Famer Joe Montana", "Fellow Hall of Famers Pedro Martinez": the honour's roll before a name is
    // its holder's title, no hall's name ("Famer" then opens the run as a title would).
    if (w.lower === 'hall' && field.tokens[i + 1]?.text === 'of' && FAMER.has(words[i + 2]?.lower ?? '')) {
      i += 2;
      continue;
    }
    const run: Word[] = [w];
    // "linked to al Qaeda", "fighters of al Shabaab": in English copy the Arabic article written apart, in
    // lower case, opens the name it precedes (Spanish "al Congreso" is "to the"; an English word after it
    // is no Arabic name).
    const article = english && i > 1 ? words[i - 1] : null;
    if (
      article?.core === 'al' &&
      !isNameWord(words[i - 2]) &&
      !isLowerWordWord(w) &&
      joinable(field, article, w)
    )
      run.unshift(article);
    let j = i;
    let caseName = false;
    while (j + 1 < n) {
      const last = run[run.length - 1]!;
      const next = words[j + 1];
      // "Guns N' Roses", "Guns N\u2019 Roses": a band's "N'" (for "and") between two capitalised words joins them.
      const afterLetter = field.tokens[j + 2]?.text;
      if (
        field.tokens[j + 1]?.text === 'N' &&
        (afterLetter === "'" || afterLetter === '\u2019') &&
        field.tokens[j + 1]!.start === last.end + 1 &&
        field.tokens[j + 2]!.start === field.tokens[j + 1]!.end &&
        isNameWord(words[j + 3])
      ) {
        if (next) run.push(next);
        run.push(words[j + 3]!);
        j += 3;
        continue;
      }
      // "Queen Elizabeth I", "Pedro I of Brazil": a monarch's first numeral (no pronoun after a title and a
      // given name, or before "of"). A lower-case word after it makes it the pronoun ('"When I met King
      // Charles I was shaking"'), save a few of a reign's words ("born", "died"): read22 F7.
      if (
        next?.core === 'I' &&
        last.end + 1 === next.start &&
        ((run.length >= 2 && MONARCH_TITLES.has(run[run.length - 2]!.lower) && !lowerWordAt(field, j + 2)) ||
          (isGivenNameWord(last) && field.tokens[j + 2]?.text === 'of'))
      ) {
        run.push(next);
        j++;
        break;
      }
      // "Cardi B said", "hosted by Cardi B. Taylor Swift": a listed stage name's closing letter ends the
      // name (without a period after it, which ends the sentence).
      // "Serie A", "in Serie B.": Italy's leagues by a letter (the letter ends the name, as a stage name's).
      if (
        next &&
        next.end - next.start <= 2 &&
        last.end + 1 === next.start &&
        (stageLetterAt(field, next) || (last.lower === 'serie' && LEAGUE_LETTER.test(next.core)))
      ) {
        const letter = next.core.charAt(0);
        run.push(
          next.end - next.start === 1
            ? next
            : wordWith(next, {
                core: letter,
                lower: letter.toLowerCase(),
                bits: WORD_BITS.of(letter.toLowerCase(), -1),
                shapes: CORE_SHAPES.of(letter),
                end: next.start + 1,
              }),
        );
        j++;
        break;
      }
      // "Beatrice Chebet KEN 28:54.14": a results line's code after the name ends it.
      if (next && hasLower(last.core) && resultCodeAfterName(field, words, j + 1)) break;
      // "Japanese PM Ishiba", "South Korean PM Kim": a demonym ends before the prime minister's abbreviation, and
      // "PM Ishiba" is read as a title and a name (classify.ts), as after a country ("Japan PM Ishiba").
      if (next?.core === 'PM' && run.length <= 2 && isNameWord(words[j + 2]) && demonymRun(run)) break;
      // Only "May" after a given name needs the given-name test ("Theresa May"); skip it for other words.
      // "Judge April Perry", "Governor June Walker": a month that is a given name, between a person's title
      // and a name word, opens the holder's name.
      if (
        isNameWord(
          next,
          (next?.lower === 'may' && isGivenNameWord(last)) ||
            // "Sheffield Wednesday 2 Aston Villa 1": a weekday ending a name the lists know (wild39b ★7).
            (next != null && (next.bits & C_CALENDAR) !== 0 && listedWithCalendarWord(run, next)) ||
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
        j++;
        continue;
      }
      // "Park Ji-young", "Kim Min-jun": a hyphened given name whose last syllable is an English word.
      if (
        next?.capitalised &&
        !next.caseless &&
        // ("South Korean President Moon Jae-in": a title right before the family name.)
        (run.length <= 3 || PERSON_TITLES.has(run[run.length - 2]!.lower)) &&
        isHyphenedGivenName(last, next) &&
        // ("Hong Kong-based")
        !MODIFIER_SUFFIX.test(next.lower) &&
        joinable(field, last, next)
      ) {
        run.push(next);
        j++;
        continue;
      }
      // "St. Louis", "Mt. Everest", "Ft. Worth": the tokenizer splits the abbreviation's period off before a
      // capital; the saint or the mountain opens the name that follows.
      // "Amon-Ra St. Brown", "Jordan St. Cyr": "St." inside a run is a saint's surname's first word.
      if (
        !next &&
        (run.length === 1 ||
          // "The St. Louis Fed said", "In Ft. Worth": a sentence's capitalised function word before it.
          (run.length === 2 && run[0]!.bits & C_FUNCTION) ||
          ((last.lower === 'st' || last.lower === 'ste') &&
            run.length === 2 &&
            saintSurnameAfter(run[0]!))) &&
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
          run[run.length - 1] = wordWith(last, {
            core: `${last.core}.`,
            lower: `${last.lower}.`,
            bits: WORD_BITS.of(`${last.lower}.`, -1),
            shapes: CORE_SHAPES.of(`${last.core}.`),
            end: period.end,
          });
          run.push(after);
          j += 2;
          continue;
        }
      }
      // 'Ramesh "Sunny" Balwani', 'Joaquín "El Chapo" Guzmán': a quoted nickname between a given name
      // and the surname belongs to the mention, not to the name. Also after two given names and before a
      // surname's particles ('Luiz Inácio "Lula" da Silva') and after a title ('President Jorge "Tuto" Quiroga').
      if (!next && beforeNickname(run)) {
        const rest = nicknameThenSurname(field, words, j);
        if (rest) {
          // A nickname in brackets ends the name at its surname: "Jonathan (Jon) Rahm Spain 66" is a results line.
          const bracketed = field.tokens[j + 1]!.text === '(';
          run.push(...rest);
          j = rest[rest.length - 1]!.index;
          if (bracketed) break;
          continue;
        }
      }
      // "SK hynix", "LG display": a firm's initials and a word it writes in lower case, when a list names
      // the two words as one firm.
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
          j++;
          continue;
        }
      }
      // "United Nations Interim Force in Lebanon (UNIFIL)": the acronym in brackets spells the name through "in"
      // (which is no joining word: "Interim Force" would end at it).
      if (!next && run.length >= 2 && field.tokens[j + 1]?.text === 'in' && isNameWord(words[j + 2])) {
        const tail =
          acronymSpelledTail(field, words, run, j + 2, 'I') ?? groupInCountryTail(field, words, run, j + 2);
        if (tail) {
          run.push(toWord(field.tokens[j + 1]!, j + 1, last.line, last.lineStart, false, false), ...tail);
          j = tail[tail.length - 1]!.index;
          continue;
        }
      }
      // "van der", "de la": particles in a row before the capitalised surname.
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
          run.push(next, second, third);
          j += 3;
          continue;
        }
      }
      // "Tesla Model Y", "the Model 3": a model's letter or number after "Model" ends the product's name.
      if (last.lower === 'model' && run.length > 1 && !last.caseless) {
        const code = field.tokens[j + 1];
        if (
          code &&
          code.start === last.end + 1 &&
          MODEL_DESIGNATION.test(code.text) &&
          !startsWithDigit(field.tokens[j + 2]?.text ?? '')
        ) {
          run.push(
            wordWith(last, {
              index: j + 1,
              core: code.text,
              lower: lowerCased(code.text),
              shapes: CORE_SHAPES.of(code.text),
              start: code.start,
              end: code.end,
              possessive: false,
              initial: false,
            }),
          );
          j++;
          break;
        }
      }
      // "the S&P 500", "France's CAC 40", "the FTSE 100 index": a stock index's number is part of its name.
      if (!next && isIndexName(last)) {
        const number = indexNumberAt(field, j + 1, last);
        if (number) {
          run.push(number);
          j++;
          break;
        }
      }
      // "Democratic Republic of the Congo", "Kingdom of Saudi Arabia": states named like institutions.
      let expansion =
        last.bits & C_ORG_OR_STATE_LEAD ||
        (field.tokens[j + 1]?.text === 'on' && last.bits & C_PACT_LEAD && nameBefore(run)) ||
        (field.tokens[j + 1]?.text === 'to' && last.lower === 'campaign') ||
        // "U.S. Court of Appeals for the Federal Circuit", "Court of Appeal for Ontario": the circuit a court
        // of appeals sits for goes on with its name.
        // Not an aid appeal ("a Flash Appeal for Sudan"): only a court's.
        (field.tokens[j + 1]?.text === 'for' &&
          (last.lower === 'appeals' || last.lower === 'appeal') &&
          run.some((w) => w.lower === 'court'))
          ? orgNameTail(field, words, j)
          : null;
      // "Monetary Authority of Singapore": an authority goes on through "of" to its place only, not to the office
      // holder or body it answers to ("the Palestinian Authority of President Mahmoud Abbas").
      if (expansion && PLACE_ONLY_LEADS.has(last.lower) && !authorityOfPlace(expansion)) expansion = null;
      // "the Eastern Economic Forum on Russky Island", "a hearing on Capitol Hill": "on" before a place is where the
      // body meets, not its subject (read25 F13).
      if (
        expansion &&
        field.tokens[j + 1]?.text === 'on' &&
        PLACE_HEADS.has(expansion[expansion.length - 1]!.lower)
      )
        expansion = null;
      if (expansion) {
        for (const x of expansion) run.push(x);
        j = expansion[expansion.length - 1]!.index;
        continue;
      }
      // "of", "de", "&" between two capitalised words.
      const after = words[j + 2];
      if (next && isNameWord(after) && joinable(field, last, next) && joinable(field, next, after)) {
        const lowerNext = next.lower;
        const lowerLast = last.lower;
        // "Lars Klingbeil von der SPD": a particle opens a surname, not an acronym.
        const particle =
          (NAME_PARTICLES.has(next.core) || (english && next.core === 'e')) &&
          (!DUTCH_ONLY_PARTICLES.has(next.core) || isGivenNameWord(last)) &&
          !last.possessive &&
          !isAcronymWord(after) &&
          !opensSecondName(run, last, next, after, words[j + 3] ?? undefined) &&
          (english || !prepositionAfterFullName(run, next, after)) &&
          !(placeParticles && next.core === 'di') &&
          !(run.length >= 2 && isPartyShaped(after.core)) &&
          !(run.length >= 2 && countryAfterParticle(after.core, language));
        // "the Duke of York", "Prince of Wales": a title of nobility and its place, as a run's first name word.
        const nobleOf =
          NOBLE_TITLES.has(lowerLast) && run.every((x) => x === last || FUNCTION_WORDS.has(x.lower));
        // "the Government of National Unity": a government named by what it is, not by its country's name.
        const governmentOf = lowerLast === 'government' && !isPlaceName(after.core);
        // "the Line of Actual Control", "the Line of Contact": a boundary named by ordinary words after "of".
        const lineOf = lowerLast === 'line' && isLowerWordWord(after);
        // "the Directorate General of Health Services", "Directorate General of Civil Aviation": a directorate's
        // "General" is no title there (wild49 E14).
        const directorateOf =
          lowerLast === 'general' && run.length >= 2 && run[run.length - 2]!.lower.startsWith('directorate');
        // "the Africa Cup of Nations", "the Gulf Cup of Nations", "the World Cup of Hockey": a named cup goes on
        // through "of" to the word that says whose cup it is (not to a place or a person: "the Davis Cup of Spain").
        const cupOf =
          lowerLast === 'cup' &&
          run.length >= 2 &&
          isLowerWordWord(after) &&
          !isGivenNameWord(after) &&
          !isPlaceName(after.core);
        const ofName =
          lowerNext === 'of' &&
          (ORG_LEADS.has(lowerLast) ||
            // "the Royal Courts of Justice", "the Inns of Court": an organisation's lead in the plural.
            (run.length >= 2 && pluralOrgLead(lowerLast)) ||
            pluralBodyOf(run, last, after) ||
            // "the Battle of Britain", "the Treaty of Rome", "the Siege of Leningrad": an event and its place.
            (EVENT_OF_LEADS.has(lowerLast) && run.every((x) => x === last || FUNCTION_WORDS.has(x.lower))) ||
            PLACE_HEADS.has(lowerLast) ||
            nobleOf ||
            governmentOf ||
            lineOf ||
            directorateOf ||
            cupOf ||
            (lowerLast === 'congress' && congressOfName(words, j + 2))) &&
          !(LEADERS_BODIES.has(lowerLast) && leaderAfterOf(words, j + 2)) &&
          // "Monetary Authority of Singapore", not "the Palestinian Authority of President Mahmoud Abbas".
          !(PLACE_ONLY_LEADS.has(lowerLast) && !placeAfterOf(words, j + 2));
        // "sales of Call of Duty", "Age of Empires", "Clash of Clans": two capitalised ordinary words joined by
        // "of" inside a sentence name a game or a work ("Minister of Defence": a title; "Bank of England": above).
        const workOf =
          lowerNext === 'of' &&
          run.length === 1 &&
          !last.initial &&
          !last.possessive &&
          workTitleWord(last) &&
          workTitleWord(after) &&
          !isNameWord(words[j + 3]);
        // "the Line of Actual Control (LAC)", "Joint Chiefs of Staff (JCS)": the acronym the text gives in
        // brackets spells the name through "of".
        const spelledOf =
          !particle && !ofName && lowerNext === 'of'
            ? acronymSpelledTail(field, words, run, j + 2, 'O')
            : null;
        if (spelledOf) {
          run.push(next, ...spelledOf);
          j = spelledOf[spelledOf.length - 1]!.index;
          continue;
        }
        // "Bangko Sentral ng Pilipinas", "Komisyon ng Wikang Filipino": Filipino "ng" (of) inside a body's name.
        const filipinoOf = next.core === 'ng' && !last.possessive;
        if (particle || ofName || workOf || filipinoOf) {
          run.push(next, after);
          j += 2;
          continue;
        }
      }
      // "Law and Justice (PiS)", "Alternative for Germany (AfD)": two words joined by "and" or "for" before a
      // bracketed acronym are one body's name, whatever language the acronym spells.
      if (!next && run.length === 1 && isNameWord(after) && bracketedAcronymAfter(field, last, after)) {
        run.push(after);
        j += 2;
        break;
      }
      const coordinated =
        !next && field.tokens[j + 1]?.text === 'and' ? coordinatedOrgTail(field, words, run, j) : null;
      if (coordinated) {
        for (const x of coordinated) run.push(x);
        j = coordinated[coordinated.length - 1]!.index;
        continue;
      }
      // "Standard and Poor's", "Ernst and Young": a firm the lists know by a name joined with "and".
      const knownAnd =
        !next && field.tokens[j + 1]?.text === 'and'
          ? (knownNameWithAnd(field, words, run, j) ??
            pairBodyTail(field, words, run, j, true) ??
            pairBodyTail(field, words, run, j, false))
          : null;
      if (knownAnd) {
        run.push(...knownAnd);
        j = knownAnd[knownAnd.length - 1]!.index;
        continue;
      }
      // "Save the Children", "Friends of the Earth": a listed body whose name goes on through "the".
      const knownThe = knownNameWithThe(field, words, run, j);
      if (knownThe) {
        run.push(...knownThe);
        j = knownThe[knownThe.length - 1]!.index;
        continue;
      }
      // "the Jamm ak Njariñ coalition", "Fichtel und Sachs AG", "Dar es Salaam": in English copy another
      // language's "and" or article between two capitalised words joins them in one name.
      if (!next && english && isNameWord(after) && foreignParticleAt(field, j + 1)) {
        const particle = andAfter(field, last, j + 1);
        if (joinable(field, last, particle) && joinable(field, particle, after)) {
          run.push(particle, after);
          j += 2;
          continue;
        }
      }
      // "The Mail on Sunday", "the Independent on Sunday": two papers named with their day; "on Sunday"
      // after any other name, or after these without "the", is a date ("Independent on Sunday said").
      if (
        (last.lower === 'mail' || last.lower === 'independent') &&
        field.tokens[j + 1]?.text === 'on' &&
        words[j + 2]?.core === 'Sunday' &&
        lowerCased(run.length === 1 ? (field.tokens[j - 1]?.text ?? '') : run[run.length - 2]!.core) === 'the'
      ) {
        if (words[j + 1]) run.push(words[j + 1]!);
        run.push(words[j + 2]!);
        j += 2;
        break;
      }
      if (!next && field.tokens[j + 1]?.text === '&' && isNameWord(after)) {
        run.push(after);
        j += 2;
        continue;
      }
      // "Trump v. Slaughter", "Learning Resources v. Trump": the parties of a case joined by "v." (a
      // fixture's "v" has no period) are the case's name, a work's.
      // "cited Smith v Jones", "the court's ruling in Donoghue v Stevenson": without the period, a legal
      // word in the sentence tells the case from a fixture ("Manchester City v Chelsea").
      const plainVersus =
        !next &&
        field.tokens[j + 1]?.text === 'v' &&
        isNameWord(words[j + 2]) &&
        field.tokens[j + 1]!.start === last.end + 1 &&
        legalWordNear(field, run[0]!.index, j + 2);
      if (plainVersus || (!next && versusWithPeriod(field, j + 1) && isNameWord(words[j + 3]))) {
        const caseEnd = caseNameEnd(field, words, plainVersus ? j + 2 : j + 3);
        for (let k = j + 1; k <= caseEnd; k++) if (words[k]) run.push(words[k]!);
        // "In Learning Resources v. Trump": a sentence's opening function word is no party's.
        let first = 0;
        while (run[first]!.bits & C_FUNCTION) first++;
        // "Humphrey's Executor v. United States": a party named in the possessive was read as a name of its own.
        const owner = first === 0 ? chunks[chunks.length - 1] : undefined;
        const ownerWord = owner?.words.length === 1 ? owner.words[0]! : undefined;
        // Not an owner the text names by itself: a known person or place ("Musk's X Corp v. Media Matters",
        // "Britain's Prince Harry v. Associated Newspapers") keeps its own entity (read38).
        if (
          ownerWord?.possessive &&
          ownerWord.index === run[0]!.index - 1 &&
          newsmakerNamed(ownerWord.core) === undefined &&
          lookupPlace(ownerWord.core) === undefined
        ) {
          chunks.pop();
          run.unshift(wordWith(ownerWord, { possessive: false, end: field.tokens[ownerWord.index]!.end }));
        }
        chunks.push(makeChunk(field, run.slice(first), false, true));
        j = caseEnd;
        caseName = true;
        break;
      }
      // "Moody's Investors Service Inc": a possessive inside a company name that ends in Inc, Corp...
      // "Pakistan People 's Party", "Boatmen 's Bancshares Inc.": pre-tokenised text spaces the "'s" off.
      // The tokenizer splits the spaced "'s" into the apostrophe and "s".
      const spaced = next ? undefined : field.tokens[j + 2];
      const spacedPossessive =
        spaced !== undefined &&
        spaced.text === 's' &&
        !last.possessive &&
        codeUnitAt(field.text, last.end) === 32 &&
        (field.tokens[j + 1]!.text === "'" || field.tokens[j + 1]!.text === '’') &&
        field.tokens[j + 1]!.start === last.end + 1 &&
        spaced.start === last.end + 2;
      if ((last.possessive || spacedPossessive) && run.length <= 3) {
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
          if (wk.possessive) break;
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
            j = ofAt + 1;
            continue;
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
          j = k - 1;
          continue;
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
          j = k - 1;
          continue;
        }
        // "Cox's Bazar": a town the place gazetteer names with the possessive.
        const placeEnd = country ? 0 : possessivePlaceLength(field, run[0]!, tail);
        if (placeEnd > 0) {
          run.push(...tail.slice(0, placeEnd));
          j = tail[placeEnd - 1]!.index;
          continue;
        }
      }
      // "St Thomas' Hospital", "Workers' Party": a bare apostrophe after an "s" is a possessive the
      // tokenizer split off; a saint's name or a body's head word runs the name on over it.
      // Pre-tokenised text spaces it off ("Toronto Bond Traders ' Association").
      const apostrophe = field.tokens[j + 1];
      if (
        !next &&
        run.length <= 3 &&
        (apostrophe?.text === "'" || apostrophe?.text === '’') &&
        (apostrophe.start === last.end ||
          (apostrophe.start === last.end + 1 && field.text[last.end] === ' ')) &&
        (last.core.endsWith('s') || last.core.endsWith('S'))
      ) {
        const tail: Word[] = [];
        let previous: Word = wordWith(last, { index: j + 1, end: apostrophe.end });
        for (let k = j + 2; k < n && tail.length < 3; k++) {
          const wk = words[k];
          if (!isNameWord(wk, false) || wk.possessive || !joinable(field, previous, wk)) break;
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
          j = tail[tail.length - 1]!.index;
          continue;
        }
      }
      // "U.S.-China Business Council": an abbreviation hyphened to a name, when the name goes on.
      const hyphen = field.tokens[j + 1];
      const beyond = words[j + 3];
      if (
        !next &&
        hyphen?.text === '-' &&
        endsWithText(last.core, '.') &&
        hyphen.start === last.end &&
        isNameWord(after) &&
        after.start === hyphen.end &&
        isNameWord(beyond) &&
        joinable(field, after, beyond)
      ) {
        run.push(after, beyond);
        j += 3;
        continue;
      }
      break;
    }
    // "The Michael Stoute-trained colt", "the Gordon Brown-led government": the surname before the hyphen ends
    // the person's name.
    const surname = caseName ? undefined : surnameBeforeParticiple(field, words, run[run.length - 1]!);
    if (surname) run.push(surname);
    // "San Francisco-based", "New York-born": the run opens a modifier the hyphen ended, not a name.
    if (!caseName && !opensModifier(field, words, run[run.length - 1]!))
      chunks.push(makeChunk(field, run, false));
    i = j + 1;
  }
  return joinListSpelledByAcronym(field, words, chunks, (joined) => makeChunk(field, joined, false));
}

/** Whether a run is a country's name, after any function word opening it ("the Philippines"). */
function isCountryRun(run: readonly Word[]): boolean {
  let first = 0;
  while (first < run.length - 1 && run[first]!.bits & C_FUNCTION) first++;
  let name = run[first]!.lower;
  for (let k = first + 1; k < run.length; k++) name += ` ${run[k]!.lower}`;
  return GAZETTEER.get(name)?.kind === 'country';
}

/** Nouns of parties and alliances after their name, in lower case: "the National People's Power alliance". */
const BODY_NOUNS_AFTER = new Set(['party', 'alliance', 'coalition', 'movement', 'front', 'bloc']);

/** Nouns of a body before its name: "the New York-based group Human Rights in China said". */
export const GROUP_NOUNS = new Set([
  'group',
  'organisation',
  'organization',
  'charity',
  'watchdog',
  'movement',
]);
/** What may follow a body's name that ends in its country: the clause's end or its verb of speech. */
const AFTER_GROUP_NAME = new Set([',', '.', 'said', 'says', 'urged', 'called', 'reported']);
/**
 * "the pressure group Human Rights in China said": after a body's noun, two or three capitalised words no
 * list joins, "in" and a country's one-word name ending the clause are one body's name ("the group Amnesty
 * International in China" is a listed body's branch: chunk.ts never reaches here for a listed name); the
 * country's word at `at` as a tail, or null.
 */
function groupInCountryTail(
  field: FieldText,
  words: readonly (Word | null)[],
  run: readonly Word[],
  at: number,
): Word[] | null {
  const country = words[at];
  if (!country || run.length > 3 || !GROUP_NOUNS.has(lowerCased(field.tokens[run[0]!.index - 1]?.text ?? '')))
    return null;
  if (!AFTER_GROUP_NAME.has(lowerCased(field.tokens[at + 1]?.text ?? ''))) return null;
  if (lookupPlace(country.core)?.kind !== 'country') return null;
  if (
    run.some((w) => !w.capitalised || isGivenNameWord(w)) ||
    knownBodyNamed(field.text.slice(run[0]!.start, run[run.length - 1]!.end)) !== undefined
  )
    return null;
  return [country];
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
 * "and" in other languages (French, German, Dutch, Danish and Norwegian, Swedish, Turkish, Finnish,
 * Hungarian, Romanian, Wolof), written inside names English copy quotes: "Fichtel und Sachs",
 * "Lazard Freres et Cie", "Yapi ve Kredi Bankasi", "Jamm ak Njariñ".
 */
export const FOREIGN_CONJUNCTIONS = new Set('et und en og och ve ja és si ak'.split(' '));
/** Lower-case particles between two names: those conjunctions and the Arabic article "es" ("Dar es Salaam"). */
const INNER_PARTICLES = new Set([...FOREIGN_CONJUNCTIONS, 'es']);

/**
 * "ak" of "Jamm ak Njariñ", "es" of "Dar es Salaam": a particle of another language inside a name ("et"
 * before "al", "Al" is the Latin "et al.").
 */
function foreignParticleAt(field: FieldText, at: number): boolean {
  const text = field.tokens[at]?.text;
  return (
    text !== undefined &&
    INNER_PARTICLES.has(text) &&
    !(text === 'et' && field.tokens[at + 1]?.text.toLowerCase() === 'al')
  );
}

/** Whether the tokens at `at` are "v" and a period right after it: "Trump v. Slaughter". */
function versusWithPeriod(field: FieldText, at: number): boolean {
  const v = field.tokens[at];
  const period = field.tokens[at + 1];
  return v?.text === 'v' && period?.text === '.' && period.start === v.end;
}

/** Lower-case words of courts and their cases. */
const LEGAL_WORDS = new Set(
  'case cases court courts ruling ruled judgment judgement judge precedent lawyers lawyer cited overturned overturn appeal lawsuit tribunal litigation claimant defendant'.split(
    ' ',
  ),
);

/** A legal word within twelve tokens before `from` or three after `to` (", the case that"), in the same sentence. */
function legalWordNear(field: FieldText, from: number, to: number): boolean {
  const tokens = field.tokens;
  for (let i = from - 1; i >= 0 && i >= from - 12; i--) {
    const text = tokens[i]!.text;
    if (text === '.' || text === '!' || text === '?') break;
    if (LEGAL_WORDS.has(text)) return true;
  }
  for (let i = to + 1; i < tokens.length && i <= to + 3; i++) {
    const text = tokens[i]!.text;
    if (text === '.' || text === '!' || text === '?') break;
    if (LEGAL_WORDS.has(text)) return true;
  }
  return false;
}

/** The last word of a case's second party, from its first word at `at`: up to three joined name words. */
function caseNameEnd(field: FieldText, words: readonly (Word | null)[], at: number): number {
  let end = at;
  while (end < at + 2 && isNameWord(words[end + 1]) && joinable(field, words[end]!, words[end + 1]!)) end++;
  return end;
}

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
function surnameBeforeParticiple(
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
function bodyBeforeParticiple(w: Word): Word | undefined {
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

/** The months' short forms ("Jun", "Sept"), which are Chinese given names too ("Lei Jun"). */
const MONTH_SHORT_FORMS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** "At St James' Park", "In St Mary's": a function word that opens the run, then a saint's lead word. */
const saintAfterOpening = (run: readonly Word[]) =>
  run.length >= 2 && run[0]!.bits & C_FUNCTION && SAINT_LEADS.has(run[1]!.lower);
/** The letter of one of Italy's football leagues after "Serie", with a sentence's period or without. */
const LEAGUE_LETTER = /^[A-D]\.?$/;
/** Titles of monarchs and popes, whose numerals follow their given names. */
const MONARCH_TITLES = new Set(
  'king queen emperor empress pope tsar czar tsarina sultan kaiser shah pharaoh'.split(' '),
);

/** Words after a monarch's numeral that the pronoun "I" seldom takes: "King Baudouin I born", "Pedro I of Brazil". */
const AFTER_NUMERAL = new Set('of born died reigned ruled crowned'.split(' '));
/** What befell a monarch, after "was": "King Charles I was beheaded" (the pronoun seldom is). */
const REIGN_FATES = new Set(
  'beheaded executed crowned deposed overthrown exiled imprisoned succeeded buried born'.split(' '),
);
/** Whether the token at `at` is a lower-case word after which "I" is the pronoun ("Charles I was shaking"). */
function lowerWordAt(field: FieldText, at: number): boolean {
  const token = field.tokens[at];
  if (token === undefined) return false;
  const c = codeUnitAt(token.text, 0);
  if (c < 97 || c > 122 || AFTER_NUMERAL.has(token.text)) return false;
  return !(token.text === 'was' && REIGN_FATES.has(field.tokens[at + 1]?.text ?? ''));
}

/**
 * Bodies that go on through "of" to their place only ("Monetary Authority of Singapore", "National Energy Regulator
 * of South Africa"), not to the office holder they answer to.
 */
const PLACE_ONLY_LEADS = new Set(['authority', 'regulator']);

export { acronymLetters, wordInBracketsAfter } from './chunking/acronyms.js';
export { analyseWords, hasSpacedLineEnd } from './chunking/analyse-words.js';
export { caselessChunks } from './chunking/caseless-chunks.js';
export { chunkWith } from './chunking/chunk-copies.js';
export { lookupKey } from './chunking/known-names.js';
export { splitNamePairs } from './chunking/name-pairs.js';
export { isLowerOpenedName, toWord, withoutArabicParticle } from './chunking/word-forms.js';
