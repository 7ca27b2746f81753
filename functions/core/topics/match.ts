import { isGivenName } from '../entities/lexicon.js';
import { codeUnitAt, lowerCased, startsWithDigit } from '../text/chars.js';
import type { FieldText } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { letterPattern } from '../text/letters.js';
import { lengthened } from '../text/long-lists.js';
import { WordMemo } from '../text/vocabulary.js';
import {
  bareWord,
  CASE_ANY,
  CASE_CAPITAL,
  type CaseRule,
  type CompiledLexicon,
  type LexiconEntry,
  wordKey,
} from './compile.js';
import { ACTOR_BITS, type ActorMasks, BLOCKER_SHIFT, NEEDS_BITS, NEEDS_SHIFT } from './frames.js';
import { afterThe, givenNameBeforeCouple } from './names-beside.js';
import { acronymAmongWords, spelledAlike } from './spelled-names.js';
import { stem } from './stem.js';

/** How often one lexicon phrase occurred, by field, and how it was first written. */
export interface PhraseHits {
  title: number;
  body: number;
  /** Of the body's, those in its first sentence (the lead). */
  lead: number;
  /** Of the body's, those in the lead or the sentence after it (where a story says what happened). */
  early: number;
  /** Of the title's, those before its first adjunct ("… after deadly floods"): the title's own subject. */
  titleHead: number;
  /** Of the lead's, those before its first adjunct ("Insurers face losses after an earthquake …"). */
  leadHead: number;
  /** Per frame (see frames.ts), occurrences in a sentence that also names one of the frame's actors. */
  framed?: number[];
  surface: string;
}

/**
 * The lexicon entries that can start at one word, split by the stem of the next word: a multi-word
 * entry is tried only where the next word fits it. Both lists keep the index's order (longest first,
 * stricter first), so the first entry that matches is the one a scan of the whole list would find.
 */
interface Candidates {
  readonly byNextKey: ReadonlyMap<string, readonly LexiconEntry[]>;
  readonly singleWord: readonly LexiconEntry[];
}

/** A text word as the lexicon sees it: its stem key and the entries starting with that stem. */
interface WordPiece {
  readonly text: string;
  readonly key: string;
  readonly candidates: Candidates | undefined;
}

/** What one token contributes: one word, or the parts of a hyphenated word, or a phrase break. */
type TokenPieces = readonly WordPiece[];
/** Punctuation breaks a phrase: a piece with an empty key, which no entry continues with. */
const PUNCTUATION: TokenPieces = [{ text: '', key: '', candidates: undefined }];
/** A currency sign breaks a phrase too, and makes the number after it money: "£100m" is no 100m race. */
const CURRENCY_SIGN: WordPiece = { text: '', key: '', candidates: undefined };
const CURRENCY: TokenPieces = [CURRENCY_SIGN];
const CURRENCY_SYMBOL = lazyPattern(() => /^\p{Sc}$/u);
const WHITESPACE_RUN = /\s+/g;

/**
 * `text` with each run of white space made one space. Most phrases are written with single spaces
 * between ASCII words, and for them the text is returned as it is, without running the expression.
 */
function oneSpaced(text: string): string {
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const code = codeUnitAt(text, i);
    if (code >= 128 || (code <= 32 && (code !== 32 || previous === 32)))
      return text.replace(WHITESPACE_RUN, ' ');
    previous = code;
  }
  return text;
}

// Per lexicon, each token text's pieces by its vocabulary number (text/vocabulary.ts), and the
// candidates of each stem. Only a speed-up: the same text always gets the same answer.
interface LexiconCaches {
  readonly tokens: WordMemo<TokenPieces>;
  readonly candidates: Map<string, Candidates | undefined>;
}
const caches = new WeakMap<CompiledLexicon, LexiconCaches>();

function cachesOf(lexicon: CompiledLexicon): LexiconCaches {
  let found = caches.get(lexicon);
  if (!found) {
    found = { tokens: new WordMemo(), candidates: new Map() };
    caches.set(lexicon, found);
  }
  found.tokens.current();
  return found;
}

function candidatesFor(lexicon: CompiledLexicon, cache: LexiconCaches, key: string): Candidates | undefined {
  if (cache.candidates.has(key)) return cache.candidates.get(key);
  const entries = lexicon.index.get(key);
  let candidates: Candidates | undefined;
  if (entries) {
    const byNextKey = new Map<string, LexiconEntry[]>();
    const singleWord: LexiconEntry[] = [];
    for (const entry of entries) {
      const next = entry.rest[0];
      if (next === undefined) {
        singleWord.push(entry);
        continue;
      }
      const list = byNextKey.get(next);
      if (list) list.push(entry);
      else byNextKey.set(next, [entry]);
    }
    candidates = { byNextKey, singleWord };
  }
  cache.candidates.set(key, candidates);
  return candidates;
}

function pieceOf(lexicon: CompiledLexicon, cache: LexiconCaches, text: string): WordPiece {
  const key = stem(bareWord(text));
  return { text, key, candidates: candidatesFor(lexicon, cache, key) };
}

function isWordToken(text: string): boolean {
  if (text.length > 1) return true;
  const c = codeUnitAt(text, 0);
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && LETTER.test(text))
  );
}
const LETTER = lazyPattern(() => /\p{L}/u);

/** "s" and "S" (code units). */
const LOWER_S = 0x73;
const UPPER_S = 0x53;

/** An apostrophe written right after a word that ends in s: "Breeders'", "teachers'". */
function isPluralPossessive(text: string, before: { text: string; end: number }, start: number): boolean {
  if (text !== "'" && text !== '\u2019') return false;
  const last = before.text.charCodeAt(before.text.length - 1);
  return before.end === start && (last === LOWER_S || last === UPPER_S);
}

/** A hyphenated word the lexicon does not know is read as its parts ("Russia-Ukraine" → two words). */
function tokenPieces(
  lexicon: CompiledLexicon,
  cache: LexiconCaches,
  text: string,
  wordId: number,
): TokenPieces {
  let pieces = cache.tokens.get(wordId);
  if (pieces === undefined) {
    if (!isWordToken(text)) pieces = CURRENCY_SYMBOL.test(text) ? CURRENCY : PUNCTUATION;
    else {
      const whole = pieceOf(lexicon, cache, text);
      pieces =
        text.includes('-') && !lexicon.hyphenated.has(whole.key)
          ? text
              .split('-')
              .filter(Boolean)
              .map((part) => pieceOf(lexicon, cache, part))
          : [whole];
    }
    cache.tokens.set(wordId, pieces);
  }
  return pieces;
}

/**
 * The field's words in order, and where each sentence's words end (exclusive). Held in arrays reused from
 * field to field (matchField reads one field at a time and keeps nothing of them), so reading a field
 * allocates nothing per word: each array ends with a sentinel at index `count` (see `wordsOf`).
 */
interface Words {
  readonly count: number;
  readonly pieces: readonly WordPiece[];
  /** Per piece, what the matcher needs to know first: PIECE_BREAK, PIECE_WORD or PIECE_CANDIDATE. */
  readonly kinds: Uint8Array;
  /** Per piece, where it starts and ends in the field's text (evidence is quoted as written). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly sentenceEnds: Int32Array;
  /** Per piece, the number of the name (see `NameSpans`) it lies in, 0 when none; only with names. */
  readonly nameOf?: Int32Array;
}

/** What a name names: a person, a place, or an organisation or other named thing (a body). */
export const NAME_PLACE = 0;
export const NAME_PERSON = 1;
export const NAME_BODY = 2;
/** A country's name: no name from the lexicon inside it counts ("United Arab Emirates" is no airline). */
export const NAME_COUNTRY = 3;
/**
 * A person named by the surname alone, after the full name or a style ("Cook" after "Tim Cook", "Lord
 * King"): an ordinary word that is the whole surname is not the word either.
 */
export const NAME_SURNAME = 4;
/** A title of a work in quotation marks ("Reds", "Book Club"): no lexicon word or name inside it counts. */
export const NAME_TITLE = 5;
/**
 * A work's name given after its kind ("the game Manhunt", "the film Elf", named-works.ts): no ordinary
 * word inside it counts; a name from the lexicon does.
 */
export const NAME_WORK = 6;
/**
 * A desk word the story uses in another sense: a figure of speech ("new ships flood market", "shares sank 20%",
 * figurative-words.ts), a state's protest to another ("lodged a strong protest", diplomatic-protest.ts), a state
 * merging its own bodies (merged-bodies.ts): it counts for nothing, as a word in a quoted title.
 */
export const NAME_OTHER_SENSE = 7;
export type NameKind =
  | typeof NAME_PLACE
  | typeof NAME_PERSON
  | typeof NAME_BODY
  | typeof NAME_COUNTRY
  | typeof NAME_SURNAME
  | typeof NAME_TITLE
  | typeof NAME_WORK
  | typeof NAME_OTHER_SENSE;

/**
 * Spans of the field that are names, sorted, not overlapping, with what they name: an ordinary word inside
 * a longer name of a person or place is not the word ("West Bank" is no bank, "Tim Cook" no cook, "Ivory
 * Coast" no ivory); a name from the lexicon inside a longer name of a body is not that name either (see
 * `namePartOfName`).
 */
export type NameSpans = readonly (readonly [start: number, end: number, kind: NameKind])[];

/**
 * Past the field's last piece: a key no stem has (a stem holds no space), so a phrase that would run on
 * beyond the field fails at it, as it did at the end of a list of the field's own length.
 */
const END: WordPiece = { text: '', key: ' ', candidates: undefined };
/** A piece with no key (punctuation, a currency sign): it breaks a phrase and is no word. */
const PIECE_BREAK = 0;
/** A word no lexicon entry starts with. */
const PIECE_WORD = 1;
/** A word some lexicon entries start with (`candidates`). */
const PIECE_CANDIDATE = 2;
const kindOf = (piece: WordPiece): number =>
  !piece.key ? PIECE_BREAK : piece.candidates ? PIECE_CANDIDATE : PIECE_WORD;

const endPiece = (): WordPiece => END;

/** Past the last sentence's end: no piece lies beyond it. */
const NO_END = 0x7fffffff;

// The arrays `wordsOf` fills, grown when a field needs more (rarely after the first long article).
let pieceBuffer: WordPiece[] = [];
let kindBuffer: Uint8Array = new Uint8Array(1024);
let startBuffer: Int32Array = new Int32Array(1024);
let endBuffer: Int32Array = new Int32Array(1024);
let nameBuffer: Int32Array = new Int32Array(1024);
let sentenceEndBuffer: Int32Array = new Int32Array(256);
/**
 * Pieces the arrays keep after a field: a long news story's field. A longer one (a 1 MB article has
 * ~200,000 pieces, ~5 MB of arrays) grows them for itself and they shrink back after it, so a
 * long-running process does not hold that memory until it ends.
 */
export const PIECES_KEPT = 8192;

/** After a field longer than PIECES_KEPT pieces: the arrays back to that size (`wordsOf` fills what it reads). */
function shrinkPieceBuffers(): void {
  if (pieceBuffer.length <= PIECES_KEPT && startBuffer.length <= PIECES_KEPT) return;
  pieceBuffer.length = PIECES_KEPT;
  kindBuffer = new Uint8Array(PIECES_KEPT);
  startBuffer = new Int32Array(PIECES_KEPT);
  endBuffer = new Int32Array(PIECES_KEPT);
  nameBuffer = new Int32Array(PIECES_KEPT);
  if (sentenceEndBuffer.length > PIECES_KEPT) sentenceEndBuffer = new Int32Array(PIECES_KEPT);
}

/** How many pieces the arrays hold room for now (for tests: no more than PIECES_KEPT after a field). */
export const pieceRoom = (): number => Math.max(pieceBuffer.length, startBuffer.length);

function grown(array: Int32Array, needed: number): Int32Array {
  if (needed < array.length) return array;
  const larger = new Int32Array(Math.max(needed + 1, array.length * 2));
  larger.set(array);
  return larger;
}

function wordsOf(field: FieldText, lexicon: CompiledLexicon, names: NameSpans): Words {
  const cache = cachesOf(lexicon);
  const withNames = names.length > 0;
  let count = 0;
  let sentenceCount = 0;
  let name = 0;
  const { tokens, wordIds, sentences } = field;
  // A field has at least a piece a token: room for that many at once, not by doubling step by step from
  // PIECES_KEPT (each step of a 1 MB field's arrays is fresh memory, long-lists.ts). `wordsOf` fills what it reads.
  if (tokens.length >= startBuffer.length) {
    const room = Math.max(tokens.length + 1, startBuffer.length * 2);
    kindBuffer = new Uint8Array(room);
    startBuffer = new Int32Array(room);
    endBuffer = new Int32Array(room);
    nameBuffer = new Int32Array(room);
  }
  // Likewise the pieces of a long field: room for one a token in one array, not grown a piece at a time.
  // (Asked of every field, as fieldWords asks of its pool: a call only a long field made would deoptimise this.)
  pieceBuffer = lengthened(pieceBuffer, tokens.length + 1, endPiece);
  const pieces = pieceBuffer;
  sentenceEndBuffer = grown(sentenceEndBuffer, sentences.length);
  const sentenceEnds = sentenceEndBuffer;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as (typeof sentences)[number];
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = tokens[t] as (typeof tokens)[number];
      // The apostrophe of a plural's possessive ("Breeders' Cup", "teachers' union", "Legionnaires' disease") is part
      // of the word before it, no break in a phrase (topics49: the lexicon's phrases with one never matched).
      if (
        t > sentence.firstToken &&
        isPluralPossessive(token.text, tokens[t - 1] as (typeof tokens)[number], token.start)
      )
        continue;
      const found = tokenPieces(lexicon, cache, token.text, wordIds[t] ?? 0);
      const after = count + found.length;
      if (after >= startBuffer.length) {
        const larger = new Uint8Array(Math.max(after + 1, kindBuffer.length * 2));
        larger.set(kindBuffer);
        kindBuffer = larger;
        startBuffer = grown(startBuffer, after);
        endBuffer = grown(endBuffer, after);
        nameBuffer = grown(nameBuffer, after);
      }
      const kinds = kindBuffer;
      const starts = startBuffer;
      const ends = endBuffer;
      if (found.length === 1) {
        const piece = found[0] as WordPiece;
        pieces[count] = piece;
        kinds[count] = kindOf(piece);
        starts[count] = token.start;
        ends[count] = token.end;
      } else {
        // The parts of a hyphenated word (or the mark that stands for punctuation or a currency sign).
        let at = 0;
        for (let p = 0; p < found.length; p++) {
          const piece = found[p] as WordPiece;
          const part = piece.text;
          const offset = part ? token.text.indexOf(part, at) : -1;
          const start = offset < 0 ? at : offset;
          at = start + part.length;
          pieces[count + p] = piece;
          kinds[count + p] = kindOf(piece);
          starts[count + p] = token.start + start;
          ends[count + p] = token.start + at;
        }
      }
      if (withNames) {
        while (name < names.length && (names[name] as NameSpans[number])[1] <= token.start) name++;
        const span = names[name];
        // A possessive stays on its token ("Cook's"): a token that starts inside the name is in it.
        const inside = span !== undefined && span[0] <= token.start ? name + 1 : 0;
        const into = nameBuffer;
        for (let p = count; p < after; p++) into[p] = inside;
      }
      count = after;
    }
    sentenceEnds[sentenceCount++] = count;
  }
  pieces[count] = END;
  sentenceEnds[sentenceCount] = NO_END;
  const kinds = kindBuffer;
  if (!withNames) return { count, pieces, kinds, starts: startBuffer, ends: endBuffer, sentenceEnds };
  nameBuffer[count] = 0;
  return { count, pieces, kinds, starts: startBuffer, ends: endBuffer, sentenceEnds, nameOf: nameBuffer };
}

/**
 * A lexicon phrase written in lower case: an ordinary word, which a name may contain by chance. A name in
 * the lexicon ("Williams", "Sony", "QC") inside a longer name is more likely a name the recogniser
 * spanned too widely ("Serena Williams" is the tennis player; "Sony Ericsson" no person), so it counts.
 */
function isCommonWord(entry: LexiconEntry): boolean {
  for (const rule of entry.cases) if (rule !== undefined && rule !== CASE_ANY) return false;
  return true;
}

/**
 * A one-word name from the lexicon that opens a person's longer name as its given name: "Oscar Piastri"
 * is a racing driver, no film award ("Serena Williams" still counts for tennis: there the word is the
 * surname).
 */
function opensPersonName(
  nameOf: Int32Array | undefined,
  names: NameSpans,
  pieces: readonly WordPiece[],
  i: number,
  entry: LexiconEntry,
): boolean {
  const name = nameOf?.[i];
  if (!nameOf || !name || entry.rest.length > 0) return false;
  return (
    nameOf[i - 1] !== name &&
    nameOf[i + 1] === name &&
    names[name - 1]?.[2] === NAME_PERSON &&
    isGivenName(pieces[i]?.text ?? '')
  );
}

// The last word of a facility's name says what the place is: "Belmarsh Prison" is a prison.
const FACILITY_HEADS = new Set(
  (
    'prison jail museum gallery airport stadium arena hospital clinic school university college court ' +
    'station church cathedral mosque synagogue temple theatre theater cinema'
  ).split(' '),
);

/** The phrase's words after its first (up to `end`, exclusive) all belong to the name `name`. */
function restInName(nameOf: Int32Array, name: number, i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) if (nameOf[k] !== name) return false;
  return true;
}

/**
 * The words from `i` to `end` (exclusive) are part of a person's or place's name that goes on before or
 * after them, and are not the head of a facility's name.
 */
function insideLongerName(
  nameOf: Int32Array | undefined,
  names: NameSpans,
  pieces: readonly WordPiece[],
  i: number,
  end: number,
  entry: LexiconEntry,
): boolean {
  const name = nameOf?.[i];
  if (!nameOf || !name) return false;
  // Bodies are named after what they do ("Department of Health", "Finance Ministry"): their words count.
  // A club or brand is not ("Kolkata Knight Riders", "Nottingham Forest", "Royal Mail").
  if (names[name - 1]?.[2] === NAME_BODY && describesItself(nameOf, pieces, name, i)) return false;
  if (!restInName(nameOf, name, i, end)) return false;
  const endsName = nameOf[end] !== name;
  if (endsName && FACILITY_HEADS.has(entry.phrase)) return false;
  return nameOf[i - 1] === name || !endsName;
}

/**
 * Words that say what kind of body a name is ("… Ministry", "… Airlines", "Bank of …"): a body named with
 * one describes itself, so the other words of its name are about what it does.
 */
const BODY_WORDS = new Set(
  (
    'department ministry agency office council commission committee authority administration bureau board ' +
    'service services institute institution association federation confederation union organisation ' +
    'organization foundation fund trust society party court tribunal police army navy parliament senate ' +
    'congress assembly government cabinet bank group company corporation corp inc plc ltd llc holdings ' +
    'airline airlines airways motor motors energy power oil petroleum gas pharmaceuticals pharma telecom ' +
    'telecoms media insurance mining steel foods exchange network university college school hospital ' +
    'centre center laboratory laboratories labs league force forces technologies technology systems radio ' +
    'television tv news times post press herald journal magazine international watch of for on without'
  ).split(' '),
);

/** The word says what kind of body a name is ("Ministry", "Airlines", "Bank"). */
export function isBodyKindWord(word: string): boolean {
  return BODY_WORDS.has(lowerCased(word));
}

/** The body's name (`name`, around piece `i`) has one of the words that say what kind of body it is. */
function describesItself(nameOf: Int32Array, pieces: readonly WordPiece[], name: number, i: number): boolean {
  let start = i;
  while (nameOf[start - 1] === name) start--;
  for (let k = start; nameOf[k] === name; k++) if (isBodyKindWord(pieces[k]?.text ?? '')) return true;
  return false;
}

/** A name from the lexicon that is part of a longer country name ("Emirates" of "United Arab Emirates"). */
function insideCountryName(
  nameOf: Int32Array | undefined,
  names: NameSpans,
  i: number,
  end: number,
): boolean {
  const name = nameOf?.[i];
  if (!nameOf || !name || names[name - 1]?.[2] !== NAME_COUNTRY) return false;
  if (!restInName(nameOf, name, i, end)) return false;
  return nameOf[i - 1] === name || nameOf[end] === name;
}

/**
 * The phrase is a whole surname standing for a person (`NAME_SURNAME`), or lies in a quoted title
 * (`NAME_TITLE`) or a word in another sense (`NAME_OTHER_SENSE`), or is an ordinary word in a work's name given after its kind (`NAME_WORK`), or is a capitalised lexicon name in the middle of a person's name ("Ombudsman Jesus
 * Crispin Remulla" is no religion).
 */
function withinNameOfItsOwn(
  lexicon: CompiledLexicon,
  nameOf: Int32Array | undefined,
  names: NameSpans,
  pieces: readonly WordPiece[],
  i: number,
  end: number,
  entry: LexiconEntry,
): boolean {
  const name = nameOf?.[i];
  if (!nameOf || !name || !restInName(nameOf, name, i, end)) return false;
  const kind = names[name - 1]?.[2];
  if (kind === NAME_TITLE || kind === NAME_OTHER_SENSE) return true;
  if (kind === NAME_WORK) return isCommonWord(entry);
  // A later "Pope", "Tate" after "Ollie Pope", "Andrew Tate" too; not a firm's name, which may be a company the
  // recogniser took for a person ("Walt Disney … Disney said").
  if (kind === NAME_SURNAME)
    return (
      (isCommonWord(entry) || (namesNoPerson(entry, pieces[i]?.text ?? '') && !namesAFirm(lexicon, entry))) &&
      nameOf[i - 1] !== name &&
      nameOf[end] !== name
    );
  if (kind !== NAME_PERSON || nameOf[i - 1] !== name) return false;
  if (nameOf[end] === name) return entry.cases[0] === CASE_CAPITAL;
  // A name from the lexicon that ends a person's full name after a given name is the person's surname: "Gerald
  // Ford", "Harrison Ford" are no car maker, "Ollie Pope" no pontiff, "Andrew Tate" no gallery, "Charlotte Church"
  // no religion (topics45, wild45 ★6; "Serena Williams" is no Williams racing team either). The lexicon's own
  // people ("William Shakespeare") still count; a firm the recogniser took for a person, "Allis-Chalmers Corp",
  // keeps its "Corp".
  if (isCommonWord(entry) || !(namesOnlyAFirm(lexicon, entry) || namesNoPerson(entry, pieces[i]?.text ?? '')))
    return false;
  let first = i;
  while (nameOf[first - 1] === name) first--;
  return isGivenName(pieces[first]?.text ?? '');
}

/**
 * The people the lexicon names by surname, as themselves: a name of theirs after a given name is still them
 * ("William Shakespeare", "Pablo Picasso", "Albert Einstein", "Rupert Murdoch").
 */
const LEXICON_PEOPLE = new Set(['Shakespeare', 'Picasso', 'Einstein', 'Murdoch']);

/**
 * A one-word capitalised name from the lexicon, written `surface` in the text, that names a title, a body, a prize
 * or a place, no person: not one of the lexicon's own people, nor a plural ("Catholics" of "Roman Catholics", a
 * span the recogniser may take for a person), which names a people or a faith's followers, no one's surname.
 */
function namesNoPerson(entry: LexiconEntry, surface: string): boolean {
  if (entry.rest.length > 0 || entry.cases[0] !== CASE_CAPITAL || LEXICON_PEOPLE.has(entry.phrase))
    return false;
  // The lexicon writes the word otherwise: its plural, "Catholics" of "Catholic" ("Mars", "Williams" as written).
  return !(
    surface.endsWith('s') &&
    surface !== entry.phrase &&
    wordKey(surface.slice(0, -1)) === wordKey(surface)
  );
}

/** A person's name opens at piece `k`. */
function personOpensAt(nameOf: Int32Array, names: NameSpans, k: number): boolean {
  const name = nameOf[k];
  return !!name && nameOf[k - 1] !== name && names[name - 1]?.[2] === NAME_PERSON;
}

/**
 * An ordinary business word that is by itself the whole name of a person or a place, written with its capital inside
 * a body sentence (fixT48, wild48 ★2): "the suspect, from Banks in Lancashire", "physio Banks said", "kicking for
 * Sale", "(Price 90)". The capital tells the name where no sentence opens: a sentence's first word and a headline's
 * words are capitalised anyway. Only words of the economy (and technology): a capitalised institution the recogniser
 * mistakes for a name ("in Cabinet and government", "Court TV") or a quoted genre ("Jazz") stays its desk's word.
 */
function wholeNameMidSentence(
  lexicon: CompiledLexicon,
  nameOf: Int32Array | undefined,
  names: NameSpans,
  pieces: readonly WordPiece[],
  i: number,
  entry: LexiconEntry,
): boolean {
  const name = nameOf?.[i];
  if (!nameOf || !name || entry.rest.length > 0 || nameOf[i - 1] === name || nameOf[i + 1] === name)
    return false;
  const kind = names[name - 1]?.[2];
  return (
    (kind === NAME_PERSON || kind === NAME_PLACE) &&
    CAPITALISED_WORD.test(pieces[i]?.text ?? '') &&
    namesOnlyFirms(lexicon, entry)
  );
}
/** A word with a capital and then small letters ("Banks", not "BANKS"). */
const CAPITALISED_WORD = /^[A-Z][a-z]/;

/** The words from `i` to `end` (exclusive) are the whole of a place's name, no more, no less. */
function wholePlaceName(nameOf: Int32Array | undefined, names: NameSpans, i: number, end: number): boolean {
  const name = nameOf?.[i];
  if (!nameOf || !name || names[name - 1]?.[2] !== NAME_PLACE) return false;
  return nameOf[i - 1] !== name && nameOf[end] !== name && restInName(nameOf, name, i, end);
}

/**
 * A firm's one-word name in the plural after "the" or a count is no longer the firm: a side's nickname ("The Chevrons
 * were 89 for four" is Zimbabwe's cricket team, wild60), or the firm's products ("two Boeings"), not its business. A
 * firm written with an s of its own ("Tescos said it would cut prices", "Sainsburys": review60) has neither before it.
 * A headline drops its articles ("Raza ton powers Chevrons to series win"): there the plural alone tells.
 */
function firmInPlural(
  lexicon: CompiledLexicon,
  entry: LexiconEntry,
  surface: string,
  before: WordPiece | undefined,
  inTitle: boolean,
): boolean {
  if (entry.rest.length > 0 || entry.cases[0] !== CASE_CAPITAL || !surface.endsWith('s')) return false;
  if (!inTitle && !(before && PLURAL_DETERMINERS.has(lowerCased(before.text)))) return false;
  return lowerCased(surface) === `${lowerCased(entry.phrase)}s` && namesOnlyFirms(lexicon, entry);
}
/** Words before a plural noun that no firm's own name takes. */
const PLURAL_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'two',
  'three',
  'four',
  'five',
  'several',
  'many',
  'more',
  'both',
  'these',
  'those',
  'all',
]);

/** Every top level the lexicon name feeds is the economy or technology: a firm ("Amazon", "Apple"). */
function namesOnlyFirms(lexicon: CompiledLexicon, entry: LexiconEntry): boolean {
  for (let k = 0; k < entry.gains.length; k += 2) {
    const node = lexicon.nodes[entry.gains[k] ?? -1];
    if (node?.level === 1 && node.id !== ECONOMY && node.id !== SCIENCE) return false;
  }
  return true;
}
const SCIENCE = 'medtop:13000000';

/** One of the top levels the lexicon name feeds is the economy: it may name a firm ("Disney", "Morrisons"). */
function namesAFirm(lexicon: CompiledLexicon, entry: LexiconEntry): boolean {
  for (let k = 0; k < entry.gains.length; k += 2)
    if (lexicon.nodes[entry.gains[k] ?? -1]?.id === ECONOMY) return true;
  return false;
}

/** Every top level the lexicon name feeds is the economy: it names a firm ("Ford", "Dell"). */
function namesOnlyAFirm(lexicon: CompiledLexicon, entry: LexiconEntry): boolean {
  let firm = false;
  for (let k = 0; k < entry.gains.length; k += 2) {
    const node = lexicon.nodes[entry.gains[k] ?? -1];
    if (node?.level !== 1) continue;
    if (node.id !== ECONOMY) return false;
    firm = true;
  }
  return firm;
}
const ECONOMY = 'medtop:04000000';

/** Words that open an adjunct of a title or lead, after its subject and verb: "… after …", "… amid …". */
const ADJUNCTS = new Set('after amid as before despite following from on over since with'.split(' '));

// The last word of a body's or place's name that makes it another thing than the name it opens with:
// "Birmingham City Council" is no football club, "Emirates Stadium" no airline.
const OTHER_THING_HEADS = new Set([
  ...FACILITY_HEADS,
  ...'council councils committee commission authority government assembly party'.split(' '),
]);
/**
 * The last word of a sports ground's name (fixT48, wild48 ★2): a firm that opens it is its sponsor, no word of the
 * firm's desk ("Kia Oval", "Citi Field", "Barclays Center", "Oracle Park"); a ground's own name keeps its desk
 * ("Goodison Park" is football's).
 */
const GROUND_HEADS = new Set(
  'oval ground field dome bowl velodrome coliseum center centre park garden gardens'.split(' '),
);

/**
 * A name from the lexicon (a club, a firm) that opens a longer name of a place or body whose last word
 * makes it another thing, of another topic: "Birmingham City Council", "Emirates Stadium" (not "Olympic
 * Stadium"). A firm's division keeps the firm
 * ("Microsoft Research"), and a name after a qualifier counts ("UN Security Council").
 */
function namePartOfName(
  lexicon: CompiledLexicon,
  nameOf: Int32Array | undefined,
  names: NameSpans,
  pieces: readonly WordPiece[],
  i: number,
  entry: LexiconEntry,
): boolean {
  const end = i + entry.rest.length + 1;
  const name = nameOf?.[i];
  if (!nameOf || !name) return false;
  const kind = names[name - 1]?.[2];
  if (kind === NAME_PERSON) return false;
  if (!restInName(nameOf, name, i, end)) return false;
  if (nameOf[i - 1] === name) return false;
  let last = end;
  while (nameOf[last] === name) last++;
  const head = pieces[last - 1];
  if (last === end || !head) return false;
  // A firm named so by its last words ("MP Materials", a rare-earth miner; "Commonwealth Shipping Plc"): a name of
  // another desk that opens it is no word of that desk. A firm's own name keeps it ("Apple Inc"), and so does a name
  // followed by no more than a legal form ("CBS Inc" is CBS).
  // One word only: a desk's own firm written in full ("Warner Music Group Corp", read43) keeps its desk.
  if (kind === NAME_BODY && entry.rest.length === 0) {
    const headWord = lowerCased(head.text);
    if (FIRM_KINDS.has(headWord) || (LEGAL_FORMS.has(headWord) && last - end >= 2))
      return !feedsEconomy(lexicon, entry);
  }
  if (GROUND_HEADS.has(lowerCased(head.text))) return namesOnlyFirms(lexicon, entry);
  if (!OTHER_THING_HEADS.has(lowerCased(head.text))) return false;
  // "Olympic Stadium", "Premier League club": the name and the head agree, and the name counts.
  const headEntry = head.candidates?.singleWord[0];
  return !headEntry || !sharesTopLevel(lexicon, entry, headEntry);
}

/**
 * The last word of a body's name that makes it a firm (topics43, wild42 item 17): "MP Materials" is no member of
 * parliament, "Chelsea Industries Inc" no football club. Not "Group" (a council's "Labour Group") nor "Bank" (a
 * central bank is policy).
 */
const FIRM_KINDS = new Set('materials holdings industries technologies minerals'.split(' '));
const LEGAL_FORMS = new Set('inc corp corporation co plc ltd limited llc'.split(' '));

/** The lexicon entry feeds the economy's top level (a firm's or a market's name). */
function feedsEconomy(lexicon: CompiledLexicon, entry: LexiconEntry): boolean {
  for (let k = 0; k < entry.gains.length; k += 2)
    if (lexicon.nodes[entry.gains[k] ?? -1]?.id === ECONOMY) return true;
  return false;
}

/** Two lexicon entries name a common top-level topic. */
function sharesTopLevel(lexicon: CompiledLexicon, a: LexiconEntry, b: LexiconEntry): boolean {
  const { nodes } = lexicon;
  for (let k = 0; k < a.gains.length; k += 2) {
    const node = a.gains[k] ?? -1;
    if (nodes[node]?.level !== 1) continue;
    for (let j = 0; j < b.gains.length; j += 2) if (b.gains[j] === node) return true;
  }
  return false;
}

// At module level: esbuild compiles a \p{…} literal inside a function on every call.
const NOT_LETTERS = letterPattern(String.raw`[^\p{L}]`, 'gu');

/**
 * A title in capitals (`true`), or one whose capitalised words are read as names only where `nameSense`
 * says so (see score.ts: "LABOUR LAW" is the party only where the story writes "Labour").
 */
export type Caseless = boolean | ((word: string) => boolean);

function caseFits(rule: CaseRule | undefined, text: string, caseless: Caseless): boolean {
  if (rule === undefined || rule === CASE_ANY) return true;
  // In a title in capitals, "IT" or "US" could be any word; longer acronyms are still safe.
  if (caseless) return rule === CASE_CAPITAL ? caseless === true || caseless(text) : text.length > 2;
  const first = text[0] ?? '';
  if (rule === CASE_CAPITAL) return first !== lowerCased(first);
  const letters = text.replace(NOT_LETTERS, '');
  return letters === letters.toUpperCase();
}

/** A capitals headline's words that the body does not write as a name: no capitalised entry fits them. */
const NO_NAME: Caseless = () => false;

function matchAt(pieces: readonly WordPiece[], i: number, entry: LexiconEntry, caseless: Caseless): boolean {
  const { rest, forms, cases } = entry;
  for (let k = 0; k < rest.length; k++) if (pieces[i + 1 + k]?.key !== rest[k]) return false;
  // A name of two words or more in a capitals headline is asked of the body as a whole: "LABOUR PARTY" is
  // the party where the body writes "the labour dispute" (read22 F13), "NEW LABOUR LAW" over "a new labour
  // law" is no New Labour.
  let asWritten = caseless;
  if (rest.length > 0 && typeof caseless === 'function') {
    let phrase = pieces[i]?.text ?? '';
    for (let k = 1; k <= rest.length; k++) phrase += ` ${pieces[i + k]?.text ?? ''}`;
    asWritten = caseless(phrase) || NO_NAME;
  }
  // An acronym among words in lower case names no lower-case lexicon word ("ICE agents", "ACE inhibitors").
  if (
    rest.length === 0 &&
    asWritten === false &&
    (cases[0] === undefined || cases[0] === CASE_ANY) &&
    acronymAmongWords(pieces[i]?.text ?? '', pieces[i - 1]?.text ?? '', pieces[i + 1]?.text ?? '')
  )
    return false;
  for (let k = 0; k <= rest.length; k++) {
    const text = pieces[i + k]?.text ?? '';
    const rule = cases[k];
    if (!caseFits(rule, text, asWritten)) return false;
    if (forms.length) {
      if (lowerCased(bareWord(text)) !== forms[k]) return false;
    } else if (rule !== undefined && rule !== CASE_ANY && !spelledAlike(entry, k, text, asWritten !== false))
      return false;
  }
  return true;
}

/** The first entry, in index order, that matches the words from `i` on. */
function firstMatch(
  candidates: Candidates,
  pieces: readonly WordPiece[],
  i: number,
  caseless: Caseless,
): LexiconEntry | undefined {
  // Most words start only one-word entries: no look-up of the next word for them.
  const longer =
    candidates.byNextKey.size > 0 ? candidates.byNextKey.get(pieces[i + 1]?.key ?? '') : undefined;
  if (longer) for (const entry of longer) if (matchAt(pieces, i, entry, caseless)) return entry;
  for (const entry of candidates.singleWord) if (matchAt(pieces, i, entry, caseless)) return entry;
  return undefined;
}

/**
 * One pass over a field: at each word the longest lexicon phrase starting there is counted and skipped
 * over, so "prime minister" is not also counted as "minister"; a phrase inside a longer name of a person
 * or place (`names`) is skipped over without counting. Phrases in a sentence that names a
 * frame's actor (`actorMask`: bit f for frame f), or that follows one, are also counted in `framed[f]`,
 * unless a blocker of the frame (bit f + BLOCKER_SHIFT) is in the sentence (for a frame of
 * `blockersNeeding`, with a word it needs there: bit f + NEEDS_SHIFT).
 * Returns the number of words.
 */
export function matchField(
  field: FieldText,
  lexicon: CompiledLexicon,
  caseless: Caseless,
  into: Map<LexiconEntry, PhraseHits>,
  actorMask: ActorMasks = new Map(),
  frameCount = 0,
  names: NameSpans = [],
  leadSentence = -1,
  blockersNeeding = 0,
): number {
  const { count, pieces, kinds, starts, ends, sentenceEnds, nameOf } = wordsOf(field, lexicon, names);
  let wordCount = 0;
  let sentence = -1;
  let sentenceEnd = 0;
  let inSentence: PhraseHits[] = [];
  const isTitle = field.field === 'title';
  // Set from the first adjunct of the title or the lead on: "Shares slump after jet crash" is about shares.
  let adjunct = false;
  let actorsSeen = 0;
  // An actor named in one sentence is often the "he" or "it" of the next: it frames that one too.
  let carried = 0;
  let blocked = 0;
  let needsSeen = 0;
  // The sentence's first word (its capital tells no name).
  let firstWord = -1;
  const closeSentence = () => {
    if (blocked & blockersNeeding) blocked &= ~(blockersNeeding & ~needsSeen);
    needsSeen = 0;
    const frames = (actorsSeen | carried) & ~blocked;
    if (frames) {
      for (let f = 0; f < frameCount; f++) {
        if (!(frames & (1 << f))) continue;
        for (const hits of inSentence) {
          hits.framed ??= new Array<number>(frameCount).fill(0);
          hits.framed[f] = (hits.framed[f] ?? 0) + 1;
        }
      }
    }
    inSentence = [];
    carried = actorsSeen & ~blocked;
    actorsSeen = 0;
    blocked = 0;
  };
  // A phrase may run on into the next sentence (a headline line without punctuation); the sentence a
  // word is in is the one whose end lies beyond it.
  for (let i = 0; i < count; ) {
    if (i >= sentenceEnd) {
      closeSentence();
      do sentence++;
      while ((sentenceEnds[sentence] ?? Number.POSITIVE_INFINITY) <= i);
      sentenceEnd = sentenceEnds[sentence] ?? Number.POSITIVE_INFINITY;
      firstWord = -1;
    }
    const kind = kinds[i];
    if (kind === PIECE_BREAK) {
      i++;
      continue;
    }
    wordCount++;
    if (firstWord < 0) firstWord = i;
    if (
      !adjunct &&
      (isTitle || sentence === leadSentence) &&
      ADJUNCTS.has(lowerCased((pieces[i] as WordPiece).text))
    )
      adjunct = true;
    // A word no lexicon entry starts with is counted and passed without reading its piece.
    if (kind === PIECE_WORD) {
      i++;
      continue;
    }
    const piece = pieces[i] as WordPiece;
    let advance = 1;
    const entry =
      piece.candidates &&
      !(pieces[i - 1] === CURRENCY_SIGN && startsWithDigit(piece.text)) &&
      firstMatch(piece.candidates, pieces, i, caseless);
    if (
      entry &&
      (withinNameOfItsOwn(lexicon, nameOf, names, pieces, i, i + entry.rest.length + 1, entry) ||
        (isCommonWord(entry)
          ? insideLongerName(nameOf, names, pieces, i, i + entry.rest.length + 1, entry) ||
            (nameOf !== undefined && givenNameBeforeCouple(pieces, i, personOpensAt(nameOf, names, i + 2))) ||
            (!isTitle && i !== firstWord && wholeNameMidSentence(lexicon, nameOf, names, pieces, i, entry))
          : opensPersonName(nameOf, names, pieces, i, entry) ||
            namePartOfName(lexicon, nameOf, names, pieces, i, entry) ||
            insideCountryName(nameOf, names, i, i + entry.rest.length + 1) ||
            firmInPlural(lexicon, entry, piece.text, pieces[i - 1], isTitle) ||
            (afterThe(pieces, i) &&
              wholePlaceName(nameOf, names, i, i + entry.rest.length + 1) &&
              namesOnlyFirms(lexicon, entry))))
    ) {
      advance = entry.rest.length + 1;
      wordCount += entry.rest.length;
    } else if (entry) {
      let hits = into.get(entry);
      if (!hits) {
        // As the article writes it ("Tories", "drop-goal", "200m"), in lower case for an ordinary word; a
        // capitalised lexicon word in a title in capitals keeps the lexicon's spelling ("Tory", not "TORY").
        const cased = entry.cases.some((c) => c !== CASE_ANY);
        let surface = entry.phrase;
        if (!(cased && caseless)) {
          const written = oneSpaced(field.text.slice(starts[i] ?? 0, ends[i + entry.rest.length] ?? 0));
          surface = cased ? written : lowerCased(written);
        }
        hits = { title: 0, body: 0, lead: 0, early: 0, titleHead: 0, leadHead: 0, surface };
        into.set(entry, hits);
      }
      if (field.field === 'title') {
        hits.title++;
        if (!adjunct) hits.titleHead++;
      } else {
        hits.body++;
        if (sentence === leadSentence) {
          hits.lead++;
          if (!adjunct) hits.leadHead++;
        }
        if (leadSentence >= 0 && (sentence === leadSentence || sentence === leadSentence + 1)) hits.early++;
      }
      const mask = actorMask.get(entry) ?? 0;
      const actorOf = mask & ACTOR_BITS;
      blocked |= mask >>> BLOCKER_SHIFT;
      if (mask & NEEDS_BITS) needsSeen |= (mask & NEEDS_BITS) >>> NEEDS_SHIFT;
      if (actorOf) actorsSeen |= actorOf;
      else inSentence.push(hits);
      advance = entry.rest.length + 1;
      wordCount += entry.rest.length;
    }
    i += advance;
  }
  closeSentence();
  shrinkPieceBuffers();
  return wordCount;
}
