import type { Entity, EntityType, Mention } from '../schema.js';
import { lowerCased } from '../text/chars.js';
import type { FieldText, TagDocument } from '../text/document.js';
import { analyseWords, type Chunk, caselessChunks, mixedCaseChunks, type Word } from './chunk.js';
import { type Candidate, typeChunks } from './classify.js';
import { mergeAliases } from './merge.js';

/**
 * Finds people, organisations, places and nationality words in an article's title and body, merges
 * the mentions of one thing ("Donald Trump", "Trump", "Mr. Trump") and gives each a stable id.
 */
export function recognizeEntities(doc: TagDocument): Entity[] {
  const lowerTokens: string[] = [];
  const fields: { field: FieldText; words: (Word | null)[] }[] = [
    { field: doc.title, words: analyseWords(doc.title, doc.titleIsAllCaps, lowerTokens) },
    { field: doc.body, words: analyseWords(doc.body, false, lowerTokens) },
  ];
  // Concatenated, not spread: a megabyte article has more chunks than a call may take arguments.
  const mixed: Chunk[] = mixedCaseChunks(fields[0]!.field, fields[0]!.words).concat(
    mixedCaseChunks(fields[1]!.field, fields[1]!.words),
  );
  const seen = documentEvidence(fields, lowerTokens);
  const candidates: Candidate[] = typeChunks(mixed, fields, seen, doc);
  const typed = candidates.filter((c) => c.type !== 'none');
  // Capitals-only lines (headlines, datelines) are read against the names found in mixed case.
  if (!fields.some((f) => f.words.some((w) => w?.caseless))) return mergeAliases(typed);
  const known = new Map<string, Candidate>();
  for (const c of typed) known.set(lowerCased(c.words.join(' ')), c);
  const caseless: Chunk[] = caselessChunks(fields[0]!.field, fields[0]!.words, known).concat(
    caselessChunks(fields[1]!.field, fields[1]!.words, known),
  );
  const fromCaseless = typeChunks(caseless, fields, seen, doc, known).filter((c) => c.type !== 'none');
  return mergeAliases(typed.concat(fromCaseless));
}

/** What the whole article says about words: capitalised mid-sentence somewhere, or lower case somewhere. */
export interface DocumentEvidence {
  readonly capitalisedInside: ReadonlySet<string>;
  /** Of the words in `capitalisedInside`, those also written in lower case somewhere: the only ones asked. */
  readonly lowerCase: ReadonlySet<string>;
}

function documentEvidence(
  fields: readonly { field: FieldText; words: (Word | null)[] }[],
  /** Lower-case words left out of `fields`' words, already lower-cased. */
  lowerTokens: readonly string[],
): DocumentEvidence {
  const capitalisedInside = new Set<string>();
  const lowerWords: string[] = [];
  for (const { words } of fields) {
    for (const w of words) {
      if (!w || w.caseless) continue;
      if (!w.capitalised) lowerWords.push(w.lower);
      else if (!w.initial) capitalisedInside.add(w.lower);
    }
  }
  // Most of an article is lower-case words: checking them against the few capitalised ones is cheaper
  // than collecting them all in a set.
  const lowerCase = new Set<string>();
  for (const lower of lowerTokens) if (capitalisedInside.has(lower)) lowerCase.add(lower);
  for (const lower of lowerWords) if (capitalisedInside.has(lower)) lowerCase.add(lower);
  return { capitalisedInside, lowerCase };
}

export type { Candidate, EntityType, Mention };
