// Titles and offices: ministers abbreviated, holders of seats and offices, titles in capitals, portfolios,
// people appointed as something.
import type { Field } from '../../schema.js';
import { endsWithText, lowerCased, startsWithDigit } from '../../text/chars.js';
import { hasLower } from '../../text/letters.js';
import type { Chunk, Word } from '../chunk.js';
import { knownBodyNamed } from '../known-bodies.js';
import { FUNCTION_WORDS, NAME_PARTICLES } from '../lexicon.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from '../word-facts.js';
import { lookup, placeOfSpan } from './candidates.js';
import { type Context, fieldsOf, lowerTokenText, startsWithCapital, tokenText } from './context.js';
import { TITLE_MODIFIERS } from './cue-words.js';
import { ALL_LOWER } from './sentence-shape.js';
import { TITLE_WORD, tokenBits } from './token-bits.js';
import {
  isTitle,
  isTitleLower,
  S_ACRONYM,
  shapeIs,
  W_FUNCTION,
  W_ORG_HEAD,
  W_TITLE,
  wordIs,
} from './word-tests.js';

/** The service a military base belongs to, before "Base": "Ramstein Air Base", "Pituffik Space Base". */
export const MILITARY_BRANCHES = new Set(
  'air space force naval navy army military marine missile'.split(' '),
);
/** A minister's portfolio that the title words above lack: "Oil Minister", "Primary Industries Minister". */
export const PORTFOLIO_WORDS = new Set(
  `oil petroleum mines mining farm farming fisheries forestry primary industries resources commerce planning
  communications tourism digital infrastructure maritime media diaspora cybersecurity sustainability biodiversity`
    .split(/\s+/)
    .filter(Boolean),
);
/** "PM Karki", "CM Yadav": "PM"/"CM" in capitals, no clock time before it, at `index`. */
export function abbreviatedMinisterAt(ctx: Context, field: Field, index: number): boolean {
  const text = tokenText(ctx, field, index);
  return (text === 'PM' || text === 'CM') && !startsWithDigit(tokenText(ctx, field, index - 1));
}

/** Dutch titles before "van" and a ministry, in lower case. */
const DUTCH_MINISTERS = new Set(['minister', 'staatssecretaris']);
/** Words of Dutch ministries' names: "Buitenlandse Handel", "Financi\u00ebn", "Asiel en Migratie". */
export const DUTCH_PORTFOLIO_WORDS = new Set(
  `buitenlandse binnenlandse zaken handel financi\u00ebn financien defensie justitie veiligheid economische
  sociale werkgelegenheid volksgezondheid welzijn sport onderwijs cultuur wetenschap infrastructuur
  waterstaat landbouw natuur visserij voedselkwaliteit klimaat groene groei energie asiel migratie
  ontwikkelingshulp ontwikkelingssamenwerking koninkrijksrelaties volkshuisvesting ruimtelijke ordening`
    .split(/\s+/)
    .filter(Boolean),
);
/** "Secretary of" or "Chancellor of the" just before the token at `index`. */
export function officeOfBefore(ctx: Context, field: Field, index: number): boolean {
  const before = lowerTokenText(ctx, field, index - 1);
  if (before === 'of') return (tokenBits(ctx, field, index - 2) & TITLE_WORD) !== 0;
  // "Minister for Finance Paschal Donohoe", "Commissioner for Human Rights …": Irish and Indian style, a
  // title written with a capital ("a spokesman for Delta Airlines" names the employer).
  if (before === 'for')
    return (
      (tokenBits(ctx, field, index - 2) & TITLE_WORD) !== 0 &&
      startsWithCapital(tokenText(ctx, field, index - 2))
    );
  // "minister van Buitenlandse Handel Reinette Klever": Dutch writes the title in lower case, "van" and
  // the ministry's words in capitals.
  if (before === 'van') return DUTCH_MINISTERS.has(tokenText(ctx, field, index - 2));
  return (
    before === 'the' &&
    lowerTokenText(ctx, field, index - 2) === 'of' &&
    (tokenBits(ctx, field, index - 3) & TITLE_WORD) !== 0
  );
}
/**
 * "Head of mission Piers Litherland", "head of research Anna Berg": "head" or "chief" and "of" before a
 * word in lower case (no article: "head of the EC"), just before the token at `index`, is an office, and a name after it its holder's.
 */
export function headOfBefore(ctx: Context, field: Field, index: number): boolean {
  const office = tokenText(ctx, field, index - 1);
  return (
    office !== '' &&
    ALL_LOWER.test(office) &&
    !FUNCTION_WORDS.has(office) &&
    lowerTokenText(ctx, field, index - 2) === 'of' &&
    HEADS_OF.has(lowerTokenText(ctx, field, index - 3))
  );
}
const HEADS_OF = new Set(['head', 'chief']);
/** Whether every word of the run is a title or a title's modifier ("Prime Minister", "Deputy Foreign Minister"). */
export function onlyTitleWords(words: readonly Word[], from: number, to: number): boolean {
  // The last word a title ("Trade", "First Union", "Labour Party" are none), written as a word, not an acronym.
  const last = words[to - 1]!;
  // ("Port-au-Prince" ends in a title's word: a place the lists know is no title.)
  if (!wordIs(last, W_TITLE) || !hasLower(last.core) || placeOfWord(last)) return false;
  for (let i = from; i < to - 1; i++) {
    const w = words[i]!;
    if (!wordIs(w, W_TITLE) && !TITLE_MODIFIERS.has(w.lower)) return false;
  }
  return to - from > 1 || !(isGivenNameWord(last) || isKnownSurnameWord(last) || last.possessive);
}
/** "Council Member", "Board Members": a seat on a body, a title before its holder's name. */
const SEAT_BODIES = new Set(['council', 'board', 'committee', 'assembly', 'commission']);
const SEAT_TITLES = new Set(['member', 'members']);

/** Where "Member(s)" follows a body's word inside a run, before a name; -1 if nowhere. */
export function seatTitleAt(words: readonly Word[]): number {
  for (let i = 1; i < words.length - 1; i++)
    if (SEAT_TITLES.has(words[i]!.lower) && SEAT_BODIES.has(words[i - 1]!.lower)) return i;
  return -1;
}

/**
 * Titles that, in capitals, say the next words are a person's name ("PRESIDENT LULA", "SENATOR
 * FETTERMAN", "JAPAN PM TAKAICHI"). Ranks and roles that also open firms' names in capitals ("GENERAL
 * REFRACTORIES CO", "LORD ABBETT", "CPL REIT", "DR PEPPER", "CHIEF EXECUTIVE") are left out.
 */
export const CAPITALS_TITLES = new Set(
  'president premier chancellor senator sen sen. governor gov gov. mayor minister pm cm pope mr mr. mrs mrs. ms ms.'.split(
    ' ',
  ),
);

/**
 * A holder's name after a title in capitals: words no lexicon knows, none a firm's head word, none a
 * participle or gerund ("SENATOR UNCOMMITTED ON BILL") unless a given name ("AHMED").
 */
const PARTICIPLE_IN_CAPITALS = /(?:ED|ING)$/;

export function holderInCapitals(words: readonly Word[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (isLowerWordWord(w) || wordIs(w, W_ORG_HEAD)) return false;
    if (PARTICIPLE_IN_CAPITALS.test(w.core) && !isGivenNameWord(w)) return false;
  }
  return true;
}

/** "Major-General", "Co-Premiers": a hyphened or plural title. */
export function isTitleLike(word: string): boolean {
  if (isTitle(word)) return true;
  const part = word.includes('-') ? word.slice(word.lastIndexOf('-') + 1) : word;
  return isTitle(part) || (endsWithText(part, 's') && isTitle(part.slice(0, -1)));
}

/**
 * "EC Farm Commissioner Frans Andriessen", "OPEC Oil Minister": whether only a portfolio's words stand
 * between a body's or a country's acronym at `from` and the title at `titleStart`; they are the title's.
 */
export function portfolioAfterAcronym(words: readonly Word[], from: number, titleStart: number): boolean {
  if (titleStart < from + 2 || !shapeIs(words[from]!, S_ACRONYM)) return false;
  for (let i = from + 1; i < titleStart; i++) if (!PORTFOLIO_WORDS.has(words[i]!.lower)) return false;
  return true;
}

/** Body heads that also name a minister's domain: "Public Service Minister", "Armed Forces Minister". */
const DOMAIN_HEADS = new Set(['service', 'services', 'forces']);

/**
 * "Public Service Minister Judith Collins", "Social Services Minister …": ordinary words ending in a head of
 * services or forces between `from` and a minister's title at `titleStart` name the portfolio, not a body
 * ("Security Council President", "Home Office Minister", "Federal Reserve Governor" keep their bodies).
 */
export function ministersDomain(words: readonly Word[], from: number, titleStart: number): boolean {
  if (titleStart < from + 2 || words[titleStart]!.lower !== 'minister') return false;
  if (!DOMAIN_HEADS.has(words[titleStart - 1]!.lower)) return false;
  for (let i = from; i < titleStart; i++)
    if (!isLowerWordWord(words[i]!) || shapeIs(words[i]!, S_ACRONYM)) return false;
  return true;
}

/** Titles a club holds as well as a person: "the champion Los Angeles Dodgers". */
const TITLES_OF_CLUBS = new Set(['champion', 'champions']);

/**
 * "the World Series champion Los Angeles Dodgers", "defending champion Kansas City Chiefs": after "champion" a
 * town and a plural word no surname list knows (the run `from`..`to`) name a club, not the title's holder.
 */
export function clubAfterTitle(chunk: Chunk, title: string, from: number, to: number): boolean {
  if (!TITLES_OF_CLUBS.has(lowerCased(title)) || to - from < 2) return false;
  const last = chunk.words[to - 1]!;
  if (!endsWithText(last.core, 's') || isKnownSurnameWord(last)) return false;
  return placeOfSpan(chunk, from, to - 1) !== undefined;
}

export function titleStartOf(words: readonly Word[], from: number, title: number): number {
  let start = title;
  while (
    start > from &&
    (isTitleLike(words[start - 1]!.core) || TITLE_MODIFIERS.has(words[start - 1]!.lower))
  )
    start--;
  return start;
}

/**
 * Trades of a cause that name the bodies serving it as well: "Whistleblower Aid", "Activist Insight" (one
 * ordinary word after them is a body's name; "Whistleblower Frances Haugen" keeps the person, read33 F5).
 */
const CAUSE_TRADES = new Set(['whistleblower', 'activist', 'dissident', 'lobbyist']);

/**
 * "General Data Protection Regulation": only ordinary English words after a title (two or more, or one
 * after a cause's trade; none a given name, surname or title), which makes the title the first word of a
 * name, not a person's title.
 */
export function ordinaryWordsAfter(words: readonly Word[], title: number, to: number): boolean {
  // "MP Materials": after a title's initials one plural noun is a firm's name as well ("Judge Woods",
  // "Governor Sands" are people: the surname list lacks many plural-shaped names).
  if (
    to - title === 2 &&
    !(shapeIs(words[title]!, S_ACRONYM) && endsWithText(words[title + 1]!.lower, 's')) &&
    !CAUSE_TRADES.has(words[title]!.lower)
  )
    return false;
  if (to - title < 2) return false;
  for (let i = title + 1; i < to; i++) {
    const w = words[i]!;
    if (
      !isLowerWordWord(w) ||
      isGivenNameWord(w) ||
      isKnownSurnameWord(w) ||
      isTitleLower(w.lower) ||
      TITLE_MODIFIERS.has(w.lower)
    )
      return false;
  }
  return true;
}

/** The most words a holder's name after its seat has: "Mohamed bin Zayed Al Nahyan" (three without particles). */
const HOLDER_WORDS = 5;

/** The place the chunk's words `from`..`to` name as written; a single word's read from its facts. */
/**
 * Where the holder's name starts in a run read after "<title> of (the)": "Mayor of London Sadiq Khan" → at
 * "Sadiq", "Governor of the Bank of England Andrew Bailey" → at "Andrew"; the words before are a place, a
 * country or a body the lists know, the holder's two or three words no ordinary word, a given name first or a
 * known surname last, or up to five with a particle ("President of the United Arab Emirates Mohamed bin Zayed Al
 * Nahyan": a Kremlin readout's style, read as one name). 0 when the run is no seat and holder.
 */
export function holderAfterSeat(
  ctx: Context,
  chunk: Chunk,
  from: number,
  to: number,
  prevToken: string,
): number {
  const words = chunk.words;
  let of = words[from]!.index - 1;
  if (prevToken === 'the') of--;
  if (lowerTokenText(ctx, chunk.field, of) !== 'of' || !isTitle(tokenText(ctx, chunk.field, of - 1)))
    return 0;
  for (let k = to - 2; k >= Math.max(from + 1, to - HOLDER_WORDS); k--) {
    // Each word of the holder's name a given name, a surname or a word no list knows ("Sadiq Khan"), or a
    // particle inside it ("Mohamed bin Zayed Al Nahyan").
    if (NAME_PARTICLES.has(words[k]!.lower)) continue;
    if (!words[k]!.capitalised || !words[to - 1]!.capitalised) return 0;
    let nameLike = true;
    let particles = 0;
    for (let i = k; i < to; i++) {
      const w = words[i]!;
      if (i > k && NAME_PARTICLES.has(w.lower)) {
        particles++;
        continue;
      }
      if (
        isLowerWordWord(w) ||
        wordIs(w, W_FUNCTION) ||
        !(
          isGivenNameWord(w) ||
          isKnownSurnameWord(w) ||
          (gazetteerOfWord(w) === undefined && !placeOfWord(w))
        )
      )
        nameLike = false;
    }
    // A name of four or five words holds a particle: "Mohamed bin Zayed Al Nahyan", not "Arab Emirates Mohamed …".
    if (!nameLike || (to - k > 3 && particles === 0)) continue;
    const seat = chunk.text.slice(words[from]!.start - chunk.start, words[k - 1]!.end - chunk.start);
    const found = lookup(words, from, k, ctx);
    const kind = found === undefined ? undefined : 'kind' in found ? found.kind : found.type;
    if (
      kind === 'place' ||
      kind === 'country' ||
      kind === 'organization' ||
      knownBodyNamed(seat) !== undefined ||
      placeOfSpan(chunk, from, k) !== undefined
    )
      return k;
  }
  return 0;
}

/**
 * Where a body's name ends before a title inside the run ("Supreme Court" of "Supreme Court Justice Samuel
 * Alito": an organisation head, then a title and a name); `to` when the run has no such title.
 */
export function bodyBeforeTitleEnd(words: readonly Word[], from: number, to: number): number {
  for (let i = from + 2; i < to - 1; i++)
    if (wordIs(words[i]!, W_TITLE) && wordIs(words[i - 1]!, W_ORG_HEAD) && !wordIs(words[i - 1]!, W_TITLE))
      return i;
  return to;
}

/**
 * Roles a firm is named to or takes in a deal as well as a person ("named Lazard as adviser", "Redwood Peak,
 * adviser to the seller,").
 */
export const FIRM_ROLES = new Set([
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'agent',
  'manager',
  'managers',
  'sponsor',
  'broker',
  'lender',
  'underwriter',
  'insurer',
  'auditor',
  'bidder',
  'buyer',
  'seller',
  'owner',
  'operator',
]);

/**
 * "named Jenson Button as an ambassador", "appointed Joe Root as captain": "named" or "appointed" before the name
 * and "as" with a person's title after it (not a role firms are named to as well).
 */
export function appointedAsPerson(ctx: Context, field: Field, prevToken: string, index: number): boolean {
  if ((prevToken !== 'named' && prevToken !== 'appointed') || tokenText(ctx, field, index + 1) !== 'as')
    return false;
  for (let i = index + 2; i < index + 6; i++) {
    const text = lowerTokenText(ctx, field, i);
    if (tokenBits(ctx, field, i) & TITLE_WORD) return !FIRM_ROLES.has(text);
    if (!ALL_LOWER.test(text)) return false;
  }
  return false;
}

const PASSIVE_AUXILIARIES = new Set(['was', 'is', 'has', 'had', 'been', 'be', 'will', 'would']);
const NAMED_TO = new Set(['named', 'appointed', 'hired', 'elected', 'installed', 'unveiled', 'confirmed']);
/**
 * "Deion Hall was named head coach", "Deion Hall has been appointed as captain": after the name at `index`, an
 * auxiliary, a verb of appointing and a person's title in lower case within a few words (not a role firms are
 * named to as well: "was named adviser"; ents43).
 */
export function namedToPersonsOffice(ctx: Context, field: Field, index: number): boolean {
  let i = index + 1;
  while (i < index + 4 && PASSIVE_AUXILIARIES.has(lowerTokenText(ctx, field, i))) i++;
  if (i === index + 1 || !NAMED_TO.has(lowerTokenText(ctx, field, i))) return false;
  for (let j = i + 1; j < i + 5; j++) {
    const text = lowerTokenText(ctx, field, j);
    if (tokenBits(ctx, field, j) & TITLE_WORD) return !FIRM_ROLES.has(text);
    if (!ALL_LOWER.test(text)) return false;
  }
  return false;
}

/**
 * "Chief Medical Officer", "Chief Branding and Communications Officer": after a title, ordinary words from
 * `from` and a capitalised title ending the run (or, after the run, "and", up to three capitalised words and
 * one) spell out one office, no holder's name: "Medical", "Branding" were people.
 */
export function officeSpelledOut(
  ctx: Context,
  field: Field,
  words: readonly Word[],
  from: number,
  to: number,
): boolean {
  const closedByTitle = to - from >= 2 && wordIs(words[to - 1]!, W_TITLE) && words[to - 1]!.capitalised;
  const end = closedByTitle ? to - 1 : to;
  if (from >= end) return false;
  for (let i = from; i < end; i++) {
    const w = words[i]!;
    if (!isLowerWordWord(w) || isGivenNameWord(w) || isKnownSurnameWord(w) || w.possessive) return false;
  }
  if (closedByTitle) return true;
  let next = words[to - 1]!.index + 1;
  if (lowerTokenText(ctx, field, next) !== 'and') return false;
  const first = ++next;
  while (
    next < first + 3 &&
    startsWithCapital(tokenText(ctx, field, next)) &&
    !(tokenBits(ctx, field, next) & TITLE_WORD)
  )
    next++;
  return (
    next > first &&
    startsWithCapital(tokenText(ctx, field, next)) &&
    (tokenBits(ctx, field, next) & TITLE_WORD) !== 0
  );
}

/** The head word of an office that no body's name ends in. */
const OFFICER_WORDS = new Set(['officer', 'officers']);

/**
 * "The Police Public Relations Officer in the state", "the Returning Officer declared": capitalised ordinary
 * words ending in "Officer", with no given name or surname among them, name an office, no entity (they were
 * `other`). The holder, when named, follows apart ("…, DSP Yazid Abubakar,"). A function word makes a body
 * ("Association of Chief Police Officers").
 */
export function officerOfficeOnly(words: readonly Word[]): boolean {
  const n = words.length;
  if (n < 2 || !OFFICER_WORDS.has(words[n - 1]!.lower) || (n === 2 && words[0]!.lower === 'the'))
    return false;
  // ("The Returning Officer": a sentence's article may open the run.)
  for (let i = words[0]!.lower === 'the' ? 1 : 0; i < n - 1; i++) {
    const w = words[i]!;
    if (
      wordIs(w, W_FUNCTION) ||
      !isLowerWordWord(w) ||
      isGivenNameWord(w) ||
      isKnownSurnameWord(w) ||
      w.possessive ||
      shapeIs(w, S_ACRONYM)
    )
      return false;
  }
  return true;
}

/** Honorary roles a body names people to, which the title words lack: "Messenger of Peace", "Goodwill Advocate". */
const HONORARY_ROLES = new Set(['messenger', 'messengers', 'advocate', 'advocates', 'patron', 'champion']);
/** Words before a role one holds among others, or is named to: "a", "as", "named" (a headline drops "a"). */
const ROLE_GIVEN_BEFORE = new Set(['a', 'an', 'as', 'named', 'appointed']);
/** What follows a role heading its phrase: its domain's "of"/"for", a clause mark, a verb's preposition. */
const AFTER_ROLE = new Set([',', '.', ';', ':', ')', '', 'of', 'for', 'on', 'in', 'to', 'and', 'since']);
/**
 * "was named a United Nations Messenger of Peace", "Priyanka Chopra, a UNICEF Goodwill Ambassador,", "served as
 * UN Special Envoy for Syria": after "a"/"an", "as" or "named", a body's name and a role that ends the run with no holder after
 * it name one of the body's roles, no name of its own. Returns how many words name the body (the longest
 * opening the lists know for a body, or an acronym of one word), or 0.
 */
export function bodyBeforeHonoraryRole(ctx: Context, chunk: Chunk): number {
  const words = chunk.words;
  const to = words.length;
  if (to < 2 || chunk.caseless) return 0;
  if (!ROLE_GIVEN_BEFORE.has(lowerTokenText(ctx, chunk.field, words[0]!.index - 1))) return 0;
  const last = words[to - 1]!;
  if (!isTitle(last.core) && !HONORARY_ROLES.has(last.lower)) return 0;
  // ("A Facebook Messenger outage": a noun after it makes the run a product's name.)
  if (!AFTER_ROLE.has(lowerTokenText(ctx, chunk.field, last.index + 1))) return 0;
  for (let k = to - 1; k >= 1; k--) {
    const entry = lookup(words, 0, k, ctx);
    const kind = entry === undefined ? undefined : 'kind' in entry ? entry.kind : entry.type;
    if (kind === 'organization') return k;
  }
  return shapeIs(words[0]!, S_ACRONYM) ? 1 : 0;
}
/** Whether the run ending at `to` ends in a title that "and" or "&" joins to another title: "President and CEO". */
export function titlesJoinedAfter(ctx: Context, field: Field, words: readonly Word[], to: number): boolean {
  const last = words[to - 1]!;
  if (!wordIs(last, W_TITLE)) return false;
  const joiner = tokenText(ctx, field, last.index + 1);
  return (joiner === 'and' || joiner === '&') && (tokenBits(ctx, field, last.index + 2) & TITLE_WORD) !== 0;
}

/**
 * A portfolio's word: an ordinary word in a mixed-case line, no title and no name the lists know ("Industry", a body's
 * head too, "Trade").
 */
function portfolioWord(w: Word | null | undefined): w is Word {
  return (
    w?.capitalised === true &&
    !w.caseless &&
    !w.possessive &&
    isLowerWordWord(w) &&
    !isGivenNameWord(w) &&
    !wordIs(w, W_TITLE) &&
    !shapeIs(w, S_ACRONYM) &&
    gazetteerOfWord(w) === undefined
  );
}

/** What may stand before a title's portfolio: a people's word or a country's name ("Israeli", "Philippines"). */
const PORTFOLIO_OWNERS = new Set(['demonym', 'country']);

/**
 * "Israeli Industry and Trade Minister Nir Barkat", "Indian Commerce and Industry Minister Piyush Goyal": the run
 * `words` ending at `to` ends in a portfolio's ordinary words that "and" joins to more of them before a title; the
 * index where those words start (they are the title's, no body's name), or -1.
 */
export function portfolioBeforeAndTitle(
  ctx: Context,
  field: Field,
  words: readonly Word[],
  to: number,
): number {
  const last = words[to - 1]!;
  if (!portfolioWord(last) || tokenText(ctx, field, last.index + 1) !== 'and') return -1;
  const after = fieldsOf(ctx, field).words;
  let k = last.index + 2;
  let portfolio = 0;
  while (portfolio < 3 && portfolioWord(after[k])) {
    k++;
    portfolio++;
  }
  const title = after[k];
  if (portfolio === 0 || title == null || !title.capitalised || !wordIs(title, W_TITLE)) return -1;
  // The holder's name follows the title ("… Justice, a film" is no title's).
  const holder = after[k + 1];
  if (holder == null || !holder.capitalised) return -1;
  let start = to - 1;
  while (start > 0 && to - start < 3 && portfolioWord(words[start - 1])) start--;
  // Only a people's word or a country may come before the portfolio ("President James F. Will and Senior Vice
  // President …": a holder's name, no portfolio).
  for (let i = 0; i < start; i++)
    if (!PORTFOLIO_OWNERS.has(gazetteerOfWord(words[i]!)?.kind ?? '')) return -1;
  return start;
}
