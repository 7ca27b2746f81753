// Competitions named after a sponsor of two names joined by "and": "the Benson and Hedges Cup", "the Axa Equity and
// Law League" (English county cricket's one-day cups of the 1990s; golf's and snooker's sponsored events too;
// wild52 W25). The chunker stops at "and", so the sponsor's first name was a person ("Benson") and the rest an
// event ("Hedges Cup").
import type { FieldText } from '../text/document.js';
import type { Chunk, Word } from './chunk.js';
import { chunkWith } from './chunking/chunk-copies.js';
import { andAfter } from './chunking/known-names.js';
import { GAZETTEER } from './lexicon.js';
import { newsmakerNamed } from './newsmakers.js';
import { gazetteerOfWord } from './word-facts.js';

/** Head words of competitions that sponsors name. */
const CONTEST_HEADS = new Set([
  'cup',
  'trophy',
  'shield',
  'league',
  'challenge',
  'championship',
  'masters',
  'classic',
]);

/**
 * A word the lists know as a country, a place or a people's ("Australia", "Celtic"), or a newsmaker's surname
 * ("Federer"): no sponsor's name (a firm's is: "the AXA Equity and Law League").
 */
function listedWord(w: Word): boolean {
  const kind = gazetteerOfWord(w)?.kind;
  return (
    kind === 'country' ||
    kind === 'place' ||
    kind === 'demonym' ||
    kind === 'group' ||
    kind === 'person' ||
    newsmakerNamed(w.core) !== undefined
  );
}

/** Words after a head that two events share: "the Heineken and Celtic League double", "the X and Y Cup titles". */
const TWO_CONTESTS_AFTER = new Set([
  'double',
  'doubles',
  'titles',
  'trophies',
  'crowns',
  'finals',
  'competitions',
]);

/** Whether the token before `index` is the article "the" (competitions take it; two players do not). */
function articleBefore(field: FieldText, index: number): boolean {
  const t = field.tokens[index - 1]?.text;
  return t === 'the' || t === 'The';
}

/**
 * The chunks with "the <A> and <B> <Cup>" joined into one competition: the sponsor's name of one or two words,
 * "and", a word and a competition's head ("Cup", "League", "Trophy", "Masters"), after "the". Not when a side is a
 * place, a people's word or a body the lists know ("the Australia and New Zealand Cup holders", "the Heineken Cup
 * and Celtic League"), when the second part is a competition the lists know ("Premier League"), nor without the
 * article: headline-ese names two players so ("Woods and Els Masters hopes fade", read53 R4).
 */
export function withSponsoredContests(chunks: Chunk[], field: FieldText): Chunk[] {
  let out: Chunk[] | undefined;
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k]!;
    const next = chunks[k + 1];
    const joined = next ? sponsoredContest(field, chunk, next) : undefined;
    if (!joined) {
      out?.push(chunk);
      continue;
    }
    out ??= chunks.slice(0, k);
    out.push(joined);
    k++;
  }
  return out ?? chunks;
}

function sponsoredContest(field: FieldText, sponsor: Chunk, contest: Chunk): Chunk | undefined {
  if (sponsor.caseless || contest.caseless || sponsor.field !== contest.field) return undefined;
  const own = sponsor.words[0]!.lower === 'the' ? sponsor.words.slice(1) : sponsor.words;
  if (own.length === 0 || own.length > 2 || contest.words.length !== 2) return undefined;
  const last = own[own.length - 1]!;
  const andIndex = last.index + 1;
  if (field.tokens[andIndex]?.text !== 'and' || contest.words[0]!.index !== andIndex + 1) return undefined;
  if (own === sponsor.words && !articleBefore(field, own[0]!.index)) return undefined;
  const [second, head] = contest.words as [Word, Word];
  if (!CONTEST_HEADS.has(head.lower) || CONTEST_HEADS.has(last.lower) || CONTEST_HEADS.has(second.lower))
    return undefined;
  // ("the Dunhill and Volvo Masters", "the Heineken and Celtic League double", "the Carabao and Community Shield
  // titles": two events sharing their head word, the second named by a firm or club the lists know, or a plural
  // or a double after them.)
  if (own.some((w) => w.possessive || listedWord(w)) || listedWord(second)) return undefined;
  if (gazetteerOfWord(second)?.kind === 'organization') return undefined;
  if (TWO_CONTESTS_AFTER.has(field.tokens[head.index + 1]?.text.toLowerCase() ?? '')) return undefined;
  if (GAZETTEER.get(`${second.lower} ${head.lower}`) !== undefined) return undefined;
  // One space on each side of "and", on one line.
  const and = field.tokens[andIndex]!;
  if (and.start !== last.end + 1 || second.start !== and.end + 1 || last.line !== head.line) return undefined;
  const words = [...sponsor.words, andAfter(field, last, andIndex), second, head];
  return {
    ...chunkWith(
      sponsor,
      words,
      sponsor.initial,
      field.text.slice(sponsor.start, contest.end),
      sponsor.start,
      contest.end,
      sponsor.before,
    ),
    after: contest.after,
  };
}
