// Appositions after a name that say what it is: "X, a maker of...", "X, the party's...", "X, chief executive of".
import type { Field } from '../../schema.js';
import { endsWithText, lowerCased } from '../../text/chars.js';
import { startsUpper } from '../../text/letters.js';
import { FUNCTION_WORDS, PARTY_LABELS } from '../lexicon.js';
import { type Context, lowerTokenText, tokenText } from './context.js';
import { FIRM_ROLES } from './titles-and-offices.js';
import { SENTENCE_END, TITLE_WORD, tokenBits } from './token-bits.js';
import { isTitleLower } from './word-tests.js';

/**
 * ", a Berlin-based startup,", ", the Swedish payments company,": an apposition at `comma` whose head is a
 * noun of firms (and no noun of people: ", a former Goldman banker,").
 */
export function firmAppositionAfter(
  ctx: Context,
  field: Field,
  comma: number,
  heads: ReadonlySet<string> = FIRM_APPOSITION_HEADS,
  /** How many words after the article the head may come ("the man behind the Argonaut games group" is a man). */
  reach = 7,
): boolean {
  const article = lowerTokenText(ctx, field, comma + 1);
  // "IG Metall, Germany's biggest union,": a capitalised possessive stands where the article would.
  if (
    article !== 'a' &&
    article !== 'an' &&
    article !== 'the' &&
    !capitalisedPossessive(tokenText(ctx, field, comma + 1))
  )
    return false;
  for (let i = comma + 2; i < comma + 2 + reach; i++) {
    const word = lowerTokenText(ctx, field, i);
    // ", the chief executive of the company,": the head came before "of".
    if (word === ',' || word === '.' || word === '' || word === 'of' || word === 'at' || word === 'for')
      return false;
    if (heads.has(word) || (heads === FIRM_APPOSITION_HEADS && industryHeadAt(ctx, field, comma, i))) {
      const next = lowerTokenText(ctx, field, i + 1);
      return (
        next === ',' ||
        next === '.' ||
        next === 'of' ||
        next === 'that' ||
        next === 'which' ||
        (heads === PARTY_APPOSITION_HEADS && PARTY_APPOSITION_NEXT.has(next))
      );
    }
  }
  return false;
}
/**
 * Nouns that head a firm's apposition only after its trade: ", the British engineering group,", ", the Dutch
 * electronics concern," (Reuters' house style for a company: demonym, industry, "group"). Alone they may be any
 * body (", a pressure group,"), so a modifier must come between.
 */
const INDUSTRY_HEADS = new Set(['group', 'concern', 'combine']);
/**
 * Whether the word at `i` is an industry head (INDUSTRY_HEADS) after the apposition's article at `comma + 1` and
 * one to four modifiers, none a function word but an "and" between two (", the man behind the group," is a man).
 */
function industryHeadAt(ctx: Context, field: Field, comma: number, i: number): boolean {
  if (!INDUSTRY_HEADS.has(lowerTokenText(ctx, field, i)) || i - comma < 3 || i - comma > 6) return false;
  for (let k = comma + 2; k < i; k++) {
    const word = lowerTokenText(ctx, field, k);
    // (", the mining and trading group,": trades joined by "and".)
    if (FUNCTION_WORDS.has(word) && !(word === 'and' && k > comma + 2 && k < i - 1)) return false;
  }
  return true;
}
/** "Germany's", "Britain\u2019s": a capitalised word in the possessive, a determiner of the noun after it. */
export function capitalisedPossessive(token: string): boolean {
  return startsUpper(token) && (endsWithText(token, "'s") || endsWithText(token, '\u2019s'));
}
/** ", a group of centrist governors,", ", owned by Statkraft,": an apposition that calls a name a body. */
export function bodyAppositionAfter(ctx: Context, field: Field, comma: number): boolean {
  const next = lowerTokenText(ctx, field, comma + 1);
  if (next === 'owned' || next === 'controlled') return lowerTokenText(ctx, field, comma + 2) === 'by';
  return (
    firmAppositionAfter(ctx, field, comma) ||
    firmAppositionAfter(ctx, field, comma, PARTY_APPOSITION_HEADS, 3) ||
    firmAppositionAfter(ctx, field, comma, GROUP_APPOSITION_HEADS, 3)
  );
}
const GROUP_APPOSITION_HEADS = new Set([
  'group',
  // ", the engineering union,", ", Britain's second-largest union,".
  'union',
  'federation',
  'gang',
  'cartel',
  'militia',
  'organisation',
  'organization',
]);
/** ", the ruling party,", ", the party founded by …": an apposition that calls a name a party. */
export const PARTY_APPOSITION_HEADS = new Set(['party', 'movement', 'coalition', 'alliance', 'bloc']);
const PARTY_APPOSITION_NEXT = new Set(['founded', 'formed', 'led', 'created', 'whose', 'in']);
const FIRM_APPOSITION_HEADS = new Set(
  'startup start-up company firm maker carmaker automaker drugmaker chipmaker planemaker steelmaker retailer lender bank insurer airline conglomerate manufacturer miner brokerage subsidiary unit arm affiliate branch'.split(
    ' ',
  ),
);

/** Players' positions and other nouns of a person that no title list holds (ordinary words there). */
const APPOSED_PERSON_NOUNS = new Set(['forward', 'winger', 'guard', 'player', 'star', 'veteran']);

/** ", the former Detroit forward,", ", a coach at": a comma, then a title within the next few words. */
export function titleApposedAfter(ctx: Context, field: Field, index: number): boolean {
  if (tokenText(ctx, field, index + 1) !== ',') return false;
  for (let i = index + 2; i < index + 7; i++) {
    const bits = tokenBits(ctx, field, i);
    const text = tokenText(ctx, field, i);
    if (bits & TITLE_WORD || APPOSED_PERSON_NOUNS.has(text)) return true;
    if (text === ',' || bits & SENTENCE_END || text === '') return false;
  }
  return false;
}

/**
 * Nouns of a person's calling that no title list holds, as firms take some of them too ("a chip designer"):
 * an apposition of the article and the noun alone says person (", a designer,"; ents43).
 */
const CALLING_NOUNS = new Set(
  `designer model artist painter sculptor photographer poet playwright comedian presenter broadcaster
  socialite philanthropist entrepreneur campaigner chef actor actress singer writer author novelist`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * "Hicks, a designer, said", "Hicks, the British designer, said": the article, capitalised modifiers only, and a
 * noun of a person's calling, apposed after the name at `index` and closed there (", a chip designer," or ", a
 * designer of chips," may be a firm's).
 */
export function callingApposedAfter(ctx: Context, field: Field, index: number): boolean {
  if (tokenText(ctx, field, index + 1) !== ',') return false;
  const article = lowerTokenText(ctx, field, index + 2);
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  for (let i = index + 3; i < index + 6; i++) {
    const text = tokenText(ctx, field, i);
    if (CALLING_NOUNS.has(text)) {
      const next = tokenText(ctx, field, i + 1);
      return next === ',' || next === 'who' || (tokenBits(ctx, field, i + 1) & SENTENCE_END) !== 0;
    }
    if (!startsUpper(text)) return false;
  }
  return false;
}

/**
 * ", leader of the opposition," off the sports page: a person's office apposed to the name. Not a role a firm
 * takes in a deal (", adviser to the seller,", ", owner of three hotels,"), nor its staff's ("whose chief
 * executive ...").
 */
export function officeApposedAfter(ctx: Context, field: Field, index: number): boolean {
  if (tokenText(ctx, field, index + 1) !== ',' || lowerTokenText(ctx, field, index + 2) === 'whose')
    return false;
  for (let i = index + 2; i < index + 7; i++) {
    const bits = tokenBits(ctx, field, i);
    const text = tokenText(ctx, field, i);
    if (bits & TITLE_WORD || APPOSED_PERSON_NOUNS.has(text))
      return !FIRM_ROLES.has(lowerTokenText(ctx, field, i));
    if (text === ',' || bits & SENTENCE_END || text === '') return false;
  }
  return false;
}

/**
 * "The former governor of Kogi State, Yahaya Bello, has been …", "The governor, Chidi Okeke, said": a name set off by
 * commas (or ending the sentence) right after a person's office, alone or with "of" and the capitalised name it is
 * held over (up to four words), is the office's holder, not a region of that place. A plural office opens a list
 * ("the governors of Lagos, Ogun and Oyo"), so the office is singular. `first` and `last` are the name's tokens.
 */
export function officeApposedBefore(ctx: Context, field: Field, first: number, last: number): boolean {
  if (tokenText(ctx, field, first - 1) !== ',') return false;
  if (tokenText(ctx, field, last + 1) !== ',' && (tokenBits(ctx, field, last + 1) & SENTENCE_END) === 0)
    return false;
  let k = first - 2;
  // "of Kogi State", "of the Central Bank": what the office is held over.
  while (
    k > first - 6 &&
    startsUpper(tokenText(ctx, field, k)) &&
    (tokenBits(ctx, field, k) & TITLE_WORD) === 0
  )
    k--;
  if (k < first - 2) {
    if (lowerTokenText(ctx, field, k) === 'the') k--;
    if (lowerTokenText(ctx, field, k) !== 'of') return false;
    k--;
  }
  if ((tokenBits(ctx, field, k) & TITLE_WORD) === 0) return false;
  const office = lowerTokenText(ctx, field, k);
  return !(endsWithText(office, 's') && isTitleLower(office.slice(0, -1)));
}

/** Words before a party's noun apposed to its name: "his party,", "a new party,". */
const PARTY_NOUN_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'new', 'own', 'the', 'a']);
/**
 * "Vijay launched his party, Tamilaga Vettri Kazhagam, on Sunday", "formed a new party, Kelvane First,": a name set
 * off by commas right after a party's noun (PARTY_APPOSITION_HEADS) and its determiner is the party's.
 */
export function partyApposedBefore(ctx: Context, field: Field, first: number, last: number): boolean {
  return (
    tokenText(ctx, field, first - 1) === ',' &&
    tokenText(ctx, field, last + 1) === ',' &&
    PARTY_APPOSITION_HEADS.has(tokenText(ctx, field, first - 2)) &&
    PARTY_NOUN_DETERMINERS.has(lowerTokenText(ctx, field, first - 3))
  );
}

/**
 * ", the New York Democrat,", ", a Republican from Texas,": an apposition after the name (ending at `index`)
 * whose head is a party's member, so the name is a person's, though a town opens it ("Alexandria …"). Not ", the
 * Labour campaign group," nor the party itself (", the Conservative Party's").
 */
export function partyMemberApposedAfter(ctx: Context, field: Field, index: number): boolean {
  if (tokenText(ctx, field, index + 1) !== ',') return false;
  const article = lowerTokenText(ctx, field, index + 2);
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  for (let i = index + 3; i < index + 8; i++) {
    const text = tokenText(ctx, field, i);
    if (PARTY_LABELS.has(lowerCased(text)) && MEMBER_ENDS.has(tokenText(ctx, field, i + 1))) return true;
    if (text === ',' || tokenBits(ctx, field, i) & SENTENCE_END || text === '') return false;
  }
  return false;
}
/** What may follow a party's member ending an apposition. */
const MEMBER_ENDS = new Set([',', '.', 'from', 'who', 'representing']);
