// A stage of `typeNamedSpan` (classify.ts): works in lists, shows and hosts, artists and works, software.
import { lookupPlace } from '../../countries/gazetteer.js';
import { isBrandWord } from '../lexicon.js';
import { candidate, lookup, NO_CONTEXT, placeOfSpan } from '../typing/candidates.js';
import type { Candidate } from '../typing/context.js';
import {
  artistBeforeArtwork,
  showBeforeRole,
  softwareNamedAt,
  workStarredIn,
} from '../typing/events-and-works.js';
import { withoutPossessive } from '../typing/sentence-shape.js';
import { S_ACRONYM, shapeIs, W_ORG_HEAD, wordIs } from '../typing/word-tests.js';
import { gazetteerOfWord, isLowerWordWord, placeOfWord } from '../word-facts.js';
import type { NamedSpan } from './named-span.js';
import { PEOPLES_KINDS } from './shared-words.js';

/** A word in capitals only: "TV", "BBC". */
const CAPITALS_WORD = /^[A-Z]{2,}$/;
/** "Ex-chatshow", "Former-…": a former role's prefix. */
const EX_PREFIX = /^(?:ex|former)-/i;
/**
 * Works named in lists after "starred in", shows before their hosts, artists before their works, software a
 * firm names like a person.
 */
export function worksAndArtists(s: NamedSpan): Candidate[] | undefined {
  const { chunk, ctx, words, to, from } = s;
  if (chunk.caseless) return undefined;
  const first = words[from]!;
  const last = words[to - 1]!;
  // "The Thomson Reuters Trust Principles", "the Equator Principles", "the Santiago Guidelines": a code of
  // conduct named by its maker or place, a document, no body (a page's trailer "Our Standards: …" included).
  if (to - from > 1 && (last.lower === 'principles' || last.lower === 'guidelines') && !last.possessive)
    return [candidate(chunk, from, to, 'other', 3, NO_CONTEXT)];
  if (ctx.sports) return undefined;
  // "Redford starred in Butch Cassidy and the Sundance Kid", "the star of Annie Hall and The Godfather films".
  // (A place the lists know stays one: "starred in Hollywood".)
  if (
    workStarredIn(ctx, chunk.field, first.index) &&
    !last.possessive &&
    // ("starred in TV comedy Home Truths", "the stars of British film": a medium's initials or a
    // people's word before the work's noun names no work; "starred in Friends" is one.)
    !(to - from === 1 && CAPITALS_WORD.test(first.core)) &&
    !PEOPLES_KINDS.has(gazetteerOfWord(first)?.kind ?? '') &&
    // ("starred in London's West End": a place's possessive before the name makes it a part of the place.)
    !(
      withoutPossessive(s.prevToken) !== s.prevToken &&
      lookupPlace(withoutPossessive(s.prevToken)) !== undefined
    ) &&
    placeOfSpan(chunk, from, to) === undefined &&
    gazetteerOfWord(last)?.kind !== 'organization'
  )
    return [candidate(chunk, from, to, 'other', 3, NO_CONTEXT)];
  // "Love Island host Laura Whitmore", "Strictly Come Dancing contestant …": the show, no place or body (a
  // body the lists know, a town or a body's head word stays itself: "BBC presenter", "Texas host").
  // ("British TV presenter Ann Lee", "TV presenter …", "Ex-chatshow host …": a people's word, a medium's
  // initials or a former role before the role name no show.)
  if (
    showBeforeRole(ctx, chunk.field, last.index) &&
    !last.possessive &&
    !wordIs(last, W_ORG_HEAD) &&
    !shapeIs(first, S_ACRONYM) &&
    !(to - from === 1 && (CAPITALS_WORD.test(first.core) || isLowerWordWord(first))) &&
    !PEOPLES_KINDS.has(gazetteerOfWord(first)?.kind ?? '') &&
    !EX_PREFIX.test(first.core) &&
    lookup(words, from, to, ctx) === undefined &&
    lookupPlace(chunk.text.slice(first.start - chunk.start, last.end - chunk.start)) === undefined
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  if (to - from !== 1 || first.possessive) return undefined;
  // "A Banksy mural", "a Picasso painting": the artist, a person (not a firm or a place the lists know).
  if (
    artistBeforeArtwork(ctx, chunk.field, first.index) &&
    gazetteerOfWord(first) === undefined &&
    !placeOfWord(first) &&
    !isBrandWord(first.core) &&
    !isLowerWordWord(first) &&
    !shapeIs(first, S_ACRONYM)
  )
    return [candidate(chunk, from, to, 'person', 2, NO_CONTEXT)];
  // "the maker of the Claude chatbot", "the Alexa assistant": software named like a person, a thing.
  // ("the Uber app", "the TikTok app": a firm's or a brand's own app is the firm's.)
  if (
    softwareNamedAt(ctx, chunk.field, first.index) &&
    !shapeIs(first, S_ACRONYM) &&
    (gazetteerOfWord(first)?.kind ?? 'person') === 'person' &&
    !isBrandWord(first.core)
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  return undefined;
}
