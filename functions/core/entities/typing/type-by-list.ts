// typeByList: the type of an unknown name from the others of its list ("Apple, Google and X").
import { isGivenName, isKnownSurname, isLowerWord } from '../lexicon.js';
import { type Candidate, type CandidateType, type Context, fieldsOf } from './context.js';
import { COMPASS_WORDS } from './cue-words.js';
import { ACRONYM } from './word-tests.js';

/** What joins two names of one list: "Lagos and Abuja", "Apple, Microsoft and Meta". */
const LIST_JOINS = new Set([' and ', ' or ', ', ', ' , ', ', and ', ' , and ', ', or ', ' , or ']);
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
    const brandPlace = !guess && !bareGiven && isBrandPlace(c);
    if (!guess && !bareGiven && !brandPlace) continue;
    const ordinary = c.type === 'none' && isLowerWord(c.words[0]!);
    if (ordinary && (ctx.seen.lowerCase.has(keys[k]!) || COMPASS_WORDS.has(keys[k]!))) continue;
    // "GMT", "RBI": capitals a rule dropped are no name.
    if (c.type === 'none' && ACRONYM.test(c.words[0]!)) continue;
    let lo = k;
    let hi = k;
    let andOr = false;
    for (let join = lo > 0 ? listJoin(ctx, candidates[lo - 1]!, candidates[lo]!) : undefined; join; ) {
      andOr ||= !COMMA_JOINS.has(join);
      lo--;
      join = lo > 0 ? listJoin(ctx, candidates[lo - 1]!, candidates[lo]!) : undefined;
    }
    for (let join = hi < n - 1 ? listJoin(ctx, candidates[hi]!, candidates[hi + 1]!) : undefined; join; ) {
      andOr ||= !COMMA_JOINS.has(join);
      hi++;
      join = hi < n - 1 ? listJoin(ctx, candidates[hi]!, candidates[hi + 1]!) : undefined;
    }
    // An ordinary word or a given name may only become an organisation: any organisation of the list,
    // even one typed by default ("Apple and Microsoft"), is ground enough for that.
    const orgOnly = ordinary || bareGiven || brandPlace;
    // A brand place backs no guess: "Amazon, Google and Microsoft" are not three places.
    const firmFor = (x: Candidate, guessed: boolean) =>
      orgOnly
        ? x.type === 'organization' && x !== c && (!brandPlace || isFirm(x))
        : !guessed &&
          // "Putin and Xi": a known surname is ground enough for a name of its list no list knows.
          (isFirm(x) ||
            (x.type === 'person' &&
              x.strength >= 1 &&
              x.words.length === 1 &&
              !isLowerWord(x.words[0]!) &&
              !isGivenName(x.words[0]!))) &&
          !isBrandPlace(x);
    let type: CandidateType | undefined;
    if (andOr) {
      for (let d = 1; type === undefined && (k - d >= lo || k + d <= hi); d++) {
        const left = k - d >= lo ? candidates[k - d]! : undefined;
        const right = k + d <= hi ? candidates[k + d]! : undefined;
        if (left && firmFor(left, guesses.has(k - d))) type = left.type;
        else if (right && firmFor(right, guesses.has(k + d))) type = right.type;
      }
      // "Amazon, Google and Microsoft": a brand place among two or more organisations is one of them.
      if (type === undefined && brandPlace && hi - lo >= 2) {
        let others = true;
        for (let i = lo; i <= hi && others; i++) if (i !== k) others = candidates[i]!.type === 'organization';
        if (others) type = 'organization';
      }
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
