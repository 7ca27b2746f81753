// Surnames that are month names: "Theresa May … Mrs May told reporters … May said", "Brian May … May's guitar"
// (wild53 Y21). The chunker reads a month name as a date word ("in May", "May 5"), so the surname alone was lost
// while the other British surnames that are common words ("Brown", "Straw", "Hunt") were linked. 2016-19 news
// named the prime minister "May" or "Mrs May" in nearly every paragraph.
import type { FieldText } from '../text/document.js';
import type { Chunk, Word } from './chunk.js';
import { C_CALENDAR } from './chunking/chunk-bits.js';
import { makeChunk } from './chunking/chunk-copies.js';
import { isGivenNameWord } from './word-facts.js';

/** The chunks `withMonthSurnames` made: typing reads their last word as the person (classify.ts). */
const MONTH_SURNAME_CHUNKS = new WeakSet<Chunk>();

/** Whether `withMonthSurnames` made the chunk: a courtesy title and a month's surname, or the surname alone. */
export function isMonthSurnameChunk(chunk: Chunk): boolean {
  return MONTH_SURNAME_CHUNKS.has(chunk);
}

/** Months that are surnames too (weekdays and the others are not written alone for a person). */
const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august', 'march']);

/** Courtesy titles before a surname: "Mrs May", "Mr. March", "Dr May". */
const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);

/**
 * What a person does right after the surname: speaks, wants, meets ("May said", "May told"); not "is", "was",
 * "has", "will" ("May was the wettest month").
 */
const PERSONS_VERBS_AFTER = new Set(
  `said says told tells added adds insisted insists argued argues warned warns wrote writes replied replies
  announced announces urged urges admitted admits conceded concedes vowed vows promised promises claimed claims
  wants wanted met meets hopes hoped refused refuses rejected rejects sought seeks spoke speaks`
    .split(/\s+/)
    .filter(Boolean),
);

/** A title right before the word (spaced off it). */
function courtesyTitleBefore(field: FieldText, w: Word): boolean {
  const token = field.tokens[w.index - 1];
  return token !== undefined && COURTESY_TITLES.has(token.text.toLowerCase()) && token.end < w.start;
}

/** Prepositions and words before a month of a date: "in May's local elections", "since May". */
const DATE_WORDS_BEFORE = new Set(
  'in on by until till since last next this every each before after through late early mid of from during to'.split(
    ' ',
  ),
);

/** A person's verb or a spaced possessive right after the word ("May said", "May 's aides"), no date's word before. */
function personsWordAfter(field: FieldText, w: Word): boolean {
  if (DATE_WORDS_BEFORE.has(field.tokens[w.index - 1]?.text.toLowerCase() ?? '')) return false;
  if (w.possessive) return true;
  const next = field.tokens[w.index + 1]?.text;
  if (next === undefined) return false;
  return next === "'s" || next === '\u2019s' || PERSONS_VERBS_AFTER.has(next);
}

/** Surnames of month names that the story gives a person in full ("Theresa May"), in lower case. */
function monthSurnamesOfPeople(chunks: readonly Chunk[]): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const chunk of chunks) {
    const n = chunk.words.length;
    if (n < 2 || chunk.caseless) continue;
    const last = chunk.words[n - 1]!;
    if (!MONTH_SURNAMES.has(last.lower) || !isGivenNameWord(chunk.words[n - 2]!)) continue;
    out ??= new Set();
    out.add(last.lower);
  }
  return out;
}

/**
 * Chunks with the surname of a month name added where it names a person: after a courtesy title ("Mrs May",
 * "Mr March"; the title's chunk takes it in), or, when the story gives the person in full ("Theresa May"), before a
 * person's verb or a possessive ("May said", "May told", "May's spokesman"). A date goes on with a number or
 * follows a preposition ("in May", "May 5"), which neither reading takes.
 */
export function withMonthSurnames(
  chunks: Chunk[],
  fields: readonly { field: FieldText; words: readonly (Word | null)[] }[],
): Chunk[] {
  const surnames = monthSurnamesOfPeople(chunks);
  let added: Chunk[] | undefined;
  // Chunks of a title alone ("Mrs") that a surname joins, by their first word's start, per field.
  const joined = new Set<Chunk>();
  for (const { field, words } of fields) {
    // The chunks of the field by the start of their first word, gathered once a month's word qualifies.
    let byStart: Map<number, Chunk> | undefined;
    let covered: Set<number> | undefined;
    for (const w of words) {
      if (!w?.capitalised || w.caseless || !(w.bits & C_CALENDAR) || !MONTH_SURNAMES.has(w.lower)) continue;
      const titled = courtesyTitleBefore(field, w);
      if (!titled && !(surnames?.has(w.lower) && personsWordAfter(field, w))) continue;
      if (!covered || !byStart) {
        covered = new Set();
        byStart = new Map();
        for (const c of chunks)
          if (c.field === field.field) {
            byStart.set(c.start, c);
            for (const x of c.words) covered.add(x.start);
          }
      }
      if (covered.has(w.start)) continue;
      const title = titled ? (words[w.index - 1] ?? undefined) : undefined;
      const titleChunk = title ? byStart.get(title.start) : undefined;
      const both = title !== undefined && titleChunk?.words.length === 1;
      if (both) joined.add(titleChunk);
      const chunk = makeChunk(field, both ? [title, w] : [w], false);
      MONTH_SURNAME_CHUNKS.add(chunk);
      added ??= [];
      added.push(chunk);
    }
  }
  if (!added) return chunks;
  const out = chunks.filter((c) => !joined.has(c)).concat(added);
  // In the order of the text, the title's first.
  const fieldOrder = (c: Chunk) => (c.field === 'title' ? 0 : 1);
  return out.sort((a, b) => fieldOrder(a) - fieldOrder(b) || a.start - b.start);
}
