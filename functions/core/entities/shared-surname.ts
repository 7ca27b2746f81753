import { candidateWith } from './candidate-copy.js';
import type { Candidate } from './classify.js';
import { isGivenName, isLowerWord, PERSON_TITLES } from './lexicon.js';

/** Words before a name that make it one of a list of people each named as they are known ("such as Madonna and
 * Elton John", "including Ferguson and Kenny Dalglish") or a show's title ("The Dawn and Drew Show"). */
const LIST_OPENERS = /(?:,|\bsuch|\bas|\blike|\bincluding|\bThe|\bthe|\bby|\band)\s*$/;

/**
 * "Liam and Noel Gallagher", "Serena and Venus Williams", "partners Martin and Paul Kessler": a given name
 * alone before "and" and a person's given name and surname is a person of that surname too (siblings, a
 * couple). The mention keeps what the text writes ("Liam"); the name and the id get the surname
 * (`person:liam-gallagher`). Not in a list ("Paul Simon, Madonna and David Bowie", "such as Madonna and Elton
 * John"), not an ordinary word ("The Dawn and Drew Show"), not a word the article gives a person as a
 * surname ("Alex Ferguson … Ferguson and Graeme Souness") or with another surname ("Kamala Harris … Kamala
 * and Doug Emhoff").
 */
/** Words that say the story's people are kin ("the Williams sisters", "the Gallagher brothers"). */
const KIN_PLURALS = /\b(?:sisters|brothers|siblings|twins)\b/;

/** The word right before `start` ("President", "Sens."), lower-cased, as far back as 24 characters. */
const WORD_BEFORE = /([A-Za-z]+\.?)\s+$/;

/** Whether a person's title, or titles in the plural ("Sens.", "Presidents"), stands right before `start`. */
function titleBefore(body: string, start: number): boolean {
  const word = WORD_BEFORE.exec(body.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase();
  if (word === undefined) return false;
  if (PERSON_TITLES.has(word)) return true;
  const dot = word.endsWith('.');
  const bare = dot ? word.slice(0, -1) : word;
  return bare.endsWith('s') && PERSON_TITLES.has(bare.slice(0, -1) + (dot ? '.' : ''));
}

export function withSharedSurnames(candidates: Candidate[], body: string): Candidate[] {
  // Body candidates by start, made on the first "X and": a search of the list at each was quadratic on a page
  // of thousands of names ("Mr. Smith met Mr. Jones and Ms. Brown." a megabyte long).
  let bodyAt: Map<number, Candidate> | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    // Cheap first: one word read as a person's, " and " right after it.
    if (c.words.length !== 1 || c.type !== 'person' || c.field !== 'body' || !body.startsWith(' and ', c.end))
      continue;
    bodyAt ??= firstBodyCandidateAt(candidates);
    const next = bodyAt.get(c.end + 5);
    if (next === undefined || next.type !== 'person' || next.words.length < 2 || next.words.length > 3)
      continue;
    const given = c.words[0]!;
    // A given name that is an ordinary word ("Bill and Melinda Gates", q13 of review24) only where a sentence
    // or the body opens with it: inside a sentence it may be a title's word ("The Dawn and Drew Show").
    if (!isGivenName(given) || !isGivenName(next.words[0]!)) continue;
    if (isLowerWord(given.toLowerCase()) && !opensSentence(body, c.start)) continue;
    if (LIST_OPENERS.test(body.slice(Math.max(0, c.start - 12), c.start))) continue;
    // "Vice President Harris and Tim Walz", "Sens. Warren and Bernie Sanders": a title before one word names
    // a person by their surname (read23 F3).
    if (titleBefore(body, c.start)) continue;
    if (
      candidates.some(
        (o) =>
          o.type === 'person' &&
          o.words.length >= 2 &&
          (o.words[0] === given || o.words[o.words.length - 1] === given),
      )
    )
      continue;
    // "Venus and Serena Williams … The Williams sisters … Venus, 45, said": a story of siblings names them by their
    // given names, whatever the lone word's other uses (read25 F17).
    if (namedBySurnames(candidates, c, given, next.words) && !KIN_PLURALS.test(body)) continue;
    const surname = next.words.slice(1);
    const shared = candidateWith(c, {
      words: [given, ...surname],
      canonical: `${given} ${surname.join(' ')}`,
    });
    candidates[i] = shared;
    if (bodyAt.get(c.start) === c) bodyAt.set(c.start, shared);
  }
  return candidates;
}

/** The first body candidate starting at each offset, as a search of the list in order finds it. */
function firstBodyCandidateAt(candidates: readonly Candidate[]): Map<number, Candidate> {
  const at = new Map<number, Candidate>();
  for (const o of candidates) if (o.field === 'body' && !at.has(o.start)) at.set(o.start, o);
  return at;
}

/**
 * "Southgate recalled Kane and Phil Foden … Kane has scored 60 goals … Foden said": a story that calls the second
 * person by the surname alone, never by the given name alone, and writes the lone word alone elsewhere too, names
 * its people by their surnames, so the lone word is a surname. Siblings are told apart by their given names
 * ("Liam and Noel Gallagher … Noel said"), and "Bill and Melinda Gates … Gates said" writes no lone "Bill" again.
 */
function namedBySurnames(
  candidates: readonly Candidate[],
  lone: Candidate,
  given: string,
  full: readonly string[],
): boolean {
  const surname = full[full.length - 1]!;
  const otherGiven = full[0]!;
  let surnameAlone = false;
  let loneAgain = false;
  for (const o of candidates) {
    if (o.words.length !== 1 || o === lone) continue;
    const word = o.words[0]!;
    if (word === otherGiven) return false;
    if (word === surname) surnameAlone = true;
    else if (word === given) loneAgain = true;
  }
  return surnameAlone && loneAgain;
}

/** Whether `start` opens the body or a sentence (after ". ", a line break or a dateline's dash). */
function opensSentence(body: string, start: number): boolean {
  if (start === 0) return true;
  const before = body.slice(Math.max(0, start - 3), start);
  return /(?:[.!?]["\u201d]? |\n|- |\u2014 )$/.test(before) || /^\s*$/.test(body.slice(0, start));
}
