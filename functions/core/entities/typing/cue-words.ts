// Word sets that token bits (token-bits.ts) and word bits (word-tests.ts) are filled from, and that rules of
// several concerns also read: titles' modifiers, pronouns, locatives, speech verbs, firm and place nouns.
import { endsWithText } from '../../text/chars.js';
import { letterPattern } from '../../text/letters.js';
import { PARTY_LABELS } from '../lexicon.js';

export const TITLE_MODIFIERS = new Set(
  `foreign defence defense finance interior home prime deputy vice acting former chief executive general
  attorney state trade economy economic justice health education labour labor agriculture environment
  transport energy industry culture sports first lieutenant assistant associate senior junior supreme
  grand crown opposition party union new head managing seri sri district`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * Diseases news writes with a capital ("COVID-19", "Ebola", "Measles" opening a sentence): no
 * organisation, person or place. WordNet's disease nouns are too rare in SemCor to be in the lexicon.
 */
export const DISEASES = new Set(
  `covid covid-19 covid19 sars sars-cov-2 mers ebola measles mumps rubella polio cholera malaria tuberculosis
  mpox monkeypox zika dengue anthrax smallpox typhoid diphtheria hepatitis influenza flu h5n1 h1n1 norovirus
  chikungunya alzheimer`
    .split(/\s+/)
    .filter(Boolean),
);
/** Currencies news writes with a capital ("Bitcoin rose above $100,000"): no organisation either. */
export const CRYPTOCURRENCIES = new Set([
  'bitcoin',
  'ether',
  'ethereum',
  'dogecoin',
  'litecoin',
  'solana',
  'cardano',
]);
/** "Tesla boss", "TikTok shares": a word before these names a company or body. */
export const ORG_CUES_AFTER = new Set(
  'boss bosses shares stock shareholders employees staff workers chairman chairwoman chairperson ceo cfo founder owner spokesman spokeswoman spokesperson subsidiary unit headquarters club side squad factory factories plant plants brand executives newspaper newspapers daily weekly magazine defender midfielder striker goalkeeper winger driver drivers rider riders'.split(
    ' ',
  ),
);
/** People whose place of work, after "at", is a firm or an institution: "analysts at Morgan Stanley". */
export const STAFF_AT = new Set(
  'analyst analysts economist economists strategist strategists trader traders dealer dealers researcher researchers scientist scientists engineer engineers executive executives employee employees worker workers staff banker bankers broker brokers partner partners forecaster forecasters meteorologist meteorologists'.split(
    ' ',
  ),
);
export const COMPASS_WORDS = new Set(
  `north south east west central northern southern eastern western northeast northwest southeast southwest
  northeastern northwestern southeastern southwestern upper lower`
    .split(/\s+/)
    .filter(Boolean),
);
export const NAME_DESCRIPTORS = new Set([
  'former',
  'rival',
  // "Rivals Frontier Airlines and JetBlue Airways said": the plural before a list of firms.
  'rivals',
  'competitors',
  'parent',
  'fellow',
  'embattled',
  'troubled',
  'struggling',
]);
/** Single capitalised words that name one institution of a country. */
export const INSTITUTIONS = new Set([
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
  // A government's seat or a spy agency named by one word, which "did not respond", "said" or "chief X" made a
  // person ("The Elysee did not immediately respond", read34): the body, as "the Kremlin" is.
  'elysee',
  '\u00e9lys\u00e9e',
  'matignon',
  'mossad',
  // The Philippine presidency by its palace, as its papers write it ("…, Malaca\u00f1ang said on Friday": wild53
  // Y5), and Spain's by its seat.
  'malaca\u00f1ang',
  'malacanang',
  'moncloa',
]);
/**
 * "the town of Arbil", "Tavildara district": words that make a neighbouring name a place; a seat in
 * parliament is its place too ("the Runcorn by-election", "the constituency of Hamilton").
 */
export const PLACE_NOUNS = new Set(
  'town city village capital region province district port island state county suburb outskirts area border resort enclave exclave territory municipality neighbourhood neighborhood settlement river rivers strait straits canal provinces districts villages towns counties islands residents regions volcano airport governorate constituency by-election peninsula archipelago atoll valley desert plateau coast coastline delta basin mountains highlands lagoon glacier fjord gorge'.split(
    ' ',
  ),
);

/** Kinds of company named before a firm's name: "aerospace supplier Rockwell Collins", "planemaker Boeing". */
export const COMPANY_BEFORE = new Set(
  `supplier suppliers maker carmaker automaker planemaker chipmaker drugmaker retailer insurer lender airline
  conglomerate brewer miner manufacturer distributor broadcaster publisher startup start-up subsidiary
  developer operator firm bookmaker utility charity regulator watchdog consultancy consultant brokerage broker
  adviser advisor`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * Kinds of body written in lower case before a body's name: "the national coffee institute Icafe", "the union
 * Unite". Read only in lower case: "Union Carbide", "Savings and Loan Association" open and end names.
 */
export const BODY_KINDS_BEFORE = new Set(['institute', 'association', 'federation', 'union']);
export const LOCATIVE = new Set([
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
export const TEAM_VERBS = new Set(
  'beat beats drew draw lost lose loses won win wins defeated leads lead trail trailed held hold host hosts play played'.split(
    ' ',
  ),
);
export const PERSON_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'asked', 'replied', 'argued']);
/**
 * Verbs of speech, opinion and attack that news reports of people rather than of firms, read after a
 * single unknown name, directly or after an auxiliary ("Trump has accused", "Trump would decide").
 */
export const SPEAKER_VERBS = new Set(
  `accused accuses accuse insisted insists insist vowed vows vow threatened threatens threaten urged urges
  urge criticised criticized criticises criticizes criticise criticize blamed blames blame praised praises
  praise tweeted tweets thinks think believes believe hopes hope feels feel decide decided warned warns warn
  spoke speaks met meets thanked congratulated condemned condemns welcomed disagreed disagrees pledged
  pledges promised resigned resigns visited flew`
    .split(/\s+/)
    .filter(Boolean),
);
export const WHO = new Set(['who', 'whose']);
/** Pronouns that take up a person, and the ones that take up a thing (a firm, a product). */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'him', 'her', 'himself', 'herself']);
export const THING_PRONOUNS = new Set(['its', 'itself']);
/** Words after which a pronoun may be about someone else: "Disney's chief executive said his …". */
export const PRONOUN_STOPS = new Set(['which', 'who', 'whose', 'and', 'but', '(', '"', '“']);
/** "met Starmer", "meeting Merz": verbs whose object is a person. */
export const MEETS = new Set(['met', 'meets', 'meeting', 'thanked', 'congratulated', 'phoned']);
export const AUXILIARIES = new Set([
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
/** Parties named by an ordinary word, which news writes with a capital only for the party. */
export const PARTY_WORDS = new Set(['labour', 'labor']);
/** The members of the two American parties, and Britain's "Tories", as the press names them with a capital. */
export const PARTY_MEMBERS = new Set(['democrat', 'democrats', 'republican', 'republicans', 'tories']);
/** Names of fixtures that are no club's or place's: "El Clasico" (Real Madrid v Barcelona). */
export const MATCH_NAMES = new Set(['clasico', 'clásico', 'superclasico', 'superclásico']);
/** A firm's web address, one token (text/tokens.ts): "amazon.com", "booking.com", "character.ai". */
export const WEB_ADDRESS = letterPattern(String.raw`^\p{L}.*\.(?:com|net|org|ai)$`);
export const WEATHER_SYSTEMS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone']);
export const INDEX_AFTER = new Set(['index', 'indices', 'average', 'composite']);
export const OIL_GRADE_AFTER = new Set(['crude']);

export const FOREIGN_ORG_LEADS = new Set(
  `coimisiún bord údarás comhairle conradh roinn oifig seirbhís foras banco banca banque partido parti
  partito ministerio ministère ministero comisión comissão consejo conseil consiglio conselho instituto
  institut istituto universidad université università universidade universität fundación fundação
  fondation fondazione agence agencia agenzia assemblée asamblea tribunal tribunale gobierno governo
  gouvernement grupo groupe gruppo sociedad société società compañía compagnie compagnia deportivo dinamo`
    .split(/\s+/)
    .filter(Boolean),
);

export const BROADCAST_LEADS = new Set(['radio', 'television', 'tv']);

/** Last words of title-case names of events, prizes, laws and days: not organisations. */
export const EVENT_HEADS = new Set(
  `open cup classic tour championship championships prix games day days series trophy award awards prize
  final finals marathon rally slam masters week festival olympics act treaty agreement accord accords
  convention war wars index race stakes handicap hurdle guineas derby grand summit plan talks bill law declaration
  round ashes fair`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Last words of the names of a body's publications: "the WHO Essential Medicines List", "the IMF World
 * Economic Outlook" are things the body puts out, not one of its bodies.
 */
export const PUBLICATION_HEADS = new Set(
  'list report outlook guidelines survey ranking rankings register database yearbook'.split(' '),
);

export const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);
export const SCORE = /^\d{1,3}[-\u2013]\d{1,3}$/;
export const DIGITS = /^\d{1,3}$/;
/** Nouns of products a product's name follows: "the drug Wegovy", "the chatbot Grok". */
export const PRODUCT_BEFORE = new Set(
  'drug drugs vaccine medicine pill treatment chatbot app smartphone console'.split(' '),
);
/**
 * Nouns of products after a product's name: "Wegovy pills", "Blackwell chips", "Kalashnikov rifles". Not
 * "jabs": vaccines are named by their makers ("Sinovac jabs", "Novavax jabs").
 */
export const PRODUCT_AFTER = new Set(
  'pill pills tablet tablets injection injections rifle rifles pistol pistols carbine carbines'.split(' '),
);
/** Nouns of devices after a name, their maker's or (with an owner before) their own: "Huawei chips". */
export const DEVICE_AFTER = new Set(
  'chip chips processor processors smartphone smartphones handset handsets headset headsets'.split(' '),
);
/** Nouns of people after such an adjective: "Black woman", "Indigenous leaders". */
export const PEOPLE_NOUNS = new Set(
  'woman women man men people person voters leaders communities community families children students workers residents americans australians canadians'.split(
    ' ',
  ),
);
/** Who wins a prize, after the prize's name: "Nobel laureate", "Oscar winner". */
export const AWARD_AFTER = new Set('laureate laureates winner winners'.split(' '));
/** What a programme or a spacecraft is called before: "Artemis programme", "Hubble telescope". */
export const PROGRAMME_AFTER = new Set('programme program spacecraft rover lander telescope'.split(' '));

/** "Republicans", "Democrats", "Tories": the plural of a party label (lexicon.ts's PARTY_LABELS). */
export const isPartyLabelPlural = (lower: string) =>
  lower === 'tories' || (endsWithText(lower, 's') && PARTY_LABELS.has(lower.slice(0, -1)));
