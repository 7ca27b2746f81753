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
  // By word: a list of results ("Paris Masters … Paris Masters …") asks about the same word once per place, and
  // each answer reads the whole body.
  const speaks = new Map<string, boolean>();
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    if (opensSpeakersName(doc, m, speaks)) out ??= found.slice(0, i);
    else out?.push(m);
  }
  return out ?? found;
}

function opensSpeakersName(doc: TagDocument, m: CountryMention, speaks: Map<string, boolean>): boolean {
  if (m.kind !== 'city' && m.kind !== 'name' && m.kind !== 'region') return false;
  if (SPACE.test(m.text)) return false;
  const text = fieldOf(doc, m.field).text;
  const next = NEXT_NAME.exec(text.slice(m.end, m.end + 30));
  if (next === null) return false;
  const word = next[1]!;
  let alone = speaks.get(word);
  if (alone === undefined) {
    alone = speaksAlone(doc.body.text, word);
    speaks.set(word, alone);
  }
  return alone;
}

/** Whether the body has the word alone, not inside a longer name, right before a speech verb. */
function speaksAlone(body: string, word: string): boolean {
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if (LETTER.test(body[at - 1] ?? '') || LETTER.test(body[end] ?? '')) continue;
    if (!SPEAKS.test(body.slice(end, end + 12))) continue;
    if (!NAME_OR_ARTICLE_BEFORE.test(body.slice(Math.max(0, at - 30), at))) return true;
  }
  return false;
}
