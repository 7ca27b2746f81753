// Towns in local news that the name lists know as people's names (wild54 Z13): court and police reports give a
// person's home town after the age ("Darren Holt, 34, of Market Street, Bradford, was jailed", "Sarah Jones, 28,
// from Derby,"), or after a person's noun ("a 34-year-old man from Preston"); a route names two places ("the train
// from Leeds to Bradford"). Towns such as Bradford, Derby, Preston or Kettering are also surnames or given names,
// and without a cue of place they were read as people.
import { keyOf, lookupPhrase, lookupPlace } from '../../countries/gazetteer.js';
import type { Field } from '../../schema.js';
import type { Chunk } from '../chunk.js';
import { knownBodyNamed } from '../known-bodies.js';
import { GAZETTEER, ORG_HEADS } from '../lexicon.js';
import { isLowerWordWord } from '../word-facts.js';
import { candidate, NO_INFO, placeFields, placeOfSpan } from './candidates.js';
import { type Candidate, type Context, lowerTokenText, norm, tokenText } from './context.js';
import { capitalisedAt } from './sentence-shape.js';
import { W_PLACE_HEAD, wordIs } from './word-tests.js';

/** People's nouns before "from" and a home town: "a 34-year-old man from Preston", "two teenagers from Derby". */
const PERSON_NOUNS_FROM = new Set(
  `man men woman women boy boys girl girls teenager teenagers pensioner pensioners couple mother mothers father
  fathers teacher teachers student students worker workers farmer farmers driver drivers victim victims winner
  winners poet poets`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Whether the token at `from` is "from" after a person's noun: "a man from", "a retired teacher from", "a father of
 * two from".
 */
export function personFromAt(ctx: Context, field: Field, from: number): boolean {
  if (lowerTokenText(ctx, field, from) !== 'from') return false;
  if (PERSON_NOUNS_FROM.has(lowerTokenText(ctx, field, from - 1))) return true;
  return (
    lowerTokenText(ctx, field, from - 2) === 'of' &&
    PERSON_NOUNS_FROM.has(lowerTokenText(ctx, field, from - 3))
  );
}

/** Whether the token is a number of one to three digits: an age. */
function ageText(t: string): boolean {
  if (t.length === 0 || t.length > 3) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Whether the token at `comma` closes an age apposition after a name: "Holt, 34," or "Holt, aged 34," (the
 * comma after the age sits at `comma`).
 */
function ageAppositionEndsAt(ctx: Context, field: Field, comma: number): boolean {
  if (tokenText(ctx, field, comma) !== ',') return false;
  let k = comma - 1;
  if (!ageText(tokenText(ctx, field, k))) return false;
  k--;
  if (lowerTokenText(ctx, field, k) === 'aged') k--;
  return tokenText(ctx, field, k) === ',' && capitalisedAt(ctx, field, k - 1);
}

/** The index before a run of up to five capitalised words or house numbers ending at `end`, or -1 when none. */
function beforeNameRun(ctx: Context, field: Field, end: number): number {
  let k = end;
  while (k > end - 5 && k >= 0 && (capitalisedAt(ctx, field, k) || ageText(tokenText(ctx, field, k)))) k--;
  return k === end ? -1 : k;
}

/**
 * Whether the name whose first token is at `first` stands where a court or police report gives a person's home:
 * after "<name>, <age>, of|from" ("Darren Holt, 34, of Bradford"), after the street it follows ("of Market Street,
 * Bradford"), or after a person's noun and "from" ("a 34-year-old man from Preston").
 */
export function homeTownAt(ctx: Context, field: Field, first: number): boolean {
  let k = first - 1;
  for (let hop = 0; hop < 3; hop++) {
    const t = lowerTokenText(ctx, field, k);
    // ("a man from Karachi, Faisal Ahmed.": after a person's noun the name after the town is the person's.)
    if (t === 'of' || t === 'from')
      return ageAppositionEndsAt(ctx, field, k - 1) || (hop === 0 && personFromAt(ctx, field, k));
    // "of Market Street, Bradford": a street or district before the town, itself after the frame.
    if (t !== ',') return false;
    k = beforeNameRun(ctx, field, k - 1);
    if (k < 0) return false;
  }
  return false;
}

/**
 * Whether the name from token `first` to `last` is one end of a route, "from <A> to <B>", where one end is a place
 * the gazetteer knows (a city, or a town under the cities' size, minor-towns.json): "the train from Leeds to Bradford", "the bus from
 * Kettering to Stafford", "flights from Derby to Alicante". "from Blair to Brown" names no place.
 */
export function routeEndAt(ctx: Context, field: Field, first: number, last: number): boolean {
  if (lowerTokenText(ctx, field, first - 1) === 'to') {
    const before = beforeNameRun(ctx, field, first - 2);
    return (
      before >= 0 &&
      lowerTokenText(ctx, field, before) === 'from' &&
      (knownPlace(ctx, field, before + 1, first - 2) || knownPlace(ctx, field, first, last))
    );
  }
  if (lowerTokenText(ctx, field, first - 1) !== 'from' || lowerTokenText(ctx, field, last + 1) !== 'to')
    return false;
  if (!capitalisedAt(ctx, field, last + 2)) return false;
  let end = last + 2;
  while (end < last + 6 && capitalisedAt(ctx, field, end + 1)) end++;
  return knownPlace(ctx, field, last + 2, end) || knownPlace(ctx, field, first, last);
}

/** Whether the tokens from `from` to `to` (inclusive) name a place the gazetteer knows, or a town under the cities' size. */
function knownPlace(ctx: Context, field: Field, from: number, to: number): boolean {
  if (to < from) return false;
  const words: string[] = [];
  for (let i = from; i <= to; i++) words.push(tokenText(ctx, field, i));
  const name = words.join(' ');
  return lookupPlace(name) !== undefined || lookupPhrase(keyOf(name))?.minorTown === true;
}

/** Readings a home town or a route's end was given that its frame overrides: a person, a body no list knows, none. */
const OVERRIDDEN = new Set(['person', 'organization', 'unknown', 'other']);

/**
 * "Darren Holt, 34, of Market Street, Bradford", "the train from Leeds to Bradford": a name of one to three words
 * read as a person, a body no list knows or nothing, standing as a home town or a route's end, is a place (the
 * gazetteer's when it knows one). A body the lists know or a company's head keeps its reading ("Jane Moss, 45, of
 * Goldman Sachs", "of Acme Ltd", "a man from Oxfam", "of Kelvane Security"); on a sports page a route is a transfer ("moved from Burnley to Wigan").
 */
export function asHomeTown(chunk: Chunk, ctx: Context, typed: Candidate[]): Candidate[] {
  const words = chunk.words;
  if (typed.length > 1 || chunk.caseless || words.length > 3) return typed;
  const c = typed[0];
  if (c && (!OVERRIDDEN.has(c.type) || c.words.length !== words.length)) return typed;
  const first = words[0]!.index;
  const last = words[words.length - 1]!.index;
  // The frame first: it reads the token or two before the name, and almost no name stands in one, while the body
  // lists below join the words and look the name up (most of this reading's cost on news never seen before).
  if (
    !(homeTownAt(ctx, chunk.field, first) || (!ctx.sports && routeEndAt(ctx, chunk.field, first, last))) ||
    words[words.length - 1]!.possessive ||
    ORG_HEADS.has(words[words.length - 1]!.lower) ||
    GAZETTEER.get(norm(words.map((w) => w.core).join(' ')))?.kind === 'organization' ||
    // ("Two men from Oxfam", "a man from Amnesty International": a body the team's list knows.)
    knownBodyNamed(chunk.text) !== undefined ||
    // ("Tom Lee, 34, of Kelvane Security": an employer ends in an ordinary word; a street in a place's head.)
    (c?.type === 'organization' &&
      words.length > 1 &&
      isLowerWordWord(words[words.length - 1]!) &&
      !wordIs(words[words.length - 1]!, W_PLACE_HEAD))
  )
    return typed;
  const place = placeOfSpan(chunk, 0, words.length);
  return [
    candidate(
      chunk,
      0,
      words.length,
      'place',
      2,
      { locative: true, prev: lowerTokenText(ctx, chunk.field, first - 1) },
      place ? placeFields(place) : NO_INFO,
    ),
  ];
}
