// Cues of firms around a name (the neighbours; firm-cues.ts holds the firm words themselves): brands, kinds
// of company before a name, staff, sectors, goods sold, services, AI firms.
import type { Field } from '../../schema.js';
import { endsWithText, lowerCased } from '../../text/chars.js';
import { letterPattern } from '../../text/letters.js';
import { type Chunk, isLowerOpenedName, type Word } from '../chunk.js';
import {
  firmInList,
  firmLastWord,
  firmNounApposedBefore,
  issueManagerBefore,
  legalFormAfter,
} from '../firm-cues.js';
import { isLegalFormWord } from '../legal-form.js';
import { FUNCTION_WORDS, GAZETTEER, isBrandWord, isLowerWord, PLACE_HEADS, titleCase } from '../lexicon.js';
import { gazetteerOfWord, isGivenNameWord, isKnownSurnameWord, isLowerWordWord } from '../word-facts.js';
import { type Context, fieldsOf, lowerTokenText, norm, startsWithCapital, tokenText } from './context.js';
import { EVENT_HEADS } from './cue-words.js';
import { endsName, isPatronymicSurname, NAME_SUFFIXES, surnameSpeaksAlone } from './person-cues.js';
import { isPlaceWordOf, isTownWord, LIST_JOINERS, PLACE_ADJECTIVES } from './place-cues.js';
import { ALL_LOWER } from './sentence-shape.js';
import {
  CALENDAR_WORD,
  CASED,
  LOCATIVE_WORD,
  SENTENCE_END,
  STAFF_WORD,
  TITLE_WORD,
  tokenBits,
} from './token-bits.js';
import { ACRONYM, INITIALS } from './word-tests.js';

/**
 * "Goldman banker", "Pierson economist": staff named by their firm before them ("Bond analysts" are no
 * firm's); the part of STAFF_AT (staff after whom "at" takes a firm) that also works before a noun.
 */
export const STAFF_AFTER = new Set(
  'banker bankers analyst analysts economist economists strategist strategists'.split(' '),
);
/**
 * "analysts at Morgan Stanley", "said analyst Dan Ives at Wedbush": "at" before `index` follows a word of
 * staff, or a staff word and the name of one of them (one to three capitalised words).
 */
export function staffAt(ctx: Context, field: Field, index: number): boolean {
  if (lowerTokenText(ctx, field, index - 1) !== 'at') return false;
  if (tokenBits(ctx, field, index - 2) & STAFF_WORD) return true;
  for (let i = index - 2; i >= index - 4 && i >= 0; i--) {
    const bits = tokenBits(ctx, field, i);
    // "baggage workers Friday at Gatwick": a day or a month is when, not the name of one of them.
    if (!(bits & CASED) || bits & CALENDAR_WORD || !startsWithCapital(tokenText(ctx, field, i))) return false;
    const before = tokenBits(ctx, field, i - 1);
    if (before & STAFF_WORD && !(before & CASED)) return true;
  }
  return false;
}
/** Verbs of speech that attribute a quotation to a speaker named next to them. */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'noted', 'wrote']);

/**
 * "said Steven Eisenberg of Bear Stearns", "William Byers, of Bear Stearns, said", "analyst Jane Roe of Paine
 * Webber": the name from `from` to `to` (token indices, end exclusive) follows "of" after a speaker, one to three
 * capitalised words that a verb of speech or a word of staff opens or that a verb of speech follows (past the name
 * and a comma). The name after "of" is where the speaker works: a firm or a body, or a place the caller rules out
 * ("said John Smith of Boston"). "the son of John Smith" has no speaker before "of".
 */
export function speakersEmployerAt(ctx: Context, field: Field, from: number, to: number): boolean {
  if (lowerTokenText(ctx, field, from - 1) !== 'of') return false;
  let i = from - 2;
  if (tokenText(ctx, field, i) === ',') i--;
  const last = i;
  while (i >= 0 && last - i < 3) {
    const bits = tokenBits(ctx, field, i);
    if (!(bits & CASED) || bits & CALENDAR_WORD || !startsWithCapital(tokenText(ctx, field, i))) break;
    // ("the Duke of York said", "King Charles of Britain": a title's "of" names its domain.)
    // "Analyst John Jones of Kleinwort Benson said": a word of staff opening the sentence before the speaker's name
    // is the speaker's trade, whose "of" names the employer (orgs51, wild50 E11).
    if (bits & TITLE_WORD) return (bits & STAFF_WORD) !== 0 && i < last;
    i--;
  }
  if (i === last) return false;
  const before = lowerTokenText(ctx, field, i);
  if (
    SPEECH_VERBS.has(before) ||
    (tokenBits(ctx, field, i) & STAFF_WORD && !(tokenBits(ctx, field, i) & CASED))
  )
    return true;
  let after = to;
  if (tokenText(ctx, field, after) === ',') after++;
  return SPEECH_VERBS.has(lowerTokenText(ctx, field, after));
}

export const CORPORATE_SUFFIXES = new Set([
  'inc',
  'inc.',
  'corp',
  'corp.',
  'co',
  'co.',
  'ltd',
  'ltd.',
  'plc',
  'llc',
  'ag',
  'nv',
  'gmbh',
]);
/**
 * The word at `from` is a brand named by an ordinary word (or a given name) before a verb of firms, and
 * does not end a longer name: "Apple reported", "Shell said", "Apple shares".
 */
export function firmBrandAt(ctx: Context, chunk: Chunk, from: number): boolean {
  const word = chunk.words[from]!;
  const next = lowerTokenText(ctx, chunk.field, word.index + 1);
  return (
    (FIRM_VERBS_AFTER_BRAND.has(next) ||
      // "Apple chief executive Tim Cook said": an officer only a firm has (ents41).
      firmOfficerAfter(ctx, chunk.field, word.index) ||
      // "Nestle cut its sales forecast", "Next raised its profit outlook" (mendE44).
      firmGuidanceAfter(ctx, chunk.field, word.index) ||
      // ("The plant in Toyota will close" is the town's.)
      (firmActAfterModal(ctx, chunk.field, word.index + 1) &&
        !(tokenBits(ctx, chunk.field, word.index - 1) & LOCATIVE_WORD)) ||
      // "Shell has agreed to sell its stake", "Apple was fined", "Gap is closing stores", title "Apple to pay
      // $95m" (orgs51, wild50 E8).
      (firmDeedAfterAuxiliary(ctx, chunk.field, word.index + 1) &&
        !(tokenBits(ctx, chunk.field, word.index - 1) & LOCATIVE_WORD)) ||
      // "Apple denied wrongdoing" (a person's given name may deny too).
      (DENIALS.has(next) && !isGivenNameWord(word)) ||
      // "Apple and Google were fined": coordinated with a firm the lists know.
      (next === 'and' &&
        GAZETTEER.get(lowerTokenText(ctx, chunk.field, word.index + 2))?.kind === 'organization') ||
      // "Apple's profit rose", "Apple's iPod mini": the brand's possessive before what a firm has or makes
      // (not a given name's: "Ray's Taylor Hackford" is the film's director).
      (word.possessive &&
        (FIRM_OWNED.has(next) || namesProductAt(ctx, chunk.field, word.index + 1)) &&
        !isGivenNameWord(word))) &&
    isBrandWord(word.core) &&
    !endsName(ctx, chunk, from)
  );
}
/** Verbs of a firm's guidance: what it does to its forecast, outlook or dividend. */
const GUIDANCE_VERBS = new Set(
  'raised raises cut cuts lowered lowers trimmed trims lifted lifts slashed slashes reiterated reiterates maintained maintains narrowed narrows upgraded downgraded'.split(
    ' ',
  ),
);
/** A word inside a noun phrase, lower-cased: "full-year", "2026", "sales" (no punctuation). */
const PHRASE_WORD = /^[a-z0-9][a-z0-9-]*$/;
/** What a firm forecasts or pays, the object of its guidance verb. */
const GUIDANCE_OBJECTS = new Set(
  'forecast forecasts outlook guidance target targets dividend payout'.split(' '),
);
/**
 * What a broker or a rating agency raises or cuts on a stock: "Smith Barney raised its rating on the stock",
 * "Hoare Govett lowered its recommendation", "Kidder Peabody raised its earnings estimate" (wild51 W4).
 */
const BROKER_OBJECTS = new Set('rating ratings recommendation estimate estimates'.split(' '));
/**
 * "Nestle cut its full-year organic sales forecast", "Next raised its annual profit outlook": after the name at
 * `index`, a verb of guidance, "its" and a firm's forecast, outlook, target or dividend within five words (only a
 * firm or a body forecasts so; "its" makes the subject no person).
 */
export function firmGuidanceAfter(ctx: Context, field: Field, index: number): boolean {
  if (!GUIDANCE_VERBS.has(lowerTokenText(ctx, field, index + 1))) return false;
  if (lowerTokenText(ctx, field, index + 2) !== 'its') return false;
  for (let i = index + 3; i <= index + 7; i++) {
    const word = lowerTokenText(ctx, field, i);
    if (GUIDANCE_OBJECTS.has(word) || BROKER_OBJECTS.has(word)) return true;
    if (!PHRASE_WORD.test(word)) return false;
  }
  return false;
}
/** "will", "plans to": what a firm is to do follows. */
const MODALS = new Set('will would could may plans aims intends expects'.split(' '));
/** What firms do and towns do not: "Toyota will build a plant", "Nike plans to cut jobs". */
const FIRM_ACTS = new Set(
  'build open close cut hire employ invest launch buy acquire sell spin shut expand recall supply produce pay settle'.split(
    ' ',
  ),
);
/** Whether a modal at `at` (with its "to") is followed by a firm's act, "also" or "not" between. */
function firmActAfterModal(ctx: Context, field: Field, at: number): boolean {
  return firmActAfterModalAt(ctx, field, at) >= 0;
}
/** The index of the firm's act after a modal at `at` (`firmActAfterModal`), or -1. */
function firmActAfterModalAt(ctx: Context, field: Field, at: number): number {
  const modal = lowerTokenText(ctx, field, at);
  if (!MODALS.has(modal)) return -1;
  let verb = at + 1;
  if (lowerTokenText(ctx, field, verb) === 'to') verb++;
  else if (modal.endsWith('s')) return -1;
  const between = lowerTokenText(ctx, field, verb);
  if (between === 'also' || between === 'not') verb++;
  return FIRM_ACTS.has(lowerTokenText(ctx, field, verb)) ? verb : -1;
}
/** What opens the object of a firm's act: "open a store", "hire 500 workers", "build its first plant". */
const ACT_OBJECT_OPENERS = new Set('a an its their new more another up two three several'.split(' '));
const DIGIT_START = /^\d/;
/**
 * "Amazon will open a distribution center", "Patagonia plans to build a new plant": after the name ending at
 * `index`, a modal and a firm's act on an object (an article, "its", a number). A river, a desert or a mountain
 * does none of these ("Everest will open to climbers", "The Danube will close to shipping" have no object).
 */
export function firmActOnObjectAfter(ctx: Context, field: Field, index: number): boolean {
  const verb = firmActAfterModalAt(ctx, field, index + 1);
  if (verb < 0) return false;
  const object = lowerTokenText(ctx, field, verb + 1);
  return ACT_OBJECT_OPENERS.has(object) || DIGIT_START.test(object);
}
/** Adverbs between an auxiliary and a firm's deed: "has also agreed", "will not pay". */
const DEED_ADVERBS = new Set('also not now already still reportedly'.split(' '));
const deedWords = (text: string): Set<string> => new Set(text.split(' '));
/**
 * A firm's deeds (what a company does to its money, staff, shops and lawsuits) in the form each auxiliary takes:
 * "Target will pay", "Next has raised", "Gap is closing", and the two a regulator or a court does to a firm, "Apple
 * was fined", "was sued". No other passive: "Power was cut", "Square was closed to traffic" are things.
 */
const DEEDS_AFTER: ReadonlyMap<string, Set<string>> = (() => {
  const base = deedWords(
    'pay settle raise cut warn slash shed close shut sell buy acquire hire invest launch recall expand delay appeal',
  );
  const past = deedWords(
    'paid settled raised cut warned slashed shed closed shut sold bought acquired hired invested launched recalled expanded delayed appealed',
  );
  const going = deedWords(
    'paying settling raising cutting slashing shedding closing shutting selling buying acquiring hiring investing launching recalling expanding delaying appealing fined sued',
  );
  return new Map([
    ['will', base],
    ['would', base],
    ['has', past],
    ['had', past],
    ['is', going],
    ['was', going],
  ]);
})();
/** A gap or a door closes with no object: "Gap is closing between Labour and the Tories" (read51 R21). */
const CLOSING = new Set('close closing closed shut shutting'.split(' '));
/** What follows a closing with no object: a gap narrowing "between" two, "in on", "fast", the sentence's end. */
const NO_OBJECT_AFTER = new Set([
  'between',
  'in',
  'on',
  'fast',
  'rapidly',
  'quickly',
  'slowly',
  '.',
  ',',
  '',
]);
/** Verbs whose "to" takes a firm's act after an auxiliary: "has agreed to sell", "is expected to launch". */
const DEED_TO_VERBS = new Set('agreed expected set due poised planning preparing decided'.split(' '));
/** "Apple denied wrongdoing": a denial after a name is an agent's. */
const DENIALS = new Set(['denied', 'denies']);
/**
 * Whether the words from `at` tell a firm's deed: an auxiliary (an adverb between) before a deed in the form the
 * auxiliary takes, or before a verb and "to" with a firm's act ("is expected to launch", "has agreed to sell"), or a
 * headline's "to" with a firm's act ("Apple to pay $95m"). An ordinary word opening a sentence without an article
 * is no thing before these ("Gap is closing stores"; "The gap is closing").
 */
function firmDeedAfterAuxiliary(ctx: Context, field: Field, at: number): boolean {
  let i = at;
  const first = lowerTokenText(ctx, field, i);
  if (first === 'to') return FIRM_ACTS.has(lowerTokenText(ctx, field, i + 1));
  const deeds = DEEDS_AFTER.get(first);
  if (deeds === undefined) return false;
  i++;
  if (DEED_ADVERBS.has(lowerTokenText(ctx, field, i))) i++;
  const verb = lowerTokenText(ctx, field, i);
  if (deeds.has(verb)) return !CLOSING.has(verb) || !NO_OBJECT_AFTER.has(lowerTokenText(ctx, field, i + 1));
  if (!DEED_TO_VERBS.has(verb) || lowerTokenText(ctx, field, i + 1) !== 'to') return false;
  return FIRM_ACTS.has(lowerTokenText(ctx, field, i + 2));
}
/** The officers only a firm or a body has after "chief": "chief executive", "chief financial officer". */
const FIRM_CHIEF_OFFICES = new Set(
  'executive financial operating technology commercial investment'.split(' '),
);
/**
 * "Transnet chief executive Michelle Phillips", "Vodacom managing director Sitho Mdlalose": an officer that
 * only a firm or a body has, after the name ending at `index` (a leader has a "chief of staff", no chief
 * executive).
 */
export function firmOfficerAfter(ctx: Context, field: Field, index: number): boolean {
  const next = lowerTokenText(ctx, field, index + 1);
  const office = lowerTokenText(ctx, field, index + 2);
  return (
    (next === 'chief' && FIRM_CHIEF_OFFICES.has(office)) || (next === 'managing' && office === 'director')
  );
}
/** What a firm has, after its name's possessive: "Apple's profit", "Shell's chief executive". */
const FIRM_OWNED = new Set(
  'profit profits shares stock sales revenue revenues earnings chief boss board results market'.split(' '),
);
/** A name after the word: capitalised ("Shell's Prelude") or a lower-case brand's ("Apple's iPod"). */
function namesProductAt(ctx: Context, field: Field, at: number): boolean {
  const text = tokenText(ctx, field, at);
  return startsWithCapital(text) || isLowerOpenedName(text);
}
/** What follows a sentence-initial brand named by an ordinary word when it is the firm: "Apple said". */
const FIRM_VERBS_AFTER_BRAND = new Set(
  'said says reported reports announced announces launched launches unveiled unveils posted posts recalled recalls shares stock'.split(
    ' ',
  ),
);
/** Verbs of firms, not of places: "Amazon invested", "Amazon hired". */
export const COMPANY_VERBS = new Set(
  'invested invests hired hires acquired acquires bought buys sold sells reported reports announced announces launched launches posted posts'.split(
    ' ',
  ),
);
/** Words for a bank that open banks' names in many countries: "Bank Leumi", "Banco Pichincha", "Banque Misr". */
export const BANK_WORDS = new Set(['bank', 'banco', 'banca', 'banque']);
/** Apple's devices and services named with a lower-case "i" (products, not firms: "iRobot" is one). */
export const APPLE_THINGS = new Set([
  'iphone',
  'ipad',
  'ipod',
  'itunes',
  'imac',
  'icloud',
  'imessage',
  'ios',
  'ipados',
]);
export const INITIALS_BRAND = letterPattern(String.raw`^\p{Lu}{2,}\p{Ll}{2,}`);
export const BANK_COMPOUND = letterPattern(String.raw`^\p{Lu}\p{Ll}{2,}bank$`);
export const CAMEL_CASE_BRAND = letterPattern(
  String.raw`^(?:\p{Lu}{2,}\p{Ll}{2,}|(?!Mac)\p{Lu}\p{Ll}{2,}\p{Lu})`,
);
export const FIRM_KINDS = new Set(
  `makers carmakers automakers planemakers chipmakers drugmakers retailers insurers lenders airlines
  conglomerates brewers miners manufacturers distributors broadcasters publishers startups developers operators
  firms subsidiary subsidiaries affiliate affiliates agency agencies bookmakers housebuilder housebuilders homebuilder homebuilders supermarket supermarkets grocer grocers bank banks`
    .split(/\s+/)
    .filter(Boolean),
);

/** "shares of Amazon", "a unit of Alphabet": words after which "of" takes a company. */
export const COMPANY_OF = new Set(
  'shares stock stocks shareholders shareholder parent subsidiary unit owner owners ceo cfo founder co-founder cofounder'.split(
    ' ',
  ),
);

/** "competition from Huawei", "orders from Boeing", "a bid from Vivendi": after these, "from" takes a company. */
const COMPANY_FROM = new Set(
  'competition demand orders order bid bids offer offers funding investment investments backing financing contract contracts'.split(
    ' ',
  ),
);

/** "Google's", "OpenAI's": the possessive of a firm the lists or the spelling know. */
export function ownedByFirm(token: string): boolean {
  if (!endsWithText(token, "'s") && !endsWithText(token, '’s')) return false;
  const owner = token.slice(0, -2);
  return GAZETTEER.get(owner)?.kind === 'organization';
}

/** "demand from", "demand for its chips from": a commercial noun ending at `index`, over a few lower-case words. */
export function commercialNounBefore(ctx: Context, field: Field, index: number): boolean {
  for (let i = index; i >= 0 && i > index - 5; i--) {
    const lower = lowerTokenText(ctx, field, i);
    if (COMPANY_FROM.has(lower)) return true;
    if (!ALL_LOWER.test(lower) || (i < index && lower === 'from')) return false;
  }
  return false;
}

/**
 * "Swiss bank UBS", "housebuilders Persimmon and Taylor Wimpey": whether a kind of firm of `FIRM_KINDS`, in
 * lower case and a word of its own ("the 12-bank committee" is none), stands before the name at `index`;
 * a plural only before a list ("the two firms Watanabe has proposed" is a relative clause).
 */
export function firmKindBefore(ctx: Context, field: Field, index: number, nextToken: string): boolean {
  const kind = tokenText(ctx, field, index - 1);
  if (!FIRM_KINDS.has(kind)) return false;
  const tokens = fieldsOf(ctx, field).field.tokens;
  if (tokens[index - 2]?.end === tokens[index - 1]!.start) return false;
  return !endsWithText(kind, 's') || LIST_JOINERS.has(nextToken);
}
/** Trades before "group" or "giant" that make them a firm ("shipping group", "tech giant"; "rebel group" is none). */
const SECTORS = new Set(
  `shipping media mining luxury steel insurance banking retail engineering defence defense chemicals chemical
  travel hotel food drinks energy oil telecoms telecom tech technology pharmaceutical pharmaceuticals industrial
  construction property airline logistics fashion investment financial utility utilities packaging aerospace
  advertising publishing entertainment beverage tobacco cement software semiconductor e-commerce internet
  brewing gaming betting payments fintech`
    .split(/\s+/)
    .filter(Boolean),
);
/** "Danish shipping group A.P. Moller-Maersk", "tech giant Nvidia": a trade and "group" or "giant" before the name. */
export function sectorGroupBefore(ctx: Context, field: Field, index: number): boolean {
  const kind = lowerTokenText(ctx, field, index - 1);
  return (kind === 'group' || kind === 'giant') && SECTORS.has(lowerTokenText(ctx, field, index - 2));
}

/**
 * "housebuilders Persimmon and Taylor Wimpey", "lenders Barclays, Lloyds and NatWest": whether the name
 * whose first word is at `index` closes a list of names opened by a kind of firm in the plural.
 */
export function laterFirmOfList(ctx: Context, field: Field, index: number): boolean {
  const joiner = tokenText(ctx, field, index - 1);
  if (joiner !== 'and' && joiner !== ',') return false;
  let names = 0;
  for (let i = index - 2; i >= 0 && i > index - 12; i--) {
    const text = tokenText(ctx, field, i);
    if (text === ',' || text === 'and') continue;
    const lower = lowerTokenText(ctx, field, i);
    // The kind in lower case, or capitalised where it opens the sentence ("Carmakers Stellantis and …").
    if (
      names > 0 &&
      endsWithText(lower, 's') &&
      FIRM_KINDS.has(lower) &&
      (lower === text || i === 0 || tokenBits(ctx, field, i - 1) & SENTENCE_END)
    )
      return true;
    if (lower === text) return false;
    names++;
  }
  return false;
}

/** Plural nouns of firms and gangs that open a list of examples ("snack makers such as", "rivals including"). */
const FIRMS_OF_A_LIST = new Set(
  'companies firms rivals competitors peers brands chains giants producers suppliers gangs cartels'.split(
    ' ',
  ),
);

/** Whether the token at `i` is a plural kind of firm ("makers", "lenders", "rivals"). */
function pluralFirmKindAt(ctx: Context, field: Field, i: number): boolean {
  const lower = lowerTokenText(ctx, field, i);
  return (FIRM_KINDS.has(lower) && endsWithText(lower, 's')) || FIRMS_OF_A_LIST.has(lower);
}

/**
 * "snack makers such as Hershey and Kellanova", "lenders including Barclays, Lloyds and NatWest", "rivals like
 * Rivian": whether the name whose first word is at `index` stands in a list of examples that "such as",
 * "including" or "like" opens after a plural kind of firm (up to ten tokens of names, commas and "and" back).
 */
export function firmOfExamples(ctx: Context, field: Field, index: number): boolean {
  // The scan back over a few tokens first: most names stand in no list of examples, and the gazetteer probe
  // (a hash look-up of the word) cost more than the scan (session 35: ~1% of tagging when asked first).
  return (
    examplesOfPluralFirmsBefore(ctx, field, index) &&
    // "banks including Commerzbank and British corporations": a people's word is no firm of the list.
    GAZETTEER.get(lowerTokenText(ctx, field, index))?.kind !== 'demonym'
  );
}

/** Whether "such as", "including" or "like" after a plural kind of firm opens the list of names ending before `index`. */
function examplesOfPluralFirmsBefore(ctx: Context, field: Field, index: number): boolean {
  for (let k = index - 1; k > index - 12 && k > 0; k--) {
    const text = tokenText(ctx, field, k);
    if (text === 'as')
      return lowerTokenText(ctx, field, k - 1) === 'such' && pluralFirmKindAt(ctx, field, k - 2);
    if (text === 'including' || text === 'like') return pluralFirmKindAt(ctx, field, k - 1);
    if (!(startsWithCapital(text) || text === ',' || text === 'and' || text === "'s")) return false;
  }
  return false;
}

export const COMPANY_IN = new Set(
  'stake stakes share shares investor investors investment investments invest invested interest holding holdings'.split(
    ' ',
  ),
);
/** Verbs of a firm's sales and the goods after them: "sold 10.3 million vehicles", "shipped 5 million phones". */
const SALES_VERBS = new Set([
  'sold',
  'sells',
  'delivered',
  'delivers',
  'shipped',
  'ships',
  'recalled',
  'recalls',
  'makes',
  'making',
  'builds',
  'building',
  'produces',
  'producing',
  'selling',
]);
/** "Chery is making cars", "Rivian will deliver 5,000 trucks": an auxiliary may come before the verb of sales. */
const AUXILIARIES = new Set('is was are were will has have had'.split(' '));
const GOODS = new Set(
  'vehicles cars trucks units phones smartphones handsets devices consoles copies aircraft jets planes'.split(
    ' ',
  ),
);

/** Whether a verb of sales right after the token at `index` has goods for its object within five words. */
export function goodsSoldAfter(ctx: Context, field: Field, index: number): boolean {
  const verb = AUXILIARIES.has(lowerTokenText(ctx, field, index + 1)) ? index + 2 : index + 1;
  if (!SALES_VERBS.has(lowerTokenText(ctx, field, verb))) return false;
  for (let i = verb + 1; i <= verb + 5; i++) if (GOODS.has(lowerTokenText(ctx, field, i))) return true;
  return false;
}
/** Whether the words around the name `from`..`to` of the chunk make a name of a person's shape a firm. */
export function firmAround(
  ctx: Context,
  chunk: Chunk,
  from: number,
  to: number,
  personCue: boolean,
): boolean {
  const first = chunk.words[from]!.index;
  const last = chunk.words[to - 1]!.index;
  const after = (k: number): string => lowerTokenText(ctx, chunk.field, last + k);
  const before = (k: number): string => lowerTokenText(ctx, chunk.field, first - k);
  if (issueManagerBefore(before)) return true;
  return (
    !personCue &&
    (firmLastWord(chunk.words[to - 1]!.lower) ||
      legalFormAfter(after) ||
      firmNounApposedBefore(before) ||
      (firmInList((k) => (k === 0 ? '' : tokenText(ctx, chunk.field, k < 0 ? first + k : last + k))) &&
        // "questioned Barclays Bank, Lloyds Bank, Charlie Nunn and … Nunn said": hearings list banks and their
        // bosses together; a surname that speaks alone elsewhere is a person's (read25 F14).
        !(to - from >= 2 && surnameSpeaksAlone(ctx, chunk.words[to - 1]!))))
  );
}

/** Where the title phrase ending at `title` starts ("Foreign Minister" in "X Foreign Minister Y"). */
/**
 * A capitals word as a name writes it: "HARLEY-DAVIDSON" → "Harley-Davidson", "INC" → "Inc", "AND" → "and",
 * "OIL" → "Oil"; acronyms and initials stay ("IDB", "S-K-I", "I.M.S.").
 */
function mixedCaseOf(core: string): string {
  if (FUNCTION_WORDS.has(core.toLowerCase())) return core.toLowerCase();
  if (isLegalFormWord(core)) return titleCase(core);
  return core
    .split('-')
    .map((part) =>
      // "U.S.", "A.H.": dotted initials stay as written.
      !part.includes('.') && (part.length > 3 || (part.length === 3 && isLowerWord(part)))
        ? titleCase(part)
        : part,
    )
    .join('-');
}

/**
 * "WENDY'S INTERNATIONAL INC" → "Wendy's International Inc": a capitals title firm's name as the body
 * writes it, its possessive kept, so both get one id.
 */
export function titleFirmName(ctx: Context, words: readonly Word[]): string {
  return words
    .map((w) => {
      const name = mixedCaseOf(w.core);
      return w.possessive ? name + lowerCased(tokenText(ctx, 'title', w.index).slice(w.core.length)) : name;
    })
    .join(' ');
}
/** Words after a name that make it a firm: "Eli Lilly shares fell". */
export const FIRM_NOUNS_AFTER = new Set(
  'shares stock shareholders employees subsidiary headquarters factory factories plant plants executives'.split(
    ' ',
  ),
);

/**
 * Names that read as a company, club or desk rather than a person or a place: a place with an ordinary
 * word ("Seattle Mariners", "Air France", "London Newsroom"), or a name ending in an ordinary word
 * ("Johnson Controls", "Hindustan Copper"). Events and prizes ("Hong Kong Open", "Labor Day") are not.
 */
export function isCompanyOrTeamName(words: readonly Word[], from: number, to: number): boolean {
  const firstWord = words[from]!;
  const lastWord = words[to - 1]!;
  const first = firstWord.core;
  const last = lastWord.core;
  const lastLower = norm(last);
  if (EVENT_HEADS.has(lastLower) || to - from > 4) return false;
  // "Vinicius Junior", "Ken Griffey Senior": a generation's suffix ends a person's name.
  const lastOrdinary =
    isLowerWordWord(lastWord) && !isGivenNameWord(lastWord) && !NAME_SUFFIXES.has(lastLower);
  const lastKind = gazetteerOfWord(lastWord)?.kind;
  const lastGroup = lastKind === 'group' || lastKind === 'demonym';
  if (isPlaceWordOf(firstWord)) {
    // "Baltimore Orioles", "Dhaka Newsroom": a place and a word no list knows.
    const lastUnknown =
      lastKind === undefined &&
      !isPlaceWordOf(lastWord) &&
      !isKnownSurnameWord(lastWord) &&
      !isGivenNameWord(lastWord);
    // "Melbourne Storm", "Orlando Magic": a town no given name and an ordinary word, though the lists know
    // that word for a given name too ("Storm"); a given name and a known surname are a person's ("Austin
    // Butler", "Chelsea Green" stays a firm only by its sentence).
    const givenFirst = isGivenNameWord(firstWord);
    const lastNoSurname =
      isLowerWordWord(lastWord) && !isKnownSurnameWord(lastWord) && !NAME_SUFFIXES.has(lastLower);
    if (givenFirst && isKnownSurnameWord(lastWord)) return false;
    return (
      lastOrdinary ||
      (!givenFirst && lastNoSurname) ||
      (lastGroup && to - from === 2) ||
      (lastUnknown && !givenFirst)
    );
  }
  if (isLowerWordWord(firstWord)) {
    // "Air France", "Real Madrid": an ordinary word before a place.
    return (
      to - from === 2 &&
      isPlaceWordOf(lastWord) &&
      !PLACE_ADJECTIVES.has(norm(first)) &&
      !isGivenNameWord(firstWord)
    );
  }
  // "Bayern Munich", "Borussia Dortmund": a word no list knows before a town names a club or a firm. Not a town
  // named by a Spanish patronymic surname ("Delcy Rodríguez said", "Yoselin Pérez": mend59, left).
  if (
    to - from === 2 &&
    gazetteerOfWord(firstWord) === undefined &&
    !isGivenNameWord(firstWord) &&
    !isKnownSurnameWord(firstWord) &&
    !ACRONYM.test(first) &&
    !INITIALS.test(first) &&
    isTownWord(lastWord) &&
    !isPatronymicSurname(last)
  )
    return true;
  // "Olo Brown", "Hla Than": an ordinary word that is a known surname after a word no list knows ends a
  // person's name as often as a firm's; the rules read the rest.
  return (
    lastOrdinary &&
    !isGivenNameWord(firstWord) &&
    !INITIALS.test(first) &&
    !ACRONYM.test(last) &&
    !(
      to - from === 2 &&
      gazetteerOfWord(firstWord) === undefined &&
      isKnownSurnameWord(lastWord) &&
      !PLACE_HEADS.has(lastLower) &&
      !PLACE_ENDING_SURNAMES.has(lastLower)
    )
  );
}
/** Surnames that end places' names as often ("Bethnal Green", "Stepney Green", "Hollywood"). */
const PLACE_ENDING_SURNAMES = new Set(
  'green wood heath brook moor marsh ford field cross gate end'.split(' '),
);

/** A word of these kinds before "AI" describes the field: "Chinese AI", "China AI". */
const NOT_FIRM_BEFORE_AI = new Set(['demonym', 'country', 'group', 'place']);

/** What may follow a firm named "X AI" where the abbreviation ends the name, not a noun phrase. */
const AFTER_AI_FIRM = new Set([
  ',',
  '.',
  ')',
  'and',
  'or',
  "'s",
  '’s',
  'said',
  'says',
  'has',
  'is',
  'was',
  'will',
]);

/**
 * "startups such as Mistral AI,", "Scale AI said": a firm named by one unlisted word and "AI" ends the
 * name when nothing of a noun phrase follows ("Nvidia AI chips", "Chinese AI startups" stay cut).
 */
export function aiFirmName(words: readonly Word[], from: number, to: number, nextToken: string): boolean {
  return (
    to - from === 2 &&
    words[to - 1]!.core === 'AI' &&
    AFTER_AI_FIRM.has(nextToken) &&
    !words[from]!.initial &&
    !NOT_FIRM_BEFORE_AI.has(gazetteerOfWord(words[from]!)?.kind ?? '')
  );
}

/** Nouns of a body that a name before them, with a word or two between, is the name of. */
const SERVICE_NOUNS = new Set(['service', 'agency', 'programme', 'program', 'observatory']);
/** What such nouns also serve that names no body ("a memorial service"). */
const RITE_WORDS = new Set(['memorial', 'funeral', 'remembrance', 'prayer', 'thanksgiving', 'church']);

/**
 * "the EU's Copernicus climate service", "the Copernicus space programme": a name before a body's noun, one or two
 * lower-case words between ("a memorial service" names none), is that body's name, though the lists know it as a
 * person's (the astronomer) or a place's.
 */
export function serviceNounAfter(ctx: Context, field: Field, index: number): boolean {
  for (let i = index + 1; i < index + 4; i++) {
    const text = tokenText(ctx, field, i);
    // (Right after the name, the noun may be the person's: "Gorbachev's program", "the Biden program".)
    if (SERVICE_NOUNS.has(text)) return i > index + 1;
    if (!ALL_LOWER.test(text) || RITE_WORDS.has(text)) return false;
  }
  return false;
}
/** "the maker of Wegovy", "the developer of ChatGPT". */
export const MAKER_NOUNS = new Set(['maker', 'makers', 'developer', 'developers']);
