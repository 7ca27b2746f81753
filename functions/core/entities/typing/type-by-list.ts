// typeByList: the type of an unknown name from the others of its list ("Apple, Google and X").

import { isBrandWord, isGivenName, isKnownSurname, isLowerWord } from '../lexicon.js';
import { newsmakerNamed } from '../newsmakers.js';
import { type Candidate, type CandidateType, type Context, fieldsOf } from './context.js';
import { COMPASS_WORDS } from './cue-words.js';
import { ACRONYM } from './word-tests.js';

/**
 * What joins two names of one list: "Lagos and Abuja", "Apple, Microsoft and Meta"; an ampersand the chunker left
 * between two sides ("Modi & Sharif shake hands": run-joiners.ts sidesAcrossAmpersand; review59 ★1, "Sharif" was
 * a firm by default).
 */
const LIST_JOINS = new Set([' and ', ' or ', ' & ', ', ', ' , ', ', and ', ' , and ', ', or ', ' , or ']);
const COMMA_JOINS = new Set([', ', ' , ']);

/** The text joining two candidates when it is a list's, else undefined. */
function listJoin(ctx: Context, a: Candidate, b: Candidate): string | undefined {
  if (a.field !== b.field || b.start <= a.end || b.start - a.end > 7) return undefined;
  const text = fieldsOf(ctx, a.field).field.text;
  let join = text.slice(a.end, b.start);
  // "home to Ben & Jerry's and Magnum": a possessive left out of the first name still joins the list.
  if (join.startsWith("'s ") || join.startsWith('’s ')) join = join.slice(2);
  return LIST_JOINS.has(join) ? join : undefined;
}

/**
 * The list each candidate is in, as the indices of its first and last names, and whether an "and" or "or" joins
 * any two of them (else commas alone). Read in one pass over the candidates, not from each name of a list to its
 * ends: a page that is one long list ("Polska, Niemcy, Francja, ...") would cost the list's length at each name.
 */
interface ListRuns {
  readonly first: readonly number[];
  readonly last: readonly number[];
  readonly andOr: readonly boolean[];
}

function listRuns(ctx: Context, candidates: readonly Candidate[]): ListRuns {
  const n = candidates.length;
  const joins: ReturnType<typeof listJoin>[] = [];
  for (let k = 1; k < n; k++) joins.push(listJoin(ctx, candidates[k - 1]!, candidates[k]!));
  const first: number[] = [];
  const last: number[] = new Array(n);
  const andOr: boolean[] = new Array(n);
  for (let k = 0; k < n; k++) first.push(k > 0 && joins[k - 1] !== undefined ? first[k - 1]! : k);
  for (let k = n - 1; k >= 0; k--) {
    const join = joins[k];
    last[k] = join !== undefined ? last[k + 1]! : k;
    andOr[k] = join !== undefined && (!COMMA_JOINS.has(join) || andOr[k + 1]!);
  }
  // `andOr` above reads each list from a name to its end; the list's first name speaks for all of it.
  for (let k = 0; k < n; k++) andOr[k] = andOr[first[k]!]!;
  return { first, last, andOr };
}

/**
 * The nearest candidate on each side of the k-th that passes `test` (-1 when none before, the list's length when
 * none after), for k rising through the list while `typeByList` retypes the k-th: each candidate before k is read
 * once, when k has passed it (retyped, if it was), and those after k as they stand when first asked (none after
 * k is retyped before k reaches it). A walk out from each name of a long list to its nearest firm name would cost
 * the list's length at each name of a list with none.
 */
function nearestPassing(
  candidates: readonly Candidate[],
  test: (x: Candidate, index: number) => boolean,
): { before: (k: number) => number; after: (k: number) => number } {
  let last = -1;
  let read = 0;
  let next: Int32Array | undefined;
  return {
    before(k) {
      for (; read < k; read++) if (test(candidates[read]!, read)) last = read;
      return last;
    },
    after(k) {
      if (next === undefined) {
        const n = candidates.length;
        next = new Int32Array(n + 1);
        next[n] = n;
        for (let i = n - 1; i >= 0; i--)
          next[i] = i + 1 < n && test(candidates[i + 1]!, i + 1) ? i + 1 : next[i + 1]!;
      }
      return next[k]!;
    },
  };
}

/** Typed on firmer ground than a default: a gazetteer, a head word, a full name, or "in X". */
function isFirm(c: Candidate): boolean {
  return c.strength >= 2 || (c.type === 'place' && c.locative);
}

/**
 * "Microsoft, Google and Amazon": a single word that only WordNet calls a place (a river, a region: no
 * country, no town of the place gazetteer), not after "in" or "from", is also a brand's name; in a list,
 * a firm organisation beside it says which.
 */
export function isBrandPlace(c: Candidate): boolean {
  return (
    c.type === 'place' &&
    c.words.length === 1 &&
    !c.countryCode &&
    !c.placeId &&
    !c.locative &&
    !c.teamFromPlace
  );
}

/**
 * "exporters such as Toyota and Sony": a town the place gazetteer knows whose name the lists also give a
 * brand (Toyota, Aichi), not after "in" or "from", may be the firm as a brand place may.
 */
function isBrandTown(c: Candidate): boolean {
  return (
    c.type === 'place' &&
    c.words.length === 1 &&
    c.placeId !== undefined &&
    !c.countryCode &&
    !c.locative &&
    !c.teamFromPlace &&
    isBrandWord(c.words[0]!)
  );
}

/**
 * "in Pokrovsk and Kostiantynivka", "Apple and Microsoft", "Arsenal and Chelsea": a name in a list
 * ("A and B", "A, B or C": commas alone may end a clause) takes the type of the nearest name of the list
 * typed on firmer ground, where it had only a default (an unknown word: organisation), was dropped (an
 * ordinary word written with a capital mid-sentence, "Apple", which may only become an organisation; an
 * unknown sentence-initial word) or is a bare given name, which may only become an organisation (news
 * names people by surname). "Lockerbie, Scotland": an unknown word before a comma and a place is a place.
 */
export function typeByList(
  candidates: Candidate[],
  ctx: Context,
  guesses: ReadonlySet<number>,
  keys: readonly string[],
  personWords: ReadonlySet<string>,
): void {
  const n = candidates.length;
  // Made at the first name that asks: most articles have none.
  let runs: ListRuns | undefined;
  // Firm ground for a name that may only become an organisation (a brand place asks a firm one), and for a guess:
  // "Putin and Xi", a known surname is ground enough for a name of its list no list knows.
  const orgs = nearestPassing(candidates, (x) => x.type === 'organization');
  const firmOrgs = nearestPassing(candidates, (x) => x.type === 'organization' && isFirm(x));
  const firmGround = nearestPassing(
    candidates,
    (x, i) =>
      !guesses.has(i) &&
      (isFirm(x) ||
        (x.type === 'person' &&
          x.strength >= 1 &&
          x.words.length === 1 &&
          !isLowerWord(x.words[0]!) &&
          !isGivenName(x.words[0]!)) ||
        // "Talks between Oduya and Milosevic": a newsmaker the lists know by surname is a person's ground too.
        (x.type === 'person' && x.words.length === 1 && newsmakerNamed(x.words[0]!) !== undefined)) &&
      !isBrandPlace(x),
  );
  const notOrgs = nearestPassing(candidates, (x) => x.type !== 'organization');
  for (let k = 0; k < n; k++) {
    const c = candidates[k]!;
    const guess = guesses.has(k);
    const bareGiven =
      !guess &&
      c.type === 'person' &&
      c.strength === 1 &&
      c.words.length === 1 &&
      !personWords.has(keys[k]!) &&
      isGivenName(c.words[0]!) &&
      !isKnownSurname(c.words[0]!);
    const brandPlace = !guess && !bareGiven && (isBrandPlace(c) || isBrandTown(c));
    if (!guess && !bareGiven && !brandPlace) continue;
    const ordinary = c.type === 'none' && isLowerWord(c.words[0]!);
    if (ordinary && (ctx.seen.lowerCase.has(keys[k]!) || COMPASS_WORDS.has(keys[k]!))) continue;
    // "GMT", "RBI": capitals a rule dropped are no name.
    if (c.type === 'none' && ACRONYM.test(c.words[0]!)) continue;
    runs ??= listRuns(ctx, candidates);
    const lo = runs.first[k]!;
    const hi = runs.last[k]!;
    const andOr = runs.andOr[k]!;
    // An ordinary word or a given name may only become an organisation: any organisation of the list,
    // even one typed by default ("Apple and Microsoft"), is ground enough for that.
    const orgOnly = ordinary || bareGiven || brandPlace;
    // A brand place backs no guess: "Amazon, Google and Microsoft" are not three places.
    const firm = orgOnly ? (brandPlace ? firmOrgs : orgs) : firmGround;
    let type: CandidateType | undefined;
    if (andOr) {
      // The nearest name of the list typed on firm ground, the left one of two as near.
      const left = firm.before(k);
      const right = firm.after(k);
      if (left >= lo && (right > hi || k - left <= right - k)) type = candidates[left]!.type;
      else if (right <= hi) type = candidates[right]!.type;
      // "Amazon, Google and Microsoft": a brand place among two or more organisations is one of them.
      if (type === undefined && brandPlace && hi - lo >= 2 && notOrgs.before(k) < lo && notOrgs.after(k) > hi)
        type = 'organization';
    }
    // "Lockerbie, Scotland"; a brand place is retyped only through "and"/"or" lists.
    if (!andOr && !brandPlace && hi > k && !ordinary && !bareGiven) {
      const next = candidates[k + 1]!;
      if (next.type === 'place' && isFirm(next)) type = 'place';
    }
    if (type !== 'place' && type !== 'organization' && type !== 'person') continue;
    if (orgOnly && type !== 'organization') continue;
    c.type = type;
  }
}
