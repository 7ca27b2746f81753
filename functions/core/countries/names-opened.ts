import { fieldOf, type TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { letterPattern } from '../text/letters.js';
import type { CountryMention } from './mentions.js';

/** A capitalised word right after a place, one space apart: "Paris Hilton", "Sydney Sweeney". */
const NEXT_NAME = letterPattern(String.raw`^ (\p{Lu}\p{Ll}+)(?![\p{L}'\u2019-])`);
/** What follows a speaker's name: "Hilton said". */
const SPEAKS = /^,?\s+(?:said|says|told|added|stated|argued|noted|wrote|asked)\b/;
const LETTER = lazyPattern(() => /\p{L}/u);
/**
 * A capitalised word (possessive or not) or "the" right before: the word is part of a longer name
 * ("Tokyo Electric said", "the People's Daily said", "Standard and Poor's Corp said").
 */
const NAME_OR_ARTICLE_BEFORE = lazyPattern(() => /(?:^|\s)(?:\p{Lu}\p{Ll}*(?:['\u2019]s)?|the)\s+$/u);
const SPACE = /\s/;
/** A capitalised word standing alone: no letter on either side. */
const LONE_CAPITALISED_WORD = lazyPattern(() => /(?<!\p{L})\p{Lu}\p{Ll}+(?!\p{L})/gu);
/**
 * After this many different words, every capitalised word of the body is read once instead: each word's answer
 * reads the whole body, and a page of thousands of place-and-name pairs asked about thousands of words (read35).
 */
const WORDS_BEFORE_ONE_READING = 8;

/** The answers of speaksAlone for one body: by word, then, past a few words, all of them from one reading. */
interface SpeakerWords {
  readonly asked: Map<string, boolean>;
  all?: ReadonlySet<string>;
}

/**
 * "Paris Hilton urged U.S. lawmakers … Hilton said", "Sydney Sweeney … Sweeney told": a one-word place
 * name right before a capitalised word that the article uses alone for a speaker opens a person's name
 * (news names people by surname after the first mention). A firm or body named after a place speaks by
 * its whole name or a common noun ("Tokyo Electric said", "the exchange said"), so it stays a place.
 * Towns under a million people before a capitalised word are read as names already (mentions.ts); this
 * is for the big cities and the countries that open a celebrity's name.
 */
export function withoutNamesOpenedByPlaces(doc: TagDocument, found: CountryMention[]): CountryMention[] {
  let out: CountryMention[] | undefined;
  // By word: a list of results ("Paris Masters … Paris Masters …") asks about the same word once per place.
  const speaks: SpeakerWords = { asked: new Map() };
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    if (opensSpeakersName(doc, m, speaks)) out ??= found.slice(0, i);
    else out?.push(m);
  }
  return out ?? found;
}

function opensSpeakersName(doc: TagDocument, m: CountryMention, speaks: SpeakerWords): boolean {
  if (m.kind !== 'city' && m.kind !== 'name' && m.kind !== 'region') return false;
  if (SPACE.test(m.text)) return false;
  const text = fieldOf(doc, m.field).text;
  const next = NEXT_NAME.exec(text.slice(m.end, m.end + 30));
  if (next === null) return false;
  const word = next[1]!;
  if (speaks.all) return speaks.all.has(word);
  let alone = speaks.asked.get(word);
  if (alone === undefined) {
    if (speaks.asked.size >= WORDS_BEFORE_ONE_READING) {
      speaks.all = wordsSpeakingAlone(doc.body.text);
      return speaks.all.has(word);
    }
    alone = speaksAlone(doc.body.text, word);
    speaks.asked.set(word, alone);
  }
  return alone;
}

/** Every word for which speaksAlone is true, from one reading of the body. */
function wordsSpeakingAlone(body: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const match of body.matchAll(LONE_CAPITALISED_WORD)) {
    const at = match.index;
    if (speaksAt(body, at, at + match[0].length)) words.add(match[0]);
  }
  return words;
}

/** Whether the word at at..end is right before a speech verb and not inside a longer name. */
function speaksAt(body: string, at: number, end: number): boolean {
  return (
    SPEAKS.test(body.slice(end, end + 12)) &&
    !NAME_OR_ARTICLE_BEFORE.test(body.slice(Math.max(0, at - 30), at))
  );
}

/** Whether the body has the word alone, not inside a longer name, right before a speech verb. */
function speaksAlone(body: string, word: string): boolean {
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if (LETTER.test(body[at - 1] ?? '') || LETTER.test(body[end] ?? '')) continue;
    if (speaksAt(body, at, end)) return true;
  }
  return false;
}
