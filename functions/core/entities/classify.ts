import { keyOf, lookupMetonym, lookupPhrase, lookupPlace, type PlaceEntry } from '../countries/gazetteer.js';
import type { EntityType, Field } from '../schema.js';
import { codeUnitAt, endsWithText, lowerCased, startsWithDigit, withoutMarks } from '../text/chars.js';
import type { FieldText, TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { hasLower, letterPattern, startsLower, startsUpper } from '../text/letters.js';
import { lowerCaseAt } from '../text/lower-case.js';
import { WordMemo } from '../text/vocabulary.js';
import type { Chunk, Word } from './chunk.js';
import {
  chunkWith,
  FOREIGN_CONJUNCTIONS,
  isLowerOpenedName,
  lookupKey,
  MODEL_DESIGNATION,
  saintSurnameAfter,
  withoutArabicParticle,
  wordInBracketsAfter,
} from './chunk.js';
import { craftNounAfter } from './craft-nouns.js';
import { isDigitGluedName } from './digit-glued-names.js';
import {
  firmInList,
  firmKindOpening,
  firmLastWord,
  firmNounApposedBefore,
  firmSaysAfter,
  issueManagerBefore,
  legalFormAfter,
} from './firm-cues.js';
import { isKoreanStyleName } from './hyphened-given-name.js';
import { isNumberedIndex } from './index-names.js';
import {
  bodyNounBefore,
  capitalNamed,
  collectiveAfter,
  currencyCode,
  FIXTURE_VERBS as FIXTURE_PREV,
  kindByNeighbours,
  leadsRound,
  listedFirm,
  opponentAfterWho,
  pluralAfterWho,
  spokenFor,
} from './kind-cues.js';
import { isKnownBodyWord, knownBodyNamed } from './known-bodies.js';
import { isLegalFormWord } from './legal-form.js';
import {
  CALENDAR_WORDS,
  FAMILY_NAMES_FIRST,
  FUNCTION_WORDS,
  GAZETTEER,
  type GazetteerEntry,
  isBrandWord,
  isGivenName,
  isKnownSurname,
  isLowerWord,
  LEADERS_BODIES,
  NAME_PARTICLES,
  NAMED_DAYS,
  NOBLE_TITLES,
  ORG_HEADS,
  ORG_LEADS,
  PARTY_LABELS,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_LEADS,
  titleCase,
} from './lexicon.js';
import { newsmakerNamed } from './newsmakers.js';
import type { DocumentEvidence } from './recognize.js';
import { playerAfterOwner, playerDeed, scorerInBrackets } from './scorers.js';
import { sportCountryAt } from './sport-codes.js';
import { stageNameLength } from './stage-names.js';
import { namedAfterShipKind } from './vessels.js';
import { CORE_SHAPES, WORD_BITS } from './word-bits.js';
import { wordWith } from './word-copy.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
  startsLongerNameWord,
} from './word-facts.js';

export type CandidateType = EntityType | 'none' | 'unknown';

/** A typed mention before aliases are merged. */
export interface Candidate {
  readonly field: Field;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: readonly string[];
  type: CandidateType;
  /** Canonical name from a gazetteer, when one matched. */
  readonly canonical: string | undefined;
  readonly countryCode: string | undefined;
  /** How sure the type is: gazetteer and structural evidence beat defaults when names disagree. */
  strength: number;
  readonly locative: boolean;
  readonly caseless: boolean;
  /** `place:geonames:<id>` when the place gazetteer knows the place. */
  readonly placeId: string | undefined;
  /** The lower-cased token before the mention. */
  readonly prev: string | undefined;
  /** A place the sports rule made a team; in another context it may be the place again. */
  readonly teamFromPlace: boolean | undefined;
  /**
   * A surname or a word followed by "said" (1): a person unless the article says otherwise; a word that
   * accuses, vows or tells (2), which firms and agencies seldom do: a person against the default too.
   */
  readonly personish: 1 | 2 | undefined;
  /** The country whose body this is, named by its function ("China's Foreign Ministry"): see country-bodies.ts. */
  readonly owner?: string;
}

/** Honorifics that are also words of people's names: "Hassan Sheikh Mohamud", "Sheikh Hasina". */
const NAME_HONORIFICS = new Set(['sheikh', 'sheik', 'shaikh']);
/** The service a military base belongs to, before "Base": "Ramstein Air Base", "Pituffik Space Base". */
const MILITARY_BRANCHES = new Set('air space force naval navy army military marine missile'.split(' '));
/** Words after a person's name that tell a father from a son. */
const NAME_SUFFIXES = new Set(['junior', 'senior']);

const TITLE_MODIFIERS = new Set(
  `foreign defence defense finance interior home prime deputy vice acting former chief executive general
  attorney state trade economy economic justice health education labour labor agriculture environment
  transport energy industry culture sports first lieutenant assistant associate senior junior supreme
  grand crown opposition party union new head managing seri sri`
    .split(/\s+/)
    .filter(Boolean),
);
/** A minister's portfolio that the title words above lack: "Oil Minister", "Primary Industries Minister". */
const PORTFOLIO_WORDS = new Set(
  'oil petroleum mines mining farm farming fisheries forestry primary industries resources commerce planning communications tourism'.split(
    ' ',
  ),
);
/** "Seri", "Sri": honorifics that complete a Malay title ("Datuk Seri", "Tan Sri") and open other names. */
const MALAY_HONORIFICS = new Set(['seri', 'sri']);
const MALAY_TITLES = new Set(['datuk', 'dato', "dato'", 'datin', 'tun', 'tan', 'puan']);
/** "Tan Sri", "Puan Sri": titles only before the honorific ("Tan" is also a surname). */
const TITLES_BEFORE_HONORIFIC_ONLY = new Set(['tan', 'puan']);
/**
 * Whether the honorific at `i` follows a Malay title: in the run, or just before it when the title's
 * apostrophe cut the run ("Dato' Sri Najib Razak").
 */
function afterMalayTitle(
  ctx: Context,
  field: Field,
  words: readonly Word[],
  i: number,
  from: number,
): boolean {
  if (i > from) return MALAY_TITLES.has(words[i - 1]!.lower);
  const index = words[i]!.index;
  const before = lowerTokenText(ctx, field, index - 1);
  if (MALAY_TITLES.has(before)) return true;
  return (before === "'" || before === '\u2019') && lowerTokenText(ctx, field, index - 2) === 'dato';
}
/** "PM Karki", "CM Yadav": "PM"/"CM" in capitals, no clock time before it, at `index`. */
function abbreviatedMinisterAt(ctx: Context, field: Field, index: number): boolean {
  const text = tokenText(ctx, field, index);
  return (text === 'PM' || text === 'CM') && !startsWithDigit(tokenText(ctx, field, index - 1));
}
/** Prepositions after which an unknown name is taken for a place ("in Arbil"); "at" and "from" take people too. */
const STRONG_LOCATIVE = new Set(['in', 'near', 'into', 'outside', 'throughout', 'across', 'towards']);
/** Capitalised abbreviations that name no organisation. */
const NOT_ORG_ACRONYMS = new Set(
  'GMT EDT EST BST CET PST GDP GNP CPI PPI PMI AIDS HIV CEO CFO COO IPO TV DNA RBI ERA NA PCT OT PC CD DVD AM PM UTC OK ID VAT AI EV ETF LNG LPG SUV ESG NFT GPS IVF PPE ICBM UAV KC QC FX'.split(
    ' ',
  ),
);
/**
 * Diseases news writes with a capital ("COVID-19", "Ebola", "Measles" opening a sentence): no
 * organisation, person or place. WordNet's disease nouns are too rare in SemCor to be in the lexicon.
 */
const DISEASES = new Set(
  `covid covid-19 covid19 sars sars-cov-2 mers ebola measles mumps rubella polio cholera malaria tuberculosis
  mpox monkeypox zika dengue anthrax smallpox typhoid diphtheria hepatitis influenza flu h5n1 h1n1 norovirus
  chikungunya alzheimer`
    .split(/\s+/)
    .filter(Boolean),
);
/** Currencies news writes with a capital ("Bitcoin rose above $100,000"): no organisation either. */
const CRYPTOCURRENCIES = new Set([
  'bitcoin',
  'ether',
  'ethereum',
  'dogecoin',
  'litecoin',
  'solana',
  'cardano',
]);
/** "Tesla boss", "TikTok shares": a word before these names a company or body. */
const ORG_CUES_AFTER = new Set(
  'boss bosses shares stock shareholders employees staff workers chairman ceo founder owner spokesman spokeswoman subsidiary unit headquarters club side squad factory factories plant plants brand executives newspaper newspapers daily weekly magazine defender midfielder striker goalkeeper winger driver drivers rider riders'.split(
    ' ',
  ),
);
/**
 * "Goldman banker", "Pierson economist": staff named by their firm before them ("Bond analysts" are no
 * firm's); the part of STAFF_AT (staff after whom "at" takes a firm) that also works before a noun.
 */
const STAFF_AFTER = new Set(
  'banker bankers analyst analysts economist economists strategist strategists'.split(' '),
);
/**
 * "analysts at Morgan Stanley", "said analyst Dan Ives at Wedbush": "at" before `index` follows a word of
 * staff, or a staff word and the name of one of them (one to three capitalised words).
 */
function staffAt(ctx: Context, field: Field, index: number): boolean {
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
/** People whose place of work, after "at", is a firm or an institution: "analysts at Morgan Stanley". */
const STAFF_AT = new Set(
  'analyst analysts economist economists strategist strategists trader traders dealer dealers researcher researchers scientist scientists engineer engineers executive executives employee employees worker workers staff banker bankers broker brokers partner partners forecaster forecasters meteorologist meteorologists'.split(
    ' ',
  ),
);
const COMPASS_WORDS = new Set(
  `north south east west central northern southern eastern western northeast northwest southeast southwest
  northeastern northwestern southeastern southwestern upper lower`
    .split(/\s+/)
    .filter(Boolean),
);
const CORPORATE_SUFFIXES = new Set([
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
const NAME_DESCRIPTORS = new Set([
  'former',
  'rival',
  'parent',
  'fellow',
  'embattled',
  'troubled',
  'struggling',
]);
/**
 * A state known only by its abbreviation, with neither its period nor a town and comma before it:
 * "celebrate Mass in Beirut", not "Boston, Mass." or the dateline "IRVINE , Calif 1996-08-30".
 */
function bareAbbreviation(ctx: Context, chunk: Chunk, from: number): boolean {
  const word = chunk.words[from]!;
  if (endsWithText(word.core, '.') || tokenText(ctx, chunk.field, word.index + 1) === '.') return false;
  if (tokenText(ctx, chunk.field, word.index - 1) === ',') return false;
  return lookupPhrase(keyOf(word.core))?.kind === 'abbreviation';
}
/** Words that join a name's parts: "Centers for Disease Control and Prevention said" ends no brand. */
const NAME_JOINERS = new Set(['and', '&', 'of', 'for']);

/** A word after a joiner that follows a capitalised word ends a longer name ("Control and Prevention"). */
function endsName(ctx: Context, chunk: Chunk, from: number): boolean {
  const at = chunk.words[from]!.index;
  if (!NAME_JOINERS.has(lowerTokenText(ctx, chunk.field, at - 1))) return false;
  return startsWithCapital(tokenText(ctx, chunk.field, at - 2));
}
/**
 * The word at `from` is a brand named by an ordinary word (or a given name) before a verb of firms, and
 * does not end a longer name: "Apple reported", "Shell said", "Apple shares".
 */
function firmBrandAt(ctx: Context, chunk: Chunk, from: number): boolean {
  const word = chunk.words[from]!;
  const next = lowerTokenText(ctx, chunk.field, word.index + 1);
  return (
    (FIRM_VERBS_AFTER_BRAND.has(next) ||
      // "Apple's profit rose", "Apple's iPod mini": the brand's possessive before what a firm has or makes
      // (not a given name's: "Ray's Taylor Hackford" is the film's director).
      (word.possessive &&
        (FIRM_OWNED.has(next) || namesProductAt(ctx, chunk.field, word.index + 1)) &&
        !isGivenNameWord(word))) &&
    isBrandWord(word.core) &&
    !endsName(ctx, chunk, from)
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
const COMPANY_VERBS = new Set(
  'invested invests hired hires acquired acquires bought buys sold sells reported reports announced announces launched launches posted posts'.split(
    ' ',
  ),
);
/** Words for a bank that open banks' names in many countries: "Bank Leumi", "Banco Pichincha", "Banque Misr". */
const BANK_WORDS = new Set(['bank', 'banco', 'banca', 'banque']);
/** Lower-case nouns after a name that make it a body: "the Georgian Dream party". */
const ORG_NOUNS_AFTER = new Set([
  'gang',
  'cartel',
  'party',
  'parties',
  'movement',
  'militia',
  'coalition',
  'bloc',
  'alliance',
  'faction',
  'union',
  'unions',
]);
/** Single capitalised words that name one institution of a country. */
const INSTITUTIONS = new Set([
  'treasury',
  'parliament',
  'congress',
  'senate',
  'pentagon',
  'fed',
  'kremlin',
  'bundestag',
  'knesset',
  'duma',
]);
/** Continents, whose agencies are named by the continent and an acronym ("Africa CDC"). */
const CONTINENTS = new Set(['africa', 'europe', 'asia', 'oceania']);
/**
 * "the town of Arbil", "Tavildara district": words that make a neighbouring name a place; a seat in
 * parliament is its place too ("the Runcorn by-election", "the constituency of Hamilton").
 */
const PLACE_NOUNS = new Set(
  'town city village capital region province district port island state county suburb outskirts area border resort enclave exclave territory municipality neighbourhood neighborhood settlement river rivers strait straits canal provinces districts villages towns counties islands residents regions volcano airport governorate constituency by-election'.split(
    ' ',
  ),
);
/** "the Dole campaign", "Clinton aides": a word before these names a person. */
const PERSON_CUES_AFTER = new Set(['campaign', 'aide', 'aides', 'camp', 'administration', 'presidency']);
/** Apple's devices and services named with a lower-case "i" (products, not firms: "iRobot" is one). */
const APPLE_THINGS = new Set([
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
const INITIALS_BRAND = letterPattern(String.raw`^\p{Lu}{2,}\p{Ll}{2,}`);
const BANK_COMPOUND = letterPattern(String.raw`^\p{Lu}\p{Ll}{2,}bank$`);
const CAMEL_CASE_BRAND = letterPattern(String.raw`^(?:\p{Lu}{2,}\p{Ll}{2,}|(?!Mac)\p{Lu}\p{Ll}{2,}\p{Lu})`);

/** Kinds of company named before a firm's name: "aerospace supplier Rockwell Collins", "planemaker Boeing". */
const COMPANY_BEFORE = new Set(
  `supplier suppliers maker carmaker automaker planemaker chipmaker drugmaker retailer insurer lender airline
  conglomerate brewer miner manufacturer distributor broadcaster publisher startup start-up subsidiary
  developer operator firm bookmaker utility charity regulator watchdog consultancy consultant brokerage broker
  adviser advisor`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * More kinds of firm, in the plural before a list ("housebuilders Persimmon and Taylor Wimpey", "Carmakers
 * Stellantis and Renault") or a bank's: only written in lower case (in capitals, "FLORIDA COMMERCIAL BANKS
 * INC" is a name).
 */
/**
 * Kinds of firm of `COMPANY_BEFORE` that are also a person's trade ("Broadcaster David Attenborough", "property
 * developer Fred Smith"): before a person's full name they say what the person does.
 */
const PERSON_TRADES = new Set(['broadcaster', 'publisher', 'developer', 'miner']);
/**
 * Trades of people first, firms too ("said broker Shakil Rizvi", "Broker Panmure Liberum said it"): before any
 * name they say what a person does unless a firm's "it" or "its" takes the name up.
 */
const PERSON_FIRST_TRADES = new Set(['consultant', 'broker', 'adviser', 'advisor']);

/**
 * "Broadcaster David Attenborough", "publisher Harold Evans": a trade of `PERSON_TRADES` before a name of two or
 * three words whose first is a listed given name that is no ordinary word (so "publisher Penguin Random House"
 * stays a firm).
 */
function tradeBeforePerson(trade: string, words: readonly Word[], from: number, to: number): boolean {
  if (PERSON_FIRST_TRADES.has(trade))
    return to - from <= 3 && !wordIs(words[to - 1]!, W_ORG_HEAD) && !isLegalFormWord(words[to - 1]!.core);
  if (!PERSON_TRADES.has(trade) || to - from < 2 || to - from > 3) return false;
  const first = words[from]!;
  return (
    isGivenNameWord(first) &&
    !isLowerWordWord(first) &&
    !wordIs(words[to - 1]!, W_ORG_HEAD) &&
    !words.slice(from, to).some((w) => gazetteerOfWord(w)?.kind === 'organization')
  );
}
const FIRM_KINDS = new Set(
  `makers carmakers automakers planemakers chipmakers drugmakers retailers insurers lenders airlines
  conglomerates brewers miners manufacturers distributors broadcasters publishers startups developers operators
  firms agency agencies bookmakers housebuilder housebuilders homebuilder homebuilders supermarket supermarkets grocer grocers bank banks`
    .split(/\s+/)
    .filter(Boolean),
);
const KIN_BEFORE = new Set(
  `son sons daughter daughters wife husband mother stepmother stepfather grandson granddaughter grandmother
  grandfather uncle aunt nephew niece cousin widow widower fiancée fiancé girlfriend boyfriend sibling twin`
    .split(/\s+/)
    .filter(Boolean),
);

/** "shares of Amazon", "a unit of Alphabet": words after which "of" takes a company. */
const COMPANY_OF = new Set(
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
function ownedByFirm(token: string): boolean {
  if (!endsWithText(token, "'s") && !endsWithText(token, '’s')) return false;
  const owner = token.slice(0, -2);
  return GAZETTEER.get(owner)?.kind === 'organization';
}

// Letter patterns (text/letters.ts) at module level: ASCII words are read by the ASCII twin, and no `\p{…}`
// pattern is made at import (~0.8 M instructions of cold start each).
const ALL_LOWER = letterPattern(String.raw`^\p{Ll}+$`);

/** "demand from", "demand for its chips from": a commercial noun ending at `index`, over a few lower-case words. */
function commercialNounBefore(ctx: Context, field: Field, index: number): boolean {
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
function firmKindBefore(ctx: Context, field: Field, index: number, nextToken: string): boolean {
  const kind = tokenText(ctx, field, index - 1);
  if (!FIRM_KINDS.has(kind)) return false;
  const tokens = fieldsOf(ctx, field).field.tokens;
  if (tokens[index - 2]?.end === tokens[index - 1]!.start) return false;
  return !endsWithText(kind, 's') || LIST_JOINERS.has(nextToken);
}

/**
 * Words of bodies' names that open them as adjectives: "Union Pacific", "National Grid", "Royal Mail" ("Federal"
 * is left out: "the Federal Budget" is the budget).
 */
const BODY_ADJECTIVES = new Set(['union', 'national', 'royal']);
/** Words after such an adjective that make a thing, a family or an idea, not a body ("the Union Jack", read28 F14). */
const NOT_BODY_AFTER = new Set(
  'jack treasure treasures anthem family highness wedding flag holiday interest security debt'.split(' '),
);
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
function sectorGroupBefore(ctx: Context, field: Field, index: number): boolean {
  const kind = lowerTokenText(ctx, field, index - 1);
  return (kind === 'group' || kind === 'giant') && SECTORS.has(lowerTokenText(ctx, field, index - 2));
}

/**
 * "housebuilders Persimmon and Taylor Wimpey", "lenders Barclays, Lloyds and NatWest": whether the name
 * whose first word is at `index` closes a list of names opened by a kind of firm in the plural.
 */
function laterFirmOfList(ctx: Context, field: Field, index: number): boolean {
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

function isCountryName(words: readonly Word[], from: number, to: number): boolean {
  let name = words[from]!.core;
  for (let i = from + 1; i < to; i++) name += ` ${words[i]!.core}`;
  return GAZETTEER.get(norm(name))?.kind === 'country' || lookupPlace(name)?.kind === 'country';
}

const COMPANY_IN = new Set(
  'stake stakes share shares investor investors investment investments invest invested interest holding holdings'.split(
    ' ',
  ),
);
/** Adjectives of nearness between a locative and a town: "in nearby Northfleet". */
const NEARBY = new Set(['nearby', 'neighbouring', 'neighboring']);
/** Words of a journey before "to" and its destination: "the ferry to Tilbury", "taken to Lampedusa". */
const JOURNEY_TO = new Set('ferry flight route trip journey taken flown airlifted evacuated'.split(' '));
const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'from',
  'into',
  'across',
  'outside',
  'throughout',
  'via',
  'towards',
]);
// Words only sports pages use; generic ones ("final", "beat", "race") also run in business and arts.
const SPORT_WORDS = new Set(
  `soccer football cricket rugby tennis golf baseball basketball hockey cycling athletics innings wicket
  wickets goals striker midfielder goalkeeper halftime half-time seeded tournament standings quarter-final
  semi-final quarterfinal semifinal olympic olympics league cup match matches championship scorers
  equalised equalized equaliser equalizer hat-trick touchdown touchdowns playoff playoffs relegation
  stoppage-time injury-time lap laps podium`
    .split(/\s+/)
    .filter(Boolean),
);
const TEAM_VERBS = new Set(
  'beat beats drew draw lost lose loses won win wins defeated leads lead trail trailed held hold host hosts play played'.split(
    ' ',
  ),
);
const PERSON_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'asked', 'replied', 'argued']);
/**
 * Verbs of speech, opinion and attack that news reports of people rather than of firms, read after a
 * single unknown name, directly or after an auxiliary ("Trump has accused", "Trump would decide").
 */
const SPEAKER_VERBS = new Set(
  `accused accuses accuse insisted insists insist vowed vows vow threatened threatens threaten urged urges
  urge criticised criticized criticises criticizes criticise criticize blamed blames blame praised praises
  praise tweeted tweets thinks think believes believe hopes hope feels feel decide decided warned warns warn
  spoke speaks met meets thanked congratulated condemned condemns welcomed disagreed disagrees pledged
  pledges promised resigned resigns visited flew`
    .split(/\s+/)
    .filter(Boolean),
);
const WHO = new Set(['who', 'whose']);
const PERSONAL_PRONOUNS = new Set(['He', 'She']);

/**
 * Whether the sentence after the one holding the token at `index` takes up a person first: "He said …",
 * "The order, which he signed …" (no other name, title or staff noun before the pronoun).
 */
function pronounOpensNextSentence(ctx: Context, field: Field, index: number, verbNext: boolean): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  const end = Math.min(tokens.length - 1, index + 40);
  for (let i = index + 1; i < end; i++) {
    const text = tokens[i]!.text;
    if (text === '.' || text === '!' || text === '?')
      return (
        PERSONAL_PRONOUNS.has(tokens[i + 1]!.text) ||
        personNounOpens(ctx, field, i + 1) ||
        (verbNext &&
          pronounFrom(ctx, field, tokens, i + 1, Math.min(tokens.length, i + 14), true) === 'person')
      );
  }
  return false;
}
/**
 * Nouns of a kind of person that take up the last sentence's subject ("Mamdani won the race. The
 * democratic socialist will take office …"); titles are left out, as "The chief executive said" after a
 * firm is the firm's chief.
 */
const PERSON_KIND_NOUNS = new Set(
  `socialist socialists politician lawmaker candidate incumbent billionaire mogul rapper singer actress actor
  novelist activist dissident populist nationalist conservative liberal progressive democrat republican
  firebrand newcomer`
    .split(/\s+/)
    .filter(Boolean),
);
const YEAR_OLD = /^\d{1,3}-year-old$/;
/** "The democratic socialist", "The 34-year-old": a sentence opening with a kind of person. */
function personNounOpens(ctx: Context, field: Field, index: number): boolean {
  if (lowerTokenText(ctx, field, index) !== 'the') return false;
  for (let i = index + 1; i < index + 4; i++) {
    const lower = lowerTokenText(ctx, field, i);
    if (PERSON_KIND_NOUNS.has(lower) || YEAR_OLD.test(lower)) return true;
    // "34 - year-old": the tokenizer splits the number off.
    if (DIGITS.test(lower) && lowerTokenText(ctx, field, i + 2) === 'year-old') return true;
    if (!ALL_LOWER.test(lower)) return false;
  }
  return false;
}
/** Pronouns that take up a person, and the ones that take up a thing (a firm, a product). */
const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'him', 'her', 'himself', 'herself']);
const THING_PRONOUNS = new Set(['its', 'itself']);
/** A verb or an auxiliary after a name opening a sentence, which makes the name its subject. */
const SUBJECT_VERB = letterPattern(
  String.raw`^(?:has|had|have|is|was|will|would|could|can|may|might|must|should|also|then|later|\p{Ll}+ed)$`,
);
/** Words after which a name may be the subject of its clause. */
const SUBJECT_OPENERS = new Set(
  'and but while as when after before because since if that where although though whereas'.split(' '),
);
/** Words after which a pronoun may be about someone else: "Disney's chief executive said his …". */
const PRONOUN_STOPS = new Set(['which', 'who', 'whose', 'and', 'but', '(', '"', '“']);

/**
 * "Jannik Sinner won his first title", "Disney said in a statement that its parks …": the first personal
 * or possessive pronoun after a name in its clause, before any other name, title or staff noun (which the
 * pronoun could be about), says whether the name is a person's or a thing's.
 */
function pronounAfter(
  ctx: Context,
  field: Field,
  start: number,
  index: number,
): 'person' | 'thing' | undefined {
  // Only for a subject: after "told Reuters as he …", "at the al-Ram checkpoint that he …" the pronoun is
  // about the sentence's subject.
  const tokens = fieldsOf(ctx, field).field.tokens;
  const before = start > 0 ? tokens[start - 1]!.text : '';
  // "Britain ' s Naseem Hamed retained his title": pre-tokenised text splits the possessive's "s" off.
  const possessiveBefore =
    before === 's' && start > 1 && (tokens[start - 2]!.text === "'" || tokens[start - 2]!.text === '’');
  if (startsLower(before) && !SUBJECT_OPENERS.has(before) && !possessiveBefore) return undefined;
  const end = Math.min(tokens.length, index + 13);
  return pronounFrom(ctx, field, tokens, index + 1, end);
}

/** The first pronoun from token `from` on, in its clause, before any name or word it could be about. */
function pronounFrom(
  ctx: Context,
  field: Field,
  tokens: readonly { text: string }[],
  from: number,
  end: number,
  sentenceStart = false,
): 'person' | 'thing' | undefined {
  for (let i = from; i < end; i++) {
    const text = tokens[i]!.text;
    const bits = tokenBits(ctx, field, i);
    if (bits & PERSON_PRONOUN) return 'person';
    if (bits & THING_PRONOUN) return 'thing';
    if (bits & SENTENCE_END) return undefined;
    // A clause of the next sentence may still be about the last sentence's subject ("The order, which he …").
    if ((text === ',' || bits & PRONOUN_STOP) && !sentenceStart) return undefined;
    if (i === from && (text === "'s" || text === '’s' || text === "'" || text === '’')) return undefined;
    const openingWord = i === from && sentenceStart && (bits & OPENING_WORD) !== 0;
    // "Pfizer said on Monday it would …": a day or a month is nothing a pronoun could be about.
    if (bits & CALENDAR_WORD) continue;
    if ((bits & CASED && !openingWord) || bits & (TITLE_WORD | STAFF_WORD | ORG_CUE_AFTER)) return undefined;
  }
  return undefined;
}
/** Whether the first pronoun after the name ending at `index`, in its clause, is a person's ("said she"). */
function personPronounNext(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  return pronounFrom(ctx, field, tokens, index + 1, Math.min(tokens.length, index + 13)) === 'person';
}
/** Whether a firm's "it" or a thing's pronoun takes up the name ending at `index` ("said it would cut jobs"). */
function thingPronounNext(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  return (
    firmItAfter(ctx, field, index) ||
    pronounFrom(ctx, field, tokens, index + 1, Math.min(tokens.length, index + 13)) === 'thing'
  );
}
/**
 * "Pfizer said on Monday it would invest …", "Walmart says its sales …": the firm's "it" or "its" right
 * after its verb of speech, before a verb of plans or of what firms do, or a firm's result ("it would
 * take years", "its army" are as often a leader's words about the matter or the country).
 */
function firmItAfter(ctx: Context, field: Field, index: number): boolean {
  const said = lowerTokenText(ctx, field, index + 1);
  if (said !== 'said' && said !== 'says') return false;
  let i = index + 2;
  if (lowerTokenText(ctx, field, i) === 'on' && tokenBits(ctx, field, i + 1) & CALENDAR_WORD) i += 2;
  const pronoun = lowerTokenText(ctx, field, i);
  // "Walmart said its sales …" ("Tshisekedi said its army …" is a country's).
  if (pronoun === 'its') return FIRM_PRODUCTS.has(lowerTokenText(ctx, field, i + 1));
  if (pronoun !== 'it') return false;
  const verb = lowerTokenText(ctx, field, i + 1);
  if (FIRM_PLAN_VERBS.has(verb)) return true;
  // "it would invest", "it will cut" ("it would take years" is about the matter spoken of).
  return (verb === 'would' || verb === 'will') && FIRM_ACTS.has(lowerTokenText(ctx, field, i + 2));
}
const FIRM_PLAN_VERBS = new Set(
  'plans planned intends intended expects expected aims agreed signed'.split(' '),
);
const FIRM_ACTS = new Set(
  'invest buy sell cut close build acquire hire launch expand raise spend list merge shut supply produce open appeal comply cooperate'.split(
    ' ',
  ),
);
/**
 * ", a Berlin-based startup,", ", the Swedish payments company,": an apposition at `comma` whose head is a
 * noun of firms (and no noun of people: ", a former Goldman banker,").
 */
function firmAppositionAfter(
  ctx: Context,
  field: Field,
  comma: number,
  heads: ReadonlySet<string> = FIRM_APPOSITION_HEADS,
  /** How many words after the article the head may come ("the man behind the Argonaut games group" is a man). */
  reach = 7,
): boolean {
  const article = lowerTokenText(ctx, field, comma + 1);
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  for (let i = comma + 2; i < comma + 2 + reach; i++) {
    const word = lowerTokenText(ctx, field, i);
    // ", the chief executive of the company,": the head came before "of".
    if (word === ',' || word === '.' || word === '' || word === 'of' || word === 'at' || word === 'for')
      return false;
    if (heads.has(word)) {
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
/** First words of religious festivals and pilgrimages, which no list types ("Eid al-Fitr", "Diwali"). */
const FESTIVALS = new Set(
  'eid ramadan hajj umrah diwali deepavali hanukkah hanukah nowruz navruz passover holi vesak songkran onam pongal'.split(
    ' ',
  ),
);
/** What may follow "state" after a region's name: the phrase's end ("Guerrero state.", "Shan state, where"). */
const STATE_PHRASE_ENDS = new Set(
  '. , ; : ) and or in on of where which that was is has had were are after near with governor capital'.split(
    ' ',
  ),
);
const LOWER_WORD_START = /^[a-z]/;
/** A lower-case word after a name that is no function word: the name modifies it ("a Pontiac G6 owner"). */
const nounAfter = (next: string) => LOWER_WORD_START.test(next) && !FUNCTION_WORDS.has(next);
const COMPASS_ADJECTIVE = /^(?:North|South|East|West|Mid)(?:ern|[a-z]*ern)$/;
/** Ordinal words before a contest's or a prize's name: "a fourth Copa Libertadores". */
const ORDINALS = new Set(
  'first second third fourth fifth sixth seventh eighth ninth tenth record'.split(' '),
);
/** ", a group of centrist governors,", ", owned by Statkraft,": an apposition that calls a name a body. */
function bodyAppositionAfter(ctx: Context, field: Field, comma: number): boolean {
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
  'gang',
  'cartel',
  'militia',
  'organisation',
  'organization',
]);
/** ", the ruling party,", ", the party founded by …": an apposition that calls a name a party. */
const PARTY_APPOSITION_HEADS = new Set(['party', 'movement', 'coalition', 'alliance', 'bloc']);
const PARTY_APPOSITION_NEXT = new Set(['founded', 'formed', 'led', 'created', 'whose', 'in']);
const FIRM_APPOSITION_HEADS = new Set(
  'startup start-up company firm maker carmaker automaker drugmaker chipmaker planemaker steelmaker retailer lender bank insurer airline conglomerate manufacturer miner brokerage subsidiary unit'.split(
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
]);
const GOODS = new Set(
  'vehicles cars trucks units phones smartphones handsets devices consoles copies aircraft jets planes'.split(
    ' ',
  ),
);

/** Whether a verb of sales right after the token at `index` has goods for its object within five words. */
function goodsSoldAfter(ctx: Context, field: Field, index: number): boolean {
  if (!SALES_VERBS.has(lowerTokenText(ctx, field, index + 1))) return false;
  for (let i = index + 2; i <= index + 6; i++) if (GOODS.has(lowerTokenText(ctx, field, i))) return true;
  return false;
}
/** "met Starmer", "meeting Merz": verbs whose object is a person. */
const MEETS = new Set(['met', 'meets', 'meeting', 'thanked', 'congratulated', 'phoned']);
const AUXILIARIES = new Set([
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'might',
  'also',
  'then',
  'later',
]);
/**
 * Spellings that mark a surname across languages: Mc/Mac/O' prefixes, Slavic, Greek, Romanian, Turkish,
 * Georgian, Armenian, Spanish and Italian endings, Arabic and South Asian connectives ("Inzamam-ul-Haq").
 */
const SURNAME_SHAPE = letterPattern(
  String.raw`^(?:Mc|Mac|O['\u2019])\p{Lu}|\p{Ll}(?:ov|ova|ev|eva|ski|ska|sky|vic|vich|i\u0107|enko|shvili|dze|opoulos|idis|ides|escu|oglu|ez|ini|elli|etti|ian|yan|ek|uk|czyk)$|-(?:ul|ur|ud|al|el|ad|ud)-`,
);
const ACRONYM = letterPattern(String.raw`^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$`);
const ROMAN_NUMERAL = /^[IVXL]+$/;
const INITIALS = letterPattern(String.raw`^(?:\p{Lu}\.){1,3}$`);
const TWO_CAPITALS = letterPattern(String.raw`^\p{Lu}{2}$`);
// Tests of a word's core asked chunk after chunk, answered once per word form (word-bits.ts `CORE_SHAPES`).
const shapeIs = (w: Word, bit: number) => (w.shapes & bit) !== 0;
const S_ACRONYM = CORE_SHAPES.bit((core) => ACRONYM.test(core));
const S_ROMAN_NUMERAL = CORE_SHAPES.bit((core) => ROMAN_NUMERAL.test(core));
const S_INITIALS = CORE_SHAPES.bit((core) => INITIALS.test(core));
const S_FISCAL_PERIOD = CORE_SHAPES.bit((core) => FISCAL_PERIOD.test(core));
const S_UNIT_INITIAL = CORE_SHAPES.bit((core) => UNIT_INITIAL.test(core));
const S_PARTY_STATE_TAG = CORE_SHAPES.bit((core) => PARTY_STATE_TAG.test(core));
const S_PLURAL_ABBREVIATION = CORE_SHAPES.bit((core) => PLURAL_ABBREVIATION.test(core));
const S_TIME_ZONE = CORE_SHAPES.bit((core) => TIME_ZONE.test(core));
const S_CURRENCY_AMOUNT = CORE_SHAPES.bit((core) => CURRENCY_AMOUNT.test(core));
const S_CURRENCY_AMOUNT_SCALED = CORE_SHAPES.bit((core) => CURRENCY_AMOUNT_SCALED.test(core));
const S_EXIT_BLEND = CORE_SHAPES.bit((core) => EXIT_BLEND.test(core));
const S_MODEL_CODE = CORE_SHAPES.bit((core) => MODEL_CODE.test(core));
const S_RATING_GRADE = CORE_SHAPES.bit((core) => RATING_GRADE.test(core));
const S_RATING_LIKE = CORE_SHAPES.bit((core) => RATING_LIKE.test(core));
const S_BARE_ACRONYM = CORE_SHAPES.bit((core) => BARE_ACRONYM.test(core));

const norm = (s: string) => lowerCased(s);
const stripDot = (s: string) => (endsWithText(s, '.') ? s.slice(0, -1) : s);
/**
 * Titles of German-language news, which compounds them ("Bundeskanzler", "Außenministerin", "CSU-Chef"),
 * Irish offices ("Taoiseach Micheál Martin") and members of parliaments ("Labour MP Jess Phillips").
 */
const GERMAN_TITLES = new Set(
  `kanzler kanzlerin präsident präsidentin präsidenten herr frau ministerin chef chefin sprecher sprecherin
  taoiseach tánaiste td mp mep msp mla`
    .split(/\s+/)
    .filter(Boolean),
);
const GERMAN_TITLE_COMPOUND = letterPattern(
  String.raw`\p{Ll}(?:minister|ministerin|kanzler|kanzlerin|pr\u00e4sident|pr\u00e4sidentin|pr\u00e4sidenten|chef|chefin|sprecher|sprecherin|vorsitzende|vorsitzender|b\u00fcrgermeister|b\u00fcrgermeisterin|botschafter|botschafterin)$`,
);
const isTitleLower = (lower: string) =>
  PERSON_TITLES.has(lower) ||
  PERSON_TITLES.has(stripDot(lower)) ||
  GERMAN_TITLES.has(lower) ||
  (lower.length > 8 && GERMAN_TITLE_COMPOUND.test(lower)) ||
  // "CSU-Chef", "director-general", "vice-president": a compound ending in a title.
  (lower.includes('-') &&
    (GERMAN_TITLES.has(lower.slice(lower.lastIndexOf('-') + 1)) ||
      PERSON_TITLES.has(lower.slice(lower.lastIndexOf('-') + 1))));
const isTitle = (s: string) => isTitleLower(norm(s));

/**
 * What typing asks of a word's own lower-case form (`Word.lower`), as bits filled once per distinct token
 * text (`WordBits`) instead of a Set probe per list per question; the same answers.
 */
const W_TITLE = WORD_BITS.bit(isTitleLower);
const W_FUNCTION = WORD_BITS.bit((lower) => FUNCTION_WORDS.has(lower));
const W_NAMED_DAY = WORD_BITS.bit((lower) => NAMED_DAYS.has(lower));
const W_WEATHER = WORD_BITS.bit((lower) => WEATHER_SYSTEMS.has(lower));
const W_PARTY_WORD = WORD_BITS.bit((lower) => PARTY_WORDS.has(lower));
const W_PARTY_MEMBERS = WORD_BITS.bit((lower) => PARTY_MEMBERS.has(lower));
const W_ORG_HEAD = WORD_BITS.bit((lower) => ORG_HEADS.has(lower));
const W_PLACE_HEAD = WORD_BITS.bit((lower) => PLACE_HEADS.has(lower));
const W_NAME_DESCRIPTOR = WORD_BITS.bit((lower) => NAME_DESCRIPTORS.has(lower));
const W_PARTY_LABEL = WORD_BITS.bit((lower) => PARTY_LABELS.has(lower));
const W_TITLE_MODIFIER = WORD_BITS.bit((lower) => TITLE_MODIFIERS.has(lower));
const W_DISEASE = WORD_BITS.bit((lower) => DISEASES.has(lower));
const W_CRYPTO = WORD_BITS.bit((lower) => CRYPTOCURRENCIES.has(lower));
const W_INSTITUTION = WORD_BITS.bit((lower) => INSTITUTIONS.has(lower));
const W_EVENT_HEAD = WORD_BITS.bit((lower) => EVENT_HEADS.has(lower));
const W_PLACE_LEAD = WORD_BITS.bit((lower) => PLACE_LEADS.has(lower));
const W_COMPASS = WORD_BITS.bit((lower) => COMPASS_WORDS.has(lower));
const W_FOREIGN_ORG_LEAD = WORD_BITS.bit((lower) => FOREIGN_ORG_LEADS.has(lower));
const W_BROADCAST_LEAD = WORD_BITS.bit((lower) => BROADCAST_LEADS.has(lower));
const W_WEB_ADDRESS = WORD_BITS.bit((lower) => WEB_ADDRESS.test(lower));
const W_MATCH_NAME = WORD_BITS.bit((lower) => MATCH_NAMES.has(lower));
const W_CELESTIAL = WORD_BITS.bit((lower) => lower === 'moon' || lower === 'earth');
const wordIs = (w: Word, bit: number) => (w.bits & bit) !== 0;
// A currency sign ($ € £ ¥), a figure or a word of an amount.
const AMOUNT_WORD =
  /^(?:[$\u20ac\u00a3\u00a5]|[\d.,]+|a|an|the|its|their|billion|million|bln|mln|pct|percent|%)$/;
/** An investment word at `index` or a few tokens before it, with an amount between ("a $2 billion stake"). */
function investedBefore(ctx: Context, field: Field, index: number): boolean {
  for (let i = index; i > index - 5 && i >= 0; i--) {
    const text = lowerTokenText(ctx, field, i);
    if (COMPANY_IN.has(text)) return true;
    if (!AMOUNT_WORD.test(text)) return false;
  }
  return false;
}

/** "Secretary of" or "Chancellor of the" just before the token at `index`. */
function officeOfBefore(ctx: Context, field: Field, index: number): boolean {
  const before = lowerTokenText(ctx, field, index - 1);
  if (before === 'of') return (tokenBits(ctx, field, index - 2) & TITLE_WORD) !== 0;
  // "Minister for Finance Paschal Donohoe", "Commissioner for Human Rights …": Irish and Indian style, a
  // title written with a capital ("a spokesman for Delta Airlines" names the employer).
  if (before === 'for')
    return (
      (tokenBits(ctx, field, index - 2) & TITLE_WORD) !== 0 &&
      startsWithCapital(tokenText(ctx, field, index - 2))
    );
  return (
    before === 'the' &&
    lowerTokenText(ctx, field, index - 2) === 'of' &&
    (tokenBits(ctx, field, index - 3) & TITLE_WORD) !== 0
  );
}

interface PreparedField {
  readonly field: FieldText;
  readonly words: (Word | null)[];
}

interface Context {
  /** The title's and the body's text with their words, in that order. */
  readonly fields: readonly PreparedField[];
  readonly seen: DocumentEvidence;
  readonly sports: boolean;
  /** The article is in another language, which may capitalise nouns and titles before a name (German). */
  readonly foreign: boolean;
  readonly known?: ReadonlyMap<string, Candidate>;
  readonly doc: TagDocument;
}

const fieldsOf = (ctx: Context, field: Field): PreparedField =>
  field === 'title' ? ctx.fields[0]! : ctx.fields[1]!;

/**
 * The token at `index` in lower case (memoised by its vocabulary number); "Mr." is two tokens unless a
 * lower-case word follows it, so a period right after a word is read with that word.
 */
function lowerTokenText(ctx: Context, field: Field, index: number): string {
  const text = fieldsOf(ctx, field).field;
  const tokens = text.tokens;
  if (index > 0 && tokens[index]?.text === '.' && tokens[index - 1]?.end === tokens[index]?.start)
    return norm(`${tokens[index - 1]!.text}.`);
  return lowerCaseAt(text, index);
}

/**
 * What the typing rules ask of a neighbouring token, as bits: whether its lower-case form (as
 * `lowerTokenText` gives it) is in each word list and what its text is. Filled once per distinct text
 * (by vocabulary number) instead of a Set probe per list per question; the same answers.
 */
const TITLE_WORD = 1;
const PERSON_PRONOUN = 1 << 1;
const THING_PRONOUN = 1 << 2;
const PRONOUN_STOP = 1 << 3;
const OPENING_WORD = 1 << 4;
const STAFF_WORD = 1 << 5;
const ORG_CUE_AFTER = 1 << 6;
/** Its lower-case form differs from its text. */
const CASED = 1 << 7;
/** Its text (not lower-cased) ends a sentence. */
const SENTENCE_END = 1 << 8;
/** Its text (not lower-cased) is a verb of a match result. */
const TEAM_VERB_TEXT = 1 << 9;
const LOCATIVE_WORD = 1 << 10;
const PLACE_NOUN = 1 << 11;
const COMPANY_KIND_BEFORE = 1 << 12;
const PERSON_VERB = 1 << 13;
const SPEAKER_VERB = 1 << 14;
const AUXILIARY = 1 << 15;
const MEETS_WORD = 1 << 16;
const WHO_WORD = 1 << 17;
const CALENDAR_WORD = 1 << 18;
const TITLE_MODIFIER = 1 << 19;
/** Its text (not lower-cased) is a score ("2-1") or one to three digits. */
const SCORE_TEXT = 1 << 20;
const DIGITS_TEXT = 1 << 21;
const INDEX_WORD = 1 << 22;
const OIL_GRADE_WORD = 1 << 23;
const PRODUCT_BEFORE_WORD = 1 << 24;
const PRODUCT_AFTER_WORD = 1 << 25;
const PEOPLE_NOUN = 1 << 26;
const AWARD_AFTER_WORD = 1 << 27;
const PROGRAMME_AFTER_WORD = 1 << 28;
const DEVICE_AFTER_WORD = 1 << 29;

function bitsOf(lower: string, text: string | undefined): number {
  let bits = 0;
  if (isTitleLower(lower)) bits |= TITLE_WORD;
  if (PERSON_PRONOUNS.has(lower)) bits |= PERSON_PRONOUN;
  if (THING_PRONOUNS.has(lower)) bits |= THING_PRONOUN;
  if (PRONOUN_STOPS.has(lower)) bits |= PRONOUN_STOP;
  if (FUNCTION_WORDS.has(lower) || isLowerWord(lower)) bits |= OPENING_WORD;
  if (STAFF_AT.has(lower)) bits |= STAFF_WORD;
  if (ORG_CUES_AFTER.has(lower)) bits |= ORG_CUE_AFTER;
  if (LOCATIVE.has(lower)) bits |= LOCATIVE_WORD;
  if (PLACE_NOUNS.has(lower)) bits |= PLACE_NOUN;
  if (COMPANY_BEFORE.has(lower)) bits |= COMPANY_KIND_BEFORE;
  if (PERSON_VERBS.has(lower)) bits |= PERSON_VERB;
  if (SPEAKER_VERBS.has(lower)) bits |= SPEAKER_VERB;
  if (AUXILIARIES.has(lower)) bits |= AUXILIARY;
  if (MEETS.has(lower)) bits |= MEETS_WORD;
  if (WHO.has(lower)) bits |= WHO_WORD;
  if (CALENDAR_WORDS.has(lower)) bits |= CALENDAR_WORD;
  if (TITLE_MODIFIERS.has(lower)) bits |= TITLE_MODIFIER;
  if (INDEX_AFTER.has(lower)) bits |= INDEX_WORD;
  if (OIL_GRADE_AFTER.has(lower)) bits |= OIL_GRADE_WORD;
  if (PRODUCT_BEFORE.has(lower)) bits |= PRODUCT_BEFORE_WORD;
  if (PRODUCT_AFTER.has(lower)) bits |= PRODUCT_AFTER_WORD;
  if (DEVICE_AFTER.has(lower)) bits |= DEVICE_AFTER_WORD;
  if (PEOPLE_NOUNS.has(lower)) bits |= PEOPLE_NOUN;
  if (AWARD_AFTER.has(lower)) bits |= AWARD_AFTER_WORD;
  if (PROGRAMME_AFTER.has(lower)) bits |= PROGRAMME_AFTER_WORD;
  if (text !== undefined) {
    if (lower !== text) bits |= CASED;
    if (SENTENCE_ENDS.has(text)) bits |= SENTENCE_END;
    if (TEAM_VERBS.has(text)) bits |= TEAM_VERB_TEXT;
    if (SCORE.test(text)) bits |= SCORE_TEXT;
    if (DIGITS.test(text)) bits |= DIGITS_TEXT;
  }
  return bits;
}

/** Bits of each token text, by vocabulary number; of a period read with the word before it, by that word's. */
const tokenBitsMemo = new WordMemo<number>();
const periodBitsMemo = new WordMemo<number>();
let bitsOutside: number | undefined;

/** The bits (above) of the token at `index`, read as `lowerTokenText` reads it. */
function tokenBits(ctx: Context, field: Field, index: number): number {
  const text = fieldsOf(ctx, field).field;
  // A negative index is read as a property name, not an element: one such read leaves the load megamorphic.
  const token = index < 0 ? undefined : text.tokens[index];
  if (token === undefined) {
    bitsOutside ??= bitsOf('', undefined);
    return bitsOutside;
  }
  if (token.text === '.' && index > 0 && text.tokens[index - 1]?.end === token.start) {
    const before = text.wordIds[index - 1] ?? 0;
    const memo = periodBitsMemo.current();
    return memo.get(before) ?? memo.set(before, bitsOf(lowerTokenText(ctx, field, index), token.text));
  }
  const id = text.wordIds[index] ?? 0;
  const memo = tokenBitsMemo.current();
  return memo.get(id) ?? memo.set(id, bitsOf(lowerCaseAt(text, index), token.text));
}

const sportsMemo = new WeakMap<TagDocument, boolean>();
function isSportsDocument(doc: TagDocument): boolean {
  let sports = sportsMemo.get(doc);
  if (sports === undefined) {
    sports = countSportsWords(doc);
    sportsMemo.set(doc, sports);
  }
  return sports;
}

/** Whether each body token text is a sports word, by vocabulary number. */
const sportWordMemo = new WordMemo<boolean>();

function isSportWord(text: string): boolean {
  if (text.length <= 2) return false;
  const c = codeUnitAt(text, 0);
  const word = c >= 97 && c <= 122 ? text : c >= 65 && c <= 90 ? lowerCased(text) : '';
  if (SPORT_WORDS.has(word)) return true;
  // "pro-baseball", "Baseball-Results": a sport word in a compound.
  return word.includes('-') && word.split('-').some((part) => part.length > 2 && SPORT_WORDS.has(part));
}

function countSportsWords(doc: TagDocument): boolean {
  let hits = 0;
  const { tokens, wordIds } = doc.body;
  const memo = sportWordMemo.current();
  for (let i = 0; i < tokens.length; i++) {
    const id = wordIds[i] ?? 0;
    const sport = memo.get(id) ?? memo.set(id, isSportWord(tokens[i]!.text));
    if (sport) hits++;
    if (hits >= 3) return true;
  }
  for (const t of doc.title.tokens) if (SPORT_WORDS.has(lowerCased(t.text))) return true;
  return headlineSportWord(doc);
}

/**
 * "SOCCER - ROTOR FANS LOCKED OUT", "RUGBY UNION - ENGLISH RESULTS": a body that opens with its own
 * headline in capitals, naming a sport, is a sports page (the headline is the title wire copy lacks).
 */
function headlineSportWord(doc: TagDocument): boolean {
  const { text, tokens } = doc.body;
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0) return false;
  const line = text.slice(0, lineEnd);
  if (line.toUpperCase() !== line || line.toLowerCase() === line) return false;
  for (let i = 0; i < tokens.length && tokens[i]!.start < lineEnd; i++)
    if (SPORT_WORDS.has(lowerCased(tokens[i]!.text))) return true;
  return false;
}

/** Whether the body writes a word with a capital anywhere, a sentence's first word included. */
function capitalisedInBody(ctx: Context, lower: string): boolean {
  const { tokens } = fieldsOf(ctx, 'body').field;
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (text.length === lower.length && startsUpper(text) && lowerCased(text) === lower) return true;
  }
  return false;
}

/**
 * "in Tokyo and London", "in Paris, Berlin and Rome": from the joiner at `index` back over names and
 * joiners to a locative word ("in", "from") before the first name, within a few tokens.
 */
function listAfterLocative(ctx: Context, field: Field, index: number): boolean {
  let i = index;
  for (let hops = 0; hops < 4; hops++) {
    if (!LIST_JOINERS.has(lowerTokenText(ctx, field, i))) return false;
    let names = 0;
    while (names < 3 && capitalisedAt(ctx, field, i - 1)) {
      i--;
      names++;
    }
    if (names === 0) return false;
    i--;
    if (tokenBits(ctx, field, i) & LOCATIVE_WORD) return lowerTokenText(ctx, field, i) !== '';
  }
  return false;
}

/** Whether the chunk is all its line holds (spaces aside). */
function lineAlone(ctx: Context, chunk: Chunk): boolean {
  const text = fieldsOf(ctx, chunk.field).field.text;
  for (let i = chunk.start - 1; i >= 0 && text.charAt(i) !== '\n'; i--)
    if (text.charAt(i) !== ' ') return false;
  for (let i = chunk.end; i < text.length && text.charAt(i) !== '\n'; i++)
    if (text.charAt(i) !== ' ') return false;
  return true;
}

// The digest's own headline, not the verb ("to press China") or a story about papers ("Panama Papers").
const PRESS_HEADLINE =
  /\bpress (?:digest|review)s?\b|\b(?:news)?papers? (?:digest|review)s?\b|\bnewspapers\s+-/i;
const pressMemo = new WeakMap<TagDocument, boolean>();
/** "PRESS DIGEST - Indonesian newspapers", "Tunisia - press review": a headline naming the press. */
function pressDigest(doc: TagDocument): boolean {
  let press = pressMemo.get(doc);
  if (press === undefined) {
    const headline = doc.title.text || doc.body.text.slice(0, Math.max(0, doc.body.text.indexOf('\n')));
    press = PRESS_HEADLINE.test(headline);
    pressMemo.set(doc, press);
  }
  return press;
}

export function typeChunks(
  chunks: readonly Chunk[],
  fields: readonly PreparedField[],
  seen: DocumentEvidence,
  doc: TagDocument,
  known?: ReadonlyMap<string, Candidate>,
): Candidate[] {
  const foreign = doc.language !== 'und' && !/^en(?:-|$)/i.test(doc.language);
  const ctx: Context = {
    fields,
    seen,
    sports: isSportsDocument(doc),
    foreign,
    doc,
    ...(known ? { known } : {}),
  };
  const out: Candidate[] = [];
  for (const chunk of chunks) {
    const typed = typeChunk(chunk, ctx);
    for (let i = 0; i < typed.length; i++) out.push(typed[i]!);
  }
  resolveByDocument(out, ctx);
  if (doc.dateline) {
    datelinePlace(out, doc.dateline.place, known);
    datelineMentionPlace(out, doc);
  }
  return out;
}

/**
 * "BASEBALL - MAJOR LEAGUE RESULTS … NEW YORK 1996-08-30 … NEW YORK 4 Seattle 1": the town that opens the
 * dateline is where the story was filed, a place, whatever the results lines make of its name elsewhere.
 */
function datelineMentionPlace(candidates: Candidate[], doc: TagDocument): void {
  const start = doc.dateline?.start;
  if (start === undefined) return;
  for (const c of candidates) {
    if (c.field !== 'body' || c.start < start) continue;
    if (c.start > start) return;
    if (
      (c.type === 'organization' || c.type === 'unknown') &&
      c.text === doc.body.text.slice(start, start + doc.dateline!.place.length) &&
      lookupPlace(c.text) !== undefined
    )
      c.type = 'place';
  }
}

/**
 * "KOUROU, French Guiana - … lifted off from Kourou": the dateline's town, one word no list knows, is the
 * place wherever only the default or a weak cue typed it (a body or a bare person). Names of several words
 * are left alone: a headline before a dash reads as a dateline too ("Apic Yamada - 6mth parent forecast"),
 * and so is a town a firm of the article is named after.
 */
function datelinePlace(
  candidates: Candidate[],
  place: string,
  known: ReadonlyMap<string, Candidate> | undefined,
): void {
  const comma = place.indexOf(',');
  const town = lowerCased((comma < 0 ? place : place.slice(0, comma)).trim());
  if (town === '') return;
  if (town.includes(' ')) return;
  // "SUFFIELD, Conn. - Suffield Financial Corp said … Suffield shares": a firm named after its town keeps it.
  const namesFirm = (c: Candidate) =>
    c.type === 'organization' && c.words.length > 1 && lowerCased(c.words[0]!) === town;
  for (const c of candidates) if (namesFirm(c)) return;
  if (known) for (const c of known.values()) if (namesFirm(c)) return;
  for (const c of candidates) {
    if (c.strength > 1 || c.words.length !== 1 || (c.type !== 'organization' && c.type !== 'person'))
      continue;
    if (lowerCased(c.words[0]!) === town) c.type = 'place';
  }
}

/**
 * "Democrat Mikie Sherrill": after a party label, two words that read as a name (no ordinary word, no
 * organisation or place head, neither known as anything but a person) are a person even when the given
 * name is not listed, unlike "Republican National Committee" or "Labour Party Conference".
 */
function twoNameWords(words: readonly Word[], from: number, to: number): boolean {
  if (to - from !== 2) return false;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    const kind = gazetteerOfWord(w)?.kind;
    if (
      isLowerWordWord(w) ||
      wordIs(w, W_ORG_HEAD) ||
      wordIs(w, W_PLACE_HEAD) ||
      shapeIs(w, S_ACRONYM) ||
      (kind !== undefined && kind !== 'person')
    )
      return false;
  }
  return true;
}

/** Whether a word reads as a name: a listed one (no group), or capitalised inside sentences of the article only. */
function nameLike(w: Word, ctx: Context): boolean {
  const lower = w.lower;
  const entry = gazetteerOfWord(w);
  if (entry && entry.kind !== 'group') return true;
  return ctx.seen.capitalisedInside.has(lower) && !ctx.seen.lowerCase.has(lower);
}

/**
 * "Young people marched", "Rice prices rose": a sentence-initial ordinary word that is also a surname,
 * alone, is the ordinary word unless the article capitalises it mid-sentence or a verb of speech follows.
 */
function ordinarySurnameAlone(ctx: Context, chunk: Chunk, w: Word, words: number): boolean {
  if (words !== 1 || gazetteerOfWord(w)?.kind !== 'person') return false;
  if (ctx.seen.capitalisedInside.has(w.lower) && !ctx.seen.lowerCase.has(w.lower)) return false;
  return (tokenBits(ctx, chunk.field, w.index + 1) & PERSON_VERB) === 0;
}

interface Base {
  readonly locative: boolean;
  readonly prev: string;
}

/** What a gazetteer adds to a candidate; one shape for all. */
interface Info {
  readonly canonical: string | undefined;
  readonly countryCode: string | undefined;
  readonly placeId: string | undefined;
  readonly teamFromPlace: boolean | undefined;
  readonly personish: 1 | 2 | undefined;
}

/** Quotes and brackets that open a nickname inside a name ('Ramesh "Sunny" Balwani', 'James (Leo) Nichols'). */
const NICKNAME_OPENERS = new Set(['"', '“', "'", '‘', '(']);

const NO_INFO: Info = {
  canonical: undefined,
  countryCode: undefined,
  placeId: undefined,
  teamFromPlace: undefined,
  personish: undefined,
};
const TEAM_FROM_PLACE: Info = { ...NO_INFO, teamFromPlace: true };
const PERSONISH: Info = { ...NO_INFO, personish: 1 };
const SPEAKER: Info = { ...NO_INFO, personish: 2 };
const X_PLATFORM: Info = { ...NO_INFO, canonical: 'X' };

function candidate(
  chunk: Chunk,
  from: number,
  to: number,
  type: CandidateType,
  strength: number,
  base: Base,
  info: Info = NO_INFO,
): Candidate {
  const first = chunk.words[from]!;
  const last = chunk.words[to - 1]!;
  const text = chunk.text.slice(first.start - chunk.start, last.end - chunk.start);
  const words: string[] = [];
  // Words apart by more than a particle: a quoted nickname the name leaves out ('Ramesh "Sunny" Balwani').
  let skipsNickname = false;
  for (let i = from; i < to; i++) {
    words.push(chunk.words[i]!.core);
    // ("Boatmen 's Bancshares": a spaced "'s" is no quote.)
    if (i > from && chunk.words[i]!.index - chunk.words[i - 1]!.index > 2) {
      const at = chunk.words[i - 1]!.end + 1 - chunk.start;
      skipsNickname ||=
        NICKNAME_OPENERS.has(chunk.text[at] ?? '') && chunk.text.slice(at + 1, at + 3) !== 's ';
    }
  }
  // One object shape for every candidate keeps later passes monomorphic.
  return {
    field: chunk.field,
    start: first.start,
    end: last.end,
    text,
    words,
    type,
    canonical: info.canonical ?? (skipsNickname ? words.join(' ') : undefined),
    countryCode: info.countryCode,
    strength,
    locative: base.locative,
    caseless: chunk.caseless,
    placeId: info.placeId,
    prev: base.prev,
    teamFromPlace: info.teamFromPlace,
    personish: info.personish,
    owner: undefined,
  };
}

function lookup(
  words: readonly Word[],
  from: number,
  to: number,
  ctx: Context,
): GazetteerEntry | Candidate | undefined {
  if (from >= to) return ctx.known?.get('') ?? GAZETTEER.get('');
  if (to === from + 1) {
    const w = words[from]!;
    return ctx.known?.get(w.lower) ?? gazetteerOfWord(w);
  }
  // The lists' names of several words start with few words: for a run that starts with any other, the
  // key (a new string to hash) is built only for the article's own names.
  if (!startsLongerNameWord(words[from]!))
    return ctx.known === undefined ? undefined : ctx.known.get(lookupKey(words, from, to));
  const key = lookupKey(words, from, to);
  const found = ctx.known?.get(key) ?? GAZETTEER.get(key);
  if (found !== undefined || !key.includes(' and ')) return found;
  // "Johnson and Johnson": a firm the lists write with "&", named as the text writes it (so "Procter and
  // Gamble" stays the short form of "Procter and Gamble Co").
  const ampersand = GAZETTEER.get(key.replace(' and ', ' & '));
  return ampersand && { ...ampersand, name: ampersand.name.replace(' & ', ' and ') };
}

function fromGazetteer(entry: GazetteerEntry): {
  type: CandidateType;
  strength: number;
  canonical: string | undefined;
} {
  switch (entry.kind) {
    case 'country':
      return { type: 'place', strength: 3, canonical: entry.name };
    case 'demonym':
      return { type: 'nationality', strength: 3, canonical: entry.name };
    case 'group':
      return { type: 'other', strength: 1, canonical: undefined };
    case 'place':
      return { type: 'place', strength: 2, canonical: entry.name };
    case 'organization':
      return { type: 'organization', strength: 2, canonical: entry.name };
    case 'person':
      return { type: 'person', strength: 1, canonical: undefined };
  }
}

/** A region's people, named as a country's are: "European", "Asians", "Africans", "Arab". */
const REGIONAL_PEOPLES = new Set('european asian african arab nordic scandinavian balkan'.split(' '));
/** The same in two words (and their plural). */
const REGIONAL_PEOPLES_TWO_WORDS = new Set(['latin american', 'latin americans', 'middle eastern']);
/** Parties named by an ordinary word, which news writes with a capital only for the party. */
const PARTY_WORDS = new Set(['labour', 'labor']);
/** The Group of Seven, Eight, Ten, Twenty, Seventy-Seven (not "G4", Apple's processor). */
const GROUP_FORUMS = new Set(['g7', 'g8', 'g10', 'g20', 'g77', 'g-7', 'g-8', 'g-10', 'g-20', 'g-77']);
/** Words that count a party's members, not name a party: "Two House Republicans", "Other Democrats". */
const COUNTING_WORDS = new Set(
  'two three four five six seven eight nine ten dozens several some many most few other others both all more fellow'.split(
    ' ',
  ),
);
/** The members of the two American parties, as the press names them with a capital. */
const PARTY_MEMBERS = new Set(['democrat', 'democrats', 'republican', 'republicans']);
const LIST_JOINERS = new Set(['and', ',']);
/** "R-La.", "D-Conn.", "I-Vt.", "D-N.Y.": an American party's initial and a state after a lawmaker's name. */
const PARTY_STATE_TAG = /^[RDI]-(?!Day$)[A-Z][a-z]*$/;
const TAG_OPENERS = new Set([',', '(']);
/** Nouns after a name of unknown words that make it a party or a body: "Shiv Sena leader", "Akali Dal MPs". */
const MEMBERS_AFTER = new Set(
  'leader leaders lawmaker lawmakers legislator legislators mp mps mla mlas councillor councillors'.split(
    ' ',
  ),
);
/** A party's members after its name: "Morena lawmakers", "Morena MPs". */
const PARTY_MEMBERS_AFTER = new Set(
  'lawmakers legislators mps mlas councillors deputies senators'.split(' '),
);
const PARTY_CUES_AFTER = new Set(
  'leader leaders leadership government party mp mps candidate candidates voters minister ministers won lost wins'.split(
    ' ',
  ),
);
/** The year after "Euro" that names a championship: "Euro 96", "Euro 2024". */
const EURO_YEAR = /^(?:\d{2}|(?:19|20)\d{2})$/;
/** The UN climate conferences by their number: "COP29", "Cop30" (the Conference of the Parties). */
const CLIMATE_COP = /^cop\d{1,2}$/;
/** The classes of single-seater racing after "Formula": "Formula One", "Formula 1", "Formula E". */
const FORMULA_CLASSES = new Set('one two three 1 2 3 e'.split(' '));
const CENTRE = new Set(['centre', 'center']);
/** Cricket's short format, a kind of match like "Test" or "one-day": "a Twenty20 series", "T20 cricket". */
const CRICKET_FORMATS = new Set(['twenty20', 't20']);
/**
 * "compensation of Rs 10 lakh", "INR 500 crore", "AED 3 billion": abbreviations and ISO codes of
 * currencies, written before a sum, name no body.
 */
const CURRENCY_BEFORE_SUM = new Set(
  `rs re rp tk ksh dh dhs rm sh usd eur gbp jpy cny rmb inr pkr bdt lkr npr aed sar qar kwd bhd omr egp
  ngn kes zar ghs etb try rub uah pln czk huf sek nok dkk chf cad aud nzd hkd sgd myr idr thb php vnd krw
  twd brl mxn ars clp pen ils irr`
    .split(/\s+/)
    .filter(Boolean),
);
/** "Euro 50 billion": a sum in euros, not a championship. */
const AMOUNT_AFTER_NUMBER = new Set(['million', 'billion', 'bln', 'mln', 'bn', 'm', 'trillion']);
/** Names of fixtures that are no club's or place's: "El Clasico" (Real Madrid v Barcelona). */
const MATCH_NAMES = new Set(['clasico', 'clásico', 'superclasico', 'superclásico']);
/** A firm's web address, one token (text/tokens.ts): "amazon.com", "booking.com", "character.ai". */
const WEB_ADDRESS = letterPattern(String.raw`^\p{L}.*\.(?:com|net|org|ai)$`);
/** What follows "up" after a participle opening a sentence: "Fed up with", "Fed up of", "Fed up,". */
const FED_UP_AFTER = new Set(['with', 'of', ',']);
const WEATHER_SYSTEMS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone']);
/** Context of a name typed by its own words alone (a named day, a storm): no cue around it counts. */
const NO_CONTEXT: Base = { locative: false, prev: '' };
/** "A spokesman for Eskom said": the weak body `spokenFor` reads; a speaker elsewhere may make it a person. */
const SPOKEN_FOR: Base = { locative: false, prev: 'for' };
/** Whether a candidate is the one-word body only "a spokesman for" made one (see `SPOKEN_FOR`). */
function spokenForBody(c: Candidate): boolean {
  return c.type === 'organization' && c.strength === 1 && c.prev === 'for' && c.words.length === 1;
}
/** A place named where "in" would name it ("Trenton, Nova Scotia"): other mentions of it keep the place. */
const AS_IN: Base = { locative: true, prev: 'in' };

/**
 * "Democrats had fled to Illinois", "The Republicans in the House": a party's members named alone are the
 * party; "a Republican" alone is a politician's affiliation, like a nationality word (the word lists'
 * place, the Republican River, is never what the press means).
 */
function partyMembers(chunk: Chunk, at: number): Candidate[] {
  const type = endsWithText(chunk.words[at]!.lower, 's') ? 'organization' : 'other';
  return [candidate(chunk, at, at + 1, type, 2, NO_CONTEXT)];
}

/**
 * "Vice Premier He Lifeng", "He Lifeng said": the Chinese family name He before a given name. The
 * pronoun is followed by a verb, never by a capitalised word no list of ordinary or function words holds.
 * So is a family name that is also an English word ("Ma Huateng, Tencent's founder,", "Song Jian,"): it opens
 * a sentence before a given name no list knows and a comma (`apposed`), where the ordinary word would start a
 * longer name ("Long Covid clinics will close", read29 F-d).
 */
function familyNameHe(chunk: Chunk, from: number, to: number, apposed = false): boolean {
  if (to - from !== 2 || chunk.caseless) return false;
  const he = chunk.words[from]!;
  const next = chunk.words[from + 1]!;
  return (
    (he.core === 'He' ||
      (apposed &&
        FAMILY_NAMES_FIRST.has(he.core) &&
        !NAME_PARTICLES.has(he.lower) &&
        gazetteerOfWord(next) === undefined &&
        !isGivenNameWord(next))) &&
    next.index === he.index + 1 &&
    !next.possessive &&
    !isLowerWordWord(next) &&
    !wordIs(next, W_FUNCTION) &&
    !shapeIs(next, S_ACRONYM)
  );
}

const RIVERS = new Set(['river', 'rivers']);
/** Plural nouns of places after a list of names ("Quang Ninh and Hai Phong provinces"). */
const PLURAL_PLACE_NOUNS = new Set([
  'regions',
  'rivers',
  'provinces',
  'districts',
  'villages',
  'towns',
  'counties',
  'islands',
]);

/**
 * Whether the names from token `index` on (a list's next members, up to eight tokens of capitalised words,
 * hyphens, commas and "and") end before a plural place noun.
 */
function placesListAfter(ctx: Context, field: Field, index: number): boolean {
  for (let k = index; k < index + 8; k++) {
    const text = tokenText(ctx, field, k);
    // ("the Runcorn and Helsby by-election": a seat named by two towns.)
    if (PLURAL_PLACE_NOUNS.has(text) || text === 'by-election') return k > index;
    if (!(startsWithCapital(text) || text === '-' || text === ',' || text === 'and')) return false;
  }
  return false;
}

/** Whether the tokens ending at `index` read "towns such" (a plural place noun, then "such"). */
function placesSuchAs(ctx: Context, field: Field, index: number): boolean {
  return tokenText(ctx, field, index) === 'such' && PLURAL_PLACE_NOUNS.has(tokenText(ctx, field, index - 1));
}

/**
 * Whether the names ending at token `index` (up to eight tokens of capitalised words, commas and "and")
 * follow "of", "such as" or "including" after a plural place noun ("the provinces of Ben Tre, …").
 */
function placesListBefore(ctx: Context, field: Field, index: number, afterComma: boolean): boolean {
  for (let k = index; k > index - 8 && k > 0; k--) {
    const text = tokenText(ctx, field, k);
    if (text === 'of') return k < index && PLURAL_PLACE_NOUNS.has(tokenText(ctx, field, k - 1));
    if (text === 'as') return k < index && placesSuchAs(ctx, field, k - 1);
    if (text === 'including') return k < index && PLURAL_PLACE_NOUNS.has(tokenText(ctx, field, k - 1));
    // "the provinces of Quang Nam and Quang Ngai, Nguyen Van Minh, …": "and" closed the list before the comma.
    if (afterComma && text === 'and') return false;
    if (!(startsWithCapital(text) || text === ',' || text === 'and')) return false;
  }
  return false;
}

/**
 * Whether the list a name after a comma stands in goes on after it ("of Ben Tre, Dong Thap and Long An"):
 * "and" or a comma follows, and the comma opens no apposition ("Nguyen Van Minh, a disaster official,").
 */
function placesListGoesOn(ctx: Context, field: Field, index: number): boolean {
  const next = tokenText(ctx, field, index);
  if (next === 'and') return true;
  if (next !== ',') return false;
  const after = lowerTokenText(ctx, field, index + 1);
  return after !== 'a' && after !== 'an' && after !== 'the' && after !== 'who' && after !== 'said';
}

/** Words before "the X crossing" that make X a service one travels on, not a border point. */
const RIDDEN_ON = new Set(['on', 'aboard', 'onto', 'by']);

/** Factions Indian and other parties write in brackets after the party's name. */
const FACTIONS = new Set(['united', 'secular', 'marxist', 'socialist', 'democratic']);
/** A currency's letters written onto a sum: Kenyan "Sh", Nigerian "N", South African "R", Philippine "P". */
const CURRENCY_AMOUNT = /^(?:K?Sh|N|R|P)\d+$/;
const CURRENCY_AMOUNT_SCALED = /^(?:K?Sh|N|R|P)\d+(?:bn|mn|m|tn|trn)$/;
/** ISO 4217 codes of the currencies market reports quote in pairs ("EUR/USD"). */
const CURRENCY_CODES = new Set(
  'USD EUR JPY GBP CHF CNY CNH AUD NZD CAD HKD SGD INR KRW BRL MXN ZAR SEK NOK DKK PLN TWD'.split(' '),
);
/** Time zones written after a clock time: "10:15 ET", "9 p.m. PT", "08:00 GMT". */
const TIME_ZONE = /^(?:[A-Z]{1,4}T|IST)$/;
// "p.m." is read as "p", ".", "m." (the last period with its letter).
const CLOCK_BEFORE = /^(?:\d{1,2}[:.]\d{2}|a\.m\.|p\.m\.|m\.|am|pm|noon|midnight)$/;
/**
 * The world's main stock indices, named alone in market reports ("Japan's Nikkei gained 1.2%"): a market
 * measure, typed like "the Nasdaq composite" (other), not a body.
 */
const STOCK_INDICES = new Set(
  'nikkei topix kospi kosdaq taiex sensex nifty dax mdax cac ftse ibex stoxx bovespa ibovespa merval tasi jci klci psei set50'.split(
    ' ',
  ),
);
/** Whether the tokens at `index` read "S&P / ASX 200" or "S&P / TSX composite": makers of an index. */
function indexPairAt(ctx: Context, field: Field, index: number): boolean {
  if (tokenText(ctx, field, index + 1) !== '/' || !ACRONYM_OR_AMPERSAND.test(tokenText(ctx, field, index)))
    return false;
  if (!ACRONYM_OR_AMPERSAND.test(tokenText(ctx, field, index + 2))) return false;
  const after = lowerTokenText(ctx, field, index + 3);
  return NUMBER_TEXT.test(after) || INDEX_AFTER.has(after);
}
const NUMBER_TEXT = /^\d+$/;
const ACRONYM_OR_AMPERSAND = lazyPattern(() => /^\p{Lu}[\p{Lu}&]{1,5}$/u);
/** Whether a product's version follows the name ending at `index` (see the call). */
function versionAfter(ctx: Context, field: Field, index: number, prev: string, first = index): boolean {
  const next = tokenText(ctx, field, index + 1);
  // Both versions open with a digit: most names are followed by a word, and no pattern runs.
  if (!startsWithDigit(next)) return false;
  const whole = WHOLE_VERSION.test(next);
  if (!whole && !POINT_VERSION.test(next)) return false;
  const tokens = fieldsOf(ctx, field).field.tokens;
  // "Shr 8.1p": a figure glued to its unit.
  if (tokens[index + 2] !== undefined && tokens[index + 2]!.start === tokens[index + 1]!.end) return false;
  const after = lowerTokenText(ctx, field, index + 2);
  if (NOT_AFTER_SCORE.has(after) || NOT_AFTER_VERSION.has(after) || DIGITS.test(after)) return false;
  // "Starship Flight 7 lifted off", "Chandrayaan 3 touched down near the lunar south pole": a whole number
  // after a name in a sentence about spaceflight or a film numbers a mission or a work.
  return (
    !whole ||
    LAUNCH_VERBS.has(prev) ||
    CRAFT_VERBS.get(after) === lowerTokenText(ctx, field, index + 3) ||
    missionOrWorkNear(ctx, field, first, index + 1)
  );
}
/**
 * Words of a sentence about spaceflight or a film, where a name with a number ("Artemis III", "Starship
 * Flight 7", "Rocky IV") is a mission's or a work's. Not "crew" or "launch" alone: clubs have crews and
 * firms launch products.
 */
/** A token without its possessive ending ("party's" → "party"); the token itself when it has none. */
function withoutPossessive(token: string): string {
  return token.endsWith("'s") || token.endsWith('’s') ? token.slice(0, -2) : token;
}
const CURRENCY_BEFORE_FIGURE = new Set(['rs', 'rs.', 're', 'ksh', 'tk', 'rp']);
/** What follows a currency's code: "NT$", "CFA francs". */
const CURRENCY_AFTER = new Set(['$', 'franc', 'francs']);
/** Whether the token after `index` follows it with no space ("NT$"). */
function gluedAfter(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  return tokens[index + 1]?.start === tokens[index]!.end;
}
/** Nouns before a designation that is no name: "clade Ib", "point L1", "variant JN.1". */
const DESIGNATION_AFTER = new Set(['clade', 'subclade', 'point', 'variant', 'subvariant', 'lineage']);
/** "october-december", "january-june", "monday-friday": two months or days joined by a hyphen. */
function monthSpan(lower: string): boolean {
  const hyphen = lower.indexOf('-');
  return (
    hyphen > 0 && CALENDAR_WORDS.has(lower.slice(0, hyphen)) && CALENDAR_WORDS.has(lower.slice(hyphen + 1))
  );
}
/** Nouns of a town's people after its name: "a Redmond man", "two Bend residents". */
const RESIDENT_NOUNS = new Set('man woman boy girl resident residents'.split(' '));
/** "34-year-old", "52-year-old": an age before a town and its resident. */
const AGE_BEFORE = /^(?:\d{1,3}-)?years?-old$/;
const CARDINAL_POINTS = new Set(['north', 'south', 'east', 'west']);
/** Whether every word of the run is a title or a title's modifier ("Prime Minister", "Deputy Foreign Minister"). */
function onlyTitleWords(words: readonly Word[], from: number, to: number): boolean {
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
/** Months' short forms, as a price table writes a delivery month ("Sept Brent", "Dec WTI"). */
const MONTH_SHORT_FORMS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** Nouns after "Moon" or "Earth" that make it the celestial body's: "Moon landing", "Earth orbit". */
const MOON_NOUNS = new Set('landing mission base orbit surface'.split(' '));
const MISSION_OR_WORK_WORDS = new Set(
  'mission missions astronaut astronauts lunar moon spacecraft rocket orbit crewed film movie sequel'.split(
    ' ',
  ),
);
/** Whether the sentence around tokens `from`..`to` (up to 12 tokens either side) has a mission's or a film's word. */
function missionOrWorkNear(ctx: Context, field: Field, from: number, to: number): boolean {
  return wordNear(ctx, field, from, to, MISSION_OR_WORK_WORDS, 12);
}
/** Whether the sentence around tokens `from`..`to` (up to `span` tokens either side) has a word of `set`. */
function wordNear(
  ctx: Context,
  field: Field,
  from: number,
  to: number,
  set: ReadonlySet<string>,
  span: number,
): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  for (let i = from - 1; i >= 0 && i >= from - span; i--) {
    if (tokenBits(ctx, field, i) & SENTENCE_END) break;
    if (set.has(lowerCased(tokens[i]!.text))) return true;
  }
  for (let i = to + 1; i < tokens.length && i <= to + span; i++) {
    if (set.has(lowerCased(tokens[i]!.text))) return true;
    if (tokenBits(ctx, field, i) & SENTENCE_END) break;
  }
  return false;
}
/** Units and signs after a figure that make it an amount, a price or a score, no version. */
const NOT_AFTER_VERSION = new Set(
  '- – / : mln bln dlrs dlr cts pct vs vs. mn bn m tonnes tons barrels pence cents yen euros dollars pounds francs marks lire rupees pesos crowns'.split(
    ' ',
  ),
);
const WHOLE_VERSION = /^\d{1,2}$/;
const POINT_VERSION = /^\d{1,2}\.\d{1,2}$/;
const LAUNCH_VERBS = new Set(
  'released releases launched launches unveiled unveils introduced introduces debuted shipped rolled'.split(
    ' ',
  ),
);
/** What a region's markets are: "Asian shares", "European stocks", "Gulf bourses". */
const MARKET_NOUNS = new Set(
  'shares stocks equities markets bourses bonds currencies indices indexes stock share trading'.split(' '),
);
/** Words after "Nikkei" or "FTSE" that make it the publisher or the index firm. */
const PRESS_AFTER_INDEX = new Set([
  'asia',
  'newspaper',
  'daily',
  'business',
  'reported',
  'said',
  'russell',
  'group',
]);
/** What follows such a sum: its scale, "per", or the rest of the number ("N1,487"). */
const SUM_AFTER = new Set([
  'billion',
  'million',
  'trillion',
  'bn',
  'm',
  'per',
  ',',
  '.',
  'a',
  'each',
  'crore',
  'lakh',
]);
/** Words before a capitalised "Bill" that make it a bill before parliament ("the Bill", "a similar Bill"). */
const LEGISLATION_BEFORE = new Set(
  'the a an this that similar new proposed draft controversial amended whole entire finance government'.split(
    ' ',
  ),
);
/** "Council Member", "Board Members": a seat on a body, a title before its holder's name. */
const SEAT_BODIES = new Set(['council', 'board', 'committee', 'assembly', 'commission']);
const SEAT_TITLES = new Set(['member', 'members']);

/** Where "Member(s)" follows a body's word inside a run, before a name; -1 if nowhere. */
function seatTitleAt(words: readonly Word[]): number {
  for (let i = 1; i < words.length - 1; i++)
    if (SEAT_TITLES.has(words[i]!.lower) && SEAT_BODIES.has(words[i - 1]!.lower)) return i;
  return -1;
}

/** "MPs", "MEPs", "TDs", "CEOs", "GPUs", "NGOs": an abbreviation with a plural "s". */
const PLURAL_ABBREVIATION = letterPattern(String.raw`^\p{Lu}{2,5}s$`);
/** Abbreviations of common nouns written with an ampersand (firms' are not listed: "S&P", "M&S", "H&M"). */
const COMMON_AMPERSANDS = new Set(['A&E', 'R&D', 'M&A', 'Q&A', 'P&L', 'B&B', 'R&B', 'F&B', 'G&T']);
/** Prizes news names by one word, a person's or a nickname ("an Oscar", "the Nobel", "two Emmys"). */
/** Words after a prize's name that make it the prize ("Oscar nominations", "Grammy winner"). */
const PRIZE_RACE_AFTER = new Set(
  'nomination nominations nominee nominees nod nods winner winners win wins winning ceremony race campaign'.split(
    ' ',
  ),
);
const PRIZES = new Set(
  'oscar oscars emmy emmys grammy grammys tony tonys bafta baftas nobel nobels pulitzer pulitzers booker'.split(
    ' ',
  ),
);
/** A prize's name before the field it is given in ("Prize in Chemistry", "Award for Fiction"). */
const PRIZE_HEADS = new Set('Prize Prizes Award Awards Medal'.split(' '));
/** Fields prizes are given in ("the Nobel Peace Prize in Oslo" names the ceremony's town). */
const PRIZE_FIELDS = new Set(
  'chemistry physics medicine physiology literature economics economic peace fiction poetry history drama music mathematics journalism'.split(
    ' ',
  ),
);

/** Whether the name at `index` is a field after "Prize in" or "Award for": part of the prize. */
function prizeFieldAt(ctx: Context, field: Field, index: number): boolean {
  const before = tokenText(ctx, field, index - 1);
  return (
    (before === 'in' || before === 'for') &&
    PRIZE_HEADS.has(tokenText(ctx, field, index - 2)) &&
    PRIZE_FIELDS.has(lowerTokenText(ctx, field, index))
  );
}

/** The prize's own nouns: "Nobel prize", "Nobel laureate". */
const PRIZE_NOUNS = new Set('prize prizes laureate laureates'.split(' '));

/** "Nobel prize", "Nobel chemistry prize": a prize noun right after the name or after one lower-case word. */
function prizeNounAfter(ctx: Context, field: Field, index: number): boolean {
  const next = tokenText(ctx, field, index + 1);
  if (PRIZE_NOUNS.has(next)) return true;
  return /^[a-z]+$/.test(next) && PRIZE_NOUNS.has(tokenText(ctx, field, index + 2));
}

/** Words before a prize's name that make it a thing one wins ("a Tony", "his second Oscar"). */
const PRIZE_DETERMINERS = new Set(
  'a an the two three four five six seven eight nine ten his her their its first second third another several'.split(
    ' ',
  ),
);
/** Tournaments and series named by a plural after "the" ("the Masters", "the Ashes"). */
const TOURNAMENTS = new Set(['masters', 'ashes']);
const BARE_ACRONYM = letterPattern(String.raw`^\p{Lu}{2,6}$`);
const EXIT_BLEND = letterPattern(String.raw`^\p{Lu}\p{Ll}*xit$`);
/** "Scottish Labour", "Welsh Conservatives": parties named by what their members are called. */
const PARTY_NOUNS = new Set(
  'labour labor conservatives tories greens liberals socialists nationalists unionists communists'.split(' '),
);

/**
 * "NHS England", "BBC Scotland", "Amnesty International Kenya": a country (one word) after a body's
 * acronym or a name the lists know as a body.
 */
function bodyInCountry(words: readonly Word[], from: number, to: number, ctx: Context): boolean {
  const country = words[to - 1]!;
  if (to - from > 4 || gazetteerOfWord(country)?.kind !== 'country' || isLowerWordWord(country)) return false;
  if (to - from === 2) {
    const body = words[from]!;
    // "E.C. Jordan" is a person's initials and surname.
    return (
      shapeIs(body, S_BARE_ACRONYM) &&
      !NOT_ORG_ACRONYMS.has(body.core) &&
      !gazetteerOfWord(body)?.countryCode &&
      !shapeIs(body, S_ROMAN_NUMERAL)
    );
  }
  // "Turning Point USA": a name of ordinary words before the country (not a region of it: "East Coast
  // Mexico", "Port of Singapore", "Three Mile Island").
  if (
    words
      .slice(from, to - 1)
      .every(
        (w) =>
          isLowerWordWord(w) &&
          !wordIs(w, W_FUNCTION) &&
          !wordIs(w, W_COMPASS) &&
          !wordIs(w, W_PLACE_HEAD) &&
          !wordIs(w, W_PLACE_LEAD),
      )
  )
    return true;
  // "Amnesty International Kenya", "Oxfam Novib Foundation Uganda": a body's head word before the country
  // ("International" ends the names of bodies with national sections).
  const head = words[to - 2]!;
  if ((wordIs(head, W_ORG_HEAD) && !wordIs(head, W_PLACE_HEAD)) || head.lower === 'international')
    return true;
  const body = lookup(words, from, to - 1, ctx);
  return body !== undefined && ('kind' in body ? body.kind === 'organization' : body.type === 'organization');
}

/** An exchange's suffix after a stock's code: "N" (New York), "L", "SA", "KS", "T". */
const EXCHANGE_SUFFIX = /^[A-Z]{1,2}$/;
/** A stock's code: capitals and digits. */
const STOCK_CODE = /^[A-Z0-9]{1,8}$/;

/**
 * What the word at `index` is in a stock's code in brackets: the code ("(JPM.N)", "(PETR4.SA)",
 * "(002594.SZ)", "(.FTSE)", "(NYSE: HWF)"), the exchange ("NYSE" of "(NYSE: HWF)"), or neither.
 */
function tickerPart(ctx: Context, field: Field, index: number): 'code' | 'exchange' | undefined {
  const at = (k: number) => tokenText(ctx, field, k);
  const prev = at(index - 1);
  const next = at(index + 1);
  if (prev === '(' && next === '.' && EXCHANGE_SUFFIX.test(at(index + 2)) && at(index + 3) === ')')
    return 'code';
  if (prev === '.' && next === ')' && (at(index - 2) === '(' || at(index - 3) === '(')) return 'code';
  if (prev === '(' && next === ':' && STOCK_CODE.test(at(index + 2)) && at(index + 3) === ')')
    return 'exchange';
  if (prev === ':' && next === ')' && at(index - 3) === '(' && ACRONYM.test(at(index - 2))) return 'code';
  return undefined;
}

/** Whether a number follows the word at `index`, or its abbreviation's period and a number ("Rs. 250"). */
function sumAfter(ctx: Context, field: Field, index: number): boolean {
  const next = tokenText(ctx, field, index + 1);
  return startsWithDigit(next) || (next === '.' && startsWithDigit(tokenText(ctx, field, index + 2)));
}

/**
 * Titles that, in capitals, say the next words are a person's name ("PRESIDENT LULA", "SENATOR
 * FETTERMAN", "JAPAN PM TAKAICHI"). Ranks and roles that also open firms' names in capitals ("GENERAL
 * REFRACTORIES CO", "LORD ABBETT", "CPL REIT", "DR PEPPER", "CHIEF EXECUTIVE") are left out.
 */
const CAPITALS_TITLES = new Set(
  'president premier chancellor senator sen sen. governor gov gov. mayor minister pm cm pope mr mr. mrs mrs. ms ms.'.split(
    ' ',
  ),
);

/**
 * A holder's name after a title in capitals: words no lexicon knows, none a firm's head word, none a
 * participle or gerund ("SENATOR UNCOMMITTED ON BILL") unless a given name ("AHMED").
 */
const PARTICIPLE_IN_CAPITALS = /(?:ED|ING)$/;

function holderInCapitals(words: readonly Word[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (isLowerWordWord(w) || wordIs(w, W_ORG_HEAD)) return false;
    if (PARTICIPLE_IN_CAPITALS.test(w.core) && !isGivenNameWord(w)) return false;
  }
  return true;
}

function typeChunk(chunk: Chunk, ctx: Context): Candidate[] {
  const words = chunk.words;
  const to = words.length;
  // "the S&P 500", "France's CAC 40" (chunk.ts keeps an index's number): a market measure.
  // ("The S&P 500 has gained": a sentence's "The" is no part of it.)
  if (to >= 2 && isNumberedIndex(words))
    return [candidate(chunk, words[0]!.lower === 'the' ? 1 : 0, to, 'other', 3, NO_CONTEXT)];
  // "Pratt and Whitney", "Marks and Spencer": a firm the team's list names with "and" (chunk.ts joins it).
  if (to === 3 && words[1]!.lower === 'and' && knownBodyNamed(chunk.text) !== undefined)
    return [candidate(chunk, 0, to, 'organization', 3, NO_CONTEXT)];
  // "Party chief To Lam met …": a listed newsmaker whose name opens with a function word is that person.
  if (to === 2 && wordIs(words[0]!, W_FUNCTION) && newsmakerNamed(chunk.text) !== undefined)
    return [candidate(chunk, 0, to, 'person', 3, NO_CONTEXT)];
  // "Moon Jae-in visited Tokyo": a family name and a hyphened given name (read23 F9).
  if (to === 2 && !chunk.caseless && isKoreanStyleName(words))
    return [candidate(chunk, 0, to, 'person', 2, NO_CONTEXT)];
  // "PM Modi to visit Japan", "CM Nitish Kumar": the prime or chief minister's abbreviation is a title
  // ("5 PM ET", a clock time, is not).
  if (to > 1 && !chunk.caseless && abbreviatedMinisterAt(ctx, chunk.field, words[0]!.index))
    return typeChunk(chunkWith(chunk, words.slice(1), false), ctx);
  // "Damon Hill of Britain took pole": the chunker joins "Hill of" as a place's lead ("Hill of Tara"); a
  // given name before it and a country after it are a person and the country (review25 finding 1).
  if (to === 4 && words[2]!.lower === 'of' && !chunk.caseless && personOfCountry(words))
    return [
      candidate(chunk, 0, 2, 'person', 2, NO_CONTEXT),
      ...typeChunk(chunkWith(chunk, words.slice(3), false), ctx),
    ];
  // "Housebuilder Taylor Wimpey said": a kind of firm opening the sentence, which the chunker joined to the
  // name, makes the rest the firm (firm-cues.ts).
  if (to > 1 && chunk.initial && !chunk.caseless && firmKindOpening(words[0]!.lower)) {
    const named = typeChunk(chunkWith(chunk, words.slice(1), false), ctx);
    const only = named.length === 1 ? named[0]! : undefined;
    if (only && (only.type === 'person' || only.type === 'unknown') && only.end === words[to - 1]!.end) {
      only.type = 'organization';
      only.strength = 2;
    }
    return named;
  }
  // "Qatar's Al Udeid air base", "the Ramstein airbase": a name before a base's words is the base, a place,
  // whatever its words read as ("Al" a given name).
  // ("an American army base", "a U.S. air base": a people's or a country's base is theirs.)
  if (
    !words[to - 1]!.possessive &&
    baseAfter(ctx, chunk.field, words[to - 1]!.index) &&
    !NATION_KINDS.has(gazetteerOfWord(words[to - 1]!)?.kind ?? '')
  )
    return [candidate(chunk, words[0]!.lower === 'the' ? 1 : 0, to, 'place', 2, NO_CONTEXT)];
  // "won best actress for \"Hamnet\"": one word alone in glued quotes after a word in lower case is a title
  // (a film's, a song's), not the person or place it may read as.
  if (to === 1 && !chunk.caseless && quotedTitleAt(ctx, chunk))
    return [candidate(chunk, 0, to, 'other', 2, NO_CONTEXT)];
  // "celebrated Eid al-Fitr", "during Ramadan", "the Hajj": a religious festival or pilgrimage is an event.
  if (!chunk.caseless && FESTIVALS.has(words[0]!.lower))
    return [candidate(chunk, 0, to, 'other', 3, NO_CONTEXT)];
  // "Britain's Sun newspaper", "told the Sun:", "the Sunday Express": a weekday alone or before a paper's
  // word opens a chunk only as the newspaper (chunk.ts calendarPaperAt).
  if (to <= 2 && !chunk.caseless && (to === 1 ? words[0]!.lower === 'sun' : words[0]!.lower === 'sunday'))
    return [candidate(chunk, 0, to, 'organization', 3, NO_CONTEXT)];
  // "The Mail on Sunday" (chunk.ts joins "on Sunday" only after "the Mail" or "the Independent").
  if (
    to >= 2 &&
    words[to - 1]!.lower === 'sunday' &&
    (words[to - 2]!.lower === 'mail' || words[to - 2]!.lower === 'independent') &&
    !chunk.caseless
  )
    return [candidate(chunk, to - 2, to, 'organization', 3, NO_CONTEXT)];
  // "SUGAR - INDIA SEEKS WHITE SUGAR IN TENDER": a capitals title's ordinary word that is also a name
  // (White, Brown, Rich) is the word where the story never writes it with a capital inside a sentence.
  if (
    chunk.caseless &&
    to === 1 &&
    chunk.field === 'title' &&
    isLowerWordWord(words[0]!) &&
    !ctx.seen.capitalisedInside.has(words[0]!.lower) &&
    (isKnownSurnameWord(words[0]!) || isGivenNameWord(words[0]!)) &&
    !placeOfWord(words[0]!) &&
    // "STONE CONTAINER <STO> …" over "Stone Container Corp said": the firm, written first in the body
    // (a scan of the body, so last).
    !capitalisedInBody(ctx, words[0]!.lower)
  )
    return [];
  // "- - - -\nKOMPAS\nPresident Suharto …": in a press digest a line holding only a name in capitals is the
  // newspaper the next stories come from.
  if (
    chunk.caseless &&
    to <= 4 &&
    chunk.field === 'body' &&
    lineAlone(ctx, chunk) &&
    pressDigest(ctx.doc) &&
    // "TAIWAN" heading a digest's section is the country, no paper.
    placeOfSpan(chunk, 0, to)?.kind !== 'country'
  )
    return [candidate(chunk, 0, to, 'organization', 2, NO_CONTEXT)];
  // "HOLLOWAY MILLS INC <HML> 1ST QTR NET": a capitals title's firm closed by its legal form before its
  // ticker (chunk.ts tickerFirmEnd).
  if (
    chunk.caseless &&
    to > 1 &&
    chunk.field === 'title' &&
    tokenText(ctx, 'title', chunk.after) === '<' &&
    isLegalFormWord(words[to - 1]!.core)
  )
    return [
      candidate(chunk, 0, to, 'organization', 3, NO_CONTEXT, {
        ...NO_INFO,
        canonical: titleFirmName(ctx, words),
      }),
    ];
  // "in the American League", "Results of Major League", "English National League one": on a sports page a
  // league named by demonyms and ranks alone is the competition, as "the World Cup" is.
  if (ctx.sports && to > 1 && words[to - 1]!.lower === 'league' && competitionLeague(ctx, chunk))
    return [candidate(chunk, 0, to, 'other', 2, NO_CONTEXT)];
  // "Major League Soccer said", "Major League Rugby": a league named for its sport is the body that runs
  // it ("Major" is no title here); its tables ("Major League Baseball standings") are the competition's.
  if (
    to > 2 &&
    words[to - 2]!.lower === 'league' &&
    LEAGUE_SPORTS.has(words[to - 1]!.lower) &&
    !chunk.caseless
  )
    return [
      candidate(
        chunk,
        0,
        to,
        LEAGUE_TABLES.has(lowerTokenText(ctx, chunk.field, words[to - 1]!.index + 1))
          ? 'other'
          : 'organization',
        2,
        NO_CONTEXT,
      ),
    ];
  // "Bad Bunny will headline", "Lady Gaga": a listed stage name is one person, its words as written.
  const stage = chunk.caseless ? 0 : stageNameLength(words, 0);
  if (stage > 0) {
    const performer = candidate(chunk, 0, stage, 'person', 3, NO_CONTEXT);
    return stage === to
      ? [performer]
      : [performer, ...typeChunk(chunkWith(chunk, words.slice(stage), false), ctx)];
  }
  // "Al Qaeda", "Al-Shabaab", "Al Jazeera": listed bodies the Arabic article opens in capitals, which would
  // otherwise read as a given name's ("Al Gore") before a word no list knows.
  if (
    (words[0]!.lower === 'al' || words[0]!.lower.startsWith('al-')) &&
    knownBodyNamed(chunk.text.slice(words[0]!.start - chunk.start, words[to - 1]!.end - chunk.start))
  )
    return [candidate(chunk, 0, to, 'organization', 3, NO_CONTEXT)];
  // "The World Food Programme warned": a body the team's list knows by a name of two words or more is that
  // body, whatever its head word reads as elsewhere ("Programme" also heads plans, a place's "Department").
  if (!chunk.caseless) {
    const start = to > 2 && wordIs(words[0]!, W_FUNCTION) ? 1 : 0;
    if (
      to - start >= 2 &&
      knownBodyNamed(chunk.text.slice(words[start]!.start - chunk.start, words[to - 1]!.end - chunk.start))
    )
      return [candidate(chunk, start, to, 'organization', 3, NO_CONTEXT)];
    // "the Spanish Guardia Civil": a people's word before a listed body is the body's country, a mention of
    // its own, as before a title ("Chinese President Xi").
    if (
      to - start >= 3 &&
      gazetteerOfWord(words[start]!)?.kind === 'demonym' &&
      knownBodyNamed(
        chunk.text.slice(words[start + 1]!.start - chunk.start, words[to - 1]!.end - chunk.start),
      )
    )
      return [
        ...typeChunk(chunkWith(chunk, words.slice(start, start + 1)), ctx),
        candidate(chunk, start + 1, to, 'organization', 3, NO_CONTEXT),
      ];
  }
  // "al Qaeda", "al Shabaab": the Arabic article the chunker let open a name in lower case; the name
  // after it says what it is, and the mention keeps the article.
  if (to > 1 && words[0]!.core === 'al') {
    const named = typeChunk(chunkWith(chunk, words.slice(1), false), ctx);
    const only = named.length === 1 ? named[0]! : undefined;
    if (!only || only.start !== words[1]!.start || only.end !== words[to - 1]!.end) return named;
    return [
      {
        ...only,
        start: chunk.start,
        text: chunk.text,
        words: only.type === 'unknown' ? only.words : ['al', ...only.words],
        canonical: only.canonical === undefined ? undefined : `al ${only.canonical}`,
      },
    ];
  }
  // "Fichtel und Sachs AG", "Heldring en Pierson", "the Jamm ak Njariñ coalition": names joined by another
  // language's "and" name a firm or an alliance, as an ampersand does.
  if (to > 2 && !chunk.caseless && words.some((w, i) => i > 0 && FOREIGN_CONJUNCTIONS.has(w.core))) {
    let first = 0;
    while (first < to - 1 && FUNCTION_WORDS.has(words[first]!.lower)) first++;
    return [candidate(chunk, first, to, 'organization', 2, NO_CONTEXT)];
  }
  // "Infosys Q2 FY26 net profit", "in Q2FY26": a fiscal period after a firm's name is no part of it.
  if (shapeIs(words[to - 1]!, S_FISCAL_PERIOD) || FINANCE_SHORTHAND.has(words[to - 1]!.core)) {
    let end = to - 1;
    while (end > 0 && shapeIs(words[end - 1]!, S_FISCAL_PERIOD)) end--;
    return end === 0 ? [] : typeChunk(chunkWith(chunk, words.slice(0, end)), ctx);
  }
  // "the film Elf", "the game Manhunt"; "Mike Leigh's Vera Drake won the Golden Lion at the Venice film
  // festival": a title after the word for its kind, or after its maker's possessive in a sentence about
  // films or records, is a work (`other`), no firm or person.
  if (!chunk.caseless && workAt(ctx, chunk)) return [candidate(chunk, 0, to, 'other', 2, NO_CONTEXT)];
  // "the aircraft carrier Carl Vinson", "the tanker Ever Given": a ship (vessels.ts), unless a country
  // ("the tanker Iran seized") or one word for a people or a country's group opening the clause that
  // follows ("the tanker Houthi fighters attacked", "the yacht Dutch police searched", read27 F5).
  if (
    !chunk.caseless &&
    namedAfterShipKind(
      (i) => lowerTokenText(ctx, chunk.field, i),
      (i) => tokenText(ctx, chunk.field, i),
      words[0]!.index,
    ) &&
    placeOfSpan(chunk, 0, to)?.kind !== 'country' &&
    !(to === 1 && PEOPLE_OR_GROUP.has(lookupPhrase(keyOf(words[0]!.core))?.kind ?? ''))
  )
    return [candidate(chunk, 0, to, 'other', 2, NO_CONTEXT)];
  // "holds 5GB of music", "a 100MW plant": a unit glued to its figure is no name ("3M", a firm, is no unit).
  if (
    to === 1 &&
    GLUED_UNITS.has(words[0]!.lower) &&
    words[0]!.start > 0 &&
    degreeBefore(ctx, chunk.field, words[0]!.start)
  )
    return [];
  // "49.1°C. Banda said": a temperature's unit, read with its period as an initial, opens no name.
  if (to > 1 && shapeIs(words[0]!, S_UNIT_INITIAL) && degreeBefore(ctx, chunk.field, words[0]!.start))
    return typeChunk(chunkWith(chunk, words.slice(1), true), ctx);
  // "the 2025 General Election", "The General Election campaign", "the General Strike of 1926": the event, no
  // general's name (read22 F14: a sentence's "The" opened the chunk and made it a body).
  const general = words[0]!.lower === 'the' ? 1 : 0;
  if (
    to - general === 2 &&
    words[general]!.lower === 'general' &&
    GENERAL_EVENTS.has(words[general + 1]!.lower)
  )
    return [candidate(chunk, general, to, 'event', 2, NO_CONTEXT)];
  // "the General Agreement on Tariffs and Trade", "General Assembly", "General Motors": "General" before
  // ordinary words that name no one is a body's first word, no general's rank ("General Grant" keeps it).
  if (to - general >= 2 && words[general]!.lower === 'general' && generalBody(words, general + 1))
    return [candidate(chunk, general, to, 'organization', 2, NO_CONTEXT)];
  // "Amon-Ra St. Brown", "Jordan St. Cyr": a given name (or a name no list knows) and a saint's surname.
  if (to === 3 && words[1]!.lower === 'st.' && !chunk.caseless && saintSurnameAfter(words[0]!))
    return [candidate(chunk, 0, 3, 'person', 2, NO_CONTEXT)];
  // "MIDEAST STOCKS-Gulf markets rise", "GLOBAL MARKETS-Stocks …": a wire's slug in capitals opening a
  // headline, glued by a hyphen to its first word, is a desk's label, no name.
  if (chunk.field === 'title' && words[0]!.index === 0 && slugEnd(words) >= 0) return [];
  // "Council Member Chito Vela", "City Council Members Mackenzie Kelly": a seat on a body before a name
  // is the holder's office; what names the body before it is a name of its own ("Austin City").
  const seat = to >= 3 ? seatTitleAt(words) : -1;
  if (seat > 0) {
    const before = seat > 1 ? typeChunk(chunkWith(chunk, words.slice(0, seat)), ctx) : [];
    const holder = chunkWith(chunk, words.slice(seat + 1), false);
    return [
      ...before,
      ...(to - seat > 2
        ? [candidate(holder, 0, to - seat - 1, 'person', 2, NO_CONTEXT)]
        : typeChunk(holder, ctx)),
    ];
  }
  // "in Co Antrim", "Co Cork", "Co. Kerry": Irish style names a county so; a firm's "Co" ends its name.
  if (
    to === 2 &&
    (words[0]!.core === 'Co' || words[0]!.core === 'Co.') &&
    !chunk.caseless &&
    !wordIs(words[1]!, W_ORG_HEAD) &&
    !CORPORATE_SUFFIXES.has(words[1]!.lower) &&
    !gazetteerOfWord(words[1]!)?.countryCode
  )
    return [candidate(chunk, 0, 2, 'place', 2, NO_CONTEXT)];
  // "Flin Flon, Man., Kamloops, B.C., and Red Deer, Alta.": a name before a comma and a state's or
  // province's name, then a pause, is a town of that region, and the region after it a place (the way news
  // places a town readers may not know). A person or a body the lists know keeps its reading.
  if (!chunk.caseless && to <= 3) {
    const regionEnd = regionAfterComma(ctx, chunk.field, words[to - 1]!.index);
    if (regionEnd > 0 && !words[to - 1]!.possessive && townBeforeRegion(chunk, ctx)) {
      const place = placeOfSpan(chunk, 0, to);
      return [candidate(chunk, 0, to, 'place', 2, AS_IN, place ? placeFields(place) : NO_INFO)];
    }
    if (to === 1 && tokenText(ctx, chunk.field, words[0]!.index - 1) === ',') {
      const region = regionAt(ctx, chunk.field, words[0]!.index);
      if (region && startsWithCapital(tokenText(ctx, chunk.field, words[0]!.index - 2)))
        return [candidate(chunk, 0, 1, 'place', 2, NO_CONTEXT, placeFields(region))];
    }
  }
  // "Janata Dal (United)", "Hindustani Awam Morcha (Secular)": a party's faction in brackets after its
  // name; the name is the party's, the faction word no name of its own.
  if (!chunk.caseless) {
    const at = words[0]!.index;
    if (
      to === 1 &&
      FACTIONS.has(words[0]!.lower) &&
      tokenText(ctx, chunk.field, at - 1) === '(' &&
      tokenText(ctx, chunk.field, at + 1) === ')'
    )
      return [];
    const end = words[to - 1]!.index;
    if (
      to >= 2 &&
      tokenText(ctx, chunk.field, end + 1) === '(' &&
      FACTIONS.has(lowerTokenText(ctx, chunk.field, end + 2)) &&
      tokenText(ctx, chunk.field, end + 3) === ')'
    )
      return [candidate(chunk, wordIs(words[0]!, W_FUNCTION) ? 1 : 0, to, 'organization', 2, NO_CONTEXT)];
  }
  // '"Annie Hall"', '“Father of the Bride”': a work's title in quotation marks (chunk.ts).
  // A name the lists know keeps its reading ('"El Nino"', '"Fort Knox"').
  if (chunk.work && lookup(words, 0, to, ctx) === undefined)
    return [candidate(chunk, 0, to, 'other', 2, NO_CONTEXT)];
  // "Independence Day", "Election Day": a named day is an event ("Doris Day" stays a person).
  if (
    to >= 2 &&
    to <= 4 &&
    wordIs(words[to - 1]!, W_NAMED_DAY) &&
    (!isGivenNameWord(words[0]!) || words.some((w) => w.possessive)) &&
    !wordIs(words[0]!, W_TITLE)
  )
    return [candidate(chunk, 0, to, 'event', 2, NO_CONTEXT)];
  // "El Clasico", "the Superclasico": a fixture's own name is an event, whatever article opens it.
  if (to <= 2 && wordIs(words[to - 1]!, W_MATCH_NAME))
    return [candidate(chunk, to === 2 && wordIs(words[0]!, W_FUNCTION) ? 1 : 0, to, 'event', 2, NO_CONTEXT)];
  // "Euro 96", "Euro 2024": the European football championship of that year, an event, no firm.
  // "Euro 50 million": the currency before a sum, no name.
  if (
    to === 1 &&
    words[0]!.lower === 'euro' &&
    !chunk.caseless &&
    EURO_YEAR.test(tokenText(ctx, chunk.field, words[0]!.index + 1))
  )
    return AMOUNT_AFTER_NUMBER.has(lowerTokenText(ctx, chunk.field, words[0]!.index + 2))
      ? []
      : [candidate(chunk, 0, 1, 'event', 2, NO_CONTEXT)];
  if (to === 1 && CURRENCY_BEFORE_SUM.has(words[0]!.lower) && sumAfter(ctx, chunk.field, words[0]!.index))
    return [];
  // "at the COP29 summit": a climate conference is an event, no place or body.
  // ("At COP28 in Dubai": a sentence-opening function word before it.)
  if (CLIMATE_COP.test(words[to - 1]!.lower) && (to === 1 || (to === 2 && wordIs(words[0]!, W_FUNCTION))))
    return [candidate(chunk, to - 1, to, 'event', 2, NO_CONTEXT)];
  // "in Formula One history": a class of motor racing, no place (its teams are bodies); "Formula 1", whose
  // number is no name word, would be named "Formula" alone: no name.
  if (words[0]!.lower === 'formula') {
    if (to === 2 && FORMULA_CLASSES.has(words[1]!.lower))
      return [candidate(chunk, 0, 2, 'other', 2, NO_CONTEXT)];
    if (to === 1 && FORMULA_CLASSES.has(lowerTokenText(ctx, chunk.field, words[0]!.index + 1))) return [];
  }
  // "on Centre Court": a tennis ground's main court is a place, though "Court" heads courts of law.
  if (to >= 2 && to <= 3 && words[to - 1]!.lower === 'court' && CENTRE.has(words[to - 2]!.lower)) {
    const start = to - 2;
    if (start === 0 || wordIs(words[0]!, W_FUNCTION))
      return [candidate(chunk, start, to, 'place', 2, NO_CONTEXT)];
  }
  // "a three-match Twenty20 series": a format of cricket, no name.
  if (to === 1 && CRICKET_FORMATS.has(words[0]!.lower)) return [];
  // "JPMorgan Chase (JPM.N)", "(NASDAQ: NVDA)", "(.FTSE)": a stock's or an index's code is no name; the
  // exchange before the code is a body.
  if (to === 1 && !chunk.caseless) {
    const ticker = tickerPart(ctx, chunk.field, words[0]!.index);
    if (ticker === 'code') return [];
    if (ticker === 'exchange') return [candidate(chunk, 0, 1, 'organization', 2, NO_CONTEXT)];
    // "Carlos Alcaraz (ESP x1) bt Cameron Norrie (GBR)": a results list's code for the competitor's
    // country says where the athlete is from, a nationality (no body, and no mention of the country,
    // which the resolver reads from names); codes the lists read as countries ("USA") stay theirs.
    if (words[0]!.core.length === 3 && !gazetteerOfWord(words[0]!)?.countryCode) {
      const index = words[0]!.index;
      const country = sportCountryAt((k) => tokenText(ctx, chunk.field, index + k));
      if (country)
        return [candidate(chunk, 0, 1, 'nationality', 3, NO_CONTEXT, { ...NO_INFO, countryCode: country })];
    }
  }
  // "Sen. Bill Cassidy, R-La.,", "Rep. Rosa DeLauro (D-Conn.)": a US lawmaker's party and state, no name.
  if (
    to === 1 &&
    shapeIs(words[0]!, S_PARTY_STATE_TAG) &&
    TAG_OPENERS.has(tokenText(ctx, chunk.field, words[0]!.index - 1))
  )
    return [];
  // "Christmas Day", "Easter Day": a calendar word ends no chunk of its own, so the day stands alone.
  if (
    to === 1 &&
    wordIs(words[0]!, W_NAMED_DAY) &&
    tokenBits(ctx, chunk.field, words[0]!.index - 1) & CALENDAR_WORD
  )
    return [];
  // "Storm Eowyn", "Hurricane Milton", "Tropical Storm Debby": a named weather system is an event.
  if (to >= 2 && to <= 3 && wordIs(words[to - 2]!, W_WEATHER) && !isLowerWordWord(words[to - 1]!))
    return [candidate(chunk, 0, to, 'event', 2, NO_CONTEXT)];
  // "the Abu Dhabi Grand Prix", "the British Grand Prix": a motor race is an event, whatever its place.
  if (to >= 2 && to <= 5 && words[to - 2]!.lower === 'grand' && words[to - 1]!.lower === 'prix') {
    const start = to > 2 && wordIs(words[0]!, W_FUNCTION) ? 1 : 0;
    return [candidate(chunk, start, to, 'event', 2, NO_CONTEXT)];
  }
  // "the G20", "G7 leaders": a forum of the Group of Seven, Eight, Twenty … is a body.
  if (GROUP_FORUMS.has(words[to - 1]!.lower) && (to === 1 || (to === 2 && wordIs(words[0]!, W_FUNCTION))))
    return [candidate(chunk, to - 1, to, 'organization', 2, NO_CONTEXT)];
  // "rated AA-minus by Fitch", "a Baa2 rating", "cut to BBB": a credit rating is a grade, not a name.
  if (to === 1 && creditRating(ctx, chunk.field, words[0]!)) return [];
  // "Booking.com said", "Overstock.com rose": a firm named by its web address, wherever it stands.
  if (to === 1 && wordIs(words[0]!, W_WEB_ADDRESS))
    return [candidate(chunk, 0, 1, 'organization', 2, NO_CONTEXT)];
  // "the Nobel Prize in Chemistry", "the Pulitzer Prize for Fiction": the prize's field, no place or body.
  if (prizeFieldAt(ctx, chunk.field, words[0]!.index)) return [];
  // "Charities including Care4Calais said": words glued by a figure name a body.
  if (to === 1 && isDigitGluedName(words[0]!.core))
    return [candidate(chunk, 0, 1, 'organization', 2, NO_CONTEXT)];
  // "Fed up with rising prices, voters …", "Fed up, they …": a word opening a sentence before "up with",
  // "up of" or "up," is a participle ("fed up", "sick of"), not a name ("the Fed" and "Fed officials"
  // stay the central bank).
  if (
    to === 1 &&
    chunk.initial &&
    !chunk.caseless &&
    tokenText(ctx, chunk.field, words[0]!.index + 1) === 'up' &&
    FED_UP_AFTER.has(tokenText(ctx, chunk.field, words[0]!.index + 2))
  )
    return [];
  // "Starmer led Labour to victory", "Labour won": the party, written with a capital; at a sentence start
  // only before a verb or a party's word ("Labour costs rose" is the ordinary word).
  if (to === 1 && wordIs(words[0]!, W_PARTY_WORD) && !chunk.caseless) {
    const next = lowerTokenText(ctx, chunk.field, words[0]!.index + 1);
    if (
      !chunk.initial ||
      SUBJECT_VERB.test(next) ||
      PERSON_VERBS.has(next) ||
      SPEAKER_VERBS.has(next) ||
      PARTY_CUES_AFTER.has(next)
    )
      return [candidate(chunk, 0, 1, 'organization', 2, NO_CONTEXT)];
  }
  // "a Republican", "Democrats in the Senate" (before the lists' reading of the word as a place).
  if (to === 1 && wordIs(words[0]!, W_PARTY_MEMBERS) && !chunk.caseless) return partyMembers(chunk, 0);
  return typeAfterLead(chunk, ctx);
}

// typeChunk is cut into four functions, each run only when the one before found no answer. As one it held
// 59,944 bytes of bytecode, near the 61,440 over which V8 never optimises a function, and TurboFan compiled
// it for seconds on a helper thread, again after each deoptimisation. Keep each part well under that size.

/** A name without its leading function words and titles (which may cue a person), typed on. */
function typeAfterLead(chunk: Chunk, ctx: Context): Candidate[] {
  const words = chunk.words;
  let from = 0;
  const to = words.length;
  let personCue = false;
  // "Standard and Poor's", "Moody's Investors Service": the lists keep a possessive that ends a firm's name.
  const whole =
    lookup(words, 0, to, ctx) ??
    (to > 1 && words[to - 1]!.possessive ? GAZETTEER.get(`${lookupKey(words, 0, to)}'s`) : undefined);
  // "Lloyd's of London": a name's own "'s" before "of" and a town (the chunker joins only these) is a firm's.
  if (
    to === 3 &&
    words[1]!.lower === 'of' &&
    (words[0]!.possessive ||
      chunk.text.slice(words[0]!.end - chunk.start, words[1]!.start - chunk.start) === " 's ")
  )
    return [candidate(chunk, 0, to, 'organization', 2, NO_CONTEXT)];
  // "Gulf Applied Technologies Inc", "Champion Products Inc": a company's name keeps its first word.
  const orgShaped = to > 1 && wordIs(words[to - 1]!, W_ORG_HEAD) && !wordIs(words[to - 1]!, W_PLACE_HEAD);
  if (!whole) {
    // Leading function words and sentence-initial ordinary words are not part of the name.
    while (from < to) {
      const w = words[from]!;
      const lower = w.lower;
      // "More than 300", "The": function words are not names, unless a surname follows ("Will Smith").
      // "WHO" in mixed-case text is the organisation; the pronoun is not written in capitals.
      const acronym =
        !chunk.caseless &&
        w.core.length >= 3 &&
        shapeIs(w, S_ACRONYM) &&
        !(from + 1 < to && shapeIs(words[from + 1]!, S_ACRONYM));
      // "the All England Club", "All Nippon Airways": "All" written with a capital inside a sentence
      // opens a name.
      const allInName = lower === 'all' && from === 0 && !chunk.initial && !chunk.caseless && to - from > 1;
      // "MS Dhoni": "MS" in capitals without a period, before a name in mixed-case text, is initials.
      const initialsMs = w.core === 'MS' && !chunk.caseless && to - from > 1;
      if (
        wordIs(w, W_FUNCTION) &&
        !acronym &&
        !allInName &&
        !initialsMs &&
        (!isGivenNameWord(w) || to - from === 1) &&
        !familyNameHe(chunk, from, to)
      ) {
        from++;
        continue;
      }
      // "Former Theranos Inc president …", "Rival Honda Motor Co": words that describe a name do not
      // start one.
      if (wordIs(w, W_NAME_DESCRIPTOR) && to - from > 1) {
        from++;
        continue;
      }
      // "Ex-Yankee Randy Velarde", "Ex-Beatle Paul McCartney": an "Ex-" word before a given name says what
      // the person was; no name starts with it ("Ex-Cell-O Corp" has no given name after it).
      if (
        to - from > 2 &&
        lower.charCodeAt(0) === 101 &&
        lower.startsWith('ex-') &&
        isGivenNameWord(words[from + 1]!)
      ) {
        from++;
        personCue = true;
        continue;
      }
      // "Republican Bob Dole", "Democrat Raphael Warnock": a party label before a person's full name.
      if (
        wordIs(w, W_PARTY_LABEL) &&
        to - from > 2 &&
        (isGivenNameWord(words[from + 1]!) || twoNameWords(words, from + 1, to))
      ) {
        from++;
        continue;
      }
      // "The Democrats had fled", "Another Republican said": the party's members after a dropped word.
      if (to - from === 1 && wordIs(w, W_PARTY_MEMBERS) && !chunk.caseless) return partyMembers(chunk, from);
      // "Christian Democrats", "Liberal Democrats", "Senate Republicans": a party or a party's members in
      // a chamber or a state, named with their plural.
      if (
        to - from > 1 &&
        to - from <= 3 &&
        !chunk.caseless &&
        wordIs(words[to - 1]!, W_PARTY_MEMBERS) &&
        endsWithText(words[to - 1]!.lower, 's') &&
        !words.slice(from, to - 1).some((x) => x.possessive || COUNTING_WORDS.has(x.lower))
      )
        return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
      // "Carmakers Stellantis and Renault said": the kinds of firm opening a sentence before a list of names
      // are no part of the first name ("Manufacturers Hanover said" is a bank's name).
      if (
        from === 0 &&
        chunk.initial &&
        !chunk.caseless &&
        to - from > 1 &&
        endsWithText(lower, 's') &&
        FIRM_KINDS.has(lower) &&
        !orgShaped &&
        !hasOrgLeadOf(words, from, to) &&
        LIST_JOINERS.has(tokenText(ctx, chunk.field, words[to - 1]!.index + 1))
      ) {
        from++;
        continue;
      }
      // "Bookmaker William Hill said", "Planemaker Boeing said": the kind of firm opening the sentence
      // before a name that is no ordinary word names the firm, as it does in lower case.
      if (
        from === 0 &&
        chunk.initial &&
        !chunk.caseless &&
        to > 1 &&
        COMPANY_BEFORE.has(lower) &&
        !isLowerWordWord(words[1]!) &&
        !orgShaped &&
        !(tradeBeforePerson(lower, words, 1, to) && !thingPronounNext(ctx, chunk.field, words[to - 1]!.index))
      )
        return [candidate(chunk, 1, to, 'organization', 2, NO_CONTEXT)];
      const particleNext =
        to - from > 2 && words[from + 1]!.index === w.index + 1 && !words[from + 1]!.capitalised;
      if (
        from === 0 &&
        chunk.initial &&
        !chunk.caseless &&
        !particleNext &&
        isLowerWordWord(w) &&
        (!nameLike(w, ctx) ||
          ordinarySurnameAlone(ctx, chunk, w, to - from) ||
          // "Born Charles Robert Redford Jr. in …": an ordinary word (here also a surname, Max Born's)
          // before a given name opens the sentence, not the name.
          (to - from > 2 &&
            isGivenNameWord(words[from + 1]!) &&
            !isLowerWordWord(words[from + 1]!) &&
            !isGivenNameWord(w))) &&
        // "Chief Executive Lena Marsh said": a title opening the sentence is read as one mid-sentence is.
        !(wordIs(w, W_TITLE) && to - from > 1) &&
        // "Apple reported", "Shell said": a brand named by an ordinary word, before a verb of firms.
        !(to - from === 1 && firmBrandAt(ctx, chunk, from)) &&
        // "He Jiankui said": the family name He opening a sentence ("Ma Huateng, …": an English word's, apposed).
        !familyNameHe(chunk, from, to, tokenText(ctx, chunk.field, words[to - 1]!.index + 1) === ',') &&
        // "Business Unity South Africa (Busa) estimated": the acronym in brackets spells the whole name.
        !(to - from > 1 && spelledByBracketAfter(ctx, chunk, from, to)) &&
        // "Marine Le Pen told supporters": an ordinary word before a surname that opens with a capitalised
        // particle is a given name ("Le Pen" alone would read as a paper, like "Le Monde").
        !(
          to - from === 3 &&
          words[from + 1]!.capitalised &&
          CAPITAL_PARTICLES.has(words[from + 1]!.lower) &&
          words[from + 2]!.capitalised
        ) &&
        // "-- New York Energy Desk": an ordinary word that opens a place's name with the next one opens
        // the longer name too.
        !(to - from > 2 && lookupPlace(`${w.core} ${words[from + 1]!.core}`) !== undefined) &&
        // "Statistics Canada said": a listed body's name opened by an ordinary word.
        !(
          to - from > 1 &&
          knownBodyNamed(chunk.text.slice(w.start - chunk.start, words[to - 1]!.end - chunk.start))
        )
      ) {
        // "Arsenal won 2-1.", "Arsenal manager Mikel Arteta": a club named by an ordinary word.
        if (to === 1 && clubOpensSentence(ctx, chunk, w))
          return [candidate(chunk, 0, 1, 'organization', 2, NO_CONTEXT)];
        // "Major League Baseball", "Red Cross": a title-case name of ordinary words keeps its first word.
        // "Wall St ends higher": a street's abbreviation after the word is a place head like "Street".
        // "Turning Point USA said": and so does one whose last word is a country's name or abbreviation.
        // "Supreme Court Justice Samuel Alito wrote": a body of ordinary words before a title keeps its
        // first word too; the title then parts the body from the holder.
        const titleCaseName =
          to - from > 1 &&
          words.slice(from + 1, bodyBeforeTitleEnd(words, from, to)).every(
            (x, i) =>
              // "Neighbors Brazil, Argentina and Peru": a country named like an ordinary word (brazil,
              // china, turkey) after the sentence's first word is the country, not a name's last word.
              (isLowerWordWord(x) && gazetteerOfWord(x)?.kind !== 'country') ||
              wordIs(x, W_PLACE_HEAD) ||
              (i > 0 &&
                from + 1 + i === to - 1 &&
                gazetteerOfWord(x)?.kind === 'country' &&
                (shapeIs(x, S_ACRONYM) || x.core.includes('.'))),
          );
        if (
          !(isGivenNameWord(w) && to - from > 1) &&
          !titleCaseName &&
          !ordinaryBeforeTown(words, from, to) &&
          !orgShaped &&
          !hasOrgLeadOf(words, from, to)
        ) {
          from++;
          continue;
        }
      }
      break;
    }
    // "the Duke of York", "Prince of Wales": a title of nobility with "of" and its place is one person.
    if (to - from >= 3 && NOBLE_TITLES.has(words[from]!.lower) && words[from + 1]!.lower === 'of')
      return [candidate(chunk, from, to, 'person', 2, NO_CONTEXT)];
    // "Secretary of State Marco Rubio", "Chancellor of the Exchequer Rachel Reeves": the office's domain
    // opens the run, the holder's name follows it.
    if (from === 0 && to > 1 && officeOfBefore(ctx, chunk.field, words[0]!.index)) {
      // Up to the holder's given name, else over the domain's ordinary words ("Secretary of State Rubio").
      let end = words.findIndex((w, i) => i > 0 && i < to - 1 && isGivenNameWord(w));
      // After "for" only a given name tells where the holder starts ("MP for West Ham", "Secretary for
      // East Asia" name a seat or a brief, no one).
      // "Minister for Finance Paschal Donohoe", "Commissioner for Trade Maroš Šefčovič": ordinary words of
      // the brief, then two or more words none of which is ordinary, are the brief and the holder's name.
      if (end < 0 && lowerTokenText(ctx, chunk.field, words[0]!.index - 1) === 'for') {
        end = 0;
        while (end < to - 1 && isLowerWordWord(words[end]!)) end++;
        if (end === 0 || to - end < 2 || words.slice(end).some((w) => isLowerWordWord(w) || !w.capitalised))
          end = 0;
      } else if (end < 0) {
        end = 0;
        while (end < to - 1 && (wordIs(words[end]!, W_TITLE_MODIFIER) || isLowerWordWord(words[end]!))) end++;
      }
      const holder = words[end]!.core;
      // "chairman of the Organisation for Security and Cooperation in Europe" is a body, not an office.
      const domainOnly = words
        .slice(0, end + 1)
        .every(
          (w, i) => i === 0 || (w.index === words[i - 1]!.index + 1 && !wordIs(words[i - 1]!, W_ORG_HEAD)),
        );
      if (end > 0 && domainOnly && (isGivenName(holder) || !isLowerWord(holder))) {
        from = end;
        personCue = true;
      }
    }
    // Titles before a name: "President Bill Clinton", "Foreign Minister Wang Yi", "Mr. Vance".
    let lastTitle = -1;
    // Where the office holder is from: "Chinese", "U.S.", "South Korean".
    const twoWordNational = to - from > 2 && isNationalEntry(lookup(words, from, from + 2, ctx));
    // "Hassan Sheikh Mohamud": a town's name (Hassan, India) before "Sheikh" opens a person's name.
    const townBeforeHonorific =
      to - from > 2 && NAME_HONORIFICS.has(words[from + 1]!.lower) && !knownBody(words[from]!.core);
    // "Illinois Governor JB Pritzker", "Houston Mayor …": a state or a town before a title is the office's place.
    const placeBeforeTitle =
      to - from > 2 &&
      gazetteerOfWord(words[from]!)?.kind === 'place' &&
      // ("Union Secretary Sam Jennings": an ordinary word that is also a town names no office's place.)
      !isLowerWordWord(words[from]!) &&
      wordIs(words[from + 1]!, W_TITLE);
    const national = twoWordNational
      ? 2
      : (isNationalWordOf(words[from]) || placeBeforeTitle) && !townBeforeHonorific
        ? 1
        : 0;
    if (townBeforeHonorific) personCue = true;
    // Ordinary words may name the office's domain ("Navy Secretary", "Privatisation Minister") or the
    // body it belongs to ("Security Council President"); neither is part of the holder's name.
    for (let i = from + national; i < (orgShaped ? from : to - 1); i++) {
      const w = words[i]!;
      // "MS Dhoni", "MS Swaminathan": "MS" in capitals, without a period, in mixed-case text is a
      // person's initials ("Ms Reeves", "Ms. Reeves" stay the title).
      if (w.core === 'MS' && !chunk.caseless) break;
      // "the General Data Protection Regulation": a title before ordinary words only opens no person.
      if (wordIs(w, W_TITLE) && ordinaryWordsAfter(words, i, to)) break;
      // "King's Cross", "Queen's Park": a title's possessive names a place or a body, not the title's holder.
      if (w.possessive && wordIs(w, W_TITLE)) break;
      if (wordIs(w, W_TITLE)) lastTitle = i;
      // "Tan Sri Vincent Tan", "Dato' Sri Najib Razak": the honorific ends a Malay title that is not a title
      // alone, or that its apostrophe cut from the run.
      else if (MALAY_HONORIFICS.has(w.lower) && afterMalayTitle(ctx, chunk.field, words, i, from))
        lastTitle = i;
      else if (
        TITLES_BEFORE_HONORIFIC_ONLY.has(w.lower) &&
        i + 1 < to - 1 &&
        MALAY_HONORIFICS.has(words[i + 1]!.lower)
      )
        continue;
      // "Chief Executive", "Secretary General": a modifier right after a title completes it.
      // "Datuk Seri Anwar Ibrahim", "Tan Sri …": "Seri"/"Sri" completes a Malay title only; after another
      // title it opens the name ("Finance Minister Sri Mulyani Indrawati").
      else if (
        wordIs(w, W_TITLE_MODIFIER) &&
        lastTitle === i - 1 &&
        lastTitle >= from &&
        !(MALAY_HONORIFICS.has(w.lower) && !MALAY_TITLES.has(words[i - 1]!.lower))
      )
        lastTitle = i;
      // "WHO Director-General": an acronym spelled like a word is a body, not the office's domain.
      else if (
        !wordIs(w, W_TITLE_MODIFIER) &&
        !(isLowerWordWord(w) && !shapeIs(w, S_INITIALS) && !shapeIs(w, S_ACRONYM))
      )
        break;
    }
    if (lastTitle >= from) {
      let titleStart = lastTitle;
      while (titleStart > from + national) {
        const w = words[titleStart - 1]!;
        if (!wordIs(w, W_TITLE) && !wordIs(w, W_TITLE_MODIFIER)) break;
        titleStart--;
      }
      // "Saudi Arabian Oil Minister Hisham Nazer", "Malaysian Primary Industries Minister Lim Keng Yaik": after
      // a nationality, a portfolio's words are the title's, no body ("Oil", "Industries" head firms' names).
      if (national > 0 && titleStart > from + national) {
        let portfolio = titleStart;
        while (portfolio > from + national && PORTFOLIO_WORDS.has(words[portfolio - 1]!.lower)) portfolio--;
        if (portfolio === from + national) titleStart = portfolio;
      }
      if (national === 0 && portfolioAfterAcronym(words, from, titleStart))
        return [
          ...typeChunk(chunkWith(chunk, words.slice(from, from + 1)), ctx),
          ...typeChunk(chunkWith(chunk, words.slice(lastTitle + 1), false), ctx),
        ];
      // "Federal Reserve Governor Lawrence Lindsey": the body before the title is a name of its own.
      // "Chief Cabinet Secretary Kihara Minoru", "Health Cabinet Secretary Aden Duale": one title.
      if (
        titleStart > from + national &&
        wordIs(words[titleStart - 1]!, W_ORG_HEAD) &&
        words[titleStart - 1]!.lower !== 'cabinet'
      ) {
        return [
          ...typeChunk(chunkWith(chunk, words.slice(from, titleStart)), ctx),
          ...typeChunk(chunkWith(chunk, words.slice(lastTitle + 1), false), ctx),
        ];
      }
    }
    if (lastTitle < from) {
      const split = titleInside(words, from, to, ctx.foreign);
      if (split > 0) {
        let titleStart = titleStartOf(words, from, split);
        if (portfolioAfterAcronym(words, from, titleStart)) titleStart = from + 1;
        const person = typeChunk(chunkWith(chunk, words.slice(split + 1), false), ctx);
        if (titleStart === from) return person;
        return [...typeChunk(chunkWith(chunk, words.slice(from, titleStart)), ctx), ...person];
      }
    }
    if (lastTitle >= from) {
      // "Chinese President Xi Jinping": the nationality stays a mention of its own.
      if (national > 0) {
        return [
          ...typeChunk(chunkWith(chunk, words.slice(from, from + national)), ctx),
          ...typeChunk(chunkWith(chunk, words.slice(lastTitle + 1), false), ctx),
        ];
      }
      from = lastTitle + 1;
      personCue = true;
    }
    if (
      from < to &&
      from === 0 &&
      !personCue &&
      (tokenBits(ctx, chunk.field, words[0]!.index - 1) & TITLE_WORD ||
        abbreviatedMinisterAt(ctx, chunk.field, words[0]!.index - 1) ||
        // "Council member Sage Turner": "member" in lower case right before a name is an office ("the
        // 35-member ICCO council" is a size).
        (tokenText(ctx, chunk.field, words[0]!.index - 1) === 'member' &&
          tokenText(ctx, chunk.field, words[0]!.index - 2) !== '-' &&
          !shapeIs(words[0]!, S_ACRONYM)))
    )
      personCue = true;
    // "TikTok chief executive Shou Zi Chew": a title in lower case completed by a modifier.
    if (
      from === 0 &&
      !personCue &&
      tokenBits(ctx, chunk.field, words[0]!.index - 1) & TITLE_MODIFIER &&
      tokenBits(ctx, chunk.field, words[0]!.index - 2) & TITLE_WORD
    )
      personCue = true;
    if (from > 0 && from < to) {
      if (wordIs(words[from - 1]!, W_TITLE)) personCue = true;
    }
  }
  if (from >= to) return [];
  // "killing Tammy Daybell and JJ Vallow, 7, and Tylee Ryan, 16": an age between commas after a name of
  // two words is a person's (no place or body by its head word or the place lists).
  if (
    !personCue &&
    to - from === 2 &&
    !chunk.caseless &&
    ageAfter(ctx, chunk.field, words[to - 1]!.index) &&
    !wordIs(words[to - 1]!, W_ORG_HEAD) &&
    !wordIs(words[to - 1]!, W_PLACE_HEAD) &&
    placeOfSpan(chunk, from, to) === undefined
  )
    personCue = true;
  return typeNamedSpan(chunk, ctx, from, personCue, whole);
}

/**
 * "Washington said on Monday it would respond": a capital the press uses for its government (a country
 * metonym) before a verb of speech speaks for the government, not as the surname it also is; a "he" or
 * "she" taking it up ("Washington said he …") keeps the person.
 */
function governmentSpeaks(name: string, pronounPerson: () => boolean): boolean {
  return lookupMetonym(name) !== undefined && !pronounPerson();
}

/** The rules that read the tokens around the name (from `from`), then `typeByReading`. */
function typeNamedSpan(
  chunk: Chunk,
  ctx: Context,
  from: number,
  personCue: boolean,
  whole: GazetteerEntry | Candidate | undefined,
): Candidate[] {
  const words = chunk.words;
  const to = words.length;
  const prevToken = lowerTokenText(ctx, chunk.field, words[from]!.index - 1);
  const nextToken = lowerTokenText(ctx, chunk.field, words[to - 1]!.index + 1);
  const prevBits = tokenBits(ctx, chunk.field, words[from]!.index - 1);
  const nextBits = tokenBits(ctx, chunk.field, words[to - 1]!.index + 1);
  // "officials in Tokyo and London said": a town listed after a place a locative opens is in the same
  // place as it, whatever verb follows ("London said" would read as the surname).
  if (
    to - from === 1 &&
    LIST_JOINERS.has(prevToken) &&
    !chunk.caseless &&
    placeOfWord(words[from]!)?.kind === 'city' &&
    listAfterLocative(ctx, chunk.field, words[from]!.index - 1)
  )
    return [candidate(chunk, from, to, 'place', 2, AS_IN, placeFields(placeOfWord(words[from]!)!))];
  // "third in a Williams", "driving a Ferrari": on a sports page a name after "in a" or "driving a" is
  // the team's car, so the team.
  if (
    ctx.sports &&
    to - from === 1 &&
    prevToken === 'a' &&
    CAR_BEFORE.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)) &&
    // The car ends its phrase ("in a Williams after …"); "in a European under-21 match" describes one.
    (!LOWER_WORD_START.test(nextToken) || FUNCTION_WORDS.has(nextToken)) &&
    // "the highest score in a Test since 1990": a kind of match or race is no car.
    !CAR_NOT_TEAMS.has(words[from]!.lower) &&
    gazetteerOfWord(words[from]!)?.kind !== 'demonym'
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "Tottenham have appointed a coach", "leaders Chelsea, whose manager": a club (or a band, a firm) in
  // British copy; one person "has" (kind-cues.ts). Countries and peoples keep their own rules.
  if (
    to - from === 1 &&
    (nextToken === 'have' || nextToken === ',') &&
    !chunk.caseless &&
    !words[from]!.possessive &&
    collectiveAfter((k) => lowerTokenText(ctx, chunk.field, words[from]!.index + k)) &&
    (nextToken === ',' || chunk.initial || CLAUSE_OPENERS.has(prevToken)) &&
    !isLowerWordWord(words[from]!) &&
    !isNationalWordOf(words[from]!) &&
    gazetteerOfWord(words[from]!)?.kind !== 'country' &&
    // "Mourinho, whose manager …" is rare, but a person's name keeps its reading (read24 F6).
    (nextToken === 'have' || !namesPerson(ctx, words[from]!))
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "40 degrees Celsius": a unit of measure, no name.
  if (to - from === 1 && (prevToken === 'degrees' || prevToken === 'degree')) return [];
  // "Arsenal, who play Chelsea on Sunday", "Tottenham, who won, are fourth": a plural verb after "who" (one
  // person "plays"); a country, a people or a family ("the Kurds, who are") keeps its own rules.
  if (
    to - from === 1 &&
    nextToken === ',' &&
    !chunk.caseless &&
    !personCue &&
    !words[from]!.possessive &&
    pluralAfterWho((k) => lowerTokenText(ctx, chunk.field, words[from]!.index + k)) &&
    !isNationalWordOf(words[from]!) &&
    !(prevToken === 'the' && endsWithText(words[from]!.lower, 's'))
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "the band Kasabian", "the Bullring shopping centre": the words beside a name no list knows (kind-cues.ts).
  if (!chunk.caseless && !personCue && whole === undefined) {
    const last = words[to - 1]!.index;
    const kind = kindByNeighbours(prevToken, (k) => lowerTokenText(ctx, chunk.field, last + k));
    // "the BHP copper mine", "Alcoa's mine", "the Rosatom nuclear plant": a firm's initials, a possessive or a
    // firm the list knows before a site's noun name its owner, not the site.
    if (
      kind &&
      !(
        kind === 'place' &&
        (words[to - 1]!.possessive ||
          (to - from === 1 && shapeIs(words[from]!, S_ACRONYM)) ||
          listedFirm(
            words
              .slice(from, to)
              .map((word) => word.core)
              .join(' '),
          ))
      )
    )
      return [candidate(chunk, from, to, kind, 2, NO_CONTEXT)];
    // "the ruling party Morena", "the militant group Hayat Tahrir al-Sham": a body's noun before the name
    // (not before a given name and a surname: "a birthday party Jenna Ortega threw", read29 F-b).
    if (
      !(to - from === 2 && isGivenNameWord(words[from]!)) &&
      bodyNounBefore(
        (k) => lowerTokenText(ctx, chunk.field, words[from]!.index - k),
        nextToken,
        () => startsUpper(tokenText(ctx, chunk.field, last + 2)),
      ) &&
      newsmakerNamed(words[from]!.core) === undefined
    )
      return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
    // "in the capital, Naypyitaw": the town a capital's noun introduces; "Arsenal, who play Chelsea": the
    // other side of a club's fixture is a club too.
    if (prevToken === ',' || prevToken === 'capital' || FIXTURE_PREV.has(prevToken)) {
      const first = words[from]!.index;
      const before = (k: number): string => lowerTokenText(ctx, chunk.field, first - k);
      // A listed leader is the speaker, never the town ("in the capital, Erdogan, who …": read24 F5).
      if (capitalNamed(before, nextToken) && newsmakerNamed(words[from]!.core) === undefined)
        return [candidate(chunk, from, to, 'place', 2, { locative: true, prev: 'in' })];
      // "Okolie, who face Usyk": a person's name the story knows keeps its reading (read24 F10).
      if (to - from === 1 && opponentAfterWho(before) && !namesPerson(ctx, words[from]!))
        return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
    }
    // "Andreessen Horowitz led the $20 million round", "a round led by Andreessen Horowitz": an investor.
    if (
      (nextToken === 'led' || nextToken === 'leads' || prevToken === 'by') &&
      leadsRound(
        (k) => lowerTokenText(ctx, chunk.field, words[from]!.index - k),
        (k) => lowerTokenText(ctx, chunk.field, last + k),
      )
    )
      return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
    // "A spokesman for Eskom said": one word no list knows, with no name's shape, that a spokesman speaks
    // for is a body (its verb is the spokesman's); a newsmaker's name ("a spokesman for Netanyahu") or a
    // surname's shape keeps its reading. Weak: the article's other mentions may say a person.
    const single = words[from]!;
    if (
      to - from === 1 &&
      spokenFor(prevToken, () => lowerTokenText(ctx, chunk.field, single.index - 2)) &&
      !isGivenNameWord(single) &&
      !isKnownSurnameWord(single) &&
      !SURNAME_SHAPE.test(single.core) &&
      !isLowerWordWord(single) &&
      // "a spokesman for Erdogan said": a leader's surname names the person (read23 F1).
      newsmakerNamed(single.core) === undefined &&
      // "Donald Trump has offered …, a spokesman for Trump said": the surname of a full name.
      !endsFullName(ctx, single)
    )
      return [candidate(chunk, from, to, 'organization', 1, SPOKEN_FOR)];
  }
  // "The Prime Minister insisted", "Deputy Prime Minister and Finance Minister Chrystia Freeland": titles
  // alone name no one ("King said" may be a surname's, "Prince" a singer's).
  if (!chunk.caseless && onlyTitleWords(words, from, to)) return [];
  // "Dato' Kamal Hamzah": a title written with an apostrophe is cut from the name it opens; alone it is none.
  if (to - from === 1 && wordIs(words[from]!, W_TITLE) && (nextToken === "'" || nextToken === '\u2019'))
    return [];
  // "Claude Opus 4.5 followed", "released Gemini 3 on Tuesday": a name before its version number is a
  // product's (a point release anywhere; a whole number after a verb of launching).
  // Lines of figures ("Revs 12.3 mln", "Denver 4.25") are tables, not launches.
  if (
    !personCue &&
    !words[from]!.tabular &&
    !chunk.caseless &&
    // "the EC 28.1 and the U.S. 12.5": a listed body beside its figure.
    !(to - from === 1 && gazetteerOfWord(words[from]!)?.kind === 'organization') &&
    versionAfter(ctx, chunk.field, words[to - 1]!.index, prevToken, words[from]!.index) &&
    !placeOfSpan(chunk, from, to)
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "Europe's Ariane 6 rocket", "Starship lifted off", "the comet 3I/ATLAS", "the probe passed Venus", "the
  // Higgs boson": spacecraft, rockets, comets, planets and particles are things, not the people, firms or
  // places their names also are.
  if (!chunk.caseless && !personCue && spaceThing(ctx, chunk, from, to, prevToken, nextToken))
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "Chelsea have signed the winger", "while Everton are unbeaten": one person does not take a plural verb;
  // a club named by a given name does in British copy (a country keeps its own rules).
  if (
    to - from === 1 &&
    PLURAL_VERBS.has(nextToken) &&
    (chunk.initial || CLAUSE_OPENERS.has(prevToken)) &&
    !chunk.caseless &&
    !personCue &&
    !words[from]!.possessive &&
    isGivenNameWord(words[from]!) &&
    gazetteerOfWord(words[from]!)?.kind !== 'country'
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  if (to - from === 1 && !chunk.caseless) {
    const single = words[from]!;
    // "the Rs 400-crore mission", "Ksh 2 billion": a currency's abbreviation before a figure; "the clade Ib
    // strain", "the Lagrange point L1": a designation after its kind's noun; "the October-December quarter",
    // "January-June": a span of months. None is a name.
    if (
      (CURRENCY_BEFORE_FIGURE.has(single.lower) && startsWithDigit(nextToken)) ||
      // "NT$452.3 billion", "2,800 CFA francs": a currency's code (a country the lists know keeps its mention).
      (CURRENCY_AFTER.has(nextToken) &&
        currencyCode(single.core, nextToken, gluedAfter(ctx, chunk.field, single.index)) &&
        gazetteerOfWord(single) === undefined) ||
      (DESIGNATION_AFTER.has(prevToken) && single.core.length <= 4) ||
      monthSpan(single.lower)
    )
      return [];
    // "A 34-year-old Redmond man was arrested", "a Bend woman": a town before a resident's noun; "Colombia's
    // Necocli, where migrants board boats": a name a relative "where" follows is a place.
    if (
      !personCue &&
      !single.possessive &&
      ((RESIDENT_NOUNS.has(nextToken) && (ARTICLES.has(prevToken) || AGE_BEFORE.test(prevToken))) ||
        (nextToken === ',' && lowerTokenText(ctx, chunk.field, single.index + 2) === 'where')) &&
      // A word no list knows (a listed town or country is typed as such below; "a Dutch-Moroccan man").
      !single.core.includes('-') &&
      !isGivenNameWord(single) &&
      !isKnownSurnameWord(single) &&
      gazetteerOfWord(single) === undefined &&
      !placeOfWord(single) &&
      !isLowerWordWord(single)
    )
      return [candidate(chunk, from, to, 'place', 2, NO_CONTEXT)];
    // "MPs", "MEPs", "CEOs", "GPUs": the plural of an abbreviated common noun names no one.
    // "A&E", "R&D", "M&A": a department's or a deal's abbreviation, no firm.
    if (shapeIs(single, S_PLURAL_ABBREVIATION) || COMMON_AMPERSANDS.has(single.core)) return [];
    // "Salesforce, Inc.", "Acme, LLC": a legal form set off by a comma belongs to the name before it.
    if (prevToken === ',' && CORPORATE_SUFFIXES.has(single.lower)) return [];
    // "EUR/USD", "USD/JPY at 155.20": a currency pair's codes name no body.
    if (
      CURRENCY_CODES.has(single.core) &&
      (tokenText(ctx, chunk.field, single.index - 1) === '/' ||
        tokenText(ctx, chunk.field, single.index + 1) === '/')
    )
      return [];
    // "S&P/ASX 200", "S&P/TSX composite": an index named by its two makers and a number; the first part
    // names it (other), the second is no name of its own.
    if (indexPairAt(ctx, chunk.field, single.index))
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    if (indexPairAt(ctx, chunk.field, single.index - 2)) return [];
    // "10:15 ET —", "9 a.m. PT": a time zone after a clock time.
    if (shapeIs(single, S_TIME_ZONE) && CLOCK_BEFORE.test(prevToken)) return [];
    // "NGX gains N520bn", "R2bn": a sum with its currency's letter and its scale in one word.
    if (shapeIs(single, S_CURRENCY_AMOUNT_SCALED)) return [];
    // "Japan's Nikkei gained 1.2%", "the KOSPI rose": a stock index, named alone as often as with "index"
    // ("the Nikkei newspaper reported" is the publisher).
    if (STOCK_INDICES.has(single.lower) && !PRESS_AFTER_INDEX.has(nextToken))
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    // "Bunds extended losses", "BTP losses", "PIBOR futures", "the September Bund future": government
    // bonds and interbank rates named by their market's abbreviation, and a name before "future(s)", are
    // instruments, no body ("NYMEX futures", an exchange's acronym, stays).
    if (
      BOND_NAMES.has(single.lower) ||
      // ("Fiat's future", "O'Leary's future" are their prospects: not after a possessive; the singular only
      // after a month, "the September Bund future".)
      ((nextToken === 'futures' || (nextToken === 'future' && (prevBits & CALENDAR_WORD) !== 0)) &&
        !single.possessive &&
        !isLowerWordWord(single) &&
        gazetteerOfWord(single) === undefined &&
        !shapeIs(single, S_ACRONYM))
    )
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    // "won an Oscar", "two Grammys", "the Nobel": a prize named after a person or a nickname.
    // "Oscar nominations", "an Emmy-winning actor", "Grammy nominee": so before a word of the prize's race.
    // "Three share Nobel chemistry prize", "Nobel peace laureate": so before the prize's own noun, after
    // its field or not (a headline drops the article that makes it a thing one wins).
    if (
      PRIZES.has(single.lower) &&
      (PRIZE_DETERMINERS.has(prevToken) ||
        endsWithText(single.lower, 's') ||
        PRIZE_RACE_AFTER.has(nextToken) ||
        prizeNounAfter(ctx, chunk.field, single.index))
    )
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    // "won the Masters", "the Ashes series": a tournament named by a plural, not a team or a person.
    if (prevToken === 'the' && TOURNAMENTS.has(single.lower))
      return [candidate(chunk, from, to, 'event', 2, NO_CONTEXT)];
    // "the Bill", "a similar Bill", "in next week's Budget": legislation and the budget as house styles
    // capitalise them, no person or place ("Bill said" stays a person).
    // "the Safety of Rwanda (Asylum and Immigration) Bill": the last word of a law's name after its bracket.
    if (
      single.lower === 'budget' ||
      (single.lower === 'bill' && (LEGISLATION_BEFORE.has(prevToken) || prevToken === ')'))
    )
      return [];
    // "Sh30 billion", "N1,487 per dollar", "R2.5 billion", "P545 billion": a sum in shillings, naira, rand or
    // pesos written with its currency's letter, no name.
    if (
      shapeIs(single, S_CURRENCY_AMOUNT) &&
      (SUM_AFTER.has(nextToken) || sumAfter(ctx, chunk.field, single.index))
    )
      return [];
    // "Brexit", "Grexit": a country's exit named by a blend, an event.
    if (shapeIs(single, S_EXIT_BLEND)) return [candidate(chunk, from, to, 'event', 2, NO_CONTEXT)];
  }
  // "the Artemis II crew", "Super Bowl LIX": a number after a word no list gives people, or after "the",
  // is a mission's, a sequel's or an event's; a monarch's or pope's has a given name or a title and no
  // article ("Charles III", "Leo XIV").
  if (
    to - from >= 2 &&
    !personCue &&
    words[to - 1]!.core.length > 1 &&
    shapeIs(words[to - 1]!, S_ROMAN_NUMERAL) &&
    !shapeIs(words[from]!, S_ROMAN_NUMERAL) &&
    !words.slice(from, to - 1).some((w) => wordIs(w, W_TITLE) || shapeIs(w, S_INITIALS)) &&
    (prevToken === 'the' ||
      !words.slice(from, to - 1).some((w) => isGivenNameWord(w) || isKnownSurnameWord(w)) ||
      // "Artemis III, the first crewed Moon landing", "Rocky IV, the sequel": one given name and a number in
      // a sentence about spaceflight or a film is a mission's or a work's (a monarch's has a title there).
      (to - from === 2 && missionOrWorkNear(ctx, chunk.field, words[from]!.index, words[to - 1]!.index)))
  )
    // "England XV", "a World XI": a country's or a world side, named by its number of players.
    return [
      candidate(
        chunk,
        from,
        to,
        to - from === 2 && isCountryName(words, from, from + 1) ? 'organization' : 'other',
        2,
        NO_CONTEXT,
      ),
    ];
  // "Royal Challengers Bengaluru", "Red Bull Salzburg": an ordinary word that is also a given name, a word
  // that is none, then a town, is a club or a firm of that town, not a person.
  if (
    to - from === 3 &&
    !personCue &&
    isGivenNameWord(words[from]!) &&
    isLowerWordWord(words[from]!) &&
    !wordIs(words[from]!, W_PLACE_HEAD) &&
    !wordIs(words[from]!, W_COMPASS) &&
    words[from + 1]!.capitalised &&
    !wordIs(words[from + 1]!, W_FUNCTION) &&
    !isGivenNameWord(words[from + 1]!) &&
    placeOfWord(words[to - 1]!)?.kind === 'city'
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "around the Moon next year", "the Earth's orbit": the celestial bodies, no name of a person, place or
  // body (as "on the Moon." ending a sentence already was).
  if (to - from === 1 && prevToken === 'the' && wordIs(words[from]!, W_CELESTIAL) && !chunk.caseless)
    return [];
  // "The West's patience", "the North fired", "the South": a compass point after "the", alone, is a region or a
  // bloc (CoNLL: LOC), never a person or a firm.
  if (
    to - from === 1 &&
    prevToken === 'the' &&
    !chunk.caseless &&
    CARDINAL_POINTS.has(words[from]!.lower) &&
    !(nextBits & CASED)
  )
    return [candidate(chunk, from, to, 'place', 2, NO_CONTEXT)];
  // "the first crewed Moon landing", "a Moon base": the Moon before a noun of spaceflight ("Moon said" is
  // Moon Jae-in's).
  if (
    to - from === 1 &&
    wordIs(words[from]!, W_CELESTIAL) &&
    !chunk.caseless &&
    !personCue &&
    MOON_NOUNS.has(nextToken)
  )
    return [];
  // "Alzheimer's disease", "Down's syndrome": a possessive name before an illness word names the illness;
  // so does a name before "virus" or "fever" ("Marburg virus disease", "Lassa fever"), a place's or not.
  if (
    to - from === 1 &&
    (ILLNESS_WORDS.has(afterPossessive(ctx, chunk, to, nextToken)) ||
      // ("the Wuhan virus … officials in Wuhan": a place the lists know stays the place, read27 P1.)
      (INFECTION_WORDS.has(nextToken) && !placeOfWord(words[from]!)))
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "travelling to Iznik", "flew to Ushuaia": where a traveller goes is a place, though no list knows the
  // town (off sports pages: "returned to Wrexham" is a club).
  if (
    to - from === 1 &&
    prevToken === 'to' &&
    !ctx.sports &&
    !chunk.caseless &&
    !personCue &&
    TRAVEL_VERBS.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)) &&
    gazetteerOfWord(words[from]!) === undefined &&
    !placeOfWord(words[from]!) &&
    !isGivenNameWord(words[from]!) &&
    !isKnownSurnameWord(words[from]!) &&
    !isLowerWordWord(words[from]!) &&
    !shapeIs(words[from]!, S_ACRONYM) &&
    !isBrandWord(words[from]!.core)
  )
    return [candidate(chunk, from, to, 'place', 1, NO_CONTEXT)];
  // "the Dow Jones industrial average", "the Nikkei average", "the Nasdaq composite": a market index.
  // "the Nasdaq Composite", "the Hang Seng Index": so is a name that ends with the word.
  // "Qatar's index", "Abu Dhabi's index": a country's or a city's index leaves the place a place.
  if (
    (((nextBits & INDEX_WORD) !== 0 && !words[to - 1]!.possessive) ||
      (to - from > 1 && INDEX_AFTER.has(words[to - 1]!.lower)) ||
      (nextToken === 'industrial' &&
        lowerTokenText(ctx, chunk.field, words[to - 1]!.index + 2) === 'average')) &&
    // "the American Stock Exchange index": the exchange keeps its name.
    !wordIs(words[to - 1]!, W_ORG_HEAD)
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "the Wegovy maker", "the iPhone maker": a product named before "maker".
  if (to - from === 1 && nextToken === 'maker' && prevToken === 'the')
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "Boeing 737 MAX", "Airbus A320 Neo": a word after a maker's model number names the model.
  if (
    to - from === 1 &&
    prevToken.length === 3 &&
    MODEL_NUMBER.test(prevToken) &&
    (shapeIs(words[from]!, S_ACRONYM) ||
      startsWithCapital(tokenText(ctx, chunk.field, words[from]!.index - 2))) &&
    !(gazetteerOfWord(words[from]!) !== undefined) &&
    !placeOfWord(words[from]!)
  )
    return [
      MODEL_SUFFIXES.has(words[from]!.lower)
        ? modelWithNumber(ctx, chunk, from, to)
        : candidate(chunk, from, to, 'other', 2, NO_CONTEXT),
    ];
  // "F-16", "AK-47s", "MiG-29": a letter code, a hyphen and a number name a model of aircraft or weapon;
  // after a maker's name too ("Ford F-150"), and so does "Model" and its letter ("Tesla Model Y"); "CR-V"
  // (letters, a hyphen and one letter) names a car model.
  if (
    shapeIs(words[to - 1]!, S_MODEL_CODE) ||
    (to - from > 2 && words[to - 2]!.lower === 'model' && MODEL_DESIGNATION.test(words[to - 1]!.core)) ||
    // ("EC-U.S. talks", "(CPI-U)", "<MRI-A>": a lower-case word after the letters says they name a thing.)
    (to - from === 1 &&
      LETTER_MODEL_CODE.test(words[from]!.core) &&
      startsLower(tokenText(ctx, chunk.field, words[from]!.index + 1)))
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "Brent crude", "Urals crude": a benchmark grade of oil, no person and no place.
  // "West Texas Intermediate": the US grade, named by its region and its sulphur.
  // "( - 350.29 ) Sept Brent zinc per tonne": after a delivery month's short form, a grade or a contract.
  if (
    // "OPEC crude oil output": a listed body before "crude" is the producers, no grade.
    // "Russian crude", "Iran crude": a country or its people's word before it is the oil's country, no
    // grade (review26 #43).
    (to - from === 1 &&
      nextBits & OIL_GRADE_WORD &&
      !isKnownBodyWord(words[from]!.core) &&
      gazetteerOfWord(words[from]!)?.countryCode === undefined) ||
    (to - from > 1 && words[to - 1]!.lower === 'intermediate') ||
    (to - from === 1 &&
      !personCue &&
      !chunk.caseless &&
      MONTH_SHORT_FORMS.has(prevToken) &&
      // What is priced follows in lower case ("Sept Brent zinc"; "Oct Shr 1.20" is a table's label).
      startsLower(tokenText(ctx, chunk.field, words[from]!.index + 1)))
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "the iPhone 17 Pro Max", "Galaxy S25 Ultra": a model's suffix after its number is the model's name.
  if (
    to - from <= 2 &&
    MODEL_NUMBER_BEFORE_SUFFIX.test(prevToken) &&
    words.slice(from, to).every((w) => MODEL_SUFFIXES.has(w.lower))
  )
    return [modelWithNumber(ctx, chunk, from, to)];
  // "Democrats gain in House races", "in the House": the chamber, no place.
  if (to - from === 1 && words[from]!.lower === 'house' && !personCue && !chunk.caseless && !chunk.initial)
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "a Hong Kong IPO", "Chinese EV": an abbreviation of a common noun ends no name; what precedes it is one.
  // "Lib Dem MPs", "Tory MPs": so does a plural abbreviation ("MPs").
  if (
    to - from > 1 &&
    (NOT_ORG_ACRONYMS.has(words[to - 1]!.core) || shapeIs(words[to - 1]!, S_PLURAL_ABBREVIATION)) &&
    !aiFirmName(words, from, to, nextToken)
  )
    return typeChunk(chunkWith(chunk, words.slice(from, to - 1)), ctx);
  // "Chancellor of the Exchequer …", "President of France": an office alone is not a name.
  if (to - from === 1 && nextToken === 'of' && wordIs(words[from]!, W_TITLE)) return [];
  // "Sen. Bernie Sanders", "Texas Gov. Greg Abbott": an abbreviated title whose period the tokenizer
  // split off ends the run; it is no name, and what precedes it is one of its own.
  // "the European Court of Justice. Meloni …": a title word after "of" before a full stop ends an "of"
  // name, not an abbreviation.
  if (
    isWithPeriod(nextToken, words[to - 1]!.lower) &&
    isTitleLower(nextToken) &&
    !(to - from > 2 && words[to - 2]!.lower === 'of') &&
    !(
      to - from > 1 &&
      !isLowerWordWord(words[to - 2]!) &&
      sentenceEndsAfter(ctx, chunk.field, words[to - 1]!)
    )
  ) {
    if (to - from === 1) return [];
    return typeChunk(chunkWith(chunk, words.slice(from, to - 1)), ctx);
  }
  // "a river of Islam" is a figure of speech: a river is named before its noun ("the Chenab river").
  const placeNounBefore =
    (prevToken === 'of' &&
      (tokenBits(ctx, chunk.field, words[from]!.index - 2) & PLACE_NOUN) !== 0 &&
      !RIVERS.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2))) ||
    // "towns such as Brcko and Srebrenica".
    (prevToken === 'as' && placesSuchAs(ctx, chunk.field, words[from]!.index - 2)) ||
    // "coastal provinces including Gia Lai and Dak Lak".
    (prevToken === 'including' &&
      PLURAL_PLACE_NOUNS.has(tokenText(ctx, chunk.field, words[from]!.index - 2))) ||
    // "the provinces of Ben Tre and Dong Thap": the later names of a list a plural place noun opens.
    (prevToken === 'and' && placesListBefore(ctx, chunk.field, words[from]!.index - 2, false)) ||
    (prevToken === ',' &&
      placesListGoesOn(ctx, chunk.field, words[to - 1]!.index + 1) &&
      placesListBefore(ctx, chunk.field, words[from]!.index - 2, true));
  // "Northern and Southeastern regions", "Western states": compass adjectives before the noun name no place.
  const placeNounAfter =
    !(to - from === 1 && COMPASS_ADJECTIVE.test(words[from]!.core)) &&
    ((nextToken !== 'of' &&
      (nextBits & PLACE_NOUN) !== 0 &&
      // "a Reform by-election win", "each Parliamentary constituency": an ordinary word before the seat is
      // a party or a kind of seat, no seat's name.
      !((nextToken === 'by-election' || nextToken === 'constituency') && isLowerWordWord(words[from]!)) &&
      // "much of Guerrero state.", "Rakhine state, where": "state" ending the phrase is the region's ("a
      // Modi state visit", "Xinhua state news agency" are the state's).
      (nextToken !== 'state' ||
        STATE_PHRASE_ENDS.has(lowerCased(tokenText(ctx, chunk.field, words[to - 1]!.index + 2))))) ||
      // "Quang Ninh and Hai Phong provinces", "the Sutlej, Ravi and Chenab rivers": the first names of a list
      // before a plural place noun.
      ((nextToken === 'and' || nextToken === ',') &&
        placesListAfter(ctx, chunk.field, words[to - 1]!.index + 2)) ||
      // "met at the Erez crossing", "the Rafah crossing": a border crossing is named by its place.
      // "Travellers on the Eurostar crossing": a crossing one rides on is a ferry's or a train's.
      (nextToken === 'crossing' &&
        prevToken === 'the' &&
        !RIDDEN_ON.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2))));
  // "investors in Google", "a stake in Tesla", "invested $8 billion in Anthropic": "in" after these
  // words takes a company.
  const companyIn = prevToken === 'in' && investedBefore(ctx, chunk.field, words[from]!.index - 2);
  // "joined Milan from Torino", "transferred to Milan": on a sports page, the clubs of a transfer.
  const transferClub =
    ctx.sports &&
    (prevToken === 'from' || prevToken === 'to') &&
    transferBefore(ctx, chunk.field, words[from]!.index - 2);
  // "across the Alps", "in the Netherlands": an article between does not end a locative.
  // "at Syriza's party congress", "in Anthropic's models": the place is the possessed thing's, not the
  // owner's (a place the lists know stays one: "in Gaza's north").
  // "a bid from Liverpool for striker Alexander Isak": the bidder is no place one comes from.
  const bidder =
    prevToken === 'from' &&
    BID_WORDS.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)) &&
    bidForPlayer(ctx, chunk.field, words[from]!.index, words[to - 1]!.index);
  const locative =
    ((prevBits & LOCATIVE_WORD) !== 0 &&
      !companyIn &&
      !transferClub &&
      !bidder &&
      (!words[to - 1]!.possessive || placeName(words, from, to))) ||
    // "bound for London Gatwick".
    (prevToken === 'for' && lowerTokenText(ctx, chunk.field, words[from]!.index - 2) === 'bound') ||
    (prevToken === 'the' && (tokenBits(ctx, chunk.field, words[from]!.index - 2) & LOCATIVE_WORD) !== 0) ||
    // "Residents in nearby Northfleet", "in neighbouring Chatelineaux": an adjective of nearness between.
    (NEARBY.has(prevToken) && (tokenBits(ctx, chunk.field, words[from]!.index - 2) & LOCATIVE_WORD) !== 0) ||
    // "the ferry to Tilbury", "was taken to Lampedusa": where a journey goes ("sold to Boeing" is no journey).
    (prevToken === 'to' && JOURNEY_TO.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2))) ||
    placeNounBefore ||
    placeNounAfter;
  // "Manchester City have won", "Leicester City were relegated": a town's name and "City" that no list
  // knows as a place ("Mexico City", "Kansas City" are) is the town's club; "in Iowa City" stays a place.
  if (
    to - from === 2 &&
    !locative &&
    !personCue &&
    words[to - 1]!.lower === 'city' &&
    !chunk.caseless &&
    placeOfWord(words[from]!)?.kind === 'city' &&
    lookup(words, from, to, ctx) === undefined &&
    lookupPlace(`${words[from]!.core} City`) === undefined
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "1. Alex Zanardi ( Italy ) , Reynard Honda , 53.980", "8. Eleuterio Anguita ( Spain ) MX Onda | 9.": in
  // a results line the name after an entrant and his country, before his time or the next rank, is his
  // team or his car's maker ("Dave Barr ( Canada ) , Mike Sullivan , Willie Wood" lists players).
  if (
    (prevToken === ',' || prevToken === ')') &&
    !personCue &&
    resultAfterTeam(ctx, chunk.field, words[to - 1]!.index + 1) &&
    teamAfterEntrant(ctx, chunk.field, words[from]!.index)
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "published in Nature", "writing in the Lancet", "the journal Science": a journal, not a place (a place
  // the lists know stays one: "published in London").
  if (
    to - from <= 3 &&
    !personCue &&
    (((prevToken === 'in' ||
      (prevToken === 'the' && lowerTokenText(ctx, chunk.field, words[from]!.index - 2) === 'in')) &&
      PUBLISHED_IN.has(
        lowerTokenText(ctx, chunk.field, words[from]!.index - (prevToken === 'in' ? 2 : 3)),
      )) ||
      JOURNAL_NOUNS.has(prevToken)) &&
    lookup(words, from, to, ctx) === undefined &&
    !placeOfWord(words[from]!) &&
    !isGivenNameWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "invested $8 billion in Anthropic": "in" after these words takes a company, whatever its spelling.
  if (companyIn && !personCue && !(gazetteerOfWord(words[from]!) !== undefined) && !placeOfWord(words[from]!))
    return [candidate(chunk, from, to, 'organization', 1, { locative: false, prev: prevToken })];
  // "shares of Amazon", "the parent of Google": these words take a company after "of", even one named
  // like a river or a town; a country stays a country. Longer names have their own head words.
  // "Shares of Novo Nordisk": two or three words with no head word of their own too.
  // (The cheap tests of the word before first: the place look-up of the name is asked after "of" only.)
  if (
    prevToken === 'of' &&
    !personCue &&
    (to - from === 1 ||
      (to - from <= 3 &&
        !wordIs(words[to - 1]!, W_ORG_HEAD) &&
        !wordIs(words[to - 1]!, W_PLACE_HEAD) &&
        lookupPlace(chunk.text.slice(words[from]!.start - chunk.start, words[to - 1]!.end - chunk.start)) ===
          undefined)) &&
    COMPANY_OF.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)) &&
    // "state Sen. Elena Parent of Atlanta": the word is a name's last word, not the noun.
    !surnameCue(ctx, chunk.field, words[from]!.index - 2) &&
    !isCountryName(words, from, to) &&
    // "shares of Australian miner Lynas": a nationality word describes the company that follows.
    !(to - from === 1 && gazetteerOfWord(words[from]!)?.kind === 'demonym')
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "competition from Huawei", "orders from Boeing": a commercial noun before "from" takes a company, where
  // "from" alone would make an unknown name a place; a known place ("demand from Texas") stays one.
  if (
    to - from === 1 &&
    prevToken === 'from' &&
    !personCue &&
    commercialNounBefore(ctx, chunk.field, words[from]!.index - 2) &&
    !(gazetteerOfWord(words[from]!) !== undefined) &&
    !placeOfWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "aerospace supplier Rockwell Collins", "planemaker Boeing": the kind of firm before its name.
  if (
    (prevBits & COMPANY_KIND_BEFORE ||
      sectorGroupBefore(ctx, chunk.field, words[from]!.index) ||
      firmKindBefore(ctx, chunk.field, words[from]!.index, nextToken) ||
      laterFirmOfList(ctx, chunk.field, words[from]!.index)) &&
    !personCue &&
    !(
      tradeBeforePerson(prevToken, words, from, to) &&
      !thingPronounNext(ctx, chunk.field, words[to - 1]!.index)
    ) &&
    !isCountryName(words, from, to) &&
    !(to - from === 1 && placeOfWord(words[from]!)) &&
    // "Software developer Jane Smith said she": a person's pronoun takes up a given name and surname.
    !(
      to - from === 2 &&
      isGivenNameWord(words[from]!) &&
      personPronounNext(ctx, chunk.field, words[to - 1]!.index)
    )
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "Google's Gemini", "OpenAI's Sora": after a firm's possessive, a word WordNet only knows as a
  // constellation or a region, or a given name, names the firm's product.
  if (to - from === 1 && !personCue && ownedByFirm(prevToken)) {
    const entry = gazetteerOfWord(words[from]!);
    const placeOnly = entry?.kind === 'place' && !placeOfWord(words[from]!);
    if (
      placeOnly ||
      (entry === undefined && isGivenNameWord(words[from]!) && !isKnownSurnameWord(words[from]!))
    )
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  }
  // A place noun next to the name is as good as "in": record it as such for the document pass.
  const base: Base = { locative, prev: placeNounBefore || placeNounAfter ? 'in' : prevToken };

  // "Ajax Amsterdam coach Louis van Gaal": on a sports page a name ending in a town before a squad noun is the club.
  if (
    ctx.sports &&
    to - from > 1 &&
    SQUAD_NOUNS.has(nextToken) &&
    isTownWord(words[to - 1]!) &&
    !isCountryName(words, from, to)
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "Hull 2 Charlton 1": a name in a score line of a sports page is a team, unless it is a country.
  if (
    ctx.sports &&
    !playerName(words, from, to) &&
    isResultSlot(ctx, chunk, from, prevToken, afterCountryNote(ctx, chunk, to, nextToken))
  ) {
    const name = words
      .slice(from, to)
      .map((w) => w.core)
      .join(' ');
    if (!GAZETTEER.get(norm(name))?.countryCode && lookupPlace(name)?.kind !== 'country')
      return [candidate(chunk, from, to, 'organization', 2, base)];
  }
  if (to - from === 1 && (wordIs(words[from]!, W_DISEASE) || wordIs(words[from]!, W_CRYPTO)))
    return [candidate(chunk, from, to, 'other', 2, base)];
  // Cricket scorecards: "c Vaas b Chandana", "lbw b Gough", "st Kaluwitharana", "Fleming 8-1-26-3".
  if (
    ctx.sports &&
    (SCORECARD_BEFORE.has(prevToken) || bowlingFiguresAfter(ctx, chunk.field, words[to - 1]!.index)) &&
    !isCountryName(words, from, to)
  )
    return [candidate(chunk, from, to, 'person', 2, base)];
  // "Wimbledon champion", "the Berlin grand prix": a town naming a sports event is no club and no place.
  if (
    ctx.sports &&
    to - from === 1 &&
    EVENT_AFTER.has(nextToken) &&
    (isTownWord(words[from]!) || gazetteerOfWord(words[from]!)?.kind === 'place')
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "The Denver Nuggets beat the New York Knicks 118-105": so in a result on any page.
  if (
    !personCue &&
    isTeamNickname(words, from, to, prevToken) &&
    (ctx.sports || inResultSentence(ctx, chunk.field, words[from]!.index))
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "in Game 1 of the World Series", "Stage 5", "Round 3": an ordinary word numbered is a part of an
  // event, no place ("Channel 4", "Radio 4" are bodies: left to their own rules).
  if (
    to - from === 1 &&
    !chunk.caseless &&
    nextBits & DIGITS_TEXT &&
    EVENT_PART_WORDS.has(words[from]!.lower)
  )
    return [];
  // "the first Black woman", "Indigenous communities": a group adjective written with a capital, as AP
  // style writes it, inside a sentence before a noun of people is no name ("Jack Black said", "when White
  // took the stage" still are).
  if (
    to - from === 1 &&
    !chunk.caseless &&
    !chunk.initial &&
    GROUP_ADJECTIVES.has(words[from]!.lower) &&
    nextBits & PEOPLE_NOUN
  )
    return [];
  // Not "Gorbachev's program" (its owner) nor a headline in capitals ("U.S. SOYBEAN PROGRAM CHANGES").
  const plainSingleWord = to - from === 1 && !words[from]!.possessive && !chunk.caseless;
  // "the weight-loss drug Wegovy", "the maker of Ozempic": a name right after a product's noun, or after
  // "maker of", is the product (a firm the lists know stays the firm: "chips from Nvidia").
  if (
    to - from === 1 &&
    (prevBits & PRODUCT_BEFORE_WORD ||
      (prevToken === 'of' && MAKER_NOUNS.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)))) &&
    !listedAsBodyOrPlace(words[from]!) &&
    !isGivenNameWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "Ozempic pills", "Blackwell chips", "sales of Wegovy": a name before a product's noun, or after the
  // sales or doses of something, is the product; a firm or place the lists know stays one ("Nvidia chips",
  // "sales of Toyota cars").
  // "Cambricon chips", "Xiaomi smartphones": before a device's noun an unknown name is more often its maker;
  // the device's own name needs an owner or a determiner before it ("Nvidia's Blackwell chips", "its Pixel
  // handsets", "the Cell processor").
  if (
    plainSingleWord &&
    (nextBits & PRODUCT_AFTER_WORD ||
      (prevToken === 'of' && SOLD_UNITS.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2))) ||
      (nextBits & DEVICE_AFTER_WORD && ownerBefore(prevToken))) &&
    // "Japanese chips", "French tablets": a nationality word or a name the lists know is no product.
    !(gazetteerOfWord(words[from]!) !== undefined) &&
    !placeOfWord(words[from]!) &&
    !isBrandWord(words[from]!.core) &&
    !isGivenNameWord(words[from]!) &&
    !shapeIs(words[from]!, S_ACRONYM)
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  if (
    plainSingleWord &&
    nextBits & DEVICE_AFTER_WORD &&
    !ownerBefore(prevToken) &&
    !shapeIs(words[from]!, S_ACRONYM) &&
    !personCue &&
    !isGivenNameWord(words[from]!) &&
    gazetteerOfWord(words[from]!) === undefined &&
    !placeOfWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'organization', 1, base)];
  // "McDonald's said", "sales at Moody's": a firm whose name is a possessive ("McDonald" is a surname).
  const possessiveFirm =
    to - from === 1 && words[from]!.possessive ? GAZETTEER.get(`${words[from]!.lower}'s`) : undefined;
  if (possessiveFirm?.kind === 'organization')
    return [
      candidate(chunk, from, to, 'organization', 2, base, { ...NO_INFO, canonical: possessiveFirm.name }),
    ];
  // "Chelsea's Cole Palmer", "Everton's Duncan Ferguson": on a sports page a name in the possessive right
  // before a player's full name is the club (a country or a place stays one: "Britain's Andy Murray";
  // elsewhere it may be a person's: "Trump's Susie Wiles").
  if (
    ctx.sports &&
    to - from === 1 &&
    words[from]!.possessive &&
    !chunk.caseless &&
    nextBits & CASED &&
    isGivenName(nextToken) &&
    tokenBits(ctx, chunk.field, words[from]!.index + 2) & CASED &&
    !isKnownSurnameWord(words[from]!) &&
    !listedAsBodyOrPlace(words[from]!) &&
    gazetteerOfWord(words[from]!)?.kind !== 'demonym'
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "Nobel laureate Muhammad Yunus", "Oscar winner Emma Stone": a name before the one who won it is a prize.
  if (
    plainSingleWord &&
    nextBits & AWARD_AFTER_WORD &&
    // The winner's name follows ("the Arsenal winner in the 89th minute" is a goal).
    tokenBits(ctx, chunk.field, words[from]!.index + 2) & CASED &&
    !ctx.sports &&
    !listedAsBodyOrPlace(words[from]!)
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "its Artemis programme", "the Hubble telescope": a name before a programme or a craft names it; a
  // body's or a place's programme keeps its owner ("the UN programme", "the Ontario program").
  if (
    plainSingleWord &&
    nextBits & PROGRAMME_AFTER_WORD &&
    !shapeIs(words[from]!, S_ACRONYM) &&
    !listedAsBodyOrPlace(words[from]!)
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "Disney+", "Canal+": a plus written onto a name makes a brand of a streaming or TV service.
  if (
    to - from === 1 &&
    nextToken === '+' &&
    fieldsOf(ctx, chunk.field).field.tokens[words[from]!.index + 1]?.start === words[from]!.end
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  return typeByReading(chunk, ctx, {
    from,
    personCue,
    whole,
    prevToken,
    nextToken,
    prevBits,
    nextBits,
    placeNounBefore,
    placeNounAfter,
    transferClub,
    locative,
    base,
  });
}

/** What `typeNamedSpan` read around the name that `typeByReading` reads on. */
interface SpanContext {
  readonly from: number;
  readonly personCue: boolean;
  readonly whole: GazetteerEntry | Candidate | undefined;
  readonly prevToken: string;
  readonly nextToken: string;
  readonly prevBits: number;
  readonly nextBits: number;
  readonly placeNounBefore: boolean;
  readonly placeNounAfter: boolean;
  readonly transferClub: boolean;
  readonly locative: boolean;
  readonly base: Base;
}

/** The name read by the lists and its own words, after the rules on its surroundings (`typeNamedSpan`). */
function typeByReading(chunk: Chunk, ctx: Context, span: SpanContext): Candidate[] {
  const words = chunk.words;
  const to = words.length;
  const { from, personCue, whole, prevToken, nextToken, prevBits, nextBits } = span;
  const { placeNounBefore, placeNounAfter, transferClub, locative, base } = span;
  // From the first word, the look-up is the one `whole` made (found or not): not asked again.
  let entry = from === 0 ? whole : lookup(words, from, to, ctx);
  const n = to - from;
  const first = words[from]!.core;
  const firstLower = words[from]!.lower;
  const lastLower = words[to - 1]!.lower;
  const firstWord = words[from]!;
  const lastWord = words[to - 1]!;
  const personVerb = (nextBits & PERSON_VERB) !== 0;
  // "Leeds beat Hull 2-1": a sentence reporting a result is a sports context on any page.
  let resultHere: boolean | undefined;
  const inResult = () => (resultHere ??= inResultSentence(ctx, chunk.field, words[from]!.index));
  // A single unknown name before a verb of speech or opinion ("Trump has accused") speaks as a person.
  const speakerVerb =
    n === 1 &&
    (nextToken === 'told' ||
      // "Trump has imposed tariffs. He said …": the next sentence goes on about the subject as "he"/"she".
      (chunk.initial &&
        !chunk.caseless &&
        pronounOpensNextSentence(ctx, chunk.field, words[to - 1]!.index, SUBJECT_VERB.test(nextToken))) ||
      (prevBits & MEETS_WORD) !== 0 ||
      // "quoted Lebed as saying": the one quoted speaks.
      (prevToken === 'quoted' && nextToken === 'as') ||
      // "Netanyahu, who faces", "Duran, whose record": firms take "which" (clubs take "who" as well:
      // "Arsenal, who drew 1-1", so not on a sports page or in a result).
      (nextToken === ',' &&
        tokenBits(ctx, chunk.field, words[to - 1]!.index + 2) & WHO_WORD &&
        !ctx.sports &&
        !inResult()) ||
      (nextBits & SPEAKER_VERB) !== 0 ||
      (nextBits & AUXILIARY && (tokenBits(ctx, chunk.field, words[to - 1]!.index + 2) & SPEAKER_VERB) !== 0));
  let pronounHere: 'person' | 'thing' | null | undefined;
  const pronoun = () =>
    (pronounHere ??= words[to - 1]!.possessive
      ? null
      : (pronounAfter(ctx, chunk.field, words[from]!.index, words[to - 1]!.index) ?? null));
  // "Jannik Sinner won his first title": a pronoun of the name's clause takes it up as a person.
  const pronounPerson = () => !chunk.caseless && pronoun() === 'person';
  const speaker = personVerb || speakerVerb || (n === 1 && pronounPerson());
  // "Apple reported", "Shell said": a brand named by an ordinary word (or a given name), before a verb of
  // firms, is the firm.
  if (n === 1 && firmBrandAt(ctx, chunk, from)) return [candidate(chunk, from, to, 'organization', 2, base)];
  // "Canada sent Hercules aircraft", "the Gloria funicular derailed": a model's or a line's name before its
  // craft (a maker's name, "Boeing jets", stays the firm; a people's or a country's word stays theirs).
  if (
    n === 1 &&
    !personCue &&
    !lastWord.possessive &&
    craftNounAfter(nextToken) &&
    !isBrandWord(lastWord.core) &&
    !NOT_CRAFT_KINDS.has(gazetteerOfWord(lastWord)?.kind ?? '') &&
    // "NATO planes", "Leeds trams", "Hughes aircraft": a body's letters, a town, a maker's surname.
    !ACRONYM.test(lastWord.core) &&
    !placeOfWord(lastWord) &&
    !isKnownSurnameWord(lastWord) &&
    // "Civil aircraft 7.7 mln loss", "Military planes flew": an ordinary word opening a sentence or a line.
    !(chunk.initial && isLowerWordWord(lastWord)) &&
    // A model is named by a given name, an ordinary word or a designation with digits ("Gloria", "Reaper", "A340");
    // a coined word before the craft ("Baykar drones", "Saab fighters") is more often its maker, a firm (read29 F-s).
    (isGivenNameWord(lastWord) || isLowerWordWord(lastWord) || DIGIT_IN_WORD.test(lastWord.core))
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "-- New York Energy Desk , +1 212", "-- Air Cargo Newsroom": a wire's desk signing off its story.
  if (n >= 2 && NEWSROOM_HEADS.has(lastLower) && (SIGN_OFF_BEFORE.has(prevToken) || isPlaceWordOf(firstWord)))
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "The Houthis, who say", "the Beatles, who formed": members in the plural after "the" before "who" are a
  // group, no person (read as a speaker, "who" made them one).
  if (
    n === 1 &&
    prevToken === 'the' &&
    nextToken === ',' &&
    endsWithText(lastLower, 's') &&
    !lastWord.possessive &&
    tokenBits(ctx, chunk.field, lastWord.index + 2) & WHO_WORD &&
    gazetteerOfWord(lastWord) === undefined &&
    // ("the Clintons, who": a family.)
    !isKnownSurname(lastWord.core.slice(0, -1))
  )
    return [candidate(chunk, from, to, 'organization', 1, base)];
  // "the Red Cross", "the North Korean Red Cross", "the Palestine Red Crescent": the movement and its national
  // societies ("Cross" alone heads places: "King's Cross", "Charing Cross").
  if (n >= 2 && words[to - 2]!.lower === 'red' && (lastLower === 'cross' || lastLower === 'crescent'))
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "before reaching the Moon, NASA said": a name after "the" and before punctuation, no speaker, names a
  // thing ("the Trump administration", "the Moon said" are left to the other rules).
  // "on the Moon." reads its period with the word ("moon.").
  const thingAfterThe =
    prevToken === 'the' &&
    !speaker &&
    (CLAUSE_ENDS.has(nextToken) || isWithPeriod(nextToken, words[to - 1]!.lower));
  const teamPlace = (type: CandidateType, countryCode?: string): CandidateType =>
    type === 'place' &&
    !countryCode &&
    !locative &&
    // "Queensland's government": a place that owns a government is the place.
    !PLACE_OWNS.has(afterPossessive(ctx, chunk, to, nextToken)) &&
    (((ctx.sports || inResult()) && isTeamContext(chunk, prevToken, nextToken)) ||
      // "Manchester City v Chelsea", "Leeds striker Joel Piroe", "Leeds central defender …" on a sports page.
      (ctx.sports && clubBefore(ctx, chunk.field, words[to - 1]!.index, nextToken)) ||
      // "played for Nice", "joined Milan from Torino", "homered for Cleveland" on a sports page.
      (ctx.sports && (PLAYS_FOR.has(prevToken) || transferClub)) ||
      // "Liverpool have completed the signing", "Newcastle have rejected a bid": a town is singular, a side
      // in British copy plural ("Leeds and York have" is two towns).
      // The town must be the verb's subject, opening its clause ("the countries of Latin America have",
      // "flown to London were" agree with another noun).
      (PLURAL_VERBS.has(nextToken) && (chunk.initial || CLAUSE_OPENERS.has(prevToken))) ||
      // "Liverpool signed Sweden striker Alexander Isak": a town opening its clause that signs or sells a
      // player named by position is the club, on any page.
      (CLUB_DEAL_VERBS.has(nextToken) &&
        (chunk.initial || CLAUSE_OPENERS.has(prevToken)) &&
        playerAfter(ctx, chunk.field, words[to - 1]!.index + 2)) ||
      // "a bid from Liverpool for striker Alexander Isak", "Liverpool made an offer for the Swedish forward":
      // a town bidding for a player is the club, on any page.
      bidForPlayer(ctx, chunk.field, words[from]!.index, words[to - 1]!.index))
      ? 'organization'
      : type;
  if (entry) {
    if ('kind' in entry) {
      // WordNet lists some countries as plain places ("Turkey"); the country gazetteer knows better.
      const asCountry = entry.kind === 'place' ? lookupPlace(entry.name) : undefined;
      if (asCountry?.kind === 'country')
        entry = { kind: 'country', name: asCountry.name, countryCode: asCountry.countryCode };
      // "University of Michigan", "New York Stock Exchange", "Pentagon": WordNet files some
      // institutions under places; their head word says organisation.
      if (
        entry.kind === 'place' &&
        ((n > 1 &&
          wordIs(words[to - 1]!, W_ORG_HEAD) &&
          !wordIs(words[to - 1]!, W_PLACE_HEAD) &&
          lastLower !== 'house') ||
          (n === 1 && wordIs(words[from]!, W_INSTITUTION)) ||
          hasOrgLeadOf(words, from, to))
      )
        return [candidate(chunk, from, to, 'organization', 2, base)];
      if (entry.kind === 'group' && n === 1) {
        const read = groupWordByNeighbours(ctx, chunk, words[from]!, nextToken);
        if (read === 'none') return [];
        if (read) return [candidate(chunk, from, to, read, 2, base)];
      }
      // "European carmakers", "all Africans", "Arab states": the people of a region, as "German" is a
      // country's (other peoples, faiths and groups stay `other`).
      if (entry.kind === 'group' && REGIONAL_PEOPLES.has(entry.name.toLowerCase()))
        return [candidate(chunk, from, to, 'nationality', 2, base, { ...NO_INFO, canonical: entry.name })];
      const g = fromGazetteer(entry);
      const type = g.type;
      // "Disney said profits rose … The company said": a famous surname alone that reports a firm's results
      // or that "the company" takes up is the firm (firm-cues.ts).
      if (
        type === 'person' &&
        n === 1 &&
        !personCue &&
        !chunk.caseless &&
        firmSaysAfter((k) => lowerTokenText(ctx, chunk.field, words[from]!.index + k))
      )
        return [candidate(chunk, from, to, 'organization', 2, base)];
      // "the SWIFT messaging system": a word in capitals on a mixed-case line is an acronym, not the surname
      // WordNet knows ("Swift").
      if (
        type === 'person' &&
        n === 1 &&
        !chunk.caseless &&
        first.length >= 3 &&
        shapeIs(firstWord, S_ACRONYM)
      )
        return [candidate(chunk, from, to, 'organization', 1, base)];
      if (type === 'person' && n === 1 && thingAfterThe) return [];
      // "Disney said in a statement that its …": WordNet's person is a firm that "its" takes up.
      if (
        type === 'person' &&
        n === 1 &&
        (pronoun() === 'thing' || firmItAfter(ctx, chunk.field, words[from]!.index))
      )
        return [candidate(chunk, from, to, 'organization', 2, base)];
      if (
        type === 'person' &&
        n === 1 &&
        (nextBits & ORG_CUE_AFTER || (STAFF_AFTER.has(nextToken) && !isLowerWordWord(firstWord)))
      )
        return [candidate(chunk, from, to, 'organization', 1, base)];
      // "analysts at Bernstein": a surname where people work is their firm; so is a surname the place lists
      // know too ("scientists at Copernicus").
      if (
        (type === 'person' ||
          (type === 'place' && !entry.countryCode && isKnownSurnameWord(firstWord) && !personCue)) &&
        n === 1 &&
        staffAt(ctx, chunk.field, words[from]!.index)
      )
        return [candidate(chunk, from, to, 'organization', 2, base)];
      // A one-word place name, no country and not after a locative ("in", "from"): the firm readings below.
      const onePlaceWord = type === 'place' && n === 1 && !entry.countryCode && !locative;
      // "Amazon invested", "Amazon shares": a river or region that acts like a firm is the firm.
      if (
        onePlaceWord &&
        (nextBits & ORG_CUE_AFTER ||
          COMPANY_VERBS.has(nextToken) ||
          firmItAfter(ctx, chunk.field, words[from]!.index)) &&
        !placeOfWord(firstWord)
      )
        return [candidate(chunk, from, to, 'organization', 1, base)];
      // "Toyota, the world's top-selling carmaker,", "Toyota sold 10.3 million vehicles": a town's name that an
      // apposition calls a firm, or that sells goods (a town sells bonds), is the firm.
      if (
        onePlaceWord &&
        !lastWord.possessive &&
        // ("General Electric Mortgage Insurance Co of Ohio, a unit of …": the apposition is the firm's.)
        prevToken !== 'of' &&
        lookupPlace(first)?.kind !== 'region' &&
        ((nextToken === ',' && firmAppositionAfter(ctx, chunk.field, lastWord.index + 1)) ||
          goodsSoldAfter(ctx, chunk.field, lastWord.index))
      )
        return [candidate(chunk, from, to, 'organization', 2, base)];
      // "the EU's Copernicus climate service": a surname the place lists know too (a crater), before a
      // body's noun.
      if (
        onePlaceWord &&
        !lastWord.possessive &&
        isKnownSurnameWord(firstWord) &&
        !placeOfWord(firstWord) &&
        serviceNounAfter(ctx, chunk.field, lastWord.index)
      )
        return [candidate(chunk, from, to, 'organization', 2, base)];
      if (type === 'person' && personCue) return [candidate(chunk, from, to, 'person', 2, base)];
      // "Leeds beat Hull 2-1": a town that is also a surname plays as the town's club in a result.
      if (
        type === 'place' &&
        !entry.countryCode &&
        n === 1 &&
        !personCue &&
        !personVerb &&
        !locative &&
        inResult() &&
        isTeamContext(chunk, prevToken, nextToken)
      )
        return [
          candidate(chunk, from, to, 'organization', g.strength, base, {
            ...NO_INFO,
            canonical: g.canonical,
            teamFromPlace: true,
          }),
        ];
      // "Clinton", "Washington": a town and a surname; the surname when the sentence treats it as one.
      if (
        type === 'place' &&
        !entry.countryCode &&
        n === 1 &&
        isKnownSurnameWord(firstWord) &&
        // ("Bankers in London said": the verb after "in X" is the bankers'.)
        (personCue ||
          (personVerb && prevToken !== 'in' && !governmentSpeaks(first, pronounPerson)) ||
          (!locative && !placeOfWord(firstWord)))
      )
        return [candidate(chunk, from, to, 'person', 1, base)];
      // "Pope Leo", "Queen Victoria": a title before a town's name that is also a given name names a holder
      // by the given name, as royals and popes are named.
      if (type === 'place' && !entry.countryCode && n === 1 && personCue && isGivenNameWord(firstWord))
        return [candidate(chunk, from, to, 'person', 2, base)];
      if (
        chunk.initial &&
        n === 1 &&
        type !== 'place' &&
        (wordIs(words[from]!, W_FUNCTION) ||
          (isLowerWordWord(firstWord) &&
            (!nameLike(firstWord, ctx) || ordinarySurnameAlone(ctx, chunk, words[from]!, n))))
      )
        return [];
      // "Man charged with murder": a sentence-initial ordinary word that is also a town (Man, Ivory
      // Coast) is the word unless the story writes it capitalised elsewhere or as a place.
      if (
        chunk.initial &&
        n === 1 &&
        type === 'place' &&
        !entry.countryCode &&
        !locative &&
        isLowerWordWord(firstWord) &&
        !ctx.seen.capitalisedInside.has(firstLower)
      )
        return [];
      const team = teamPlace(type, entry.countryCode);
      const teamFromPlace = team !== type;
      // "URGENT: CHANCELLOR MERZ SAYS": a title in capitals is no name ("Chancellor" is a WordNet group).
      if (
        chunk.caseless &&
        n === 1 &&
        type !== 'place' &&
        (isLowerWordWord(firstWord) || wordIs(firstWord, W_TITLE))
      )
        return [];
      if (chunk.caseless && n === 1 && entry.kind === 'place' && isLowerWordWord(firstWord)) return [];
      return [
        candidate(chunk, from, to, team, g.strength, base, {
          canonical: g.canonical,
          countryCode: entry.countryCode,
          placeId: type === 'place' ? placeIdOf(chunk, from, to) : undefined,
          teamFromPlace,
          personish: undefined,
        }),
      ];
    }
    const { countryCode, canonical } = entry;
    const type = entry.teamFromPlace ? teamPlace('place') : teamPlace(entry.type, countryCode);
    return [
      candidate(chunk, from, to, type, entry.strength, base, {
        canonical,
        countryCode,
        placeId: entry.placeId,
        teamFromPlace:
          entry.teamFromPlace || entry.type === 'place'
            ? type === 'organization' || entry.teamFromPlace
            : undefined,
        personish: undefined,
      }),
    ];
  }

  if (allCapitals(chunk, from, to) && opensDateline(ctx, chunk, from, to))
    return [candidate(chunk, from, to, 'place', 1, base)];
  // Column headings and labels of number tables ("Avge Rate", "Shr", "Chg") are not names.
  if (words[from]!.tabular && !ctx.sports && !personCue && !(n > 1 && isGivenNameWord(firstWord))) {
    const place = placeOfWord(firstWord);
    if (!place) return [];
  }

  if (staffAt(ctx, chunk.field, words[from]!.index))
    return [candidate(chunk, from, to, 'organization', 3, base)];

  if (chunk.caseless) {
    // On a capitals-only line an unknown run is a name only when it starts with a given name, follows
    // a title ("SENATOR SCHUMER", "PRESIDENT LULA") or is a listed newsmaker ("JAPAN PM TAKAICHI:").
    // "JAPAN PM TAKAICHI": "PM" in capitals before a name is the prime minister's title; after a clock
    // time ("CLOSE AT 3 PM TOKYO TIME") it is p.m., and the name after it holds no office.
    if (n > 1 && firstWord.core === 'PM')
      return typeChunk(chunkWith(chunk, words.slice(from + 1), false), ctx);
    if (
      (n > 1 && isGivenNameWord(firstWord)) ||
      (CAPITALS_TITLES.has(prevToken) &&
        ((prevToken !== 'pm' && prevToken !== 'cm') ||
          abbreviatedMinisterAt(ctx, chunk.field, firstWord.index - 1)) &&
        holderInCapitals(words, from, to)) ||
      newsmakerNamed(
        words
          .slice(from, to)
          .map((w) => w.core)
          .join(' '),
      ) !== undefined
    )
      return [candidate(chunk, from, to, 'person', 1, base)];
    const place = placeOfSpan(chunk, from, to);
    if (place && !isGivenNameWord(firstWord)) {
      const type = teamPlace('place', place.kind === 'country' ? place.countryCode : undefined);
      return [candidate(chunk, from, to, type, 2, base, placeFields(place))];
    }
    return [];
  }

  // "Laut Lars Klingbeil", "Kanzler Olaf Scholz": in a language that capitalises nouns, the words before
  // a given name that opens a full name are nouns of the sentence, not part of the name.
  if (ctx.foreign && !personCue && n >= 3) {
    let g = from;
    while (g < to - 1 && !isGivenNameWord(words[g]!) && !NAME_PARTICLES.has(words[g]!.core)) g++;
    if (g > from && g < to - 1 && isGivenNameWord(words[g]!) && !isLowerWordWord(words[g + 1]!))
      return typeChunk(chunkWith(chunk, words.slice(g), false), ctx);
  }
  // "Latin American banks", "Middle Eastern countries": a region's people in two words.
  if (n === 2 && REGIONAL_PEOPLES_TWO_WORDS.has(`${words[from]!.lower} ${lastWord.lower}`)) {
    const canonical = `${words[from]!.core} ${lastWord.core.replace(/s$/, '')}`;
    return [candidate(chunk, from, to, 'nationality', 2, base, { ...NO_INFO, canonical })];
  }
  // "Central Asia", "Northern Europe": a compass word before a place names a region of it.
  if (n === 2 && wordIs(words[from]!, W_COMPASS) && !ORG_NOUNS_AFTER.has(nextToken)) {
    const lastKind = gazetteerOfWord(lastWord)?.kind;
    if (lastKind === 'place' || lastKind === 'country' || (lastKind === undefined && placeOfWord(lastWord)))
      return [candidate(chunk, from, to, 'place', 2, base)];
    // "North American", "East African": a compass word before a nationality word is one of its own.
    if (lastKind === 'demonym' || lastKind === 'group')
      return [candidate(chunk, from, to, 'nationality', 2, base)];
  }
  // "the ruling Georgian Dream party", "the Islamic Resistance movement": the noun after the name says
  // what it names.
  // "the Teamsters union", "the Likud party": one word between "the" and such a noun too.
  if (
    (n > 1 || (prevToken === 'the' && !gazetteerOfWord(firstWord)?.countryCode)) &&
    !personCue &&
    // "the Georgian Dream party's decision": the noun in the possessive says so too.
    (ORG_NOUNS_AFTER.has(nextToken) || ORG_NOUNS_AFTER.has(withoutPossessive(nextToken))) &&
    // "Jan Suraaj party": a given name that is also an ordinary or calendar word opens a party's name too.
    (!isGivenNameWord(firstWord) || (n > 1 && isLowerWordWord(firstWord)))
  )
    return [candidate(chunk, from, to, 'organization', 3, base)];
  // "the Law and Justice (PiS) party", "Alternative for Germany (AfD) party": a name, its acronym in brackets
  // and a party's noun; the acronym alone too.
  if (partyNounPastBracket(ctx, chunk.field, words[from]!, lastWord, prevToken, nextToken))
    return [candidate(chunk, from, to, 'organization', 3, base)];
  if (n > 1) {
    // "iPad Pro", "iPhone X", "iPad Air": Apple's device and its model are a thing, as the device alone is.
    if (codeUnitAt(first, 0) === 105 && APPLE_THINGS.has(lowerCased(first)))
      return [candidate(chunk, from, to, 'other', 2, base)];
    // "NHS England", "BBC Scotland", "Amnesty International Kenya": a body's name and the country it
    // serves name the body's branch there, an organisation.
    if (!personCue && bodyInCountry(words, from, to, ctx))
      return [candidate(chunk, from, to, 'organization', 2, base)];
    // "Paris Hilton said she": a town's name the given-name lists miss (Paris, Brooklyn, Savannah) before a
    // surname-like word, taken up by "she" or "he", is a person's full name (", who" is no cue: "The Miami
    // Dolphins, who had lost", "Houston Methodist, who run eight hospitals", read29 F-c).
    if (
      n === 2 &&
      !locative &&
      prevToken !== 'the' &&
      townAsGivenName(words[from]!, lastWord) &&
      pronounPerson()
    )
      return [candidate(chunk, from, to, 'person', 1, base)];
    // "Mayor of London Sadiq Khan", "Governor of the Bank of England Andrew Bailey": after a title and "of",
    // the office's seat or body, then its holder's full name.
    if (n >= 3) {
      const holder = holderAfterSeat(ctx, chunk, from, to, prevToken);
      if (holder > 0)
        return [
          ...typeChunk(chunkWith(chunk, words.slice(from, holder)), ctx),
          candidate(chunk, holder, to, 'person', 2, base),
        ];
    }
    // "Australian Tom Moody": a nationality word before a person's name is not part of it.
    const firstEntry = gazetteerOfWord(firstWord);
    // "Daniel", "Norman", "Stuart" are also WordNet group words; before a surname they are given names.
    const secondEntry = gazetteerOfWord(words[from + 1]!);
    const secondCore = words[from + 1]!.core;
    const givenBeforeSurname =
      isGivenNameWord(firstWord) &&
      secondEntry?.kind !== 'demonym' &&
      secondEntry?.kind !== 'group' &&
      secondEntry?.kind !== 'country' &&
      (isKnownSurname(secondCore) ||
        isGivenName(secondCore) ||
        // "Marine Le Pen", "Charles de Gaulle": a particle opening the surname.
        (n > 2 && NAME_PARTICLES.has(words[from + 1]!.lower)) ||
        (!isLowerWord(secondCore) && (secondEntry === undefined || secondEntry.kind === 'person')));
    const nationalFirst =
      firstEntry?.kind === 'demonym' || (firstEntry?.kind === 'group' && !givenBeforeSurname);
    // "Georgian Dream, the ruling party,": a name a people's word opens that an apposition calls a party.
    if (
      nationalFirst &&
      nextToken === ',' &&
      firmAppositionAfter(ctx, chunk.field, words[to - 1]!.index + 1, PARTY_APPOSITION_HEADS, 3)
    )
      return [candidate(chunk, from, to, 'organization', 2, base)];
    // "Australian Tom Moody", "the Palestinian U.N. observer mission": a nationality word before a given
    // name or a body's acronym is a word of its own; so before a country or a region ("Pakistani Kashmir",
    // "Turkish Cyprus") that is no place of two words ("Iraqi Kurdistan").
    if (
      nationalFirst &&
      // "European Court of Justice": a given name that is a body's lead before "of" opens the body.
      ((isGivenNameWord(words[from + 1]!) && !hasOrgLeadOf(words, from + 1, to)) ||
        (to - from === 2 &&
          firstEntry.kind === 'demonym' &&
          (secondEntry?.kind === 'country' || secondEntry?.kind === 'place') &&
          !lookupPlace(
            chunk.text.slice(words[from]!.start - chunk.start, words[to - 1]!.end - chunk.start),
          )) ||
        (to - from === 2 &&
          !isGivenNameWord(firstWord) &&
          shapeIs(words[from + 1]!, S_ACRONYM) &&
          !shapeIs(words[from + 1]!, S_ROMAN_NUMERAL)))
    ) {
      return [
        candidate(chunk, from, from + 1, 'nationality', 3, base, {
          canonical: undefined,
          countryCode: firstEntry.countryCode,
          placeId: undefined,
          teamFromPlace: undefined,
          personish: undefined,
        }),
        ...typeChunk(chunkWith(chunk, words.slice(from + 1), false), ctx),
      ];
    }
    // "the Africa CDC": a continent's agency, named by the continent and an acronym.
    if (
      to - from === 2 &&
      CONTINENTS.has(firstLower) &&
      shapeIs(words[from + 1]!, S_ACRONYM) &&
      !shapeIs(words[from + 1]!, S_ROMAN_NUMERAL)
    )
      return [candidate(chunk, from, to, 'organization', 2, base)];
    // "U.S. Assistant Secretary ...", "Chicago NAPM": a country or city before a title, a given name or
    // an acronym is a place of its own.
    const secondWord = words[from + 1]!.core;
    if (
      !wordIs(words[to - 1]!, W_ORG_HEAD) &&
      !readsAsFullName(words, from, to, locative) &&
      !hasOrgLeadOf(words, from, to) &&
      // "La Rochelle", "Le Havre": an article of a place's name is no state ("La." is Louisiana).
      !NAME_PARTICLES.has(firstLower) &&
      (firstEntry?.kind === 'country' ||
        (!firstEntry && placeOfWord(firstWord)) ||
        // "Chicago NAPM": a town WordNet knows, before a body's acronym.
        (firstEntry?.kind === 'place' &&
          to - from === 2 &&
          !isGivenNameWord(firstWord) &&
          shapeIs(words[from + 1]!, S_ACRONYM) &&
          !shapeIs(words[from + 1]!, S_ROMAN_NUMERAL)) ||
        // "the Apostolic Prefect of Ulaanbaatar Giorgio Marengo", "Mayor of London Sadiq Khan": after "of",
        // a town WordNet knows (no given name or ordinary word) before a given name and a surname is the
        // office's seat, the holder's name follows ("of White Hart Lane", "of Nairobi Serena Hotel" stay).
        (firstEntry?.kind === 'place' &&
          to - from === 3 &&
          prevToken === 'of' &&
          !isGivenNameWord(firstWord) &&
          !isLowerWordWord(firstWord) &&
          isGivenNameWord(words[from + 1]!) &&
          !isLowerWordWord(words[from + 1]!) &&
          gazetteerOfWord(words[from + 1]!)?.kind !== 'demonym' &&
          !wordIs(lastWord, W_ORG_HEAD) &&
          !wordIs(lastWord, W_PLACE_HEAD) &&
          !shapeIs(lastWord, S_ACRONYM))) &&
      words[from + 1]!.capitalised &&
      // "President Hassan Sheikh Mohamud": after a person's title the run is the holder's name, a town's
      // name (Hassan, India) the lists know no other way opening it included ("chief U.K. Economist" is
      // the country's); "Hassan Sheikh Mohamud said": "Sheikh" between a name and a name is a word of a
      // Somali or Bengali name ("Sheikh Hasina"), unless a country opens the run.
      !(personCue && firstEntry === undefined && isTitle(secondWord)) &&
      !(NAME_HONORIFICS.has(words[from + 1]!.lower) && firstEntry?.kind !== 'country' && to - from > 2) &&
      (isTitle(secondWord) ||
        // "Nottingham Forest", "Exeter Chiefs": a given name that is also an ordinary word, ending the
        // name after a town, is the rest of a club's or a place's name ("Boston Ted" is rare news).
        (isGivenName(secondWord) &&
          !(to - from === 2 && isLowerWordWord(words[from + 1]!) && isTownWord(firstWord))) ||
        ACRONYM.test(secondWord))
    ) {
      return [
        ...typeChunk(chunkWith(chunk, words.slice(from, from + 1)), ctx),
        ...typeChunk(chunkWith(chunk, words.slice(from + 1), false), ctx),
      ];
    }
    // "JPMorgan Chase", "BlackRock Capital": a brand's camel-case spelling opens a firm's name.
    // ("MaliVai Washington" is a person: a capital inside a given name is no brand's two opening capitals.)
    if (INITIALS_BRAND.test(first) && !personCue && !wordIs(words[to - 1]!, W_EVENT_HEAD))
      return [candidate(chunk, from, to, 'organization', 2, base)];
    // "Rivals Google DeepMind and Anthropic": a brand's camel-case spelling ending a name of two words too.
    if (
      n === 2 &&
      CAMEL_CASE_BRAND.test(words[to - 1]!.core) &&
      !personCue &&
      !words[to - 1]!.core.startsWith('Fitz')
    )
      return [candidate(chunk, from, to, 'organization', 2, base)];
    // "Douglas & Lomason", "Procter & Gamble": an ampersand between names makes a firm.
    if (chunk.text.includes(' & ')) return [candidate(chunk, from, to, 'organization', 2, base)];
    // "at the National Tennis Centre": a centre one is at is a venue; "the National Hurricane Center said"
    // is a body.
    // "Forecasters at the National Hurricane Center": where staff work is a body, not a venue.
    if ((lastLower === 'centre' || lastLower === 'center') && locative) {
      const at = words[from]!.index - 1;
      if (!(lowerTokenText(ctx, chunk.field, at) === 'the' && staffAt(ctx, chunk.field, at)))
        return [candidate(chunk, from, to, 'place', 2, base)];
    }
    // "Wang Fuk Court", "Kwai Chung Court": "Court" after two or more names no list types (no court's kind
    // or place: "High Court", "Delaware Chancery Court", "Singapore High Court") is a housing estate.
    if (lastLower === 'court' && n >= 3 && !personCue && unknownWords(words, from, to - 1))
      return [candidate(chunk, from, to, 'place', 2, base)];
    if (wordIs(words[to - 1]!, W_ORG_HEAD) && !(wordIs(words[to - 1]!, W_PLACE_HEAD) && !ctx.sports))
      return [candidate(chunk, from, to, 'organization', 2, base)];
    // "Pituffik Space Base", "Ramstein Air Base", "Vandenberg Space Force Base": a military base is a place
    // ("the Monetary Base" is none).
    if (n >= 3 && lastLower === 'base' && MILITARY_BRANCHES.has(words[to - 2]!.lower) && !personCue)
      return [candidate(chunk, from, to, 'place', 2, base)];
    // "King's Cross", "Queen's Park": a royal's possessive names a place.
    if (n === 2 && words[from]!.possessive && wordIs(words[from]!, W_TITLE))
      return [candidate(chunk, from, to, 'place', 2, base)];
    // "Manchester City beat Brighton 3-1": a club named "<town> City" in a result.
    if (
      wordIs(words[to - 1]!, W_ORG_HEAD) &&
      wordIs(words[to - 1]!, W_PLACE_HEAD) &&
      teamPlace('place') === 'organization'
    )
      return [candidate(chunk, from, to, 'organization', 2, base)];
    // "Islamic State claimed the attack": a creed's adjective before "State" names the group that claims to
    // be one, no place ("Rivers State", "Shan State" are).
    if (n === 2 && lastLower === 'state' && firstWord.lower === 'islamic')
      return [candidate(chunk, from, to, 'organization', 3, base)];
    // "championship leader Damon Hill", "singer Lauryn Hill": after a title, a listed given name and a
    // surname that is also a place's head word are a person ("Albert Park" with no title stays a place).
    if (
      personCue &&
      n === 2 &&
      !chunk.initial &&
      isGivenNameWord(words[from]!) &&
      !isLowerWordWord(words[from]!) &&
      isKnownSurnameWord(words[to - 1]!) &&
      !placeOfWord(words[from]!)
    )
      return [candidate(chunk, from, to, 'person', 2, base)];
    if (
      (wordIs(words[to - 1]!, W_PLACE_HEAD) &&
        !(
          n === 2 &&
          !locative &&
          (personalVenue(firstWord, lastLower) ||
            ((personVerb ||
              (nextBits & SPEAKER_VERB) !== 0 ||
              playerDeed(nextToken) ||
              titleApposedAfter(ctx, chunk.field, lastWord.index)) &&
              ordinaryGivenVenue(firstWord, lastLower))) &&
          !placeOfSpan(chunk, from, to)
        )) ||
      // ("the 1991 Gulf War", "the Gulf Cup": a place's lead before an event's head names the event.)
      (wordIs(words[from]!, W_PLACE_LEAD) && !(n > 1 && wordIs(words[to - 1]!, W_EVENT_HEAD)))
    ) {
      // "St Louis defeated Colorado": a town named by a saint plays as its club in a result.
      // "Nottingham Forest beat Liverpool 1-0": a town and a place's head word, in a result, are its club.
      const type =
        (wordIs(words[from]!, W_PLACE_LEAD) &&
          !wordIs(words[from]!, W_COMPASS) &&
          !wordIs(words[to - 1]!, W_PLACE_HEAD)) ||
        (n === 2 && isTownWord(words[from]!))
          ? teamPlace('place')
          : 'place';
      return [candidate(chunk, from, to, type, 2, base)];
    }
    if (hasLeadOf(PLACE_HEADS, words, from, to) && !hasLeadOf(ORG_LEADS, words, from, to))
      return [candidate(chunk, from, to, 'place', 2, base)];
    if (hasOrgLeadOf(words, from, to) || hasOrgHeadOf(words, from, to))
      return [candidate(chunk, from, to, 'organization', 2, base)];
    // "Coimisiún na Meán", "Partido Popular", "Süddeutsche Zeitung": the head word of a body in Irish,
    // Romance and German names, first or (German compounds) last.
    // "Radio Red", "Radio Free Europe", "SC Freiburg", "FC Porto": a station or a club by its first word.
    if (
      wordIs(words[from]!, W_FOREIGN_ORG_LEAD) ||
      FOREIGN_ORG_HEAD.test(lastLower) ||
      wordIs(words[from]!, W_BROADCAST_LEAD) ||
      CLUB_PREFIXES.has(first)
    )
      return [candidate(chunk, from, to, 'organization', 2, base)];
    // "Scottish Labour", "Welsh Conservatives", "German Greens": a nation's party, named by the word its
    // members are called by.
    if (nationalFirst && n === 2 && PARTY_NOUNS.has(lastLower))
      return [candidate(chunk, from, to, 'organization', 2, base)];
    if (nationalFirst) {
      // "the European Community": a body the team's list knows (entities/known-bodies.ts).
      const listed = knownBodyNamed(
        chunk.text.slice(words[from]!.start - chunk.start, words[to - 1]!.end - chunk.start),
      );
      // "former leader Hun Sen", "Hun Manet said": a people's name ("Hun", WordNet's group) opening two words
      // that a title or a speaker's verb makes a person's is a family name (review25 finding 5).
      if (
        !listed &&
        n === 2 &&
        firstEntry.kind === 'group' &&
        (personCue || speaker) &&
        !isLowerWordWord(lastWord) &&
        !ORG_HEADS.has(lastLower) &&
        // ("major Latin American debtors": a people's word, no family name.)
        (gazetteerOfWord(lastWord)?.kind ?? 'person') === 'person'
      )
        return [candidate(chunk, from, to, 'person', 2, base)];
      // "in Tai Po", "at Tai Wai": a people's name ("Tai") and a word no list knows, where one is, name a
      // district.
      if (
        !listed &&
        n === 2 &&
        firstEntry.kind === 'group' &&
        (prevToken === 'in' || prevToken === 'at') &&
        unknownWords(words, from + 1, to)
      )
        return [candidate(chunk, from, to, 'place', 1, base)];
      return [candidate(chunk, from, to, listed ? 'organization' : 'other', listed ? 3 : 1, base)];
    }
    const place = placeOfSpan(chunk, from, to);
    if (place && !personCue) {
      const type = teamPlace('place', place.kind === 'country' ? place.countryCode : undefined);
      return [candidate(chunk, from, to, type, 2, base, placeFields(place))];
    }
    // "Der Spiegel", "Le Matin", "El Al": a foreign article opening a name that is no known place
    // names a paper or a company; people's names do not start with one ("Jean-Marie Le Pen" does not),
    // so a given name after it is no person's ("El Al": "Al"). "El Niño", "La Niña" are the climate's.
    // "Le Pen said she …": a pronoun of a person takes it up.
    if (!personCue && n === 2 && FOREIGN_ARTICLES.has(first) && pronounPerson())
      return [candidate(chunk, from, to, 'person', 1, base)];
    // "Te Pāti Māori", "Te Whatu Ora", "Te Papa": the Māori article opens the name of a body (a town's,
    // "Te Anau", is in the lists), never a person's.
    // Only a body's word after it: "Te" also opens Māori given names and surnames (Te Maire Martin, Te Kanawa).
    if (
      !personCue &&
      first === 'Te' &&
      n >= 2 &&
      n <= 4 &&
      !locative &&
      TE_BODY_WORDS.has(withoutMarks(words[from + 1]!.lower.normalize('NFD'))) &&
      !lookup(words, from, to, ctx)
    )
      return [candidate(chunk, from, to, 'organization', 1, base)];
    // "the southern Spanish town of El Granado": a place noun before it makes the place.
    if (!personCue && n === 2 && FOREIGN_ARTICLES.has(first) && placeNounBefore)
      return [candidate(chunk, from, to, 'place', 1, base)];
    if (!personCue && n === 2 && FOREIGN_ARTICLES.has(first)) {
      const climate = CLIMATE_PATTERNS.has(withoutMarks(words[from + 1]!.lower.normalize('NFD')));
      return [candidate(chunk, from, to, climate ? 'event' : 'organization', 1, base)];
    }
    // "the OSCE Chechnya mission", "the UN Gaza envoy": a body's initials and the place of its work before
    // a noun of that work are two names ("BBC Scotland reported" is one: no such noun follows).
    if (
      !personCue &&
      n >= 2 &&
      ACRONYM.test(first) &&
      !NOT_ORG_ACRONYMS.has(first) &&
      MISSION_NOUNS.has(nextToken) &&
      !lookup(words, from, to, ctx) &&
      placeName(words, from + 1, to)
    )
      return [
        ...typeChunk(chunkWith(chunk, words.slice(from, from + 1)), ctx),
        ...typeChunk(chunkWith(chunk, words.slice(from + 1, to), false), ctx),
      ];
    // "Goldman Sachs economist Alec Phillips": the employer of an analyst or an economist.
    if (!personCue && nextBits & STAFF_WORD) return [candidate(chunk, from, to, 'organization', 2, base)];
    // "first division team Deportivo Coruna", "champions Bayern Munich": on a sports page a name after a
    // word for a side is a club (a country stays a place: "world champions Spain").
    if (
      !personCue &&
      ctx.sports &&
      SIDE_BEFORE.has(prevToken) &&
      !lookup(words, from, to, ctx) &&
      !isCountryName(words, from, to)
    )
      return [candidate(chunk, from, to, 'organization', 2, base)];
    // "bound for London Gatwick", "across Pacific Palisades": off the sports pages, a place and a word no
    // list knows after a locative name a part of the place (an airport, a district), not a club.
    if (
      locative &&
      !personCue &&
      !ctx.sports &&
      n <= 3 &&
      (isPlaceWordOf(firstWord) || gazetteerOfWord(firstWord)?.kind === 'place') &&
      !isLowerWordWord(lastWord) &&
      gazetteerOfWord(lastWord) === undefined &&
      !isKnownSurnameWord(lastWord) &&
      !isGivenNameWord(lastWord) &&
      !inResult()
    )
      return [candidate(chunk, from, to, 'place', 1, base)];
    // "an Air India Boeing 787": a firm the lists know, after a firm's name, is a second name.
    // ("Pituffik Space Base": a firm named by an ordinary word is no second name.)
    if (
      n >= 3 &&
      !personCue &&
      gazetteerOfWord(lastWord)?.kind === 'organization' &&
      !isLowerWordWord(lastWord)
    ) {
      const head = lookup(words, from, to - 1, ctx);
      const headIsOrg =
        head !== undefined && ('kind' in head ? head.kind === 'organization' : head.type === 'organization');
      if (headIsOrg || wordIs(words[to - 2]!, W_ORG_HEAD) || isCompanyOrTeamName(words, from, to - 1))
        return [
          ...typeChunk(chunkWith(chunk, words.slice(from, to - 1)), ctx),
          ...typeChunk(chunkWith(chunk, words.slice(to - 1), false), ctx),
        ];
    }
    // "the province of Ben Tre", "Dong Thap and Vinh Long provinces", "the towns of Hoi An and Tam Ky": a
    // place noun beside the name says place, though a word of it is also a given name (Ben, Dong, Tam) or
    // an ordinary word ("An").
    if (!personCue && !personVerb && (placeNounBefore || placeNounAfter) && !wordIs(lastWord, W_ORG_HEAD))
      return [candidate(chunk, from, to, 'place', 1, base)];
    if (!personCue && isCompanyOrTeamName(words, from, to)) {
      // "Jannik Sinner won his first title": a name ending in an ordinary word that "his" takes up.
      // "Organisers named Jenson Button as an ambassador": appointed to a person's role.
      if (
        n === 2 &&
        !isPlaceWordOf(firstWord) &&
        (pronounPerson() ||
          appointedAsPerson(ctx, chunk.field, prevToken, lastWord.index) ||
          // "Yoshihiko Noda, leader of the opposition, said": an office apposed off the sports page.
          (!ctx.sports && officeApposedAfter(ctx, chunk.field, lastWord.index)))
      )
        return [candidate(chunk, from, to, 'person', 1, base)];
      return [candidate(chunk, from, to, 'organization', 1, base)];
    }
    const second = words[from + 1]!.core;
    // "Sun Microsystems", "Sun Grid": a family name that is also a weekday's short form opens a firm's name
    // as often as a person's; the rules read the rest.
    const familyFirst =
      n <= 3 &&
      FAMILY_NAMES_FIRST.has(first) &&
      !isLowerWord(second) &&
      !GAZETTEER.has(norm(second)) &&
      !CALENDAR_WORDS.has(norm(first));
    // "Denzel Washington": an unknown word before a known surname.
    const unknownThenSurname =
      n === 2 &&
      !locative &&
      !isLowerWordWord(firstWord) &&
      gazetteerOfWord(firstWord) === undefined &&
      isKnownSurnameWord(lastWord);
    const initials = INITIALS.test(first) && gazetteerOfWord(firstWord)?.kind !== 'country';
    // "the Red Cross", "the Red Crescent": a person's name does not follow "the"; an ordinary word that
    // is also a given name opens some other name there.
    const givenFirst = isGivenNameWord(firstWord) && !(prevToken === 'the' && isLowerWordWord(firstWord));
    // "the Atlanta Games", "the Sydney Olympics": a town before an event's head word names the event.
    if (n === 2 && !personCue && wordIs(words[to - 1]!, W_EVENT_HEAD) && isPlaceWordOf(firstWord))
      return [candidate(chunk, from, to, 'other', 2, base)];
    // "the Davis Cup", "the Abraham Accords": a given name before the head word of a prize, a contest or a
    // treaty names it (heads that are also surnames, "Jude Law", "Doris Day", are left out).
    if (n === 2 && !personCue && !personVerb && givenFirst && EPONYM_EVENT_HEADS.has(lastLower))
      return [candidate(chunk, from, to, 'other', 2, base)];
    // "the Roman Catholic church", "an Italian Roman Catholic group": a faith's adjective ends no one's name.
    if (n >= 2 && !personCue && FAITH_ADJECTIVES.has(lastLower))
      return [candidate(chunk, from, to, 'other', 2, base)];
    // "Eli Lilly's Alzheimer's drug", "Eli Lilly shares": a firm named after a person, by a firm's cue
    // ("its" is none: "Suu Kyi said the government had increased its …").
    if (
      !personCue &&
      (givenFirst || unknownThenSurname) &&
      (FIRM_NOUNS_AFTER.has(nextToken) ||
        (words[to - 1]!.possessive && productAfter(ctx, chunk.field, words[to - 1]!.index)))
    )
      return [candidate(chunk, from, to, 'organization', 3, base)];
    // "Mario Kart World": three or more words from a given name to an ordinary word that is no surname
    // name a product or a work, not a person.
    if (
      !personCue &&
      // "Jonas Gahr Store said": a speaker whose middle names no list knows is a person ("Mario Kart
      // World" does not speak; "Salomon Brothers International said" is a firm).
      !(speaker && !isLowerWordWord(firstWord) && unknownMiddle(words, from + 1, to - 1)) &&
      givenFirst &&
      n >= 3 &&
      isLowerWordWord(lastWord) &&
      !isKnownSurnameWord(lastWord) &&
      !isGivenNameWord(lastWord) &&
      !NAME_SUFFIXES.has(lastLower)
    )
      return [candidate(chunk, from, to, 'unknown', 0, base)];
    // "Bank Indonesia", "Bank Negara Malaysia", "Banco Pichincha": a bank's word opening the name is the
    // bank's, though "Bank" is also a given name.
    if (!personCue && BANK_WORDS.has(firstWord.lower))
      return [candidate(chunk, from, to, 'organization', 3, base)];
    // "Andreessen Horowitz, the venture capital firm,", "Eli Lilly, the drugmaker,": an apposition that
    // calls the name a body outweighs its person's shape.
    if (
      !personCue &&
      (givenFirst || unknownThenSurname) &&
      nextToken === ',' &&
      bodyAppositionAfter(ctx, chunk.field, words[to - 1]!.index + 1)
    )
      return [candidate(chunk, from, to, 'organization', 2, base)];
    // "Royal Mail said it would appeal", "Standard Life said its profit rose": a given name that is an
    // ordinary word before an ordinary word no surname list knows, taken up by a firm's "it" or "its".
    if (
      !personCue &&
      givenFirst &&
      n === 2 &&
      isLowerWordWord(firstWord) &&
      isLowerWordWord(lastWord) &&
      !isKnownSurnameWord(lastWord) &&
      !isGivenNameWord(lastWord) &&
      thingPronounNext(ctx, chunk.field, lastWord.index)
    )
      return [candidate(chunk, from, to, 'organization', 3, base)];
    // "lead manager Merrill Lynch International said", "Chase Manhattan, Morgan Guaranty and Citibank", "The
    // game's maker, Rockstar North,": a firm's words around a name of a person's shape (firm-cues.ts).
    // ("manager" is a title before a person's name, but not in "lead manager".)
    if ((givenFirst || unknownThenSurname) && !chunk.caseless && firmAround(ctx, chunk, from, to, personCue))
      return [candidate(chunk, from, to, 'organization', 2, base)];
    if (personCue || givenFirst || initials || familyFirst || unknownThenSurname)
      return [candidate(chunk, from, to, 'person', 2, base)];
    // "MS Dhoni", "KL Rahul", "PV Sindhu": two capitals before a surname are a person's initials, as
    // Indian and Malaysian news write them, unless they are a listed body or place ("UK Biobank") or open a
    // firm's name ("the SK Hynix plant", "MG Motor").
    if (
      n === 2 &&
      TWO_CAPITALS.test(first) &&
      prevToken !== 'the' &&
      // "EL Nino", "SS Liberte": an article of another language, a ship's prefix.
      !NAME_PARTICLES.has(firstLower) &&
      first !== 'SS' &&
      first !== 'MV' &&
      !NOT_ORG_ACRONYMS.has(first) &&
      gazetteerOfWord(firstWord) === undefined &&
      !placeOfWord(firstWord) &&
      !isBrandWord(first) &&
      !isLowerWordWord(lastWord) &&
      !lastWord.core.includes('-') &&
      !placeOfWord(lastWord) &&
      !(nextBits & ORG_CUE_AFTER) &&
      (isKnownSurnameWord(lastWord) || gazetteerOfWord(lastWord) === undefined)
    )
      return [candidate(chunk, from, to, 'person', 1, base)];
    let ordinary = 0;
    for (let i = from; i < to; i++) {
      const w = words[i]!.core;
      if (
        isLowerWord(w) &&
        !NAME_PARTICLES.has(w) &&
        !(i === to - 1 && i > from && NAME_SUFFIXES.has(lastLower))
      )
        ordinary++;
    }
    let named = 0;
    // Words that rule out a person: an acronym, a country, a nationality ("UEFA Cup", "German Villa").
    let notPerson = 0;
    for (let i = from; i < to && ordinary === 0; i++) {
      const w = words[i]!.core;
      if (NAME_PARTICLES.has(w)) continue;
      const kind = gazetteerOfWord(words[i]!)?.kind;
      if (ACRONYM.test(w) || kind !== undefined || lookupPlace(w)) named++;
      if (ACRONYM.test(w) || kind === 'country' || kind === 'demonym') notPerson++;
      else if (i === from && !isGivenName(w) && isPlaceWord(w)) notPerson++;
    }
    // "the resort of Sharm el-Sheikh", "the Jebel al-Akhdar region": a place noun beside an unknown name.
    if (placeNounBefore || placeNounAfter) return [candidate(chunk, from, to, 'place', 1, base)];
    // "Zycie Warszawy daily said": a name no list knows before a firm's word is a paper or a firm ("its"
    // is no cue here: "Suu Kyi said the government had increased its …").
    // "Shiv Sena leader Uddhav Thackeray", "Plaid Cymru MPs": a party's leader and members are named after
    // the party; a person's name is never followed so.
    // ("Unai Emery's side", "Xabi Alonso's squad": a manager's.)
    if (
      ordinary === 0 &&
      (ORG_CUES_AFTER.has(nextToken) || MEMBERS_AFTER.has(nextToken)) &&
      !(lastWord.possessive && (nextToken === 'side' || nextToken === 'squad'))
    )
      return [candidate(chunk, from, to, 'organization', 2, base)];
    // "in Flin Flon", "near Ras Tanura": words no list knows, none a given name, where one is are a town
    // more often than a person whose given name the lists miss.
    if (ordinary === 0 && named === 0 && locative && STRONG_LOCATIVE.has(prevToken) && !ctx.sports)
      return [candidate(chunk, from, to, 'place', 1, base)];
    // Names no list knows that their context says are no person's (a person's name takes no article):
    // "won a fourth Copa Libertadores", "depend on the Syr Darya" (read by the article's other mentions, else
    // `other`); "Provincias Unidas, a group of centrist governors," and "Fosen Vind, owned by Statkraft," (an
    // apposition that calls it a body). (A side in a result is not: tennis results name players so.)
    if (ordinary === 0 && notPerson === 0) {
      // "attacks by Boko Haram": a body the team's list knows (entities/known-bodies.ts).
      if (
        knownBodyNamed(chunk.text.slice(words[from]!.start - chunk.start, words[to - 1]!.end - chunk.start))
      )
        return [candidate(chunk, from, to, 'organization', 3, base)];
      // "Salgado Filho international airport".
      if (
        (nextToken === 'international' || nextToken === 'regional') &&
        lowerTokenText(ctx, chunk.field, words[to - 1]!.index + 2) === 'airport'
      )
        return [candidate(chunk, from, to, 'place', 1, base)];
      // ("a Ronan O'Gara penalty", "a Pontiac G6 owner": before a noun the name is a modifier, maybe a person's.)
      if (
        !personCue &&
        (ARTICLES.has(prevToken) || ORDINALS.has(prevToken)) &&
        !nounAfter(tokenText(ctx, chunk.field, words[to - 1]!.index + 1))
      )
        return [candidate(chunk, from, to, 'unknown', 0, base)];
      if (nextToken === ',' && bodyAppositionAfter(ctx, chunk.field, words[to - 1]!.index + 1))
        return [candidate(chunk, from, to, 'organization', 2, base)];
    }
    // "Bafana Bafana", "Duran Duran": a word said twice names a side, a band or a town more often than a
    // person ("Sirhan Sirhan said" has its cue): a club on a sports page, else the article's other mentions
    // or `other` say.
    if (ordinary === 0 && named === 0 && n === 2 && firstWord.lower === lastWord.lower && !personVerb) {
      // "Bafana Bafana beat Nigeria 2-1", "Bafana Bafana coach Hugo Broos".
      const side =
        ctx.sports || SQUAD_NOUNS.has(nextToken) || inResultSentence(ctx, chunk.field, lastWord.index);
      return [candidate(chunk, from, to, side ? 'organization' : 'unknown', side ? 1 : 0, base)];
    }
    if (ordinary === 0 && named === 0) return [candidate(chunk, from, to, 'person', 0, base)];
    // "Cosmin Contra", "Gunhild Halle": no ordinary word, nothing foreign to a person's name, and a
    // last word that is no place of its own: a person whose given name the lists miss.
    if (ordinary === 0 && notPerson === 0 && n <= 4 && !isPlaceWordOf(lastWord) && !locative)
      return [candidate(chunk, from, to, 'person', 0, base)];
    // "at Old Trafford", "at the Brown Deer Park Golf Course", "in Tunbridge Wells": a name of no known
    // kind where one is, that names no event, is a place.
    if (
      ordinary > 0 &&
      VENUE_PREPOSITIONS.has(
        prevToken === 'the' ? lowerTokenText(ctx, chunk.field, words[from]!.index - 2) : prevToken,
      ) &&
      !wordIs(words[to - 1]!, W_NAMED_DAY) &&
      !words.slice(from, to).some((w) => wordIs(w, W_EVENT_HEAD) || EVENT_WORDS.has(w.lower)) &&
      // "in the Formula One championship", "in the Premier League season": the name of a competition.
      !EVENT_HEADS.has(nextToken) &&
      !EVENT_WORDS.has(nextToken) &&
      !COMPETITION_AFTER.has(nextToken)
    )
      return [candidate(chunk, from, to, 'place', 1, base)];
    // "Union Pacific agrees deal", "National Grid said": a body's adjective before one more word names a
    // firm or a body (an event's, a day's or a place's head word has been read above).
    if (
      n === 2 &&
      !personCue &&
      BODY_ADJECTIVES.has(firstWord.lower) &&
      !NOT_BODY_AFTER.has(lastWord.lower) &&
      !wordIs(lastWord, W_EVENT_HEAD) &&
      !wordIs(lastWord, W_NAMED_DAY) &&
      !wordIs(lastWord, W_PLACE_HEAD)
    )
      return [candidate(chunk, from, to, 'organization', 1, base)];
    return [candidate(chunk, from, to, 'unknown', 0, base)];
  }

  // One word.
  if (first === 'X') return typeX(ctx, chunk, from, prevToken, nextToken, base);
  // "the iPod", "iTunes", "iPhones": Apple's devices and services, written with a lower-case "i", are things.
  if (
    codeUnitAt(first, 0) === 105 &&
    (APPLE_THINGS.has(lowerCased(first)) || APPLE_THINGS.has(lowerCased(first).slice(0, -1)))
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "Eurostat said", "Destatis said": a body the team's list names by one word (entities/known-bodies.ts).
  if (isKnownBodyWord(first)) return [candidate(chunk, from, to, 'organization', 2, base)];
  // "JPMorgan", "YouTube", "BlackRock": a capital inside a word after its first syllable is a brand's
  // spelling; people's names have one only after a prefix ("McDonald", "DeSantis", "MacArthur").
  if (CAMEL_CASE_BRAND.test(first)) return [candidate(chunk, from, to, 'organization', 1, base)];
  // "Bundesbank", "Commerzbank", "Rabobank": a compound ending in "bank" is a bank.
  if (BANK_COMPOUND.test(first) && !isLowerWordWord(firstWord))
    return [candidate(chunk, from, to, 'organization', 2, base)];
  if (personCue) return [candidate(chunk, from, to, 'person', 2, base)];
  // "Morena lawmakers": a given name alone before the word for a party's members is the party (a person is
  // named so only with "MP" after the name, "Jane Smith MP"; "Christian leaders" are a faith's), and so is
  // one an apposition calls a party ("Morena, the ruling party,").
  if (
    n === 1 &&
    isGivenNameWord(firstWord) &&
    !locative &&
    !words[to - 1]!.possessive &&
    (PARTY_MEMBERS_AFTER.has(nextToken) ||
      (nextToken === ',' &&
        firmAppositionAfter(ctx, chunk.field, words[from]!.index + 1, PARTY_APPOSITION_HEADS, 3)))
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "whose son Matan", "his wife Sara": a relative named after the kinship word is a person.
  if (KIN_BEFORE.has(prevToken) && !gazetteerOfWord(firstWord)?.countryCode && !isLowerWordWord(firstWord))
    return [candidate(chunk, from, to, 'person', 2, base)];
  // "Interfax news agency quoted …": a news agency is named before the words that say so.
  const newsAgency =
    nextToken === 'agency' ||
    (nextToken === 'news' && lowerTokenText(ctx, chunk.field, words[to - 1]!.index + 2) === 'agency');
  if (
    (nextBits & ORG_CUE_AFTER || newsAgency || (STAFF_AFTER.has(nextToken) && !isLowerWordWord(firstWord))) &&
    !gazetteerOfWord(firstWord)?.countryCode
  )
    return [candidate(chunk, from, to, 'organization', 1, base)];
  // "Serie A club Atalanta", "Premier League side Everton".
  if ((prevToken === 'club' || prevToken === 'side') && !gazetteerOfWord(firstWord)?.countryCode)
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "KYIV - Ukraine and Russia …": a place in capitals opening a line before a dash is a dateline.
  if (words[from]!.initial && DATELINE_ENDS.has(nextToken) && nextToken !== '' && placeOfWord(firstWord))
    return [candidate(chunk, from, to, 'place', 2, base)];
  // "the B.C. government", "N.S. Premier Tim Houston": a state's or province's abbreviation written with
  // periods is the place, no body's initials ("500 B.C." is an era).
  if (INITIALS.test(first) && !/^\d/.test(prevToken)) {
    // "Erik Halvorsen, M.D., founder": a physician's degree after a name; Maryland is written "Md.".
    if (prevToken === ',' && first.startsWith('M.D')) return [];
    const region = placeOfWord(firstWord);
    if (region?.kind === 'region') return [candidate(chunk, from, to, 'place', 2, base, placeFields(region))];
  }
  // "NOTE", "ISSUER", "ORDERS": a word in capitals that English writes in lower case is a label.
  if (
    ACRONYM.test(first) &&
    !NOT_ORG_ACRONYMS.has(first) &&
    !(first.length >= 4 && isLowerWordWord(firstWord))
  )
    return [candidate(chunk, from, to, 'organization', 1, base)];
  // "an AI superpower", "GDP": abbreviations of things are no name (left to the default before).
  if (NOT_ORG_ACRONYMS.has(first)) return [];
  if (wordIs(words[from]!, W_INSTITUTION)) return [candidate(chunk, from, to, 'organization', 1, base)];
  // "drew 1-1 with Chelsea": in a result, the side played "with" is a rival as much as one played "against".
  const rivalBefore = RIVAL_BEFORE.has(prevToken) || prevToken === 'with';
  // "Chelsea drew 0-0 with Newcastle": a given name alone that wins or loses in a result is a club.
  if (
    isGivenNameWord(firstWord) &&
    !locative &&
    !isKnownSurnameWord(firstWord) &&
    (((TEAM_VERBS.has(nextToken) || TEAM_VERBS.has(prevToken) || rivalBefore) && inResult()) ||
      // "Chelsea moved six points clear": a side's place in a table.
      (n === 1 && tableGapAfter(ctx, chunk.field, words[to - 1]!.index + 1)) ||
      // "11 points behind leaders Chelsea", "holders Everton": a word for sides in the plural before it.
      (ctx.sports && n === 1 && SIDES_BEFORE.has(prevToken)))
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "Manchester City v Chelsea", "Chelsea beat Arsenal": a given name alone facing a club across "v", or
  // beating or drawing with a club the lists know, is a club too (no score needed).
  if (
    n === 1 &&
    isGivenNameWord(firstWord) &&
    !locative &&
    (FIXTURE_SIDES.has(nextToken) ||
      FIXTURE_SIDES.has(prevToken) ||
      (CLUB_RESULT_VERBS.has(nextToken) && clubNameAt(ctx, chunk.field, words[from]!.index + 2)) ||
      // "Chelsea central defender Franck Leboeuf", "Chelsea manager": before a squad member's role on a
      // sports page, as a town is.
      (ctx.sports &&
        clubBefore(ctx, chunk.field, words[to - 1]!.index, nextToken) &&
        !FIXTURE_SIDES.has(nextToken)))
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "Magnum said its sales …": a given name that "its" takes up is a brand or a firm.
  if (isGivenNameWord(firstWord) && !locative && pronoun() === 'thing')
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "Mercedes' Kimi Antonelli", "Chelsea's Cole Palmer": on a sports page a given name alone in the
  // possessive before a full name is the team the person plays for ("Ray's Taylor Hackford", a film's
  // director, is left to the rules after).
  if (
    ctx.sports &&
    isGivenNameWord(firstWord) &&
    !locative &&
    !isKnownSurnameWord(firstWord) &&
    !chunk.caseless &&
    fullNameAfterPossessive(ctx, chunk.field, firstWord)
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  if (isGivenNameWord(firstWord) && !locative) return [candidate(chunk, from, to, 'person', 1, base)];
  const place = placeOfWord(firstWord);
  if (
    place &&
    !(isLowerWordWord(firstWord) && !locative && chunk.initial) &&
    !bareAbbreviation(ctx, chunk, from)
  ) {
    const type = teamPlace('place', place.kind === 'country' ? place.countryCode : undefined);
    const info = placeFields(place);
    return [
      candidate(chunk, from, to, type, 2, base, type === 'place' ? info : { ...info, teamFromPlace: true }),
    ];
  }
  if (/shire$/.test(firstLower)) {
    const type = teamPlace('place');
    return [candidate(chunk, from, to, type, 1, base, type === 'place' ? NO_INFO : TEAM_FROM_PLACE)];
  }
  // "Everton drew 1-1 with Burnley": a name no list knows that wins, loses or is played in a result is a club.
  if (
    !isLowerWordWord(firstWord) &&
    (TEAM_VERBS.has(nextToken) || TEAM_VERBS.has(prevToken) || rivalBefore) &&
    inResult()
  )
    return [candidate(chunk, from, to, 'organization', 1, base)];
  if (PERSON_CUES_AFTER.has(nextToken) && !gazetteerOfWord(firstWord)?.countryCode)
    return [candidate(chunk, from, to, 'person', 1, base)];
  // "Arsenal's Bukayo Saka scored", "Reform's Nigel Farage": an ordinary word opening a sentence in the
  // possessive before a full name is the name of what the person belongs to, typed as such a name is.
  if (
    n === 1 &&
    chunk.initial &&
    firstWord.possessive &&
    !chunk.caseless &&
    // "The Office's Ricky Gervais": a show's or a work's title, named with "the".
    prevToken !== 'the' &&
    !DAYS_OWNING.has(firstLower) &&
    (fullNameAfterPossessive(ctx, chunk.field, firstWord) ||
      // "Arsenal's Saka scored twice": a surname alone and a player's deed (scorers.ts).
      (firstWord.possessive && playerAfterOwner((k) => tokenText(ctx, chunk.field, words[from]!.index + k))))
  )
    return [candidate(chunk, from, to, 'unknown', 0, base)];
  // "before Apple's expected entry", "Visa's network": a brand named by an ordinary word, capitalised in the
  // possessive inside a sentence, is the firm whatever follows (opening one, it may be the word: "Target's").
  if (
    n === 1 &&
    firstWord.possessive &&
    !chunk.initial &&
    !chunk.caseless &&
    isBrandWord(firstWord.core) &&
    !isGivenNameWord(firstWord)
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  if (isLowerWordWord(firstWord)) return [candidate(chunk, from, to, 'unknown', -1, base)];
  // "Zentrix, a Berlin-based startup, raised …": a name that an apposition calls a firm is one.
  if (n === 1 && nextToken === ',' && firmAppositionAfter(ctx, chunk.field, words[from]!.index + 1))
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "Komeito, which left the coalition": a name no list knows that "which" takes up is a body, no one's
  // ("who" takes up a person); only a subject ("in Nagorno-Karabakh, which", "the city of Arbil, which" are
  // places).
  if (
    n === 1 &&
    nextToken === ',' &&
    !firstWord.possessive &&
    !locative &&
    (chunk.initial || SUBJECT_OPENERS.has(prevToken)) &&
    lowerTokenText(ctx, chunk.field, words[from]!.index + 2) === 'which'
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "Netanyahu's office said", "Trump's tariffs": a sentence-initial name in the possessive before what a
  // person has (an office, a government, a family, words) is a person's.
  // "Netanyahu's Likud party", "Trump's Republican Party", "Sunak's party": a party's leader, also
  // inside a sentence (the default would make the bare name a firm).
  if (
    n === 1 &&
    words[to - 1]!.possessive &&
    !chunk.caseless &&
    leadersBodyAfter(ctx, chunk.field, words[to - 1]!.index)
  )
    return [candidate(chunk, from, to, 'unknown', 0, base, PERSONISH)];
  if (
    chunk.initial &&
    n === 1 &&
    words[to - 1]!.possessive &&
    (PERSON_OWNED.has(nextToken) ||
      // "Zelenskiy's office said" (a firm's office is where it works: "Zentrix's office in Berlin").
      (nextToken === 'office' && tokenBits(ctx, chunk.field, words[to - 1]!.index + 2) & PERSON_VERB))
  )
    return [candidate(chunk, from, to, 'unknown', 0, base, PERSONISH)];
  // A sentence-initial word the article never capitalises elsewhere and no list knows: most often an
  // ordinary word missing from the compact lexicon ("Downloads", "Bookmakers").
  // "Sheinbaum said": a word followed by a verb of speech is a speaker, not an ordinary word.
  // "Rheinmetall will build", "Stellantis has cut": a word that is no English plural and no two English
  // words run together ("Downloads", "Stockpiles"), before a modal or "has", is the subject's name.
  const plural = endsWithText(firstLower, 's') && !PLURAL_LOOKALIKE.test(firstLower);
  const nameBeforeModal =
    MODAL_AFTER.has(nextToken) &&
    !plural &&
    !ENGLISH_ENDING.test(firstLower) &&
    !first.includes("'") &&
    !first.includes('’') &&
    // "Thomas J. Albani will": a sentence the splitter saw end at a middle initial.
    !INITIAL_TOKEN.test(prevToken) &&
    !englishCompound(firstLower);
  // "Arsenal moved six points clear", "Arsenal manager Mikel Arteta": a club no list knows.
  if (chunk.initial && n === 1 && clubOpensSentence(ctx, chunk, words[from]!))
    return [candidate(chunk, from, to, 'organization', 2, base)];
  if (
    chunk.initial &&
    !ctx.seen.capitalisedInside.has(firstLower) &&
    !SURNAME_SHAPE.test(first) &&
    !nameBeforeModal &&
    // A plural the lexicon misses speaks too ("Eyewitnesses told"), and so do hyphened places
    // ("Miami-Brazil says").
    (!speaker || first.includes('-') || (plural && !isKnownSurnameWord(firstWord)))
  )
    return [candidate(chunk, from, to, 'unknown', -1, base)];
  if (thingAfterThe) return [];
  // "Pfizer said on Monday it would …", "Walmart said its sales …": a name no list knows that speaks and
  // that "it" takes up at once is a firm (a known surname keeps its person).
  if (
    personVerb &&
    !locative &&
    !isKnownSurnameWord(firstWord) &&
    !SURNAME_SHAPE.test(first) &&
    n === 1 &&
    firmItAfter(ctx, chunk.field, words[from]!.index)
  )
    return [candidate(chunk, from, to, 'organization', 1, base)];
  // "Charities including Care4Calais said": a word with a digit among its letters is no one's name.
  if ((isKnownSurnameWord(firstWord) || speaker || SURNAME_SHAPE.test(first)) && !DIGIT_IN_WORD.test(first))
    return [
      candidate(chunk, from, to, 'unknown', 0, base, speakerVerb || pronounPerson() ? SPEAKER : PERSONISH),
    ];
  // "Arsenal's Saka scored twice": one word after an owner's possessive, before a player's deed, is the
  // player (scorers.ts).
  if (
    n === 1 &&
    playerDeed(nextToken) &&
    (endsWithText(prevToken, "'s") || endsWithText(prevToken, '\u2019s'))
  )
    return [candidate(chunk, from, to, 'person', 1, base)];
  // "Ajax Amsterdam 3 ( Kluivert 12 , Litmanen 44 )": a scorer before the minute, no side (scorers.ts).
  if (
    n <= 2 &&
    MINUTE_START.test(nextToken) &&
    scorerInBrackets(
      (k) => lowerTokenText(ctx, chunk.field, words[from]!.index - k),
      (k) => lowerTokenText(ctx, chunk.field, words[to - 1]!.index + k),
    )
  )
    return [candidate(chunk, from, to, 'person', 2, base)];
  return [candidate(chunk, from, to, 'unknown', 0, base)];
}
/** A token that may be a minute of a match (scorers.ts reads the rest). */
const MINUTE_START = /^[0-9]/;

/** Quarters, halves and fiscal years as Indian and other business news writes them: "Q2", "FY26", "Q2FY26". */
const FISCAL_PERIOD = /^(?:Q[1-4]|H[12]|[QH][1-4]FY\d{2,4}|FY\d{2,4}|FY)$/;
/**
 * Ratios and lines of a results statement written as abbreviations: no body's names. Wire earnings briefs
 * open their table lines with "Shr", "Oper shr", "Avg shrs", "Revs", "Qtr", "Div".
 */
const FINANCE_SHORTHAND = new Set(
  // "GAAP net income", "non-GAAP": the accounting standard a press release reports by, no body.
  // "IgA nephropathy", "IgG antibodies": the immunoglobulins of a drug maker's release, no names.
  'YoY QoQ MoM PAT EBITDA EBIT PBT EPS Shr Shrs Oper Avg Revs Qtr Div GAAP IgA IgG IgE IgM IgD'.split(' '),
);
const UNIT_INITIAL = /^[CF]\.$/;
const GENERAL_EVENTS = new Set(['election', 'elections', 'strike', 'debate']);
const LAW_ENDS = new Set(['regulation', 'act', 'directive', 'law', 'code']);
/** Whether the words after "General" are ordinary words, none a title, a given name or a surname. */
function generalBody(words: readonly Word[], from: number): boolean {
  // "the General Data Protection Regulation": a law's name, left to the rules of works.
  if (LAW_ENDS.has(words[words.length - 1]!.lower)) return false;
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    if (wordIs(w, W_FUNCTION) && i > from) continue;
    if (!isLowerWordWord(w) || isKnownSurnameWord(w) || isGivenNameWord(w) || wordIs(w, W_TITLE))
      return false;
  }
  return true;
}
/** Words for a work before its title: "the film Elf", "the video game Manhunt", "the album Hopes and Fears". */
const WORK_KINDS = new Set('film movie game album song novel sitcom documentary'.split(' '));
/** Words of a sentence about films or records, where "X's Title" names a work of X's. */
const WORK_WORDS = new Set(
  'film films movie album albums song songs singles novel sitcom oscar oscars bafta'.split(' '),
);
/** The prizes and parts of actors, which a film does not win or play. */
const ACTING_WORDS = new Set(['actor', 'actress', 'role']);
/** Whether one of `ACTING_WORDS` comes within six tokens after `index`, in its sentence. */
function actingWordAfter(ctx: Context, field: Field, index: number): boolean {
  const end = Math.min(index + 6, fieldsOf(ctx, field).field.tokens.length - 1);
  for (let i = index + 1; i <= end; i++) {
    const bits = tokenBits(ctx, field, i);
    if (bits & SENTENCE_END) return false;
    if (ACTING_WORDS.has(lowerTokenText(ctx, field, i))) return true;
  }
  return false;
}
/** Verbs after a name that make "the film Spielberg directed" a clause about the film, not its title. */
const MAKER_VERBS = new Set('directed wrote produced made starred said says told'.split(' '));
/**
 * Whether the chunk is a work's title: after the word for its kind ("the film Elf"), or after a name in the
 * possessive in a sentence about films or records ("Martin Scorsese's The Aviator", "knocked Ciara's Goodies
 * off the top of the singles chart"). Not on the sports page ("the game Arsenal lost"), not a place, a
 * country or a listed body, and not a name a maker's verb follows.
 */
const DIGIT_IN_WORD = /\d/;
const BASE_KINDS = new Set(['air', 'naval', 'military', 'army']);
const NATION_KINDS = new Set(['demonym', 'country']);
/** "air base", "naval base", "airbase", "airfield" after the token at `index`. */
function baseAfter(ctx: Context, field: Field, index: number): boolean {
  const next = lowerTokenText(ctx, field, index + 1);
  if (next === 'airbase' || next === 'airfield') return true;
  const then = lowerTokenText(ctx, field, index + 2);
  return BASE_KINDS.has(next) && (then === 'base' || (next === 'air' && then === 'field'));
}
/** Whether the words `from`..`to` are names no list types: no ordinary word, place or listed body. */
function unknownWords(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (isLowerWordWord(w) || gazetteerOfWord(w) !== undefined || isPlaceWordOf(w) || !w.capitalised)
      return false;
  }
  return true;
}
const OPENING_QUOTES = new Set(['"', '\u201c']);
const CLOSING_QUOTES = new Set(['"', '\u201d']);
const LOWER_LETTERS = /^[a-z]+$/;
/**
 * The chunk's one word is wrapped in quotes with no space inside them ("for \"Hamnet\" at"), and the
 * word before the opening quote is in lower case (a nickname sits between names: 'Ramesh "Sunny" Balwani').
 */
function quotedTitleAt(ctx: Context, chunk: Chunk): boolean {
  const word = chunk.words[0]!;
  const text = fieldsOf(ctx, chunk.field).field.text;
  if (!OPENING_QUOTES.has(text.charAt(word.start - 1)) || !CLOSING_QUOTES.has(text.charAt(word.end)))
    return false;
  if (word.possessive || text.charAt(word.start - 2) !== ' ') return false;
  // ("the \"New\" Labour manifesto", "\"Dirty\" Den Watts": a quoted word before a name is part of it;
  // "a \"When\" not an \"If\"", "texting \"Donate\"": an English word quoted is a word, not a title.)
  if (wordIs(word, W_FUNCTION) || isLowerWordWord(word)) return false;
  const after = text.charAt(word.end + 1);
  if (after !== '' && after !== ' ' && after !== '.' && after !== ',') return false;
  if (after === ' ' && startsUpper(tokenText(ctx, chunk.field, word.index + 2))) return false;
  return LOWER_LETTERS.test(tokenText(ctx, chunk.field, word.index - 2));
}
function workAt(ctx: Context, chunk: Chunk): boolean {
  const first = chunk.words[0]!;
  const n = chunk.words.length;
  if (first.index === 0 || ctx.sports) return false;
  // "the novel CDs" (new certificates of deposit), "the French film The 10th District" (the chunk ends
  // before the figure): initials and a lone "The" are no title.
  if (secondIsCapital(first.core) || (n === 1 && wordIs(first, W_FUNCTION))) return false;
  const tokens = fieldsOf(ctx, chunk.field).field.tokens;
  const before = tokens[first.index - 1]!.text;
  // "her fourth album, Lux, this month": the title in commas after its kind.
  const kind =
    WORK_KINDS.has(before) ||
    (before === ',' &&
      first.index > 1 &&
      WORK_KINDS.has(tokens[first.index - 2]!.text) &&
      tokens[chunk.words[n - 1]!.index + 1]?.text === ',');
  if (!kind) {
    if (withoutPossessive(before) === before || !startsUpper(before)) return false;
    // "France's Canal Plus film unit", "Disney's Pixar Animation Studios": a country's or a firm's.
    const maker = fieldsOf(ctx, chunk.field).words[first.index - 1];
    const makerKind = maker ? gazetteerOfWord(maker)?.kind : 'place';
    if (makerKind !== undefined && makerKind !== 'person') return false;
    if (wordIs(chunk.words[n - 1]!, W_ORG_HEAD)) return false;
    // "The BBC's Zubair Ahmed", "Heat's Charles Gant", "Scorsese's Howard Hughes biopic": a person's name
    // after a body's or a work's possessive, or after a surname alone, is a reporter's or a subject's; a
    // work named like a person follows its maker's full name ("Mike Leigh's Vera Drake").
    if (secondIsCapital(maker!.core)) return false;
    if (n >= 2 && isGivenNameWord(first)) {
      const makerFirst = fieldsOf(ctx, chunk.field).words[first.index - 2];
      if (!makerFirst || !isGivenNameWord(makerFirst)) return false;
    }
    // "Christopher Nolan's Cillian Murphy won … Murphy, 47, thanked his wife": a work is not called by its
    // last word alone where that is a surname, no ordinary word ("Critics back Aviator", "Eastwood's Baby"),
    // and a person is; "Nolan's Cillian Murphy won the Oscar for best actor": an actor's prize just after
    // such a name is the name's.
    const last = chunk.words[n - 1]!;
    if (
      n >= 2 &&
      !wordIs(first, W_FUNCTION) &&
      !isLowerWordWord(last) &&
      (surnameAlone(ctx, first, last) || actingWordAfter(ctx, chunk.field, last.index))
    )
      return false;
  }
  if (MAKER_VERBS.has(lowerTokenText(ctx, chunk.field, chunk.words[chunk.words.length - 1]!.index + 1)))
    return false;
  if (gazetteerOfWord(first) !== undefined && chunk.words.length === 1) return false;
  if (lookup(chunk.words, 0, chunk.words.length, ctx) !== undefined) return false;
  return kind || wordNear(ctx, chunk.field, first.index, first.index, WORK_WORDS, 20);
}
/**
 * Whether the article writes `last` (a name's last word) as a name of its own somewhere, not after `first`
 * (the name's first word): how a story takes up a person by the surname.
 */
function surnameAlone(ctx: Context, first: Word, last: Word): boolean {
  for (const { words } of ctx.fields) {
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      if (w?.lower !== last.lower || !w.capitalised || w.caseless) continue;
      if (words[i - 1]?.lower !== first.lower) return true;
    }
  }
  return false;
}
/**
 * What a one-word group name WordNet lists (a people, a faith, "Fed") is, read from the words right beside it: a
 * body (`organization`), no name at all (`none`), or undefined when nothing there says, so the list's reading stands.
 */
function groupWordByNeighbours(
  ctx: Context,
  chunk: Chunk,
  word: Word,
  nextToken: string,
): 'organization' | 'none' | undefined {
  // "the Fed": WordNet's group word (a federal agent) is the central bank in news.
  if (wordIs(word, W_INSTITUTION)) return 'organization';
  // "Asian shares rose", "European stocks fell": a region's adjective before the market is no name.
  if (MARKET_NOUNS.has(nextToken)) return 'none';
  if (chunk.caseless) return undefined;
  // "his Saracens side", "successes for Wasps and Bristol": on a sports page a people's name in the plural before
  // a side's noun, or listed with a club, is the club named after them.
  if (
    ctx.sports &&
    (TOWN_OF_CLUB_BEFORE.has(nextToken) ||
      (LIST_JOINERS.has(nextToken) && clubNameAt(ctx, chunk.field, word.index + 2)))
  )
    return 'organization';
  // "ahead of Alpine's Esteban Ocon": a people's word in the possessive (its own "'s": a people's plural with a
  // bare "'" is left to the rules after) before a full name is the team or the body the person belongs to (a
  // people has no members named so; review26 #35).
  if (word.possessive && fullNameAfterPossessive(ctx, chunk.field, word)) return 'organization';
  return undefined;
}
/**
 * Whether `owner` is in the possessive ("Chelsea's", or "Mercedes" before its own "'" token) and a given name
 * and another capitalised word, no title, follow it: "Mercedes' Kimi Antonelli".
 */
function fullNameAfterPossessive(ctx: Context, field: Field, owner: Word): boolean {
  let index = owner.index + 1;
  if (!owner.possessive) {
    const mark = tokenText(ctx, field, index);
    if (mark !== "'" && mark !== '\u2019' && mark !== "'s") return false;
    index++;
  }
  const words = fieldsOf(ctx, field).words;
  const given = words[index];
  const surname = words[index + 1];
  return (
    given !== null &&
    given !== undefined &&
    surname !== null &&
    surname !== undefined &&
    given.capitalised &&
    surname.capitalised &&
    !wordIs(given, W_TITLE) &&
    (isGivenNameWord(given) || !isLowerWordWord(given))
  );
}
/** Whether the words around the name `from`..`to` of the chunk make a name of a person's shape a firm. */
function firmAround(ctx: Context, chunk: Chunk, from: number, to: number, personCue: boolean): boolean {
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
/** Whether the article writes `word` alone (no capitalised word before it) before "said", "told" and the like. */
function surnameSpeaksAlone(ctx: Context, word: Word): boolean {
  for (const { field, words } of ctx.fields) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w?.lower !== word.lower || (i > 0 && words[i - 1]?.capitalised)) continue;
      if (PERSON_VERBS.has(lowerCaseAt(field, w.index + 1))) return true;
    }
  }
  return false;
}
/**
 * Whether a one-word name is a person's by the lists or the article: a listed newsmaker, a known surname,
 * or the last word of a full name elsewhere ("Oleksandr Usyk … Usyk").
 */
function namesPerson(ctx: Context, word: Word): boolean {
  return newsmakerNamed(word.core) !== undefined || isKnownSurnameWord(word) || endsFullName(ctx, word);
}
/** Whether the article writes `word` after another capitalised word, as a full name's last word. */
function endsFullName(ctx: Context, word: Word): boolean {
  for (const { words } of ctx.fields) {
    for (let i = 1; i < words.length; i++) {
      if (words[i]?.lower === word.lower && words[i - 1]?.capitalised) return true;
    }
  }
  return false;
}
/** "CDs", "BBC", "JFK": a word whose second letter is a capital (initials), read within its length. */
function secondIsCapital(core: string): boolean {
  if (core.length < 2) return false;
  const c = codeUnitAt(core, 1);
  return c >= 65 && c <= 90;
}
/** Units of size, power and energy that a figure carries glued to it: "5GB", "2TB", "100MW", "3GHz". */
const GLUED_UNITS = new Set('kb mb gb tb pb kw mw gw kwh mwh gwh twh mhz ghz mah'.split(' '));
/** Whether a degree sign stands right before `start`. */
function degreeBefore(ctx: Context, field: Field, start: number): boolean {
  const before = fieldsOf(ctx, field).field.text.charCodeAt(start - 1);
  // "49.1°C.", and "33C." with the unit glued to the number (British copy).
  return before === 0xb0 || (before >= 48 && before <= 57);
}

/** The word closing a wire's capitals slug ("STOCKS-Gulf" of "MIDEAST STOCKS-Gulf"), or -1. */
function slugEnd(words: readonly Word[]): number {
  for (let i = 0; i < words.length; i++) {
    const core = words[i]!.core;
    if (SLUG_WORD.test(core)) return i;
    if (core !== core.toUpperCase()) return -1;
  }
  return -1;
}
const SLUG_WORD = letterPattern(String.raw`^\p{Lu}{2,}-\p{Lu}\p{Ll}`);

/**
 * "talks with Hun Sen. Later …", "analyst Brian Singer.\n": after a name's last word spelled like a title
 * ("Sen", "Singer"), the full stop ends the sentence when nothing (or a new line, a function word or an
 * ordinary word that names no one) follows, where a title's holder would ("Texas Gov. Greg Abbott"). Asked
 * after a word no ordinary one ("the new Oil Minister." is the office).
 */
function sentenceEndsAfter(ctx: Context, field: Field, last: Word): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  const period = tokens[last.index + 1];
  const after = tokens[last.index + 2];
  if (period === undefined || after === undefined) return true;
  if (fieldsOf(ctx, field).field.text.slice(period.end, after.start).includes('\n')) return true;
  const lower = lowerCased(after.text);
  if (FUNCTION_WORDS.has(lower)) return true;
  return (
    startsUpper(after.text) &&
    isLowerWord(lower) &&
    !isGivenName(after.text) &&
    !isKnownSurname(after.text) &&
    // ("Pennsylvania Rep. Summer Lee": a capitalised word after it makes the two a holder's name, read29 F-e.)
    !startsUpper(tokens[last.index + 3]?.text ?? '')
  );
}

/** `text === \`${lower}.\`` without building the string (asked for every chunk). */
function isWithPeriod(text: string, lower: string): boolean {
  return text.length === lower.length + 1 && codeUnitAt(text, lower.length) === 46 && text.startsWith(lower);
}

/** Words after a sentence's first word that make it the subject of a clause ("Rheinmetall will build"). */
const MODAL_AFTER = new Set('will would could can may might must should shall has had'.split(' '));
/** Names ending in "s" that are no English plural ("Stellantis", "Airbus", "Novartis"). */
const PLURAL_LOOKALIKE = /(?:is|us|ss)$/;
const INITIAL_TOKEN = lazyPattern(() => /^\p{L}\.$/u);
/** Endings of English derived words the compact lexicon misses ("Decoupling", "Fungicide", "Reshoring"). */
const ENGLISH_ENDING =
  /(?:ing|ide|tion|sion|ism|ity|ness|ment|ology|ance|ence|able|ible|ive|ous|ful|less|ship|ly)$/;

/** "downloads", "bookmakers", "eyewitnesses": two English words run together, which the lexicon misses. */
function englishCompound(lower: string): boolean {
  for (let i = 3; i <= lower.length - 3; i++)
    if (isLowerWord(lower.slice(0, i)) && isLowerWord(lower.slice(i))) return true;
  return false;
}

const CLAUSE_ENDS = new Set([',', '.', ';', ':', '?', '!', ')', '']);

const DATE_TOKEN = /^\d{1,4}(?:[-/]\d{1,2}){1,2}$/;

/**
 * "TAVILDARA , Tajikistan 1996-08-30", "ESCHEN 1996-08-31": an unknown capitals-only name opening a
 * line and followed by a date, or by a comma and a country or region, is the dateline's place.
 */
function opensDateline(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  const first = chunk.words[from]!;
  const field = fieldsOf(ctx, chunk.field);
  if (field.field.text.slice(first.lineStart, first.start).trim() !== '') return false;
  const tokens = field.field.tokens;
  const after = chunk.words[to - 1]!.index + 1;
  const next = tokens[after]?.text ?? '';
  if (DATE_TOKEN.test(next)) return true;
  if (next !== ',') return false;
  const region = tokens[after + 1]?.text ?? '';
  const kind = GAZETTEER.get(norm(region))?.kind;
  return kind === 'country' || (startsWithCapital(region) && lookupPlace(region) !== undefined);
}

function allCapitals(chunk: Chunk, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const core = chunk.words[i]!.core;
    if (core.toUpperCase() !== core) return false;
  }
  return true;
}

function startsWithCapital(word: string): boolean {
  if (word.length === 0) return false;
  const c = codeUnitAt(word, 0);
  return c >= 65 && c <= 90;
}

/**
 * "62 Nolan Henke 64 Bob Estes": a given name and a word no list knows (no ordinary word, no place) is
 * a player in a results table, not a team ("Aston Villa", "Stirling County").
 */
function playerName(words: readonly Word[], from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const second = words[from + 1]!.core;
  return (
    isGivenNameWord(words[from]!) &&
    !PLACE_LEADS.has(words[from]!.lower) &&
    !isLowerWord(second) &&
    !isPlaceWord(second) &&
    (GAZETTEER.get(norm(second)) === undefined || isKnownSurname(second))
  );
}

/** "Major-General", "Co-Premiers": a hyphened or plural title. */
function isTitleLike(word: string): boolean {
  if (isTitle(word)) return true;
  const part = word.includes('-') ? word.slice(word.lastIndexOf('-') + 1) : word;
  return isTitle(part) || (endsWithText(part, 's') && isTitle(part.slice(0, -1)));
}

/**
 * "Cofinec CEO Stephen Frater", "Chicago Cardinal Joseph Bernardin": a title inside a run, after a
 * company or place and before a given name, splits the run. Returns the title's index, or -1.
 */
function titleInside(words: readonly Word[], from: number, to: number, foreign: boolean): number {
  for (let t = to - 2; t > from; t--) {
    if (!isTitleLike(words[t]!.core)) continue;
    // "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed": "Sheikh" after a name that names no body or place
    // the lists know, and after no title ("Emir Sheikh Tamim"), is a word of the person's name.
    if (
      NAME_HONORIFICS.has(words[t]!.lower) &&
      !isTitleLike(words[t - 1]!.core) &&
      !knownBody(words[from]!.core)
    )
      continue;
    // "Nvidia Chief Executive Jensen Huang": a modifier right after the title completes it.
    const end = t + 1 < to - 1 && TITLE_MODIFIERS.has(words[t + 1]!.lower) ? t + 1 : t;
    // Particles do not lengthen a name: "Ursula von der Leyen" is two names long.
    let rest = 0;
    for (let i = end + 1; i < to; i++) if (!NAME_PARTICLES.has(words[i]!.core)) rest++;
    const next = words[end + 1]!.core;
    const last = words[to - 1]!;
    const lastLower = last.lower;
    if (rest > 3 || ORG_HEADS.has(lastLower) || PLACE_HEADS.has(lastLower)) return -1;
    if (isGivenName(next) || INITIALS.test(next) || FAMILY_NAMES_FIRST.has(next)) return end;
    // "Zairean Prime Minister Kengo wa Dondo": two names joined by a particle are a person's.
    if (
      rest === 2 &&
      to - end === 4 &&
      NAME_PARTICLES.has(words[end + 2]!.core) &&
      !isLowerWord(next) &&
      !isLowerWordWord(last)
    )
      return end;
    // "Auch Außenministerin Annalena Baerbock": where nouns are capitalised, a title inside a run is
    // followed by the holder's name, whatever the lists know of it.
    if (foreign && rest >= 2 && !isLowerWord(next) && !isLowerWordWord(last)) return end;
    // Two name-shaped words, one a known surname: "Jensen Huang".
    const nextKind = GAZETTEER.get(norm(next))?.kind;
    if (
      rest === 2 &&
      !isLowerWord(next) &&
      !isLowerWordWord(last) &&
      (nextKind === undefined || nextKind === 'person') &&
      (isKnownSurname(next) || isKnownSurnameWord(last) || SURNAME_SHAPE.test(last.core))
    )
      return end;
    // "Tesla CEO Elon Musk", "IOC President Kirsty Coventry": after a title that follows one word naming a
    // body or a place the lists know, two name-shaped words are its holder even when no list knows the
    // given name or the surname (a surname may be spelled like a town). So after a body's name closed by
    // its head word: "International Olympic Committee President Kirsty Coventry", "Central Bank Governor
    // Olayemi Cardoso". The first must be no ordinary word, acronym or listed name other than a person's;
    // the second no ordinary word or acronym.
    // "Atlanta Mayor Keisha Lance Bottoms": three such words, the middle one a given name or a surname the
    // lists know (a surname last may be spelled like an ordinary word).
    const threeWords =
      rest === 3 &&
      to - end === 4 &&
      (isGivenNameWord(words[end + 2]!) || isKnownSurnameWord(words[end + 2]!)) &&
      !isLowerWord(next);
    if ((rest === 2 && to - end === 3) || threeWords) {
      const titleStart = titleStartOf(words, from, t);
      // "QatarEnergy Chief Executive Saad al-Kaabi", "Lao President Thongloun Sisoulith": a firm's name
      // with a capital inside it, or a people's name, is no person's first word either.
      const afterBody =
        titleStart === from + 1
          ? knownBody(words[from]!.core) ||
            INNER_CAPITAL.test(words[from]!.core) ||
            GAZETTEER.get(norm(words[from]!.core))?.kind === 'group'
          : titleStart > from + 1 && ORG_HEADS.has(words[titleStart - 1]!.lower);
      if (
        afterBody &&
        !isLowerWord(next) &&
        !ACRONYM.test(next) &&
        (nextKind === undefined || nextKind === 'person') &&
        (threeWords || !isLowerWordWord(last)) &&
        !shapeIs(last, S_ACRONYM) &&
        GAZETTEER.get(norm(last.core))?.kind !== 'organization'
      )
        return end;
    }
    // "U.N. Ambassador Albright", "IMF chief Georgieva": after a body's acronym, one name-shaped word.
    if (
      rest === 1 &&
      shapeIs(words[from]!, S_ACRONYM) &&
      !isLowerWord(next) &&
      (nextKind === undefined || nextKind === 'person')
    )
      return end;
    return -1;
  }
  return -1;
}

/** "QatarEnergy", "OpenAI", "TikTok": a lower-case letter, then a capital inside the word. */
const INNER_CAPITAL = /^[A-Z][a-z]+[A-Z]/;

/** "FBI", "Tesla", "Delhi": a word before a title that names the office's body or place, not a person. */
function knownBody(word: string): boolean {
  if (ACRONYM.test(word)) return true;
  const kind = GAZETTEER.get(norm(word))?.kind;
  return kind !== undefined && kind !== 'person' && kind !== 'group';
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
function titleFirmName(ctx: Context, words: readonly Word[]): string {
  return words
    .map((w) => {
      const name = mixedCaseOf(w.core);
      return w.possessive ? name + lowerCased(tokenText(ctx, 'title', w.index).slice(w.core.length)) : name;
    })
    .join(' ');
}

/**
 * "EC Farm Commissioner Frans Andriessen", "OPEC Oil Minister": whether only a portfolio's words stand
 * between a body's or a country's acronym at `from` and the title at `titleStart`; they are the title's.
 */
function portfolioAfterAcronym(words: readonly Word[], from: number, titleStart: number): boolean {
  if (titleStart < from + 2 || !shapeIs(words[from]!, S_ACRONYM)) return false;
  for (let i = from + 1; i < titleStart; i++) if (!PORTFOLIO_WORDS.has(words[i]!.lower)) return false;
  return true;
}

function titleStartOf(words: readonly Word[], from: number, title: number): number {
  let start = title;
  while (
    start > from &&
    (isTitleLike(words[start - 1]!.core) || TITLE_MODIFIERS.has(words[start - 1]!.lower))
  )
    start--;
  return start;
}

/**
 * "General Data Protection Regulation": only ordinary English words after a title (two or more; none a
 * given name, surname or title), which makes the title the first word of a name, not a person's title.
 */
function ordinaryWordsAfter(words: readonly Word[], title: number, to: number): boolean {
  if (to - title < 3) return false;
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

/** Nouns a place owns, not a club: "Queensland's government", "Liverpool's mayor". */
const PLACE_OWNS = new Set(
  'government governments premier governor mayor parliament capital state economy police authorities residents people coast'.split(
    ' ',
  ),
);
/** Words after a name that make it a firm: "Eli Lilly shares fell". */
const FIRM_NOUNS_AFTER = new Set(
  'shares stock shareholders employees subsidiary headquarters factory factories plant plants executives'.split(
    ' ',
  ),
);
/** What a firm, not a person, owns: "Eli Lilly's Alzheimer's drug", "Ford's quarterly profit". */
const FIRM_PRODUCTS = new Set(
  'drug drugs treatment treatments vaccine vaccines medicine medicines pill pills profit profits revenue revenues earnings sales quarterly shares stock subsidiary factory factories plant plants'.split(
    ' ',
  ),
);
/** A firm's product or result after the possessive at `index`, past capitalised words only. */
function productAfter(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  for (let i = index + 1; i < index + 4 && i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (text === "'s" || text === '’s') continue;
    const lower = lowerTokenText(ctx, field, i);
    if (FIRM_PRODUCTS.has(lower)) return true;
    if (lower === text) return false;
  }
  return false;
}
const MODEL_NUMBER = /^\d{3}$/;
/** Grades of Moody's and of S&P or Fitch that name nothing else: "Baa2", "Aa1", "AA-minus", "BBB-plus". */
const RATING_GRADE = /^(?:Aaa|Aa[1-3]|Baa[1-3]|Ba[1-3]|Caa[1-3]|(?:AAA|AA|BBB|BB|CCC|CC)-(?:minus|plus))$/;
/** Grades that are also acronyms or codes ("AAA", "BB", "A1"): a grade only beside a word of ratings. */
const RATING_LIKE = /^(?:AAA|AA|BBB|BB|CCC|A[1-3]|B[1-3])$/;
const RATING_WORDS = new Set(
  "rated rating ratings downgraded upgraded downgrade upgrade downgrades upgrades grade outlook notch notches affirmed fitch moody moody's poor's s&p".split(
    ' ',
  ),
);
/** A credit rating: a grade no other thing is named by, or a grade-like code within a few words of a rating word. */
function creditRating(ctx: Context, field: Field, word: Word): boolean {
  if (shapeIs(word, S_RATING_GRADE)) return true;
  if (!shapeIs(word, S_RATING_LIKE)) return false;
  for (let i = word.index - 6; i <= word.index + 3; i++)
    if (i !== word.index && RATING_WORDS.has(lowerTokenText(ctx, field, i))) return true;
  return false;
}
function tokenText(ctx: Context, field: Field, index: number): string {
  return index < 0 ? '' : (fieldsOf(ctx, field).field.tokens[index]?.text ?? '');
}
const INDEX_AFTER = new Set(['index', 'indices', 'average', 'composite']);
const MODEL_CODE = letterPattern(String.raw`^\p{Lu}[\p{L}]{0,3}-\d{1,3}[a-z]?s?$`);
/** "CR-V", "HR-V": a maker's letters, a hyphen and one letter. */
const LETTER_MODEL_CODE = letterPattern(String.raw`^\p{Lu}{2,3}-\p{Lu}s?$`);
const ILLNESS_WORDS = new Set(['disease', 'diseases', 'syndrome', 'disorder']);
/** Verbs of a journey before "to" and where it goes: "travelling to Iznik". */
const TRAVEL_VERBS = new Set(
  'travel travels travelled traveled travelling traveling flew fly flies flying sailed sailing drove driving journeyed'.split(
    ' ',
  ),
);
/** Words after a name (a place's, often) that make it a virus's or a fever's: "Marburg virus", "Lassa fever". */
const INFECTION_WORDS = new Set(['virus', 'fever']);
const OIL_GRADE_AFTER = new Set(['crude']);
/** Government bonds and interbank rates by their market names: "Bunds", "BTPs", "OATs", "JGBs", "PIBOR". */
const BOND_NAMES = new Set(
  'bund bunds bobl bobls schatz btp btps oat oats jgb jgbs gilt gilts pibor euribor libor sofr sonia tonar'.split(
    ' ',
  ),
);
const MODEL_NUMBER_BEFORE_SUFFIX = /^[a-z]?\d{1,4}$/;

/**
 * The model named by the words `from`..`to` and the number token right before them, as one `other`
 * ("737 MAX", not `other:max`, which every "MAX" of another maker would share).
 */
function modelWithNumber(ctx: Context, chunk: Chunk, from: number, to: number): Candidate {
  const first = chunk.words[from]!;
  const field = fieldsOf(ctx, chunk.field).field;
  const number = field.tokens[first.index - 1]!;
  const numberWord: Word = wordWith(first, {
    index: first.index - 1,
    core: number.text,
    lower: lowerCased(number.text),
    start: number.start,
    end: number.end,
    possessive: false,
  });
  const words = [numberWord, ...chunk.words.slice(from, to)];
  const end = chunk.words[to - 1]!.end;
  const model = chunkWith(
    chunk,
    words,
    chunk.initial,
    field.text.slice(number.start, end),
    number.start,
    end,
  );
  return candidate(model, 0, words.length, 'other', 2, NO_CONTEXT);
}

/** Words after a model's number that name its version: "737 MAX", "17 Pro Max", "15 Plus". */
const MODEL_SUFFIXES = new Set(['max', 'pro', 'plus', 'ultra', 'mini', 'neo', 'lite']);

/** The token after a name's last word, past a possessive "'s" that pre-tokenised text splits off. */
function afterPossessive(ctx: Context, chunk: Chunk, to: number, next: string): string {
  const last = chunk.words[to - 1]!;
  if (last.possessive) return next;
  return next === "'s" || next === '’s' ? lowerTokenText(ctx, chunk.field, last.index + 2) : '';
}

const FOREIGN_ORG_LEADS = new Set(
  `coimisiún bord údarás comhairle conradh roinn oifig seirbhís foras banco banca banque partido parti
  partito ministerio ministère ministero comisión comissão consejo conseil consiglio conselho instituto
  institut istituto universidad université università universidade universität fundación fundação
  fondation fondazione agence agencia agenzia assemblée asamblea tribunal tribunale gobierno governo
  gouvernement grupo groupe gruppo sociedad société società compañía compagnie compagnia deportivo dinamo`
    .split(/\s+/)
    .filter(Boolean),
);
// "Met Éireann", "Bus Éireann", "Dáil Éireann": "of Ireland" ends the names of Irish bodies.
const FOREIGN_ORG_HEAD = letterPattern(
  String.raw`(?:^|\p{Ll})(?:zeitung|partei|ministerium|bundesamt|verband|gericht|stiftung|gewerkschaft|konzern|beh\u00f6rde|kommission|agentur|rundfunk)$|^[\u00e9e]ireann$`,
);

const BROADCAST_LEADS = new Set(['radio', 'television', 'tv']);
/** Abbreviations that open club names: "FC Porto", "AC Milan", "SC Freiburg", "PSV Eindhoven". */
const CLUB_PREFIXES = new Set([
  'FC',
  'AC',
  'SC',
  'SV',
  'FK',
  'NK',
  'CD',
  'CF',
  'RC',
  'AFC',
  'TSV',
  'PSV',
  'VfB',
  'VfL',
  'SK',
]);

const FOREIGN_ARTICLES = new Set(['Le', 'La', 'Der', 'Die', 'Das', 'El', 'Il', 'Los', 'Las']);
/** "El Niño", "La Niña": the Pacific's warm and cold phases, named with an article. */
const CLIMATE_PATTERNS = new Set(['nino', 'nina']);

const VENUE_PREPOSITIONS = new Set(['at', 'in', 'near', 'outside', 'inside']);
/** Nouns after a competition's name: "the Formula One season", "the Premier League title". */
const COMPETITION_AFTER = new Set([
  'season',
  'seasons',
  'standings',
  'title',
  'titles',
  'race',
  'races',
  'grid',
]);
/** Words of gatherings, which one is also "at": "the Solidarity Meeting", "the Munich Security Conference". */
const EVENT_WORDS = new Set([
  'meeting',
  'meetings',
  'conference',
  'ceremony',
  'gala',
  'show',
  'expo',
  'fair',
]);

/** Last words of title-case names of events, prizes, laws and days: not organisations. */
const EVENT_HEADS = new Set(
  `open cup classic tour championship championships prix games day days series trophy award awards prize
  final finals marathon rally slam masters week festival olympics act treaty agreement accord accords
  convention war wars index race stakes derby grand summit plan talks bill law declaration round`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * Head words of prizes, contests and treaties named after a person ("Davis Cup", "Abraham Accords"): the
 * part of EVENT_HEADS that is no surname as well ("Day", "Law" are), and "doctrine".
 */
const EPONYM_EVENT_HEADS = new Set(
  'cup trophy prize award awards games olympics championship championships accord accords agreement treaty doctrine act'.split(
    ' ',
  ),
);
/** Adjectives that make a part of a place, not an organisation: "Old Trafford", "Greater Manchester". */
const PLACE_ADJECTIVES = new Set([
  'old',
  'greater',
  'central',
  'inner',
  'outer',
  'downtown',
  'metropolitan',
  'rural',
  'urban',
  'suburban',
  'coastal',
]);

/**
 * "Real Madrid", "Sporting Lisbon": an ordinary word before a town (not a country: "Mainland China"),
 * opening a sentence, still opens a club's name; descriptive words ("Central", "Rural") do not.
 */
function ordinaryBeforeTown(words: readonly Word[], from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const first = words[from]!.lower;
  if (PLACE_ADJECTIVES.has(first) || COMPASS_WORDS.has(first)) return false;
  return isTownWord(words[to - 1]!);
}

function isPlaceWord(word: string): boolean {
  return placeByKind(GAZETTEER.get(norm(word))?.kind) ?? lookupPlace(word) !== undefined;
}

/** `isPlaceWord(w.core)`, from the word's facts. */
function isPlaceWordOf(w: Word): boolean {
  return placeByKind(gazetteerOfWord(w)?.kind) ?? placeOfWord(w) !== undefined;
}

/**
 * What a word's gazetteer kind alone says of its being a place: a country is one, a person, firm or
 * other kind is not, and a place or an unknown word is one if the place lists know it (undefined).
 */
function placeByKind(kind: GazetteerEntry['kind'] | undefined): boolean | undefined {
  if (kind === 'country') return true;
  return kind === undefined || kind === 'place' ? undefined : false;
}

/** A town or city the place gazetteer knows that is no country and no surname ("Madrid", "Dortmund"). */
function isTownWord(w: Word): boolean {
  const kind = gazetteerOfWord(w)?.kind;
  if (kind !== undefined && kind !== 'place') return false;
  const place = placeOfWord(w);
  return place !== undefined && place.kind !== 'country' && !isKnownSurnameWord(w);
}

/**
 * Names that read as a company, club or desk rather than a person or a place: a place with an ordinary
 * word ("Seattle Mariners", "Air France", "London Newsroom"), or a name ending in an ordinary word
 * ("Johnson Controls", "Hindustan Copper"). Events and prizes ("Hong Kong Open", "Labor Day") are not.
 */
function isCompanyOrTeamName(words: readonly Word[], from: number, to: number): boolean {
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
    return lastOrdinary || (lastGroup && to - from === 2) || (lastUnknown && !isGivenNameWord(firstWord));
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
  // "Bayern Munich", "Borussia Dortmund": a word no list knows before a town names a club or a firm.
  if (
    to - from === 2 &&
    gazetteerOfWord(firstWord) === undefined &&
    !isGivenNameWord(firstWord) &&
    !isKnownSurnameWord(firstWord) &&
    !ACRONYM.test(first) &&
    !INITIALS.test(first) &&
    isTownWord(lastWord)
  )
    return true;
  return lastOrdinary && !isGivenNameWord(firstWord) && !INITIALS.test(first) && !ACRONYM.test(last);
}

/** Listed kinds of a word that name the maker or the user of craft, not its model ("Boeing", "Russian", "Ukraine"). */
const NOT_CRAFT_KINDS = new Set(['organization', 'country', 'demonym', 'group']);

/** An acronym in brackets after a body's name: two to six letters, two capitals at least ("PiS", "AfD"). */
const BRACKETED_ACRONYM = /^[A-Z][A-Za-z]{0,4}[A-Z]$/;

/**
 * Whether a party's noun follows the name `first`..`last` past its acronym in brackets ("Law and Justice (PiS)
 * party"), or the name is that acronym ("(AfD) party").
 */
function partyNounPastBracket(
  ctx: Context,
  field: Field,
  first: Word,
  last: Word,
  prevToken: string,
  nextToken: string,
): boolean {
  const at = last.index;
  if (nextToken === '(')
    return (
      BRACKETED_ACRONYM.test(tokenText(ctx, field, at + 2)) &&
      tokenText(ctx, field, at + 3) === ')' &&
      ORG_NOUNS_AFTER.has(lowerTokenText(ctx, field, at + 4))
    );
  return (
    prevToken === '(' &&
    nextToken === ')' &&
    first === last &&
    BRACKETED_ACRONYM.test(first.core) &&
    ORG_NOUNS_AFTER.has(lowerTokenText(ctx, field, at + 2))
  );
}

/**
 * A town's name before a word a surname may be ("Paris Hilton", "Savannah Guthrie"): a known surname or no
 * ordinary word, and no country, place, title, acronym or body's head ("Paris Bourse", "Brooklyn Bridge",
 * "Paris NAPM" are no one).
 */
function townAsGivenName(first: Word, second: Word): boolean {
  if (!isPlaceWordOf(first) || gazetteerOfWord(first)?.kind === 'country') return false;
  if (ACRONYM.test(second.core) || isTitle(second.core) || placeOfWord(second)) return false;
  if (wordIs(second, W_PLACE_HEAD) || wordIs(second, W_ORG_HEAD) || wordIs(second, W_EVENT_HEAD))
    return false;
  return isKnownSurnameWord(second) || !isLowerWordWord(second);
}

/**
 * "Jordan Ellis", "Georgia Hill": a word that is both a country or town and a given name, followed by a
 * surname-like word, reads better as one person's full name than as a place beside a person named by a
 * first name alone, which news prose does not write. After "in" or "at" the place reading stays.
 */
function readsAsFullName(words: readonly Word[], from: number, to: number, locative: boolean): boolean {
  if (to - from !== 2 || locative) return false;
  const secondWord = words[from + 1]!;
  const second = secondWord.core;
  if (
    !isGivenNameWord(words[from]!) ||
    isTitle(second) ||
    ACRONYM.test(second) ||
    // "Georgia Bell", "Florence Nightingale": an ordinary word that is a known surname ends a person's
    // name; "Georgia Power", "Victoria Park", "Jordan Valley" name a firm or a place.
    (isLowerWordWord(secondWord) &&
      (!isKnownSurnameWord(secondWord) || wordIs(secondWord, W_PLACE_HEAD) || wordIs(secondWord, W_ORG_HEAD)))
  )
    return false;
  const entry = gazetteerOfWord(secondWord);
  if (entry && entry.kind !== 'person') return false;
  return isKnownSurnameWord(secondWord) || isGivenNameWord(secondWord) || SURNAME_SHAPE.test(second);
}

/** "Benetton ( Italy ) 92 Dinamo": the token after a short bracketed note that follows a name. */
function afterCountryNote(ctx: Context, chunk: Chunk, to: number, next: string): string {
  if (next !== '(') return next;
  const index = chunk.words[to - 1]!.index;
  for (let i = index + 2; i <= index + 5; i++)
    if (lowerTokenText(ctx, chunk.field, i) === ')') return lowerTokenText(ctx, chunk.field, i + 1);
  return next;
}

function isResultSlot(ctx: Context, chunk: Chunk, from: number, prev: string, next: string): boolean {
  if (!/^\d{1,2}$/.test(next)) return false;
  if (/^\d{1,2}$/.test(prev)) return true;
  // "PSV Eindhoven 4 ( Luc Nilis 12 , Wim Jonk 78 ) Fortuna Sittard 0": the other side after the scorers.
  if (prev === ')') return scoreBeforeBracket(ctx, chunk.field, chunk.words[from]!.index - 1);
  const first = chunk.words[from]!;
  const text = fieldsOf(ctx, chunk.field).field.text;
  return text.slice(first.lineStart, first.start).trim() === '';
}

/** Whether the bracket closing at `close` opens after a score: "Vitesse Arnhem 2 ( … )". */
function scoreBeforeBracket(ctx: Context, field: Field, close: number): boolean {
  for (let i = close - 1; i > 0 && i > close - 40; i--) {
    const text = tokenText(ctx, field, i);
    if (text === ')' || text === '\n') return false;
    if (text === '(') return /^\d{1,2}$/.test(tokenText(ctx, field, i - 1));
  }
  return false;
}

function isNationalEntry(entry: GazetteerEntry | Candidate | undefined): boolean {
  if (!entry) return false;
  if ('kind' in entry) return entry.kind === 'demonym' || entry.kind === 'country';
  return entry.type === 'nationality' || (entry.type === 'place' && entry.countryCode !== undefined);
}

/** "Chinese", "U.S.", "Chicago" before a title: where the office holder is from. */
function isNationalWord(word: string): boolean {
  return nationalByKind(GAZETTEER.get(norm(word))?.kind) ?? lookupPlace(word) !== undefined;
}

/** What a word's gazetteer kind alone says of its naming a nation: unknown words ask the place lists. */
function nationalByKind(kind: GazetteerEntry['kind'] | undefined): boolean | undefined {
  return kind === undefined ? undefined : kind === 'demonym' || kind === 'country';
}

/** `isNationalWord('')`, asked once: typing asks it (~10 times an article) when it has passed every word of a run. */
let nationalOfNoWord: boolean | undefined;

/** `isNationalWord(w?.core ?? '')`, from the word's facts. */
function isNationalWordOf(w: Word | undefined): boolean {
  if (w === undefined) {
    nationalOfNoWord ??= isNationalWord('');
    return nationalOfNoWord;
  }
  return nationalByKind(gazetteerOfWord(w)?.kind) ?? placeOfWord(w) !== undefined;
}

/** Sports a league is named for after "League": "Major League Soccer", "Major League Baseball". */
const LEAGUE_SPORTS = new Set(
  'soccer baseball rugby hockey lacrosse cricket football basketball softball'.split(' '),
);
/** A league's tables after its name: "Major League Baseball standings". */
const LEAGUE_TABLES = new Set(['standings', 'results', 'scores', 'leaders', 'table']);

/** Ranks of a sports league's name: "Major League", "Premier League", "National League". */
const LEAGUE_RANKS = new Set(
  'major minor national premier super first second third champions europa'.split(' '),
);

/**
 * A league's name of demonyms and ranks only ("Scottish Premier League", not "National Football League",
 * "Arab League" or "National League for Democracy") that does not act as a body ("the Premier League said").
 */
function competitionLeague(ctx: Context, chunk: Chunk): boolean {
  const words = chunk.words;
  const last = words.length - 1;
  for (let i = 0; i < last; i++) {
    const w = words[i]!;
    if (!LEAGUE_RANKS.has(w.lower) && gazetteerOfWord(w)?.kind !== 'demonym') return false;
  }
  const next = lowerTokenText(ctx, chunk.field, words[last]!.index + 1);
  return next !== 'for' && next !== 'of' && !LEAGUE_ACTS.has(next);
}

const LEAGUE_ACTS = new Set([
  'said',
  'says',
  'has',
  'have',
  'will',
  'fined',
  'announced',
  'ruled',
  'confirmed',
]);

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
function aiFirmName(words: readonly Word[], from: number, to: number, nextToken: string): boolean {
  return (
    to - from === 2 &&
    words[to - 1]!.core === 'AI' &&
    AFTER_AI_FIRM.has(nextToken) &&
    !words[from]!.initial &&
    !NOT_FIRM_BEFORE_AI.has(gazetteerOfWord(words[from]!)?.kind ?? '')
  );
}

/** ", 7,", ", 16.", ", 34)": a person's age in commas after the name at `index`. */
function ageAfter(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  if (tokens[index + 1]?.text !== ',') return false;
  const age = tokens[index + 2]?.text ?? '';
  if (age.length === 0 || age.length > 2 || !startsWithDigit(age) || !startsWithDigit(age.slice(-1)))
    return false;
  const after = tokens[index + 3]?.text;
  return after === ',' || after === '.' || after === ')';
}

/** Particles that open a surname written with a capital: "Le Pen", "De Niro", "Van Dijk", "Von Trapp". */
const CAPITAL_PARTICLES = new Set(['le', 'la', 'de', 'du', 'da', 'di', 'del', 'della', 'van', 'von', 'der']);

/** Whether the token at `index` is capitalised after a capitalised word: a name's last word ("Elena Parent"). */
function surnameCue(ctx: Context, field: Field, index: number): boolean {
  return startsUpper(tokenText(ctx, field, index)) && startsUpper(tokenText(ctx, field, index - 1));
}

/**
 * Whether "(" an acronym ")" follows the chunk's words `from`..`to` and spells their initials ("Business
 * Unity South Africa (Busa)", "Congress of South African Trade Unions (Cosatu)").
 */
function spelledByBracketAfter(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  const words = chunk.words;
  const acronym = wordInBracketsAfter(fieldsOf(ctx, chunk.field).field.tokens, words[to - 1]!.index);
  if (acronym === undefined) return false;
  let initials = '';
  for (let i = from; i < to; i++) if (words[i]!.capitalised) initials += words[i]!.core.charAt(0);
  return initials.length >= 2 && initials.toUpperCase() === acronym.toUpperCase();
}

/**
 * "Food Corporation of India (FCI)", "Monetary Authority of Singapore (MAS)": a body's head word before "of"
 * (a name the chunker joined through "of" because the acronym after it spells it), no place's.
 */
function hasOrgHeadOf(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to - 2; i++)
    if (words[i + 1]!.core === 'of')
      return ORG_HEADS.has(words[i]!.lower) && !PLACE_HEADS.has(words[i]!.lower);
  return false;
}

/**
 * "Bank of England", "U.S. Chamber of Commerce", "Organization for Security and Co-operation in
 * Europe": an organisation lead word followed by "of", "for" or "on".
 */
function hasOrgLeadOf(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    const next = words[i + 1]!.core;
    // "Government of National Unity": the chunker joins "Government of" only before no country's name.
    if (words[i]!.lower === 'government' && next === 'of') return true;
    // "Intergovernmental Panel on Climate Change", "Campaign to End Loneliness": the chunker joins a panel through
    // "on" (chunk.ts PACT_LEADS) and a body's lead or a campaign through "to" and a verb's object.
    if (next === 'on' && (words[i]!.lower === 'panel' || words[i]!.lower === 'forum')) return true;
    if (next === 'to' && (words[i]!.lower === 'campaign' || ORG_LEADS.has(words[i]!.lower))) return true;
    if (!ORG_LEADS.has(words[i]!.lower)) continue;
    if (next === 'of' || next === 'for' || next === 'on') return true;
  }
  return false;
}

/** The place the chunk's words `from`..`to` name as written; a single word's read from its facts. */
/**
 * Where the holder's name starts in a run read after "<title> of (the)": "Mayor of London Sadiq Khan" → at
 * "Sadiq", "Governor of the Bank of England Andrew Bailey" → at "Andrew"; the words before are a place, a
 * country or a body the lists know, the holder's two or three words no ordinary word, a given name first or a
 * known surname last. 0 when the run is no seat and holder.
 */
function holderAfterSeat(ctx: Context, chunk: Chunk, from: number, to: number, prevToken: string): number {
  const words = chunk.words;
  let of = words[from]!.index - 1;
  if (prevToken === 'the') of--;
  if (lowerTokenText(ctx, chunk.field, of) !== 'of' || !isTitle(tokenText(ctx, chunk.field, of - 1)))
    return 0;
  for (let k = to - 2; k >= Math.max(from + 1, to - 3); k--) {
    if (!words[k]!.capitalised || !words[to - 1]!.capitalised) return 0;
    // Each word of the holder's name a given name, a surname or a word no list knows ("Sadiq Khan").
    let nameLike = true;
    for (let i = k; i < to; i++) {
      const w = words[i]!;
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
    if (!nameLike) continue;
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

function placeOfSpan(chunk: Chunk, from: number, to: number): PlaceEntry | undefined {
  const words = chunk.words;
  const text = chunk.text.slice(words[from]!.start - chunk.start, words[to - 1]!.end - chunk.start);
  return to === from + 1 && text === words[from]!.core ? placeOfWord(words[from]!) : lookupPlace(text);
}

/** Gazetteer kinds of one word that names a people or a country's group ("Greek", "Houthi"), no ship. */
const PEOPLE_OR_GROUP = new Set(['demonym', 'metonym']);

/** What may follow a town's region: a pause, the end, or the next item of a list. */
const AFTER_REGION = new Set([',', '.', ';', ':', ')', '', '-', '–', '—', 'and', 'or']);

/**
 * The state or province written at `index` ("B.C.", "Alta.", "Nova Scotia") when a pause follows it,
 * else undefined. An abbreviation's period may be a token of its own.
 */
function regionAt(ctx: Context, field: Field, index: number): PlaceEntry | undefined {
  const tokens = fieldsOf(ctx, field).field.tokens;
  let name = '';
  for (let k = index; k < index + 3 && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!startsWithCapital(token.text)) return undefined;
    name = name === '' ? token.text : `${name} ${token.text}`;
    let end = k + 1;
    let written = name;
    if (tokens[end]?.text === '.' && tokens[end]!.start === token.end) {
      written = `${name}.`;
      end++;
    }
    // "Erik Halvorsen, M.D., founder": a physician's degree, written with two capitals; Maryland is "Md.".
    if (written === 'M.D.') return undefined;
    const place = lookupPlace(written);
    if (place?.kind === 'region') {
      const after = lowerTokenText(ctx, field, end);
      // "Alta." ends the sentence: its period is also the full stop.
      return AFTER_REGION.has(after) || written.endsWith('.') ? place : undefined;
    }
  }
  return undefined;
}

/** The token index after the region of "NAME, Region," when the name's last token is at `index`; else -1. */
function regionAfterComma(ctx: Context, field: Field, index: number): number {
  if (tokenText(ctx, field, index + 1) !== ',') return -1;
  return regionAt(ctx, field, index + 2) ? index + 2 : -1;
}

/**
 * A chunk that may be a town before ", Region": no title or function word, no acronym and no listed
 * person or body ("Boeing, Wash." is the firm).
 */
function townBeforeRegion(chunk: Chunk, ctx: Context): boolean {
  const words = chunk.words;
  for (const w of words)
    if (wordIs(w, W_TITLE) || wordIs(w, W_FUNCTION) || wordIs(w, W_ORG_HEAD) || shapeIs(w, S_ACRONYM))
      return false;
  const entry = lookup(words, 0, words.length, ctx);
  if (entry === undefined) return true;
  const kind = 'kind' in entry ? entry.kind : entry.type;
  return kind === 'place';
}

/**
 * Where a body's name ends before a title inside the run ("Supreme Court" of "Supreme Court Justice Samuel
 * Alito": an organisation head, then a title and a name); `to` when the run has no such title.
 */
function bodyBeforeTitleEnd(words: readonly Word[], from: number, to: number): number {
  for (let i = from + 2; i < to - 1; i++)
    if (wordIs(words[i]!, W_TITLE) && wordIs(words[i - 1]!, W_ORG_HEAD) && !wordIs(words[i - 1]!, W_TITLE))
      return i;
  return to;
}

/** "City of Jerusalem", "Gulf of Mexico": a head word followed by "of". */
/**
 * Venues' and places' head words that are also common surnames: "Bruce Arena", "Ray Garden", "Damon Hill",
 * "Joan Rivers" (a place seldom takes a given name before them; "Park" does: Albert Park).
 */
const VENUE_SURNAMES = new Set(['arena', 'garden', 'gardens', 'hill', 'rivers']);
/**
 * "Bruce Arena said": a listed given name before a venue's head word is a person's name (read23 F8); "Wembley
 * Arena", "Kew Gardens", "at the Rose Garden" (a locative) and "Madison Square Garden" (three words) stay
 * places. Asked of two-word names only.
 */
/** "Damon Hill of Britain": a given name, a place's head word that is a surname, "of" and a country. */
function personOfCountry(words: readonly Word[]): boolean {
  return personalVenue(words[0]!, words[1]!.lower) && placeOfWord(words[3]!)?.kind === 'country';
}

/**
 * "Mark Hill scored twice", "Grant Hill, the former Detroit forward,": a given name that is also an ordinary word
 * before a venue's surname is a person's name only where a person's verb, a player's deed or a title apposed
 * after says so ("Mark Hill" alone could be a hill).
 */
function ordinaryGivenVenue(first: Word, lastLower: string): boolean {
  return VENUE_SURNAMES.has(lastLower) && isGivenNameWord(first) && isLowerWordWord(first);
}

/** A wire's desks, named by a place or a beat ("New York Energy Desk", "London Newsroom"). */
const NEWSROOM_HEADS = new Set(['desk', 'newsdesk', 'newsroom']);
/** What opens a sign-off's desk: a dash opening the line, or the comma after the reporter's name. */
const SIGN_OFF_BEFORE = new Set(['--', '-', '\u2014', ',']);

/** Nouns of a body that a name before them, with a word or two between, is the name of. */
const SERVICE_NOUNS = new Set(['service', 'agency', 'programme', 'program', 'observatory']);
/** What such nouns also serve that names no body ("a memorial service"). */
const RITE_WORDS = new Set(['memorial', 'funeral', 'remembrance', 'prayer', 'thanksgiving', 'church']);

/**
 * "the EU's Copernicus climate service", "the Copernicus space programme": a name before a body's noun, one or two
 * lower-case words between ("a memorial service" names none), is that body's name, though the lists know it as a
 * person's (the astronomer) or a place's.
 */
function serviceNounAfter(ctx: Context, field: Field, index: number): boolean {
  for (let i = index + 1; i < index + 4; i++) {
    const text = tokenText(ctx, field, i);
    // (Right after the name, the noun may be the person's: "Gorbachev's program", "the Biden program".)
    if (SERVICE_NOUNS.has(text)) return i > index + 1;
    if (!ALL_LOWER.test(text) || RITE_WORDS.has(text)) return false;
  }
  return false;
}

/**
 * Roles a firm is named to or takes in a deal as well as a person ("named Lazard as adviser", "Redwood Peak,
 * adviser to the seller,").
 */
const FIRM_ROLES = new Set([
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
function appointedAsPerson(ctx: Context, field: Field, prevToken: string, index: number): boolean {
  if ((prevToken !== 'named' && prevToken !== 'appointed') || tokenText(ctx, field, index + 1) !== 'as')
    return false;
  for (let i = index + 2; i < index + 6; i++) {
    const text = lowerTokenText(ctx, field, i);
    if (tokenBits(ctx, field, i) & TITLE_WORD) return !FIRM_ROLES.has(text);
    if (!ALL_LOWER.test(text)) return false;
  }
  return false;
}

/** Players' positions and other nouns of a person that no title list holds (ordinary words there). */
const APPOSED_PERSON_NOUNS = new Set(['forward', 'winger', 'guard', 'player', 'star', 'veteran']);

/** ", the former Detroit forward,", ", a coach at": a comma, then a title within the next few words. */
function titleApposedAfter(ctx: Context, field: Field, index: number): boolean {
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
 * ", leader of the opposition," off the sports page: a person's office apposed to the name. Not a role a firm
 * takes in a deal (", adviser to the seller,", ", owner of three hotels,"), nor its staff's ("whose chief
 * executive ...").
 */
function officeApposedAfter(ctx: Context, field: Field, index: number): boolean {
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

function personalVenue(first: Word, lastLower: string): boolean {
  return VENUE_SURNAMES.has(lastLower) && isGivenNameWord(first) && !isLowerWordWord(first);
}

function hasLeadOf(leads: ReadonlySet<string>, words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++)
    if (leads.has(words[i]!.lower) && words[i + 1]!.lower === 'of') return true;
  return false;
}

function placeFields(place: PlaceEntry): Info {
  if (place.kind === 'country') return { ...NO_INFO, countryCode: place.countryCode, canonical: place.name };
  return {
    ...NO_INFO,
    canonical: place.name,
    placeId: place.geonamesId ? `place:geonames:${place.geonamesId}` : undefined,
  };
}

function placeIdOf(chunk: Chunk, from: number, to: number): string | undefined {
  const place = placeOfSpan(chunk, from, to);
  return place?.geonamesId ? `place:geonames:${place.geonamesId}` : undefined;
}

const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);
const SCORE = /^\d{1,3}[-\u2013]\d{1,3}$/;
const DIGITS = /^\d{1,3}$/;
const NOT_AFTER_SCORE = new Set([
  'percent',
  'per',
  'pct',
  '%',
  'times',
  'years',
  'points',
  'million',
  'billion',
]);

/**
 * Whether the token at `index` sits in a sentence that reports a result: a result verb ("beat", "drew",
 * "lost") and a score ("2-1", "3 - 0") within a few tokens, in the same sentence.
 */
function inResultSentence(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  let verb = false;
  let score = false;
  let lo = index;
  while (lo > 0 && index - lo < 8 && !(tokenBits(ctx, field, lo - 1) & SENTENCE_END)) lo--;
  for (let i = lo; i < tokens.length && i - index < 10; i++) {
    const text = tokens[i]!.text;
    const bits = tokenBits(ctx, field, i);
    if (i > index && bits & SENTENCE_END) break;
    if (bits & TEAM_VERB_TEXT || text === 'defeated' || text === 'thrashed' || text === 'edged') verb = true;
    const scoreEnd =
      bits & SCORE_TEXT
        ? i + 1
        : bits & DIGITS_TEXT &&
            (tokens[i + 1]?.text === '-' || tokens[i + 1]?.text === '–') &&
            tokenBits(ctx, field, i + 2) & DIGITS_TEXT
          ? i + 3
          : -1;
    if (scoreEnd > 0 && !NOT_AFTER_SCORE.has(lowerCased(tokens[scoreEnd]?.text ?? ''))) score = true;
  }
  return verb && score;
}

/**
 * Sports pages name clubs by their towns ("Leicestershire beat Somerset", "Bury 2 Stoke 1"): a place
 * is a team when it beats, draws or scores, or is beaten; a place opening a dateline or a venue line
 * ("LONDON 1996-08-30", "Leicester :") stays a place.
 */
/** Words before the other side of a match: "against Hull", "Leeds v Hull", "a draw with Hull". */
const RIVAL_BEFORE = new Set(['against', 'v', 'vs', 'vs.', 'over']);

/** A side's players and staff after its name on a sports page: "Leeds striker", "Everton manager". */
const SQUAD_NOUNS = new Set(
  'striker strikers defender defenders midfielder midfielders goalkeeper goalkeepers keeper winger wingers full-back left-back right-back centre-back center-back captain manager coach boss'.split(
    ' ',
  ),
);
/** Words between a club and a player's position: "Chelsea central defender", "Leeds veteran striker". */
const POSITION_WORDS = new Set(
  'central centre center left right attacking defensive holding veteran'.split(' '),
);
const FIXTURE_SIDES = new Set(['v', 'vs', 'vs.']);
/** Verbs of one side's result over the other, before the other's name: "Chelsea beat Arsenal". */
const CLUB_RESULT_VERBS = new Set(
  'beat beats defeated thrashed edged overcame host hosts face faces play plays meet meets'.split(' '),
);
/**
 * A club's name at `index`: a town the lists know ("Leeds"; a country plays as a national side, a person
 * may beat one too) or a name closed by a club's head word ("Manchester City", "Newcastle United").
 */
function clubNameAt(ctx: Context, field: Field, index: number): boolean {
  const words = fieldsOf(ctx, field).words;
  const w = words[index];
  if (!w?.capitalised || w.caseless) return false;
  const next = words[index + 1];
  if (next?.capitalised) return CLUB_HEADS.has(next.lower);
  const place = placeOfWord(w);
  return place !== undefined && place.kind !== 'country' && !isGivenNameWord(w) && !isKnownSurnameWord(w);
}
/** Last words of clubs' names: "Manchester City", "Newcastle United", "Bristol Rovers". */
const CLUB_HEADS = new Set([
  'city',
  'united',
  'rovers',
  'athletic',
  'wanderers',
  'albion',
  'fc',
  'town',
  'county',
]);
/** Nouns of a body's work in a place: "the OSCE Chechnya mission", "the EU Ukraine envoy". */
const MISSION_NOUNS = new Set(
  'mission missions envoy envoys office delegation operation operations inspectors inspections monitors observers peacekeepers troops force representative'.split(
    ' ',
  ),
);
/** A country or a town or region the place gazetteer knows, from `from` to `to`. */
function placeName(words: readonly Word[], from: number, to: number): boolean {
  let name = words[from]!.core;
  for (let i = from + 1; i < to; i++) name += ` ${words[i]!.core}`;
  const listed = GAZETTEER.get(norm(name))?.kind;
  return listed === 'country' || listed === 'place' || lookupPlace(name) !== undefined;
}
/** Words for a side before its name: "team Deportivo Coruna", "champions Bayern Munich", "rivals Real Madrid". */
const SIDE_BEFORE = new Set(['team', 'club', 'side', 'champions', 'rivals', 'outfit']);
/** Sides in the plural before a club's name: "behind leaders Chelsea", "holders Everton". */
const SIDES_BEFORE = new Set(['leaders', 'champions', 'holders', 'rivals', 'hosts', 'visitors']);
/** Before "a" and a team's name, the car it builds: "third in a Williams", "driving a Ferrari". */
const CAR_BEFORE = new Set(['in', 'driving', 'drove', 'drives']);
// "Te Pāti Māori", "Te Whatu Ora", "Te Papa", "Te Rūnanga o Ngāi Tahu", "Te Taura Whiri": words of Māori
// bodies after the article (unmarked).
const TE_BODY_WORDS = new Set([
  'pati',
  'whatu',
  'papa',
  'puni',
  'runanga',
  'wananga',
  'kohanga',
  'kura',
  'wharekura',
  'ara',
  'hiringa',
  'taura',
  'arawhiti',
  'puna',
  'mangai',
  'kahui',
  'hiku',
  'matawaka',
  'kaunihera',
]);
const CAR_NOT_TEAMS = new Set([
  'test',
  'tests',
  'derby',
  'classic',
  'final',
  'semi-final',
  'semifinal',
  'playoff',
  'play-off',
  'series',
  'match',
  'race',
  'sprint',
  'marathon',
  'cup',
  'league',
  'championship',
  'tournament',
  'friendly',
  'decider',
]);

/**
 * "Arsenal won 2-1.", "Arsenal moved six points clear", "Arsenal manager Mikel Arteta said": an ordinary
 * word opening a sentence is a club's name when it wins or loses in a result, stands points clear of or
 * adrift of others in a table, or (on a sports page) heads a squad member's role before a name. Plurals
 * ("Hosts won 2-1", "Visitors drew") are the ordinary word off sports pages; the role's own qualifiers
 * ("Assistant manager X", "Caretaker manager X") are never a club.
 */
function clubOpensSentence(ctx: Context, chunk: Chunk, w: Word): boolean {
  const field = chunk.field;
  const next = lowerTokenText(ctx, field, w.index + 1);
  if (
    wordIs(w, W_TITLE_MODIFIER) ||
    wordIs(w, W_NAME_DESCRIPTOR) ||
    wordIs(w, W_TITLE) ||
    NOT_CLUB_OPENERS.has(w.lower) ||
    (!ctx.sports && endsWithText(w.lower, 's'))
  )
    return false;
  if (TEAM_VERBS.has(next) && inResultSentence(ctx, field, w.index)) return true;
  if (tableGapAfter(ctx, field, w.index + 1)) return true;
  if (!ctx.sports) return false;
  if (tableRowAfter(ctx, field, w.index + 1)) return true;
  const role = POSITION_WORDS.has(next) ? w.index + 2 : w.index + 1;
  return (
    SQUAD_NOUNS.has(lowerTokenText(ctx, field, role)) &&
    capitalisedAt(ctx, field, role + 1) &&
    !(tokenBits(ctx, field, role + 1) & SENTENCE_END)
  );
}
/**
 * "Sale 31 Wasps 33", "Bury 4 Bristol City 0", "Stoke 4 3 1 0 7 4 10": from `index` to the end of its line, a
 * results line's score and the other side with its score, or a standings row's figures (four or more).
 */
function tableRowAfter(ctx: Context, field: Field, index: number): boolean {
  if (!(tokenBits(ctx, field, index) & DIGITS_TEXT)) return false;
  const { text, tokens } = fieldsOf(ctx, field).field;
  const sameLine = (i: number) => {
    const t = tokens[i];
    if (t === undefined) return false;
    const nl = text.indexOf('\n', tokens[i - 1]!.end);
    return nl < 0 || nl >= t.start;
  };
  let i = index + 1;
  while (sameLine(i) && tokenBits(ctx, field, i) & DIGITS_TEXT) i++;
  if (!sameLine(i)) return i - index >= 4;
  if (i - index !== 1) return false;
  // The other side: one to three capitalised words, then its score ending the line.
  let names = 0;
  while (names < 3 && sameLine(i) && capitalisedAt(ctx, field, i)) {
    i++;
    names++;
  }
  return names > 0 && sameLine(i) && (tokenBits(ctx, field, i) & DIGITS_TEXT) !== 0 && !sameLine(i + 1);
}
/** Words before a squad role that qualify the role, not name a club: "Youth coach", "Club captain". */
const NOT_CLUB_OPENERS = new Set(
  'team club squad caretaker interim stand-in youth academy reserve reserves player playing goalkeeping fitness national women men under-21 olympic'.split(
    ' ',
  ),
);
/** Whether the token at `index` is written with a capital. */
function capitalisedAt(ctx: Context, field: Field, index: number): boolean {
  const text = tokenText(ctx, field, index);
  const c = text.charAt(0);
  return c !== '' && c !== c.toLowerCase();
}
/**
 * "moved six points clear", "are three points adrift", "sit two points behind": a side's place in a
 * league table, within the next few tokens of the same sentence.
 */
function tableGapAfter(ctx: Context, field: Field, index: number): boolean {
  for (let i = index; i < index + 5; i++) {
    const bits = tokenBits(ctx, field, i);
    if (bits & SENTENCE_END) return false;
    if (lowerTokenText(ctx, field, i) !== 'points') continue;
    const after = lowerTokenText(ctx, field, i + 1);
    const before = lowerTokenText(ctx, field, i - 1);
    return TABLE_GAPS.has(after) && NUMBER_BEFORE_POINTS.test(before);
  }
  return false;
}
const TABLE_GAPS = new Set(['clear', 'adrift']);
const NUMBER_BEFORE_POINTS = /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

/** A club's name ends at `index`: "v" comes next (a fixture), or a squad noun, maybe after a position word. */
function clubBefore(ctx: Context, field: Field, index: number, next: string): boolean {
  if (FIXTURE_SIDES.has(next) || SQUAD_NOUNS.has(next)) return true;
  return POSITION_WORDS.has(next) && SQUAD_NOUNS.has(lowerTokenText(ctx, field, index + 2));
}

function isTeamContext(chunk: Chunk, prev: string, next: string): boolean {
  if (TEAM_VERBS.has(next) || TEAM_VERBS.has(prev)) return true;
  // "the Volgograd side", "the north London club": a town before the noun of its club says where the club is.
  if (TOWN_OF_CLUB_BEFORE.has(next) && (prev === 'the' || COMPASS_WORDS.has(prev))) return false;
  // "( at The Oval , London )": the town of a venue.
  if (prev === ',' && next === ')') return false;
  if (RIVAL_BEFORE.has(prev)) return true;
  if (/^\d{4}$/.test(next) || PREPOSITIONS.has(prev) || prev === '(') return false;
  // "LONDON 1996-08-30", "Leicester :", "WASHINGTON - Brazil will face …": a dateline or a venue line.
  if (chunk.words[0]!.initial && DATELINE_ENDS.has(next)) return false;
  return true;
}

const TOWN_OF_CLUB_BEFORE = new Set(['side', 'club', 'team', 'outfit']);

const DATELINE_ENDS = new Set([':', ',', '(', '', '-', '–', '—']);

/** Cricket's marks before a bowler or fielder: caught, bowled, stumped. */
const SCORECARD_BEFORE = new Set(['b', 'c', 'st']);
const BOWLING_FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;
/** "Fleming 8-1-26-3": overs, maidens, runs, wickets, as one token or split at the hyphens. */
function bowlingFiguresAfter(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  const next = tokens[index + 1]?.text ?? '';
  if (BOWLING_FIGURES.test(next)) return true;
  if (!/^\d{1,2}(?:\.\d)?$/.test(next)) return false;
  let figures = next;
  for (let i = index + 2; i < index + 8 && i < tokens.length; i++) figures += tokens[i]!.text;
  return BOWLING_FIGURES.test(figures);
}
const EVENT_AFTER = new Set(
  'champion champions finalist finalists semifinal semifinals quarterfinal quarterfinals semi-final semi-finals quarter-final quarter-finals title crown grand'.split(
    ' ',
  ),
);
/**
 * A party or a government after the possessive at `index`, past up to three capitalised words: "'s party",
 * "'s Likud party", "'s Republican Party", "'s Conservative government".
 */
function leadersBodyAfter(ctx: Context, field: Field, index: number): boolean {
  let names = 0;
  for (let i = index + 1; i < index + 6; i++) {
    const text = tokenText(ctx, field, i);
    if (!text) return false;
    if (text === "'s" || text === '’s') continue;
    const lower = lowerTokenText(ctx, field, i);
    // "Syriza's party congress", "Fidesz's party leadership": the party's own congress, so the name
    // before it may as well be the party's ("Starmer's party conference" is typed by other cues).
    if (LEADERS_BODIES.has(lower)) return !PARTY_ORGANS.has(tokenText(ctx, field, i + 1));
    if (lower === text || ++names > 3) return false;
  }
  return false;
}
/** Words before "in" that take a publication: "published in Nature", "a study in Science". */
const PUBLISHED_IN = new Set(
  'published publishes publish appeared appears appear writing wrote write study studies paper papers article articles letter editorial commentary'.split(
    ' ',
  ),
);
/** Nouns before a journal's name: "the journal Nature", "the medical journal Lancet". */
const JOURNAL_NOUNS = new Set(['journal', 'journals']);
/** A time or a score at `index` (maybe after a comma), or the next line's rank ("9."). */
function resultAfterTeam(ctx: Context, field: Field, index: number): boolean {
  const text = tokenText(ctx, field, index);
  if (text === ',') return startsWithDigit(tokenText(ctx, field, index + 1));
  if (startsWithDigit(text)) {
    // "MX Onda\n9. Michael Andersson": the rank opening the next line.
    const { tokens, text: all } = fieldsOf(ctx, field).field;
    const t = tokens[index]!;
    return all.slice(tokens[index - 1]!.end, t.start).includes('\n')
      ? tokenText(ctx, field, index + 1) === '.'
      : true;
  }
  return false;
}
/**
 * Whether the token at `index` follows an entrant and his country in brackets: "Zanardi ( Italy ) ,",
 * "Anguita ( Spain )" (one to three capitalised words inside, a country the lists know).
 */
function teamAfterEntrant(ctx: Context, field: Field, index: number): boolean {
  const close = tokenText(ctx, field, index - 1) === ',' ? index - 2 : index - 1;
  if (tokenText(ctx, field, close) !== ')') return false;
  let open = close - 1;
  while (open > close - 5 && open > 0 && tokenText(ctx, field, open) !== '(') open--;
  if (open === close - 1 || tokenText(ctx, field, open) !== '(') return false;
  let country = tokenText(ctx, field, open + 1);
  for (let i = open + 2; i < close; i++) country += ` ${tokenText(ctx, field, i)}`;
  if (GAZETTEER.get(norm(country))?.kind !== 'country') return false;
  return startsWithCapital(tokenText(ctx, field, open - 1));
}
/** A party's own bodies and people, after "party": "party congress", "party leadership", "party members". */
const PARTY_ORGANS = new Set(
  'congress conference convention leadership members membership base faithful officials activists delegates headquarters executive committee chairman chairwoman chair secretary whip primary primaries'.split(
    ' ',
  ),
);
/** Words that no list knows: no ordinary word, given name, listed name or organisation head. */
function unknownMiddle(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (isLowerWordWord(w) || isGivenNameWord(w) || gazetteerOfWord(w) !== undefined || wordIs(w, W_ORG_HEAD))
      return false;
  }
  return true;
}
/** What a person has, after a name in the possessive: "Netanyahu's office", "Trump's tariffs". */
const PERSON_OWNED = new Set(
  'government administration campaign wife husband son daughter father mother family lawyer lawyers spokesman spokeswoman spokesperson aides aide allies supporters predecessor successor remarks comments speech tariffs'.split(
    ' ',
  ),
);
/** Nouns of craft after a craft's name (or its number): "Ariane 6 rocket", "Soyuz capsule", "Hubble telescope". */
const CRAFT_AFTER = new Set(
  'rocket rockets megarocket spacecraft spaceship capsule lander rover telescope launcher boson bosons'.split(
    ' ',
  ),
);
/** Nouns before a craft's name after an article: "the probe Juice", "the rover Perseverance". */
const CRAFT_BEFORE = new Set('spacecraft probe rover lander'.split(' '));
const ARTICLES = new Set(['the', 'a', 'an']);
/** What a craft does and a person or firm does not: "lifted off", "blasted off", "splashed down". */
const CRAFT_VERBS: ReadonlyMap<string, string> = new Map([
  ['lifted', 'off'],
  ['blasted', 'off'],
  ['splashed', 'down'],
]);
/** Kinds of heavenly bodies named before their names: "the comet Tsuchinshan", "the exoplanet K2-18b". */
const SKY_KINDS = new Set('comet asteroid planet exoplanet constellation galaxy nebula'.split(' '));
/** Determiners of an owner: "its Starship rocket", "their Soyuz capsule". */
const OWNER_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our']);
/** Whether `prev` (a lower-cased token) is an owner's word: "its", "SpaceX's", "the agency's". */
function possessiveBefore(prev: string): boolean {
  return OWNER_DETERMINERS.has(prev) || endsWithText(prev, "'s") || endsWithText(prev, '\u2019s');
}
const PLANETS = new Set('mercury venus mars jupiter saturn uranus neptune pluto'.split(' '));
/** Words of a story about space, where a planet's name is the planet ("the probe passed Venus"). */
const SPACE_WORDS = new Set(
  'planet planets orbit orbits orbiting spacecraft probe probes astronomer astronomers astronomy telescope rocket nasa esa solar asteroid comet flyby'.split(
    ' ',
  ),
);
/**
 * A comet's designation before the slash at `slash` and its discoverer's name: "3I/ATLAS", "2I/Borisov",
 * "12P/Pons", "C/Tsuchinshan" (the tokenizer splits "3I" into the number and the letter).
 */
const COMET_NUMBER = /^\d{1,4}$/;
function cometDesignationBefore(ctx: Context, field: Field, slash: number): boolean {
  const letter = tokenText(ctx, field, slash - 1);
  if (letter === 'C') return true;
  return (letter === 'I' || letter === 'P') && COMET_NUMBER.test(tokenText(ctx, field, slash - 2));
}
const spaceStories = new WeakMap<PreparedField, boolean>();

/** Whether the name at `from`..`to` is a craft, a comet, a planet in a story about space, or a particle. */
function spaceThing(
  ctx: Context,
  chunk: Chunk,
  from: number,
  to: number,
  prev: string,
  next: string,
): boolean {
  const words = chunk.words;
  const last = words[to - 1]!;
  if (to - from > 3 || last.possessive) return false;
  const field = chunk.field;
  if (prev === '/') return cometDesignationBefore(ctx, field, words[from]!.index - 1);
  // A number may come between the name and the noun: "Falcon 9 rocket", "Long March 5 rocket".
  if (
    CRAFT_AFTER.has(next) ||
    (startsWithDigit(next) && next.length <= 3 && CRAFT_AFTER.has(lowerTokenText(ctx, field, last.index + 2)))
  ) {
    const first = words[from]!;
    const known = gazetteerOfWord(first)?.kind;
    // "Chinese rocket", "NASA rocket", "SpaceX capsule": a nation or a maker before the craft; after an
    // owner ("its Starship rocket", "SpaceX's Starship rocket") the name is the craft's own, listed or not.
    return (
      !shapeIs(first, S_ACRONYM) &&
      known !== 'demonym' &&
      known !== 'country' &&
      ((known !== 'organization' && !isBrandWord(first.core)) || possessiveBefore(prev))
    );
  }
  const particle = CRAFT_VERBS.get(next);
  if (particle !== undefined)
    return to - from === 1 && lowerTokenText(ctx, field, last.index + 2) === particle;
  // "the probe Juice", "the comet Tsuchinshan", "asteroid Bennu" ("police probe Alitalia" is the verb).
  // "the planet K2-18b", "the constellation Leo": a heavenly body after its kind's noun.
  if (SKY_KINDS.has(prev)) return true;
  if (CRAFT_BEFORE.has(prev)) return ARTICLES.has(lowerTokenText(ctx, field, words[from]!.index - 2));
  if (to - from !== 1 || !PLANETS.has(last.lower)) return false;
  // "Venus Williams", "Mars Inc": the planet's name opening a longer name is no planet (a longer chunk).
  const body = ctx.fields[1]!;
  let space = spaceStories.get(body);
  if (space === undefined) {
    space = body.field.tokens.some((t) => SPACE_WORDS.has(t.text.toLowerCase()));
    spaceStories.set(body, space);
  }
  return space;
}

/** A word the lists know as an organisation, a place or a country ("Arsenal", "Ontario", "Chad"). */
function listedAsBodyOrPlace(word: Word): boolean {
  const kind = gazetteerOfWord(word)?.kind;
  return kind === 'organization' || kind === 'place' || kind === 'country' || placeOfWord(word) !== undefined;
}
/** Adjectives of a faith or a church that end a name of its own ("Roman Catholic", "Greek Orthodox"). */
const FAITH_ADJECTIVES = new Set(
  'catholic orthodox protestant anglican evangelical lutheran methodist presbyterian sunni shia shiite'.split(
    ' ',
  ),
);
/** Nouns of products a product's name follows: "the drug Wegovy", "the chatbot Grok". */
const PRODUCT_BEFORE = new Set(
  'drug drugs vaccine medicine pill treatment chatbot app smartphone console'.split(' '),
);
/**
 * Nouns of products after a product's name: "Wegovy pills", "Blackwell chips", "Kalashnikov rifles". Not
 * "jabs": vaccines are named by their makers ("Sinovac jabs", "Novavax jabs").
 */
const PRODUCT_AFTER = new Set(
  'pill pills tablet tablets injection injections rifle rifles pistol pistols carbine carbines'.split(' '),
);
/** Nouns of devices after a name, their maker's or (with an owner before) their own: "Huawei chips". */
const DEVICE_AFTER = new Set(
  'chip chips processor processors smartphone smartphones handset handsets headset headsets'.split(' '),
);
/** Determiners before a device's own name: "the Cell processor", "a G4 processor", "its Pixel handsets". */
const DEVICE_DETERMINERS = new Set(
  'the a an this that these those its their his her our new latest own'.split(' '),
);
/** An owner or a determiner before a device's name: "Nvidia's Blackwell chips", "the Cell processor". */
function ownerBefore(prevToken: string): boolean {
  return (
    DEVICE_DETERMINERS.has(prevToken) ||
    endsWithText(prevToken, "'s") ||
    endsWithText(prevToken, '’s') ||
    endsWithText(prevToken, "s'")
  );
}
/** "sales of Ozempic", "doses of Wegovy", "shipments of Blackwell": "of" after these takes a product. */
const SOLD_UNITS = new Set([
  'sales',
  'doses',
  'shipments',
  'prescriptions',
  'supplies',
  'shortages',
  'shortage',
]);
/** "the maker of Wegovy", "the developer of ChatGPT". */
const MAKER_NOUNS = new Set(['maker', 'makers', 'developer', 'developers']);
/** Parts of an event numbered after them: "Game 1", "Stage 5", "Round 3", "Week 12". */
const EVENT_PART_WORDS = new Set('game games stage round week day leg heat match race set'.split(' '));
/** Adjectives of people that AP style capitalises: "the first Black woman", "Indigenous leaders". */
const GROUP_ADJECTIVES = new Set(['black', 'white', 'indigenous', 'aboriginal']);
/** Nouns of people after such an adjective: "Black woman", "Indigenous leaders". */
const PEOPLE_NOUNS = new Set(
  'woman women man men people person voters leaders communities community families children students workers residents americans australians canadians'.split(
    ' ',
  ),
);
/** Who wins a prize, after the prize's name: "Nobel laureate", "Oscar winner". */
const AWARD_AFTER = new Set('laureate laureates winner winners'.split(' '));
/** What a programme or a spacecraft is called before: "Artemis programme", "Hubble telescope". */
const PROGRAMME_AFTER = new Set('programme program spacecraft rover lander telescope'.split(' '));
const TEAM_PLURAL = lazyPattern(() => /^\p{Lu}[\p{Ll}']+[^s]s$/u);
/**
 * Sports pages name teams by a plural nickname: "the Cardinals", "the Blue Jays", "New York Yankees",
 * "Florida Marlins". Not countries, peoples or places ("the Netherlands", "the Alps") nor events ("the
 * Olympics"), unless a place opens the name.
 */
function isTeamNickname(words: readonly Word[], from: number, to: number, prev: string): boolean {
  const last = words[to - 1]!;
  if (!TEAM_PLURAL.test(last.core) || EVENT_HEADS.has(last.lower)) return false;
  // "Chad Curtis": a surname or given name ending in s.
  if (isKnownSurnameWord(last) || isGivenNameWord(last)) return false;
  // "the North Africans": a people.
  if (GAZETTEER.get(last.lower.slice(0, -1))?.kind === 'demonym') return false;
  const whole = words
    .slice(from, to)
    .map((w) => w.core)
    .join(' ');
  const wholeKind = GAZETTEER.get(norm(whole))?.kind;
  if ((wholeKind !== undefined && wholeKind !== 'group') || lookupPlace(whole)) return false;
  if (to - from > 1) {
    const town = words
      .slice(from, to - 1)
      .map((w) => w.core)
      .join(' ');
    const kind = GAZETTEER.get(norm(town))?.kind;
    const place = kind === undefined ? lookupPlace(town) : undefined;
    if (!COMPASS_WORDS.has(words[from]!.lower) && (kind === 'place' || (place && place.kind !== 'country')))
      return true;
  }
  if (prev !== 'the' || to - from > 2) return false;
  const kind = gazetteerOfWord(last)?.kind;
  if (kind !== undefined || placeOfWord(last)) return false;
  return to - from === 1 || isLowerWordWord(words[from]!);
}

/** What a club does in a transfer, after its name: "Liverpool signed …", "Newcastle sold …". */
const CLUB_DEAL_VERBS = new Set('signed signs sign sold sells bought buys loaned'.split(' '));

/** A player named by position ("striker", "Sweden striker") within a few tokens from `index`, in its sentence. */
function playerAfter(ctx: Context, field: Field, index: number): boolean {
  for (let i = index; i < index + 3; i++) {
    const text = lowerTokenText(ctx, field, i);
    if (SENTENCE_ENDS.has(text) || text === '') return false;
    if (PLAYER_NOUNS.has(text)) return true;
  }
  return false;
}

/** Verbs and nouns of a player's move between clubs. */
const TRANSFER_WORDS = new Set(
  `joined joins join joining signed signs sign signing transferred transfer transfers moved moves move loan
  loaned bought sold returned returns`
    .split(/\s+/)
    .filter(Boolean),
);
/** A transfer word at `index` or up to ten tokens before it, in the same sentence. */
function transferBefore(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  for (let i = index; i >= 0 && i > index - 10; i--) {
    const text = tokens[i]!.text;
    if (SENTENCE_ENDS.has(text)) return false;
    if (TRANSFER_WORDS.has(lowerTokenText(ctx, field, i))) return true;
  }
  return false;
}

/** What a club makes for a player: "a bid", "an offer", "an approach". */
const BID_WORDS = new Set(['bid', 'bids', 'offer', 'offers', 'approach']);
/** Players by their position, named after "for" in a transfer bid ("for the Swedish forward"). */
const PLAYER_NOUNS = new Set([...SQUAD_NOUNS, 'forward', 'playmaker', 'wing-back', 'player', 'teenager']);
PLAYER_NOUNS.delete('captain');
PLAYER_NOUNS.delete('manager');
PLAYER_NOUNS.delete('coach');
PLAYER_NOUNS.delete('boss');

/**
 * "a bid from Liverpool for striker Alexander Isak", "Liverpool also made an offer for the Swedish forward":
 * a name with a bid word just before it ("from") or after it in its clause, and "for" then a player's
 * position within four words.
 */
function bidForPlayer(ctx: Context, field: Field, first: number, last: number): boolean {
  const before = lowerTokenText(ctx, field, first - 1);
  let bid = before === 'from' && BID_WORDS.has(lowerTokenText(ctx, field, first - 2));
  for (let i = last + 1; i < last + 14; i++) {
    const word = lowerTokenText(ctx, field, i);
    if (word === '' || SENTENCE_ENDS.has(word)) return false;
    if (BID_WORDS.has(word)) bid = true;
    else if (word === 'for' && bid) {
      for (let k = i + 1; k <= i + 4; k++) if (PLAYER_NOUNS.has(lowerTokenText(ctx, field, k))) return true;
      return false;
    }
  }
  return false;
}
/** Words before a club on a sports page: "played for Nice", "joined Milan". */
const PLAYS_FOR = new Set(['for', 'joined', 'joining', 'join', 'joins']);
/** Verbs a side takes in British copy and a town never does ("Liverpool have", "Everton are"). */
const PLURAL_VERBS = new Set(['have', 'are', 'were', "'ve"]);
/** Conjunctions that open a clause whose subject may follow: "while Brighton were held to a draw". */
const CLAUSE_OPENERS = new Set([
  'but',
  'while',
  'whereas',
  'as',
  'after',
  'because',
  'although',
  'though',
  'since',
]);

const PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'of',
  'outside',
  'for',
  'on',
  'across',
  'via',
  'by',
  'around',
]);

/** Words of an apposition that says what X is: "X, the social media platform", "X, Musk's social network". */
const PLATFORM_NOUNS = new Set(['platform', 'network', 'site', 'app', 'media']);

/** X is the platform after "on", "platform", before "Corp" or next to another platform; else a letter. */
function typeX(
  ctx: Context,
  chunk: Chunk,
  from: number,
  prev: string,
  next: string,
  base: Base,
): Candidate[] {
  const at = chunk.words[from]!.index;
  // "X, the social media platform formerly known as Twitter": the apposition names it within four words.
  let apposition = false;
  for (let i = at + 2; next === ',' && i <= at + 5 && !apposition; i++)
    apposition = PLATFORM_NOUNS.has(lowerTokenText(ctx, chunk.field, i));
  const platformContext =
    apposition ||
    prev === 'on' ||
    prev === 'platform' ||
    prev === 'app' ||
    next === 'corp' ||
    next === 'corp.' ||
    next === 'post' ||
    next === 'posts' ||
    next === 'account' ||
    next === 'formerly' ||
    next === 'user' ||
    next === 'users';
  // Without a cue X is kept as a weak guess: it is the platform only where the article named the platform
  // elsewhere ("his platform X … while X faces restrictions"), else the letter and dropped.
  if (!platformContext) return [candidate(chunk, from, from + 1, 'unknown', -1, base, X_PLATFORM)];
  return [candidate(chunk, from, from + 1, 'organization', 2, base, X_PLATFORM)];
}

/**
 * Document-level consistency: a word of a person's full name is that person elsewhere ("Simmons" after
 * "Phil Simmons"), a name typed once keeps its type, a name once written "in X" is a place, and what is
 * still unknown gets the likeliest type.
 */
/** "Amon-Ra St. Brown … St. Brown said": the surname alone, which reads as a saint's place, is the person. */
function saintSurnames(candidates: Candidate[], keys: readonly string[]): void {
  const surnames = new Set<string>();
  for (const c of candidates)
    if (c.type === 'person' && c.words.length === 3 && c.words[1] === 'St.')
      surnames.add(norm(`St. ${c.words[2]!}`));
  if (surnames.size === 0) return;
  for (let k = 0; k < candidates.length; k++)
    if (candidates[k]!.type === 'place' && surnames.has(keys[k]!)) candidates[k]!.type = 'person';
}

/**
 * "BT said … BT Wholesale", "HP … HP Vectra": two capitals the article also writes alone are a body's
 * initials, so the name they open is the body's unit or product, not a person with initials ("MS Dhoni").
 */
function initialsOfBodies(candidates: Candidate[]): void {
  const alone = new Set<string>();
  for (const c of candidates)
    if (c.words.length === 1 && c.words[0]!.length <= 4 && TWO_CAPITALS.test(c.words[0]!))
      alone.add(c.words[0]!);
  if (alone.size === 0) return;
  for (const c of candidates)
    if (c.type === 'person' && c.words.length === 2 && c.strength === 1 && alone.has(c.words[0]!))
      c.type = 'organization';
}

function resolveByDocument(candidates: Candidate[], ctx: Context): void {
  const personWords = new Set<string>();
  // Words of names typed as people only by their shape: enough to settle an unknown word, not to retype.
  const weakPersonWords = new Set<string>();
  const locativeWords = new Set<string>();
  const locativeNames = new Set<string>();
  // "at Headingley", "from Arbil": a place more often than not, when nothing else is known.
  const weakLocativeWords = new Set<string>();
  const typedNames = new Map<string, Candidate>();
  for (const c of ctx.known?.values() ?? []) typedNames.set(norm(c.text), c);
  // Single words some mention makes a firm ("Amazon shares rose").
  const firmWords = new Set<string>();
  // Of those, the ones a firm cue typed (strength 2: "the Copernicus climate service").
  const strongFirmWords = new Set<string>();
  // Each candidate's words as one look-up key, built once: the passes below ask for it repeatedly.
  // Most candidates are one word: its key is the word itself in lower case, without a join.
  const keys = candidates.map((c) => norm(c.words.length === 1 ? c.words[0]! : c.words.join(' ')));
  // "Eli Lilly's Alzheimer's drug … Lilly said": a firm named like a person, by a firm's cue; its words
  // are no person's, and its last word alone is the firm.
  const firmNames = new Set<string>();
  const firmLastWords = new Set<string>();
  saintSurnames(candidates, keys);
  initialsOfBodies(candidates);
  // "the Jan Suraaj Party … Jan Suraaj fielded": a party's name without "Party" is the party.
  let partyNames: Set<string> | undefined;
  let firmCores: Set<string> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    // A party named after its leader ("the Robert Kilroy-Silk Party") leaves the person a person.
    if (
      c.type === 'organization' &&
      c.words.length >= 3 &&
      (c.words[c.words.length - 1] === 'Party' || c.words[c.words.length - 1] === 'party') &&
      (!isGivenName(c.words[0]!) || isLowerWord(norm(c.words[0]!)))
    ) {
      partyNames ??= new Set();
      partyNames.add(norm(c.words.slice(0, -1).join(' ')));
    }
    // "Walt Disney Co … Disney said", "Lear Siegler Inc … Lear Siegler said": the firm named without its
    // legal form, and the surname of a person's name a firm bears.
    // ("Chase Manhattan Bank N.A.", "Morgan Guaranty Trust Co": its kind's words go too.)
    if (c.type === 'organization' && c.strength >= 2 && c.words.length >= 3) {
      let core = c.words.length;
      while (core > 2 && FIRM_TAIL_WORDS.has(norm(c.words[core - 1]!))) {
        core--;
        firmCores ??= new Set();
        firmCores.add(norm(c.words.slice(0, core).join(' ')));
      }
      if (core === 2 && core < c.words.length && isGivenName(c.words[0]!))
        firmLastWords.add(norm(c.words[1]!));
    }
    // "J.P. Morgan and Co Inc … Morgan said": a firm named by a person's initials and surname.
    if (c.type === 'organization' && c.strength >= 2 && c.words.length === 2 && INITIALS.test(c.words[0]!))
      firmLastWords.add(norm(c.words[1]!));
    if (c.type !== 'organization' || c.strength < 3 || c.words.length !== 2 || !isGivenName(c.words[0]!))
      continue;
    firmNames.add(keys[k]!);
    firmLastWords.add(norm(c.words[1]!));
  }
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.type === 'person' && c.words.length > 1 && c.strength === 0)
      for (const w of c.words)
        if (!INITIALS.test(w) && !ACRONYM.test(w) && w.length > 1) weakPersonWords.add(norm(w));
    if (
      c.type === 'person' &&
      c.words.length > 1 &&
      c.strength >= 1 &&
      !firmNames.has(keys[k]!) &&
      !firmCores?.has(keys[k]!)
    )
      for (let i = 0; i < c.words.length; i++) {
        const w = c.words[i]!;
        const kind = GAZETTEER.get(norm(w))?.kind;
        // A given name that is also a country ("Jordan" of "Jordan Ellis"): news prose names the person
        // by surname, so the country elsewhere stays the country ("Michael Jordan" still claims "Jordan").
        if (i === 0 && kind === 'country' && isGivenName(w)) continue;
        if (!INITIALS.test(w) && !ACRONYM.test(w) && w.length > 1 && kind !== 'demonym' && kind !== 'group') {
          personWords.add(norm(w));
          // "al-Ansari" is "Ansari" on its own.
          const bare = withoutArabicParticle(w);
          if (bare !== w) personWords.add(norm(bare));
        }
      }
    // "in Punta del Este … Punta del Este's casinos": a name of several words written as a place.
    // ("Murray Hill residents were evacuated": a given name and a venue's head word the article makes a
    // place; its other mentions, which only the given name made a person, are the place: read25 F16.)
    if (
      c.words.length > 1 &&
      c.type === 'place' &&
      ((c.locative && STRONG_LOCATIVE.has(c.prev ?? '')) ||
        (c.words.length === 2 && VENUE_SURNAMES.has(norm(c.words[1]!))))
    )
      locativeNames.add(keys[k]!);
    if (c.locative && c.words.length === 1 && (c.type === 'unknown' || c.type === 'place')) {
      if (STRONG_LOCATIVE.has(c.prev ?? '')) locativeWords.add(keys[k]!);
      else weakLocativeWords.add(keys[k]!);
    }
    if (c.type !== 'unknown' && c.type !== 'none' && c.strength > 0) {
      const key = keys[k]!;
      const prev = typedNames.get(key);
      if (!prev || prev.strength < c.strength) typedNames.set(key, c);
      if (c.type === 'organization' && c.words.length === 1) {
        firmWords.add(key);
        if (c.strength >= 2) strongFirmWords.add(key);
      }
    }
  }
  // "Moody's" after "Moody's Investors Service Inc", "Boatmen" after "Boatmen's Bancshares Inc".
  const companyFirstWords = new Set<string>();
  // Of those, companies by legal form ("Toyota Motor Corp"), whose first word alone can take a town's name.
  const corporateFirstWords = new Set<string>();
  const guessed: number[] = [];
  // Of those, the ones typed by the default alone, with no cue.
  const defaulted = new Set<number>();
  // Single names typed by default or dropped as ordinary words: a list they stand in may say better.
  const listGuesses = new Set<number>();
  // "the Mariners" after "Seattle Mariners": a club's ordinary last word names the club alone.
  const clubLastWords = new Set<string>();
  const productFirstWords = new Set<string>();
  // "Real" after "Real Madrid", "Rotor" after "Rotor Volgograd": on a sports page, a club named by an
  // ordinary word and its town is that word alone.
  let clubFirstWords: Set<string> | undefined;
  for (const c of candidates) {
    if (c.type !== 'organization' || c.words.length < 2) continue;
    const last = norm(c.words[c.words.length - 1]!);
    if (ctx.sports && c.words.length === 2 && isLowerWord(norm(c.words[0]!)) && isPlaceWord(c.words[1]!)) {
      clubFirstWords ??= new Set();
      clubFirstWords.add(norm(c.words[0]!));
    }
    // "Lloyd's of London": its name's first word, written with the "'s", names it too.
    const sOf = c.words.length === 3 && c.words[1] === 'of' ? c.text.indexOf('s of ') : -1;
    const apostrophe = sOf > 0 ? c.text.charCodeAt(sOf - 1) : 0;
    // ("Commodore International … Commodore": a firm's last word no person's name ends with.)
    if (ORG_HEADS.has(last) || firmLastWord(last) || apostrophe === 39 || apostrophe === 0x2019) {
      companyFirstWords.add(norm(c.words[0]!));
      if (CORPORATE_SUFFIXES.has(last)) corporateFirstWords.add(norm(c.words[0]!));
    } else if (last.length > 3 && endsWithText(last, 's') && isLowerWord(last)) clubLastWords.add(last);
    // "Nintendo Switch", "Zentrix Console": a firm's product named by the firm and an ordinary word.
    if (c.words.length === 2 && isLowerWord(last) && !ORG_HEADS.has(last) && !isPlaceWord(c.words[0]!))
      productFirstWords.add(norm(c.words[0]!));
  }
  // "Leeds beat Hull 2-1 … Leeds manager Daniel Farke": a town the article made a club names the club
  // wherever it is not written as a place ("in Leeds"). Sports pages type each mention by its own context.
  // On a sports page only a place of no country (a county the lists know as a region only: "Essex ,
  // however , look certain", "Derbyshire , nine-wicket winners") follows its club; towns keep their own.
  const teamKeys = new Set<string>();
  for (let k = 0; k < candidates.length; k++)
    if (candidates[k]!.teamFromPlace && candidates[k]!.type === 'organization') teamKeys.add(keys[k]!);
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const key = keys[k]!;
    if (
      teamKeys.size > 0 &&
      c.type === 'place' &&
      !c.countryCode &&
      !c.locative &&
      !c.caseless &&
      !PREPOSITIONS.has(c.prev ?? '') &&
      teamKeys.has(key) &&
      (!ctx.sports || (c.words.length === 1 && c.placeId === undefined && !lookupPlace(c.words[0]!)))
    ) {
      c.type = 'organization';
      continue;
    }
    // "Amazon shares rose … a deal with Amazon, which …": a word only WordNet calls a place (a river, a
    // region, no town) that the article makes a firm elsewhere is the firm wherever it is not written as a
    // place (sports pages name clubs by towns: left to their own rules).
    if (firmWords.has(key) && !ctx.sports && isBrandPlace(c) && !lookupPlace(c.words[0]!)) {
      c.type = 'organization';
      continue;
    }
    // "in partnership with Disney … Disney boss Michael Eisner": a surname only WordNet lists, which the article
    // never gives a first name, that it makes a firm elsewhere is the firm (not on sports pages, where a
    // player and a club may share a word; not a person who accuses or vows; not the first word of a longer
    // firm's name, which "Goldman said" after "Goldman Sachs" joins as a person's).
    if (
      firmWords.has(key) &&
      c.type === 'person' &&
      c.words.length === 1 &&
      c.strength <= 1 &&
      c.personish !== 2 &&
      !ctx.sports &&
      !personWords.has(key) &&
      // ("the Copernicus climate service … Copernicus said": a surname WordNet lists as a place, a crater.)
      (GAZETTEER.get(key)?.kind === 'person' ||
        (GAZETTEER.get(key)?.kind === 'place' &&
          strongFirmWords.has(key) &&
          !lookupPlace(c.words[0]!) &&
          isKnownSurname(c.words[0]!))) &&
      !isGivenName(c.words[0]!) &&
      !candidates.some((x) => x.type === 'organization' && x.words.length > 1 && x.words[0] === c.words[0])
    ) {
      c.type = 'organization';
      continue;
    }
    // "Toyota said … Analysts expect Toyota to raise": a listed firm named like a town that the article
    // makes the firm is the firm wherever it is not written as a place ("in Toyota", "Toyota City").
    if (
      firmWords.has(key) &&
      !ctx.sports &&
      c.type === 'place' &&
      c.words.length === 1 &&
      !c.countryCode &&
      !c.locative &&
      !c.caseless &&
      !PREPOSITIONS.has(c.prev ?? '') &&
      isBrandWord(c.words[0]!)
    ) {
      c.type = 'organization';
      continue;
    }
    if (
      firmCores?.has(key) &&
      (c.type === 'person' ||
        c.type === 'unknown' ||
        (c.type === 'place' && !c.locative && c.strength <= 1)) &&
      c.strength <= 2 &&
      c.personish !== 2
    ) {
      c.type = 'organization';
      continue;
    }
    if (partyNames?.has(key) && (c.type === 'person' || c.type === 'unknown') && c.strength <= 2) {
      c.type = 'organization';
      continue;
    }
    // Its other mentions, which only their shape made a person, are the place.
    if (
      c.words.length > 1 &&
      c.type === 'person' &&
      (c.strength === 0 ||
        (c.strength <= 2 &&
          c.personish === undefined &&
          c.words.length === 2 &&
          VENUE_SURNAMES.has(norm(c.words[1]!)))) &&
      locativeNames.has(key)
    ) {
      c.type = 'place';
      continue;
    }
    // "the village of Mahala" once makes "Mahala" a place throughout, unless a full name uses the word.
    if (
      c.words.length === 1 &&
      c.type === 'person' &&
      c.strength <= 1 &&
      locativeWords.has(key) &&
      !personWords.has(key) &&
      !weakPersonWords.has(key)
    ) {
      c.type = 'place';
      continue;
    }
    if (
      c.words.length === 1 &&
      companyFirstWords.has(key) &&
      (c.type === 'unknown' ||
        (c.type === 'person' && c.strength <= 1) ||
        // "Toyota shares fell" after "Toyota Motor Corp": the company, not the town, unless "in Toyota".
        (c.type === 'place' && !c.countryCode && !c.locative && corporateFirstWords.has(key)))
    ) {
      // "Traders in London … the London Metal Exchange": a place written as one ("in London") stays one.
      c.type = c.locative && c.strength <= 1 && isPlaceWord(c.words[0]!) ? 'place' : 'organization';
      continue;
    }
    // Not a surname a person's pronoun takes up ("Charles Schwab Corp … Schwab said he was proud": the
    // founder, read25 F7), as firmCores spare it; "Disney said profits rose" stays the firm.
    if (
      c.words.length === 1 &&
      firmLastWords.has(key) &&
      !personWords.has(key) &&
      c.personish !== 2 &&
      (c.type === 'unknown' || (c.type === 'person' && c.strength <= 1))
    ) {
      c.type = 'organization';
      continue;
    }
    // "Zentrix said on Wednesday …" after "Zentrix Switch": the maker of the product, no speaker.
    if (c.words.length === 1 && c.type === 'unknown' && c.personish !== 2 && productFirstWords.has(key)) {
      c.type = 'organization';
      continue;
    }
    if (
      c.words.length === 1 &&
      c.type === 'unknown' &&
      (clubLastWords.has(key) || clubFirstWords?.has(key))
    ) {
      c.type = 'organization';
      continue;
    }
    // "Analysts at Morgan Stanley … Morgan Stanley shares": a name a cue made a firm is that firm where
    // only its shape said person.
    // "club Atalanta … cost Atalanta": a bare given name the article also names as a firm or club is it.
    if (
      ((c.type === 'person' || c.type === 'other') && c.words.length > 1) ||
      // "Disney said … shares of Disney": so is a WordNet surname with no full name in the article.
      (c.type === 'person' &&
        c.strength <= 1 &&
        !personWords.has(key) &&
        (isGivenName(c.words[0]!) || GAZETTEER.get(key)?.kind === 'person'))
    ) {
      const typed = typedNames.get(key);
      if (typed?.type === 'organization' && typed.strength > c.strength) {
        c.type = 'organization';
        continue;
      }
      // "former leader Hun Sen … the son of Hun Sen": a name a title made a person is that person where
      // only a people's word opening it made it a name of a thing (review25 finding 5).
      if (c.type === 'other' && c.strength <= 1 && typed?.type === 'person' && typed.strength > c.strength) {
        c.type = 'person';
        continue;
      }
    }
    if (
      c.words.length === 1 &&
      (personWords.has(key) || personWords.has(norm(withoutArabicParticle(c.words[0]!)))) &&
      c.type !== 'person'
    ) {
      const keep = c.type === 'nationality' || c.type === 'other' || (c.type === 'place' && c.locative);
      if (!keep) {
        c.type = 'person';
        continue;
      }
    }
    if (c.type !== 'unknown') continue;
    const typed = typedNames.get(key);
    // "A spokesman for Albanese said … Albanese told reporters he": a speaker is no body that a spokesman's
    // preposition alone made one.
    if (typed && !(c.personish === 2 && spokenForBody(typed))) {
      c.type = typed.type;
      continue;
    }
    if (weakPersonWords.has(key) && !c.locative) c.type = 'person';
    else if (locativeWords.has(key)) c.type = 'place';
    // "Trump has imposed tariffs", "signed by Trump", "slogans against Erdogan": a newsmaker the news
    // names by surname alone (entities/newsmakers.ts) is that person where no cue says anything.
    else if (c.words.length === 1 && !c.locative && newsmakerNamed(c.words[0]!) !== undefined)
      c.type = 'person';
    else if (c.strength < 0) {
      c.type = 'none';
      if (c.words.length === 1) listGuesses.add(k);
    } else if (c.words.length > 1)
      // "Intel named industry veteran Lip-Bu Tan … Tan, the former CEO": an unknown word before a name the
      // article uses alone for a person is that person's given name.
      c.type = unknownGivenOf(c, typedNames) ? 'person' : 'other';
    else if (c.personish) c.type = 'person';
    else if (weakLocativeWords.has(key)) {
      // "from Microsoft, Meta and Amazon": "from" alone is weak ground, which a list may overrule.
      c.type = 'place';
      listGuesses.add(k);
    } else if (opponentOfPerson(ctx, candidates, k)) c.type = 'person';
    else {
      c.type = UNKNOWN_SINGLE;
      listGuesses.add(k);
      defaulted.add(k);
    }
    guessed.push(k);
  }
  typeByList(candidates, ctx, listGuesses, keys, personWords);
  // A name guessed from its surroundings gets one type across the article: the one most mentions got.
  // A speaker ("Trump has accused", "Starmer told", "Duran, whose") outvotes every default ("said Trump
  // would"), which is no evidence at all; "X said" alone does not, as firms and agencies say things too.
  const spoken = new Set<string>();
  for (const k of guessed) {
    const c = candidates[k]!;
    if (c.type === 'person' && c.personish === 2) spoken.add(keys[k]!);
  }
  const votes = new Map<string, Map<CandidateType, number>>();
  for (const k of guessed) {
    const c = candidates[k]!;
    if (c.type === 'none') continue;
    const key = keys[k]!;
    if (defaulted.has(k) && c.type === UNKNOWN_SINGLE && spoken.has(key)) continue;
    const byType = votes.get(key) ?? new Map<CandidateType, number>();
    byType.set(c.type, (byType.get(c.type) ?? 0) + 1);
    votes.set(key, byType);
  }
  for (const k of guessed) {
    const c = candidates[k]!;
    const byType = votes.get(keys[k]!);
    if (!byType || (byType.size < 2 && byType.has(c.type)) || c.type === 'none') continue;
    let best: CandidateType = c.type;
    let bestCount = 0;
    for (const [type, count] of byType) if (count > bestCount) [best, bestCount] = [type, count];
    c.type = best;
  }
  kindWordPeople(candidates, keys);
  // The body a spokesman's "for" made is the person the article elsewhere has speak.
  if (spoken.size > 0)
    for (let k = 0; k < candidates.length; k++)
      if (spokenForBody(candidates[k]!) && spoken.has(keys[k]!)) candidates[k]!.type = 'person';
}

/** Last words of a firm's name that say what it is, which the article may leave out ("Chase Manhattan"). */
const FIRM_TAIL_WORDS = new Set([
  ...CORPORATE_SUFFIXES,
  'n.a.',
  'bank',
  'trust',
  'corporation',
  'company',
  'group',
  'holdings',
  'international',
]);
const UNKNOWN_SINGLE: CandidateType = 'organization';
/** "Joshua, who beat Ngannou", "Swiatek beat Gauff": the join between a side and the one it beat. */
const BEAT_JOIN = /^(?:,? who)? (?:beat|defeated) $/;
/**
 * Whether the single word no cue typed at `k` is the one a person beat (boxing, tennis: one player beats
 * another; a club beats a club, whose default is the body's already).
 */
function opponentOfPerson(ctx: Context, candidates: readonly Candidate[], k: number): boolean {
  const c = candidates[k]!;
  const side = k > 0 ? candidates[k - 1]! : undefined;
  if (side?.type !== 'person' || side.field !== c.field || c.start - side.end > 16) return false;
  return BEAT_JOIN.test(fieldsOf(ctx, c.field).field.text.slice(side.end, c.start));
}
/** Days that own a person in a headline's way ("Today's Jane Smith"): no names. */
const DAYS_OWNING = new Set(['today', 'tonight', 'tomorrow', 'yesterday']);

/**
 * "shares from real estate developer Donald Trump … Trump agreed not to buy": a given name and a word that
 * only a kind of firm before them made a body are the person whose surname the article has as a person
 * elsewhere (by a speaker's verb, a cue or the newsmakers list; never where that word alone is a body).
 */
function kindWordPeople(candidates: Candidate[], keys: readonly string[]): void {
  let named: Candidate[] | undefined;
  for (const c of candidates)
    if (
      c.type === 'organization' &&
      c.strength === 2 &&
      c.words.length === 2 &&
      c.prev &&
      (COMPANY_BEFORE.has(c.prev) || FIRM_KINDS.has(c.prev)) &&
      isGivenName(c.words[0]!)
    ) {
      named ??= [];
      named.push(c);
    }
  if (!named) return;
  const people = new Set<string>();
  const bodies = new Set<string>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.words.length !== 1) continue;
    if (c.type === 'organization') bodies.add(keys[k]!);
    else if (
      c.type === 'person' &&
      (c.personish === 2 || c.strength >= 1 || newsmakerNamed(c.words[0]!) !== undefined)
    )
      people.add(keys[k]!);
  }
  for (const c of named) {
    const last = norm(c.words[1]!);
    if (people.has(last) && !bodies.has(last)) c.type = 'person';
  }
}

/** Two words, the first no list knows nor any ordinary word, the second a person's name in the article. */
function unknownGivenOf(c: Candidate, typedNames: ReadonlyMap<string, Candidate>): boolean {
  if (c.words.length !== 2) return false;
  const first = c.words[0]!;
  const last = typedNames.get(norm(c.words[1]!));
  return (
    last?.type === 'person' &&
    last.words.length === 1 &&
    (GAZETTEER.get(norm(c.words[1]!))?.kind ?? 'person') === 'person' &&
    !lookupPlace(c.words[1]!) &&
    !isBrandWord(c.words[1]!) &&
    !isLowerWord(first) &&
    !GAZETTEER.has(norm(first)) &&
    !lookupPlace(first) &&
    !ACRONYM.test(first)
  );
}

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
function isBrandPlace(c: Candidate): boolean {
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
function typeByList(
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
