// Names on all-capitals lines (`caselessChunks`: headlines, datelines).
import type { FieldText } from '../../text/document.js';
import { letterPattern } from '../../text/letters.js';
import type { Chunk, Word } from '../chunk.js';
import { knownBodyOfKey, opensLongerBodyKey, startsKnownBodyForm } from '../known-bodies.js';
import { isLegalFormWord } from '../legal-form.js';
import { FUNCTION_WORDS, GAZETTEER, isLowerWord, MAX_NAME_WORDS, ORG_HEADS } from '../lexicon.js';
import { nameFormKey } from '../name-forms.js';
import { newsmakerNamed } from '../newsmakers.js';
import { isHeadlineVerb } from '../title-case.js';
import { makeChunk } from './chunk-copies.js';
import { isWord } from './name-words.js';
import { caseFlags } from './word-forms.js';
import { joinable } from './wrapped-lines.js';

/**
 * The index of the legal form ("INC", "LTD", "CORP") that ends a capitals title's first two to six words
 * when a ticker in angle brackets follows it, or -1.
 */
function tickerFirmEnd(field: FieldText, words: readonly (Word | null)[]): number {
  if (words[0]?.caseless !== true) return -1;
  for (let k = 1; k < 6 && k < words.length; k++) {
    const w = words[k];
    if (!w?.caseless) return -1;
    if (field.tokens[k + 1]?.text === '<') return isLegalFormWord(w.core) ? k : -1;
  }
  return -1;
}

/** Head words of competitions a body's abbreviation names: "FA Cup", "ICC Trophy", "US Open". */
const COMPETITION_HEADS = new Set(
  'cup trophy shield open championship championships games classic masters'.split(' '),
);
/** After "Open", words that make it an adjective: "US Open to Talks", "EU Open for Business". */
const OPEN_TO = new Set(['to', 'for']);

/** The part of a look-up key before its first space: a longer key can only match a name sharing it. */
function firstSegment(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

function multiWordFirstSegments(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) if (key.includes(' ')) out.add(firstSegment(key));
  return out;
}

/**
 * Names on all-capitals lines (headlines, datelines): the longest run that is a name seen elsewhere in
 * the article or in the gazetteer, else a run of words English does not write in lower case.
 */
export function caselessChunks(
  field: FieldText,
  words: readonly (Word | null)[],
  known: ReadonlyMap<string, unknown>,
  titleCase = false,
): Chunk[] {
  const chunks: Chunk[] = [];
  const n = words.length;
  // Most words open no multi-word name: building and hashing their longer keys is wasted work.
  let knownFirsts: Set<string> | undefined;
  let i = 0;
  // "HOLLOWAY MILLS INC <HML> 1ST QTR NET": an earnings brief's title opens with the firm's whole name,
  // closed by its legal form before its ticker; the body's table never names it again.
  const firm = field.field === 'title' ? tickerFirmEnd(field, words) : -1;
  if (firm > 0) {
    chunks.push(makeChunk(field, (words.slice(0, firm + 1) as Word[]).filter(isWord), true));
    i = firm + 1;
  }
  // "Sony PSP Tipped as a Must-Have", "Yeading Face Newcastle in FA Cup": in a title-case headline an abbreviation
  // keeps its case (analyse-words.ts), but it may open or go on a longer name the story or the lists know.
  const inKey = (word: Word | null | undefined): word is Word =>
    word != null && (word.caseless || (titleCase && isAbbreviation(word)));
  // Each word's key as the lists of bodies compare names (`nameFormKey`), made once a word: a run's key is its words'
  // keys joined. Making each longer run's key anew took a third of a page of "U.S. U.S. …" in capitals.
  const formKeys: string[] = [];
  const formKeyAt = (p: number): string => {
    let formKey = formKeys[p];
    if (formKey === undefined) {
      formKey = nameFormKey(words[p]!.lower);
      formKeys[p] = formKey;
    }
    return formKey;
  };
  while (i < n) {
    const w = words[i];
    if (!inKey(w)) {
      i++;
      continue;
    }
    // "FA Cup Draw", "US Open Final": a title-case headline's abbreviation before a competition's head word names the
    // competition, whether or not the story or the lists name it again ("US Open to Talks" is the country's).
    const head = titleCase && !w.caseless ? words[i + 1] : undefined;
    if (
      head?.caseless &&
      COMPETITION_HEADS.has(head.lower) &&
      joinable(field, w, head) &&
      !(head.lower === 'open' && OPEN_TO.has(field.tokens[head.index + 1]?.text.toLowerCase() ?? ''))
    ) {
      chunks.push(makeChunk(field, [w, head], true));
      i += 2;
      continue;
    }
    let matched = 0;
    let key = '';
    const keys: string[] = [];
    // The run's keys for the lists of bodies, while a listed form may still open with them.
    let bodyKey: string | undefined = '';
    const bodyKeys: (string | undefined)[] = [];
    // Where each key's last word is (a firm's "&" between two words stands outside the words: "MARKS & SPENCER").
    let ampersand = false;
    let p = i;
    // Whether a name the gazetteer or the story knows may go on past the run's first word.
    let headGoesOn = false;
    for (let k = 0; k < MAX_NAME_WORDS && p < n; k++, p++) {
      let wk = words[p];
      // "MARKS & SPENCER PROFITS UP": a known name's "&" in capitals (the body's "Marks & Spencer" keys its words).
      const joinedByAmpersand = k > 0 && wk == null && field.tokens[p]?.text === '&' && inKey(words[p + 1]);
      if (joinedByAmpersand) {
        ampersand = true;
        wk = words[++p];
      }
      if (!inKey(wk) || (k > 0 && !joinedByAmpersand && !joinable(field, words[p - 1]!, wk))) break;
      if (k === 1) {
        const head = firstSegment(key);
        knownFirsts ??= multiWordFirstSegments(known.keys());
        headGoesOn = GAZETTEER.startsLongerName(head) || knownFirsts.has(head);
        if (!headGoesOn && !startsKnownBodyForm(head)) break;
      }
      // (A word of periods alone has an empty key, which the run's key leaves out as `nameFormKey` would.)
      const part = formKeyAt(p);
      const nextBodyKey: string | undefined =
        part === '' || bodyKey === undefined
          ? bodyKey
          : bodyKey === ''
            ? part
            : opensLongerBodyKey(bodyKey)
              ? `${bodyKey} ${part}`
              : undefined;
      // "U.S. U.S. U.S. …": no longer key can name anything once no listed name goes on from the run's first word and
      // no listed body's form from its words (a hostile page of them built five keys at every word).
      if (k > 0 && !headGoesOn && nextBodyKey === undefined) break;
      bodyKey = nextBodyKey;
      key = k === 0 ? wk.lower : `${key} ${wk.lower}`;
      keys.push(key);
      bodyKeys.push(bodyKey);
      if (wk.possessive) break;
    }
    for (let k = keys.length; k > 0; k--) {
      const candidate = keys[k - 1]!;
      // "BANK OF ENGLAND CUTS RATES", "Federal Reserve in Focus": a body the team's list knows by words of the
      // language (known-bodies.ts), which no gazetteer holds and the story may not name again.
      if (
        known.has(candidate) ||
        GAZETTEER.has(candidate) ||
        (k > 1 &&
          bodyKeys[k - 1] !== undefined &&
          knownBodyOfKey(bodyKeys[k - 1]!) !== undefined &&
          (ampersand || standsAsBody(field, words, i, i + k)))
      ) {
        if (k === 1 && FUNCTION_WORDS.has(candidate)) continue;
        matched = k;
        break;
      }
    }
    // (With an "&" inside, the matched words are the first `matched` words from i, the "&" left out.)
    const matchedWords =
      matched === 0
        ? []
        : ampersand
          ? (words.slice(i, p + 1).filter(isWord) as Word[]).slice(0, matched)
          : (words.slice(i, i + matched) as Word[]);
    // Abbreviations alone are read with their case, among the headline's other names.
    if (matchedWords.some((m) => m.caseless)) {
      chunks.push(makeChunk(field, matchedWords, true));
      i = matchedWords[matchedWords.length - 1]!.index + 1;
      continue;
    }
    if (!w.caseless) {
      i++;
      continue;
    }
    const run: Word[] = [];
    let j = i;
    while (j < n) {
      const wj = words[j];
      // "PRESIDENT TRUMP SAYS": a listed newsmaker's one-word form is a name in capitals too, though
      // it is also an ordinary word ("trump", "tusk", "macron").
      if (!wj?.caseless || !(isUnknownWord(wj.core) || newsmakerNamed(wj.core) !== undefined)) break;
      if (run.length > 0 && !joinable(field, run[run.length - 1]!, wj)) break;
      run.push(wj);
      j++;
      if (wj.possessive) break;
    }
    if (run.length > 0) {
      chunks.push(makeChunk(field, run, true));
      i = j;
    } else i++;
  }
  return chunks;
}

// At module level: esbuild compiles a \p{…} literal inside a function on every call.
const WORD_OF_LETTERS = letterPattern(String.raw`^[\p{L}][\p{L}'\u2019.-]*$`);

/**
 * Whether the listed body's form in words `from` to `to` of a caseless line stands as the body there. A form made of
 * ordinary words only, not ending in a body's word ("Save the Children", "Law and Justice", "Global Witness"; not
 * "World Bank", "Federal Reserve"), may be a phrase of the headline: it must not follow a capitalised word ("Firefighters
 * Save the Children From Blaze": the subject and its verb) nor run on into one other than the headline's verb ("New Law
 * and Justice Ministry Planned", "Global Witness Protection Scheme Launched"; "Save the Children Warns of Famine" is
 * the body), read55 R2.
 */
function standsAsBody(field: FieldText, words: readonly (Word | null)[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isLowerWord(words[k]!.lower)) return true;
  if (ORG_HEADS.has(words[to - 1]!.lower)) return true;
  const before = words[from - 1];
  if (before?.caseless && joinable(field, before, words[from]!)) return false;
  const after = words[to];
  return !(after?.caseless && joinable(field, words[to - 1]!, after) && !isHeadlineVerb(after.core));
}

/** "PSP", "FA", "U.S.": a word of two or more capitals, which a title-case headline writes as a sentence does. */
function isAbbreviation(word: Word): boolean {
  return !word.caseless && word.core.length >= 2 && (caseFlags(word.core) & 3) === 1;
}

function isUnknownWord(core: string): boolean {
  if (core.length < 2 || !WORD_OF_LETTERS.test(core)) return false;
  // ("JOKE E-MAIL VIRUS TRICKS USERS": a hyphened word of the language, though its first part is a letter.)
  return !isLowerWord(core.replace(/-.*$/, '')) && !isLowerWord(core);
}
