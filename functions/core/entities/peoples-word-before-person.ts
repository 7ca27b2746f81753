import { lowerCased } from '../text/chars.js';
import { candidateWith } from './candidate-copy.js';
import type { Candidate } from './classify.js';
import { GAZETTEER, type GazetteerEntry } from './lexicon.js';
import { TITLE_MODIFIERS } from './typing/cue-words.js';
import { isTitle } from './typing/word-tests.js';

/** The people's word (of one or two words) opening `words`, with its length, if the lists have one. */
function peoplesWordOpening(words: readonly string[]): { entry: GazetteerEntry; n: number } | undefined {
  if (words.length >= 3) {
    const two = GAZETTEER.get(lowerCased(`${words[0]} ${words[1]}`));
    if (two?.kind === 'demonym') return { entry: two, n: 2 };
  }
  const one = GAZETTEER.get(lowerCased(words[0]!));
  return one?.kind === 'demonym' ? { entry: one, n: 1 } : undefined;
}

/** Where in `c.text` its word `i` starts (the words are the text's, in order). */
function wordOffset(c: Candidate, i: number): number {
  let at = 0;
  for (let k = 0; k < i; k++) at = c.text.indexOf(c.words[k]!, at) + c.words[k]!.length;
  return c.text.indexOf(c.words[i]!, at);
}

/**
 * "Spaniard Alcaraz wins Paris Masters" over "Carlos Alcaraz beat …", "Former Irish PM John Bruton dies at 76" over
 * "John Bruton died …", "South African Els" beside "Ernie Els": a people's word (one word or two) before the name of
 * a person the story names in full elsewhere — that full name, or its surname alone, maybe after a title — is the
 * person's nationality, not a word of one name (wild50 E9, E24: the run was one entity of its own, "other" with
 * salience 1.0, beside the person). Bodies keep their names ("British Gas", "Royal Dutch Shell"): an organisation
 * or a nationality is never split, and the rest must be a person's name found elsewhere.
 */
export function withPeoplesWordsBeforePeople(candidates: Candidate[]): Candidate[] {
  let fullNames: Set<string> | undefined;
  let surnames: Set<string> | undefined;
  for (const c of candidates) {
    if (c.type !== 'person' || c.words.length < 2) continue;
    fullNames ??= new Set();
    surnames ??= new Set();
    fullNames.add(c.words.join(' '));
    surnames.add(c.words[c.words.length - 1]!);
  }
  if (fullNames === undefined || surnames === undefined) return candidates;
  let out: Candidate[] | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const split = splitAtPerson(c, fullNames, surnames);
    if (split === undefined) {
      out?.push(c);
      continue;
    }
    out ??= candidates.slice(0, i);
    out.push(split[0], split[1]);
  }
  return out ?? candidates;
}

function splitAtPerson(
  c: Candidate,
  fullNames: ReadonlySet<string>,
  surnames: ReadonlySet<string>,
): [Candidate, Candidate] | undefined {
  if (
    c.words.length < 2 ||
    c.type === 'organization' ||
    c.type === 'nationality' ||
    c.caseless ||
    c.canonical !== undefined ||
    c.placeId !== undefined
  )
    return undefined;
  const opening = peoplesWordOpening(c.words);
  if (opening === undefined) return undefined;
  // "Japanese PM Tomiichi Murayama", "Irish Prime Minister John Bruton": the office between the people's word and
  // the name is neither's.
  let from = opening.n;
  let title = false;
  for (let i = opening.n; i < c.words.length - 1; i++) {
    const w = c.words[i]!;
    const office = isTitle(w) || w === 'PM' || w === 'CM';
    if (!office && !TITLE_MODIFIERS.has(lowerCased(w))) break;
    title ||= office;
    if (title) from = i + 1;
  }
  const rest = c.words.slice(from);
  if (rest.length === 1 ? !surnames.has(rest[0]!) : !fullNames.has(rest.join(' '))) return undefined;
  const nationalEnd = wordOffset(c, opening.n - 1) + c.words[opening.n - 1]!.length;
  const restStart = wordOffset(c, from);
  if (restStart < 0 || nationalEnd <= 0) return undefined;
  const nationality = candidateWith(c, {
    end: c.start + nationalEnd,
    text: c.text.slice(0, nationalEnd),
    words: c.words.slice(0, opening.n),
    type: 'nationality',
    canonical: opening.entry.name,
    countryCode: opening.entry.countryCode,
    strength: 3,
  });
  const person = candidateWith(c, {
    start: c.start + restStart,
    text: c.text.slice(restStart),
    words: rest,
    type: 'person',
    strength: Math.max(c.strength, 2),
  });
  return [nationality, person];
}
