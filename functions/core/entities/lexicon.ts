import lexiconData from '../data/packed/entities-lexicon.js';
import namesData from '../data/packed/entities-names.js';
import { endsWithText, isAsciiText, lowerCased, withoutMarks } from '../text/chars.js';
import { TextMemo } from '../text/text-memo.js';
import { type GazetteerEntry, type GazetteerKind, NameIndex, type NameSource } from './name-index.js';
import { SortedWords } from './sorted-words.js';

export type { GazetteerEntry, GazetteerKind };

/**
 * Word lists the recogniser consults. Generated data comes from scripts/build-entity-data.ts: its long
 * lists are searched in their shipped text (SortedWords) or indexed on first use (NameIndex), so that
 * importing the tagger builds nothing per word. The small hand lists below are the grammar of English
 * names (titles, heads of organisation and place names, function words).
 */

/** Lower-case English words (WordNet lemmas seen in SemCor) plus function words. */
const LOWER_WORDS = new SortedWords(lexiconData.lower);
/** Common English words of today that LOWER_WORDS lacks ("airline", "turnout"): scripts/build-entity-data.ts. */
const COMMON_WORDS = new SortedWords(lexiconData.common);

export const FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet if then than that this these those there here when where while whereas
  whether which who whom whose what why how i me my mine we us our ours you your yours he him his she her
  hers it its they them their theirs one ones some any all each every either neither both many much more
  most few several such no not none nothing also only just even still already again ever never always
  often sometimes about above across after against along amid among around as at before behind below
  beneath beside besides between beyond by despite down during except for from in inside into like near
  of off on onto out outside over past per since through throughout till to toward towards under until
  unlike up upon via with within without although though because unless whereas however therefore thus
  meanwhile moreover nevertheless otherwise instead indeed perhaps maybe yes do does did done is are was
  were be been being am have has had having can could may might must shall should will would let lets
  according asked told said says added earlier later another very too well now today tonight tomorrow yesterday ago once twice please thank thanks hello
  dear oh mr mrs ms dr sir madam`
    .split(/\s+/)
    .filter(Boolean),
);

export const CALENDAR_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec christmas easter`
    .split(/\s+/)
    .filter(Boolean),
);

/** Last words of named days: "Independence Day", "New Year's Eve". */
export const NAMED_DAYS = new Set(['day', 'eve']);

/** Words before a name that say the name is a person; they are not part of the name. */
export const PERSON_TITLES = new Set(
  `mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady president vice premier chancellor
  madame mme mme. monsieur signora signor señora señor senhora senhor
  nurse midwife paramedic surgeon teacher
  activist dissident whistleblower lobbyist tycoon filmmaker showrunner blogger podcaster youtuber influencer
  epidemiologist virologist swimmer skier skater snowboarder paralympian catcher outfielder infielder shortstop
  senator sen sen. rep rep. representative congressman congresswoman gov gov. governor mayor minister
  secretary ambassador envoy general gen gen. colonel col col. lt lt. lieutenant captain capt capt.
  sergeant sgt sgt. admiral major commander marshal judge justice recorder king queen prince princess emperor pope
  sheikh sheik cardinal bishop archbishop patriarch catholicos rev rev. reverend father sister brother rabbi imam ayatollah
  chairman chairwoman chair chairperson spokesman spokeswoman spokesperson speaker coach manager striker midfielder defender
  goalkeeper captain skipper helmsman helmswoman tactician batsman bowler pitcher quarterback champion chief deputy director substitute winger
  commissioner inspector detective officer agent lawyer attorney prosecutor professor economist analyst
  actor actress singer rapper dj frontman frontwoman guitarist drummer bassist vocalist author writer novelist journalist reporter editor founder billionaire
  businessman businesswoman chief-executive ceo cfo leader dictator administrator sheriff councilman
  councilwoman councillor councilmember alderman alderwoman ald ald. assemblyman assemblywoman assemblymember
  superintendent constable corporal const cpl supt
  selectman comptroller treasurer emir adviser advisor
  alhaji alhaja hajia mallam otunba baroness
  shri shrimati smt smt. datuk dato dato' datin tun hon.
  patriarch catholicos chef
  councilor barrister magistrate dsp cm solicitor commodore brigadier ensign midshipman trooper patrolman
  patrolwoman ssp igp acp dcp famer famers
  cllr mca mec mlc eam cjp cji coas lop cs`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Offices written in capitals whose letters also name a body: Kenya's Member of County Assembly and the Malaysian
 * Chinese Association, South Africa's Member of the Executive Council and a Canadian retailer, a Member of the
 * Legislative Council and a cricket league, Kenya's Cabinet Secretary and firms' letters ("Interior CS Kipchumba
 * Murkomen", "CS Disco"). Before a name they are the holder's office ("MCA Robert Alai said");
 * alone they stay the body ("The MCA said it would contest 20 seats": typing/post-nominals.ts, role-labels.ts).
 */
export const OFFICES_NAMED_LIKE_BODIES: ReadonlySet<string> = new Set(['mca', 'mec', 'mlc', 'cs']);

/** Last words that make a capitalised run an organisation. */
export const ORG_HEADS = new Set(
  `inc inc. corp corp. co co. ltd ltd. llc plc ag sa nv gmbh bv spa ab asa oyj oy rt rt. kk s.a. n.v. a.g. s.p.a. b.v. s.a
  bhd berhad tbk pjsc ojsc jsc pty
  group holdings holding
  company corporation companies cos. partners bros bros. brothers bank bancorp bancorp. bancorporation banks fund funds trust securities capital
  investments insurance assurance airlines airways air motors motor industries industry systems
  technologies technology telecom communications electronics electric energy oil petroleum gas
  mining steel chemicals pharmaceuticals pharma labs laboratories foods brewery breweries media entertainment
  studios pictures records sports press times post news journal herald tribune gazette telegraph guardian daily weekly
  management
  review magazine network networks broadcasting television radio channel agency agencies ministry
  ministries department office bureau council committee commission board authority administration
  service services platforms force forces army navy police guard guards corps party front movement alliance coalition mission
  union federation association society institute institution foundation university college school
  nations brotherhood centre center forum
  academy hospital clinic church parliament assembly congress senate house cabinet government court
  duma knesset bundestag bundesrat sejm storting riksdag folketing majlis rada sabha oireachtas
  tribunal league club dal fc united rovers athletic wanderers county city albion hotspur orchestra band
  team exchange market markets organisation organization commission reserve consortium cartel brigade
  brigades battalion battalions command research economics associates ventures aerospace robotics therapeutics
  semiconductor semiconductors software solutions logistics devices instruments museum gallery
  refinery refineries biotech biotechnology biosciences biologics diagnostics maritime minerals metals
  interactive fintech properties realty lab laboratory observatory regulator guild railways
  analytics genomics engineering shipping brewing construction consulting directorate`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Heads of bodies that a possessive before them names the leader of: "Netanyahu's Likud party", "Tejashwi
 * Yadav's Rashtriya Janata Dal" (dal: Hindi for party).
 */
export const LEADERS_BODIES = new Set([
  'party',
  'dal',
  'front',
  'movement',
  'alliance',
  'coalition',
  'government',
  'cabinet',
  'administration',
]);

/** Organisation heads that lead: "Bank of England", "University of Texas", "Ministry of Defence". */
export const ORG_LEADS = new Set(
  `bank university college ministry department office council committee commission board institute
  federation association union league party church court house chamber society academy school museum
  order bureau agency fund federal national royal organization organisation conference centre center
  foundation alliance coalition movement front confederation programme community centers centres journal
  forces nation authority institutes hospital laboratory observatory proceedings regulator guild directorate`
    .split(/\s+/)
    .filter(Boolean),
);

/** Party labels the press puts before a politician's name, as it does a title ("Democrat Nancy Pelosi"). */
export const PARTY_LABELS = new Set([
  'democrat',
  'republican',
  'conservative',
  'tory',
  'labour',
  'socialist',
  'communist',
]);

/** Titles of nobility that, with "of" and a place, name one person ("the Duke of York", "Prince of Wales"). */
export const NOBLE_TITLES = new Set(
  'duke duchess earl countess marquess marchioness viscount viscountess baron baroness prince princess'.split(
    ' ',
  ),
);

/** Last words that make a capitalised run a place. */
export const PLACE_HEADS = new Set(
  `river rivers island islands isle isles mountain mountains mount hills hill lake lakes sea ocean bay
  gulf strait straits channel valley province state county district region territory prefecture
  oblast city town village street st road avenue ave boulevard square plaza airport stadium arena ground garden gardens park canal
  highway motorway expressway freeway parkway turnpike
  peninsula coast desert heights beach falls bridge harbour harbor port cape forest basin plateau
  delta reef glacier volcano crater shrine temple mosque causeway prison jail palace castle republic kingdom dam gap quay wharf pier corridor oval area
  hall pavilion auditorium`
    .split(/\s+/)
    .filter(Boolean),
);

/** First words that make a capitalised run a place: "Mount Everest", "Lake Geneva", "Cape Town". */
export const PLACE_LEADS = new Set(
  'mount mt mt. lake cape fort port gulf isle st st. saint san santa north south east west northern southern eastern western upper lower deir kafr kfar beit wadi jabal jebel khan estadio est\u00e1dio stadio'.split(
    ' ',
  ),
);

/**
 * Lower-case words allowed inside a name between capitalised words. "ten" and "ter" (Dutch: "Erik ten Hag",
 * "Marc-Andre ter Stegen") join only after a given name (chunk.ts `DUTCH_ONLY_PARTICLES`).
 */
export const NAME_PARTICLES = new Set(
  'de du da das do dos del dela delos della dello delle degli dei des di der den van von zu le la les los las al el bin ben ibn y na wa ten ter ap arap van\u00a0der'.split(
    ' ',
  ),
);

/**
 * Common Chinese (with the Hokkien and Cantonese spellings of Malaysia and Singapore: Ong, Goh, Chua, Yeo, Ng),
 * Korean and Vietnamese family names, which come first in a full name ("Xi Jinping",
 * "Han Zheng", "Kim Jong Un"): a run starting with one is a person's name.
 */
export const FAMILY_NAMES_FIRST = new Set(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song
  Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen
  Yao Jin Fu Zhong Lei Hou Long Dai Xi Mao Qin Qian Kong Bai Cui Kang Mo Shi Tan Jia Fan Xia Zou Yan Hao Kim
  Lee Park Choi Jung Kang Cho Yoon Jang Lim Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly
  Ong Goh Chua Yeo Ng`
    .split(/\s+/)
    .filter(Boolean),
);

const GIVEN = new SortedWords(namesData.given);
const BRAND_WORDS = new SortedWords(namesData.brandWords);

/** A brand named by one ordinary word ("Apple", "Shell", "Target"), as written. */
export function isBrandWord(word: string): boolean {
  return BRAND_WORDS.has(word);
}
const SURNAMES = new SortedWords(namesData.person);

/**
 * Names the generated list gives another country than the country gazetteer (countries/curated.ts) does:
 * world-countries files "Congo" under the Republic of the Congo, news means DR Congo by it. An entity and
 * the article's `countries[]` must name the same country.
 */
const COUNTRY_READINGS: Record<string, string> = {
  Congo: 'CD',
  'Democratic Republic of Congo': 'CD',
  'Republic of Congo': 'CG',
};

/** Country codes that English text writes as abbreviations; the generated list skips short forms. */
const COUNTRY_ABBREVIATIONS: Record<string, string> = {
  US: 'US',
  'U.S.': 'US',
  'U.S.A.': 'US',
  USA: 'US',
  UK: 'GB',
  'U.K.': 'GB',
  UAE: 'AE',
  'U.A.E.': 'AE',
  PRC: 'CN',
  DPRK: 'KP',
  Britain: 'GB',
  'Great Britain': 'GB',
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Northern Ireland': 'GB',
  'United States': 'US',
  America: 'US',
  Holland: 'NL',
  'South Korea': 'KR',
  'North Korea': 'KP',
  Russia: 'RU',
  'Czech Republic': 'CZ',
  Taiwan: 'TW',
  Vatican: 'VA',
  'Ivory Coast': 'CI',
  Burma: 'MM',
};

const EXTRA_DEMONYMS: Record<string, string> = {
  American: 'US',
  British: 'GB',
  English: 'GB',
  Scottish: 'GB',
  Welsh: 'GB',
  Dutch: 'NL',
  Chinese: 'CN',
  Swiss: 'CH',
  Japanese: 'JP',
  French: 'FR',
  Irish: 'IE',
  Filipino: 'PH',
  Thai: 'TH',
  Czech: 'CZ',
  Slovak: 'SK',
  Emirati: 'AE',
  Saudi: 'SA',
  Kuwaiti: 'KW',
  Dominican: 'DO',
  Israeli: 'IL',
  Palestinian: 'PS',
  Iraqi: 'IQ',
  Iranian: 'IR',
  Afghan: 'AF',
  Pakistani: 'PK',
  Russian: 'RU',
  Soviet: 'RU',
  'South Korean': 'KR',
  'North Korean': 'KP',
  'South African': 'ZA',
  'New Zealander': 'NZ',
  // 1987 wires: "WEST GERMAN TRADE SURPLUS NARROWS" (a title in capitals read "WEST" as a person; wild50 E16).
  'West German': 'DE',
  'East German': 'DE',
  // Nouns and adjectives the packages lack, as in countries/curated.ts DEMONYM_ALIASES ("the Briton won").
  Briton: 'GB',
  Englishman: 'GB',
  Welshman: 'GB',
  Spaniard: 'ES',
  Swede: 'SE',
  Dane: 'DK',
  Turk: 'TR',
  Frenchman: 'FR',
  Dutchman: 'NL',
  Irishman: 'IE',
  Korean: 'KR',
  Philippine: 'PH',
  Bosnian: 'BA',
  Azeri: 'AZ',
  Nepali: 'NP',
  Kazakh: 'KZ',
  Uzbek: 'UZ',
  Tajik: 'TJ',
  Kyrgyz: 'KG',
  Timorese: 'TL',
  Icelandic: 'IS',
  Ecuadorian: 'EC',
  Slovenian: 'SI',
  'Cape Verdean': 'CV',
  Maldivian: 'MV',
  Surinamese: 'SR',
  Djiboutian: 'DJ',
  Comorian: 'KM',
};

/**
 * The adjective the press writes before a country's bodies ("Chinese Foreign Ministry", "U.S. Army"), where the
 * packages' first demonym of the code is a noun, an odd spelling or another territory's ("New Zealander",
 * "Hong Konger", "Tadzhik", "French" of TF, "Dutch" of BQ, "American" of MP).
 */
const BODY_ADJECTIVES: Record<string, string> = {
  US: 'U.S.',
  GB: 'British',
  FR: 'French',
  NL: 'Dutch',
  PH: 'Philippine',
  SA: 'Saudi',
  NZ: 'New Zealand',
  KZ: 'Kazakh',
  KG: 'Kyrgyz',
  TJ: 'Tajik',
  UZ: 'Uzbek',
  IS: 'Icelandic',
  EC: 'Ecuadorian',
  CV: 'Cape Verdean',
  MV: 'Maldivian',
  DJ: 'Djiboutian',
  KM: 'Comorian',
  BA: 'Bosnian',
  SR: 'Surinamese',
  SI: 'Slovenian',
  AG: 'Antiguan',
  HK: 'Hong Kong',
  MO: 'Macau',
  LU: 'Luxembourg',
  LI: 'Liechtenstein',
  BW: 'Botswana',
  LS: 'Lesotho',
  SB: 'Solomon Islands',
  KI: 'Kiribati',
  VU: 'Vanuatu',
};

let bodyAdjectives: Map<string, string> | undefined;
/**
 * The one adjective of a country's bodies by ISO code ("CN" → "Chinese"), from the demonym list: "China's
 * Foreign Ministry" and "the Chinese Foreign Ministry" are one body, named so. Undefined for a code no list has.
 */
export function countryAdjective(code: string): string | undefined {
  if (bodyAdjectives === undefined) {
    bodyAdjectives = new Map(Object.entries(BODY_ADJECTIVES));
    // "Antiguan, Barbudan", "Kittitian or Nevisian", "Cook Islander": no adjective of one word or a noun.
    for (const [name, c] of Object.entries(namesData.demonyms as Record<string, string>))
      if (
        !bodyAdjectives.has(c) &&
        !name.includes(',') &&
        !name.includes(' or ') &&
        !name.endsWith('Islander')
      )
        bodyAdjectives.set(c, name);
  }
  return bodyAdjectives.get(code);
}

/** Names in the generated lists, by lower-cased full name; the first kind listed for a name wins. */
export const GAZETTEER = new NameIndex(gazetteerSources);

/**
 * The names of `tables` with their codes, as the tables spread into one object would list them (`Object.keys`,
 * `Object.values`: a name keeps its first place and takes the code of the last table naming it), less the
 * `skipped` names. Read from the tables themselves: copying the ~750 countries into a new object name by name
 * and spreading the ~250 demonyms into another were most of the ~1 ms that making the lists took at the first
 * article.
 */
function listed(
  kind: GazetteerKind,
  tables: readonly Record<string, string>[],
  plural?: NameSource['plural'],
  skipped?: ReadonlySet<string>,
): NameSource {
  const names: string[] = [];
  const codes: string[] = [];
  const placeOf = tables.length > 1 ? new Map<string, number>() : undefined;
  for (const table of tables)
    for (const name of Object.keys(table)) {
      if (skipped?.has(name)) continue;
      const code = table[name]!;
      const place = placeOf?.get(name);
      if (place !== undefined) {
        codes[place] = code;
        continue;
      }
      placeOf?.set(name, names.length);
      names.push(name);
      codes.push(code);
    }
  return { kind, names: names.join('\n'), codes, plural };
}

/**
 * Alternative names the country package lists that English writes for the people or the language: "a Thai
 * court", "Saudi officials", "Togolese troops" are nationality words (EXTRA_DEMONYMS), not the country.
 */
const PEOPLES_NOT_COUNTRIES = new Set(['Thai', 'Saudi', 'Togolese']);

/** The lists GAZETTEER holds, in the order they win. */
export function gazetteerSources(): NameSource[] {
  return [
    listed('country', [COUNTRY_READINGS]),
    listed('country', [COUNTRY_ABBREVIATIONS]),
    listed('country', [namesData.countries as Record<string, string>], undefined, PEOPLES_NOT_COUNTRIES),
    listed(
      'demonym',
      [namesData.demonyms as Record<string, string>, EXTRA_DEMONYMS],
      (name) => !(endsWithText(name, 's') || endsWithText(name, 'sh') || endsWithText(name, 'ese')),
    ),
    { kind: 'place', names: namesData.place },
    { kind: 'organization', names: namesData.organization },
    { kind: 'group', names: namesData.group, plural: (name) => !endsWithText(name, 's') },
    // "Māori leaders": peoples the lists miss.
    { kind: 'group', names: 'Maori\nMāori\nPasifika', plural: () => true },
    // "a Roman villa", "Roman coins": the ancient people, as "Viking" and "Anglo-Saxon" are; the build drops the
    // word for the ordinary "roman" (the typeface), so a given name's reading alone made it a person.
    { kind: 'group', names: 'Roman', plural: () => true },
    { kind: 'person', names: namesData.person },
  ];
}

/** The longest entry any gazetteer name has, in words, to bound look-ahead. */
export const MAX_NAME_WORDS = 5;

/**
 * "Summer McIntosh", "Autumn Peltier": seasons that are given names too, which the name lists lack (like "Grace"
 * and "Rose", they stay ordinary words as well: "Summer Olympics", "Autumn Statement").
 */
const SEASON_GIVEN_NAMES = new Set(['Summer', 'Autumn']);

/** "Summer", "Autumn": a season that is a given name only before a surname ("Summer of Sam" is a film). */
export function isSeasonGivenName(word: string): boolean {
  return SEASON_GIVEN_NAMES.has(titleCase(word));
}

export const GIVEN_FLAG = 1;
export const SURNAME_FLAG = 2;
export const LOWER_FLAG = 4;
// Word facts are asked many times for the same words; remember them (bounded).
const flagsMemo = new TextMemo<number>(100_000);
// The classifier asks several facts about one word in a row; the last answer saves a probe of the big map.
let lastWord = '';
let lastFlags = 0;
/** The GIVEN_FLAG, SURNAME_FLAG and LOWER_FLAG answers about `word`. */
export function wordFlags(word: string): number {
  if (word === lastWord) return lastFlags;
  let flags = flagsMemo.get(word);
  if (flags === undefined) {
    const title = titleCase(word);
    // A word already in title case is looked up once in each list, not twice.
    const retitled = title !== word;
    flags =
      (GIVEN.has(word) || (retitled && GIVEN.has(title)) || SEASON_GIVEN_NAMES.has(title) ? GIVEN_FLAG : 0) |
      (SURNAMES.has(word) || (retitled && SURNAMES.has(title)) ? SURNAME_FLAG : 0) |
      (computeIsLowerWord(word) ? LOWER_FLAG : 0);
    // "Jean-Marie", "Ahmad-Reza": a hyphened pair of given names is one.
    const hyphen = word.indexOf('-');
    if ((flags & GIVEN_FLAG) === 0 && hyphen > 0 && hyphen < word.length - 1) {
      const a = titleCase(word.slice(0, hyphen));
      const b = titleCase(word.slice(hyphen + 1));
      if (GIVEN.has(a) && GIVEN.has(b)) flags |= GIVEN_FLAG;
    }
    // "Raúl", "José", "Müller": the name lists are spelt without accents.
    if ((flags & (GIVEN_FLAG | SURNAME_FLAG)) === 0 && !isAsciiText(word)) {
      const folded = foldAccents(title);
      if (folded !== title)
        flags |= (GIVEN.has(folded) ? GIVEN_FLAG : 0) | (SURNAMES.has(folded) ? SURNAME_FLAG : 0);
    }
    flagsMemo.set(word, flags);
  }
  lastWord = word;
  lastFlags = flags;
  return flags;
}

function foldAccents(word: string): string {
  return withoutMarks(word.normalize('NFD'));
}

export function isGivenName(word: string): boolean {
  return (wordFlags(word) & GIVEN_FLAG) !== 0;
}

export function isKnownSurname(word: string): boolean {
  return (wordFlags(word) & SURNAME_FLAG) !== 0;
}

/** True when English writes this word in lower case (allowing plural, past, -ing and -ly forms). */
export function isLowerWord(word: string): boolean {
  return (wordFlags(word) & LOWER_FLAG) !== 0;
}

/**
 * True for a common English word of today that the compact lexicon lacks ("Airlines", "Turnout"), in its plain,
 * plural or past form. Not an ordinary word to every rule: see entities/typing/opening-common-noun.ts.
 */
export function isCommonWordOnly(word: string): boolean {
  return listsWordOrItsPluralOrPast(COMMON_WORDS, lowerCased(word));
}

/**
 * Whether the list holds the lower-case word `w`, or the word `w` is the plural or past of ("parties" of "party",
 * "taxes" of "tax", "movies" of "movie", "closed" of "close", "rallied" of "rally"). A word of three letters or
 * fewer is read only as written: its ending is too often its stem's ("bus", "red", "yes").
 */
function listsWordOrItsPluralOrPast(list: SortedWords, w: string): boolean {
  if (list.has(w)) return true;
  if (w.length < 4) return false;
  if (endsWithText(w, 'ies') && list.has(`${w.slice(0, -3)}y`)) return true;
  if (endsWithText(w, 'es') && list.has(w.slice(0, -2))) return true;
  if (endsWithText(w, 's') && list.has(w.slice(0, -1))) return true;
  return endsWithText(w, 'ed') && (list.has(w.slice(0, -2)) || list.has(w.slice(0, -1)));
}

export function titleCase(word: string): string {
  return word.length === 0 ? word : word[0]!.toUpperCase() + lowerCased(word.slice(1));
}

const IRREGULAR = new Set(
  'men women children people feet teeth mice geese lives wives knives leaves thieves halves'.split(' '),
);
/**
 * Past participles the endings above cannot take back to the lexicon's verb ("Swollen rivers burst their banks",
 * "Stolen cars were found"): opening a sentence they are ordinary words, not names.
 */
const IRREGULAR_PARTICIPLES = new Set(
  'swollen stolen beaten eaten risen shown thrown flown sunk bitten shrunk spilt'.split(' '),
);

const BRITISH_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/our(s|ed|ing|ite|ites|hood|hoods|able|ably|ful|less|er|ers)?$/, 'or$1'],
  [/([fc])ence(s)?$/, '$1ense$2'],
  [/amme(s)?$/, 'am$1'],
  [/ell(ing|ed|er|ers)$/, 'el$1'],
  [/ellery$/, 'elry'],
  [/([^aeiou])tre(s)?$/, '$1ter$2'],
];

/** The American spelling of a British one, or the word itself ("neighbouring" → "neighboring"). */
function americanSpelling(w: string): string {
  for (const [ending, american] of BRITISH_ENDINGS) if (ending.test(w)) return w.replace(ending, american);
  return w;
}

function computeIsLowerWord(word: string): boolean {
  const w = lowerCased(word);
  if (FUNCTION_WORDS.has(w) || CALENDAR_WORDS.has(w) || listsWordOrItsPluralOrPast(LOWER_WORDS, w))
    return true;
  if (w.length < 4) return false;
  if (endsWithText(w, 'ing') && (LOWER_WORDS.has(w.slice(0, -3)) || LOWER_WORDS.has(`${w.slice(0, -3)}e`)))
    return true;
  if (endsWithText(w, 'ly') && LOWER_WORDS.has(w.slice(0, -2))) return true;
  if (endsWithText(w, 'er') && (LOWER_WORDS.has(w.slice(0, -2)) || LOWER_WORDS.has(w.slice(0, -1))))
    return true;
  if (endsWithText(w, 'ers') && (LOWER_WORDS.has(w.slice(0, -3)) || LOWER_WORDS.has(w.slice(0, -2))))
    return true;
  if (IRREGULAR.has(w) || IRREGULAR_PARTICIPLES.has(w)) return true;
  // British spellings of words the lexicon has in American form ("Organised", "Neighbouring", "Defence").
  const american = americanSpelling(w);
  if (american !== w) return computeIsLowerWord(american);
  // Abstract-noun endings the compact lexicon misses ("Telecommunications", "Tourism", "Fisheries").
  return w.length > 7 && ABSTRACT_ENDING.test(w);
}

const ABSTRACT_ENDING = /(?:ations?|isms?|eries|ities|ments)$/;
