import { HOME_COMPANIES } from '../countries/companies.js';

/**
 * What the words right beside a name no list knows say it is, where the name's own shape says nothing
 * ("Kasabian" reads as an Armenian surname, "Bullring" as a firm's one word, "Avanti West Coast" as a coast).
 */

/**
 * Words for a band before its name: "the band Kasabian", "indie rockers Kasabian" ("skating duo Jayne Torvill
 * and Christopher Dean" are two people: no "duo").
 */
const BAND_WORDS = new Set('band bands rockers boyband supergroup'.split(' '));
/**
 * Words for a paper before its name: "the daily Kommersant", "the news weekly Der Spiegel", "the tabloid Bild",
 * "the newspaper Granma" (the renamed-ORG yardstick's "quoted by the daily Vellenrek Ranmoga" was a person).
 */
const PAPER_WORDS = new Set('newspaper daily weekly tabloid broadsheet magazine'.split(' '));
/**
 * A band member's role after the band's name and before the member's: "Arctic Monkeys frontman Alex Turner",
 * "Coldplay singer Chris Martin" (read33 leftovers: "Red Hot Chili Peppers" was `other`); a sailing crew's,
 * "Luna Rossa helmsman Francesco Bruni" (a syndicate named like a woman). Not "skipper" or "captain", which
 * follow a country's name as often ("West Indies skipper").
 */
const MEMBER_ROLES = new Set(
  'frontman frontwoman singer guitarist drummer bassist keyboardist vocalist helmsman helmswoman'.split(' '),
);
/**
 * Sailing crew roles that other trades share: "Trump tactician Chris LaCivita" is a campaign's strategist
 * (read35, item 2), so these name a syndicate only in a story that sails, on a sports page, or after a name of
 * two words or more ("Ineos Britannia tactician Iain Percy"; a campaign goes by its candidate's one surname).
 */
const SAILING_ONLY_ROLES = new Set(['tactician', 'trimmer', 'grinder']);
/** Words of a sailing story: "America's Cup", "regatta", "yacht", "sailed". */
const SAILING_WORDS =
  /\b(?:sail(?:s|ed|ing|ors?|gp)?|yachts?|yachting|regatta|catamarans?|America['\u2019]s Cup|helms(?:man|woman))\b/i;

/** Whether the story's title or body has a sailing word. */
export function sailingStory(title: string, body: string): boolean {
  return SAILING_WORDS.test(title) || SAILING_WORDS.test(body);
}

/**
 * Whether a band member's role follows the name (`after(1)`), the member's name after it (`nameAfter`); a
 * role sailing shares with other trades counts only where `sailing()` says so.
 */
export function memberRoleAfter(
  after: (k: number) => string,
  nameAfter: () => boolean,
  sailing: () => boolean,
): boolean {
  const role = after(1);
  return (MEMBER_ROLES.has(role) || (SAILING_ONLY_ROLES.has(role) && sailing())) && nameAfter();
}
/** A shopping centre's noun after its name and "shopping": "the Bullring shopping centre". */
const MALL_NOUNS = new Set(['mall', 'arcade', 'centre', 'center', 'complex', 'precinct']);
/** What a transport operator does to its services: "Avanti West Coast cancelled trains". */
const OPERATOR_VERBS = new Set('cancelled canceled cancels suspended suspends axed runs operates'.split(' '));
/** The services an operator runs (after its verb, maybe past a count: "cancelled dozens of trains"). */
const SERVICES = new Set(
  'trains train flights flight services service buses ferries sailings routes'.split(' '),
);

const LOWER_WORD = /^[a-z0-9]/;

/**
 * Nouns of a works or a landmark after its name: "the Alau dam", "its El Teniente mine", "the Kakhovka
 * reservoir", "the Ras Tanura refinery", "Ellwood stadium". What the noun names is a place, whoever owns it ("Codelco's El Teniente mine").
 */
const SITE_NOUNS = new Set('dam mine bridge reservoir oilfield gasfield refinery stadium'.split(' '));
/** What a plant or a station makes, before its noun: "the Zaporizhzhia nuclear plant", "Kuda power station". */
const PLANT_KINDS = new Set(['nuclear', 'power']);
const PLANTS = new Set(['plant', 'station']);
/** What is dug or drilled, before a field's or a mine's noun: "Vaca Muerta shale field", "Grasberg copper mine". */
const DEPOSITS = new Set('shale oil gas gold copper coal lithium iron uranium diamond'.split(' '));
/** Nouns of a site after what it yields: "shale field", "copper mine", "gas deposit". */
const YIELD_SITES = new Set('field fields mine mines deposit formation basin'.split(' '));
/**
 * Nouns of a research body in lower case after its name: "the Ifo institute", "the Kiel institute" (a name a
 * list knows keeps the list's reading: "the Bruegel think-tank" gives the surname, read26 F13).
 */
const INSTITUTE_NOUNS = new Set(['institute', 'think-tank', 'thinktank']);

/**
 * The type the neighbouring words give a name no list knows: a band's or a paper's word before it makes a body
 * (bands are bodies, as CoNLL types them); an operator's verb and its services after it make a body; a mall's, a
 * dam's, a mine's or a field's noun after it makes a place; a research institute's noun after it a body. `prev` is
 * the lower-cased token before the name, `after(k)` the k-th after it, `ordinaryFirst()` whether the name's first
 * word is an ordinary word.
 */
export function kindByNeighbours(
  prev: string,
  after: (k: number) => string,
  ordinaryFirst: () => boolean,
): 'organization' | 'place' | undefined {
  if (BAND_WORDS.has(prev)) return 'organization';
  // ("the daily Mass", "the weekly Budget": an ordinary word opening the name is what is held daily.)
  if (PAPER_WORDS.has(prev) && !ordinaryFirst()) return 'organization';
  const next = after(1);
  if (
    SITE_NOUNS.has(next) ||
    (DEPOSITS.has(next) && YIELD_SITES.has(after(2))) ||
    (PLANT_KINDS.has(next) && PLANTS.has(after(2)))
  )
    return 'place';
  if (INSTITUTE_NOUNS.has(next)) return 'organization';
  // ("the Temu shopping app" is a firm's.)
  if (next === 'mall' || (next === 'shopping' && MALL_NOUNS.has(after(2)))) return 'place';
  if (OPERATOR_VERBS.has(next)) {
    // The object within the clause: "cancelled dozens of trains", not "suspended. Trains …".
    for (let k = 2; k <= 5; k++) {
      const word = after(k);
      if (SERVICES.has(word)) return 'organization';
      if (!LOWER_WORD.test(word)) break;
    }
  }
  return undefined;
}

/** Days a source tells its news on: "told Reuters on Friday". */
const TOLD_DAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
/** How a source tells a medium its news: "by telephone", "in an interview" ("in a letter" is to a person). */
const TOLD_BY = new Set(['telephone', 'phone']);
const INTERVIEWS = new Set(['interview', 'interviews']);

/**
 * Whether the words after a name told something end the telling as a medium's do (`after(k)`, lower-cased; `after(0)`
 * the name's last word): the sentence's end or a colon ("the official told Reuters .", "told Reuters :"), "by
 * telephone", "in a (telephone) interview", "on Friday" and the clause's end. Not "told Suharto in a letter", "told
 * Smith that …", "told Smith to leave".
 */
export function toldMediumAfter(after: (k: number) => string): boolean {
  const next = after(1);
  // (A period glued to the name is read with it: `after(1)` is "reuters.".)
  if (next === '.' || next === ':' || next === `${after(0)}.`) return true;
  if (next === 'by') return TOLD_BY.has(after(2));
  if (next === 'on') {
    const day = after(2);
    return TOLD_DAYS.has(day) && (after(3) === '.' || after(3) === ',' || after(3) === `${day}.`);
  }
  if (next !== 'in' || (after(2) !== 'a' && after(2) !== 'an')) return false;
  return INTERVIEWS.has(after(3)) || INTERVIEWS.has(after(4)) || INTERVIEWS.has(after(5));
}

/** Last words of a listed firm's name the news drops before a site's noun: "the Reliance refinery". */
const FIRM_TAILS = new Set(['Industries', 'Group', 'Corp', 'Corporation', 'Holdings', 'Energy']);
let listedFirms: ReadonlySet<string> | undefined;
let homeCompanies: ReadonlySet<string> | undefined;

/** Whether a home company is listed by exactly this name ("Toyota", "Samsung"; not "Reliance" of "Reliance Industries"). */
export function homeCompanyNamed(name: string): boolean {
  homeCompanies ??= new Set(Object.values(HOME_COMPANIES).flat());
  return homeCompanies.has(name);
}

/**
 * Whether a name as written is a firm the home-companies list knows ("Rosatom", or "Reliance" of "Reliance
 * Industries"): before "refinery" or "nuclear plant" it is the operator, not the site (read26 F5; the wire
 * names plants by their owner: "the Rosatom nuclear plant"). Built on first use.
 */
export function listedFirm(name: string): boolean {
  if (listedFirms === undefined) {
    const names = new Set<string>();
    for (const firms of Object.values(HOME_COMPANIES))
      for (const firm of firms) {
        names.add(firm);
        const cut = firm.lastIndexOf(' ');
        if (cut > 0 && FIRM_TAILS.has(firm.slice(cut + 1))) names.add(firm.slice(0, cut));
      }
    listedFirms = names;
  }
  return listedFirms.has(name);
}

/**
 * People who speak for someone: "a spokesman for Eskom said" (the one who says is the spokesman). No
 * lawyers: people have lawyers far more often than firms do ("a lawyer for Weinstein said").
 */
const SPOKESPEOPLE = new Set('spokesman spokeswoman spokesperson spokespeople'.split(' '));

/**
 * Whether the name is the one a spokesman speaks for ("a spokeswoman for Cocobod said"): the verb after it is
 * the spokesman's, no cue that the name is a person. `prev` and `beforePrev` are the tokens before the name.
 */
export function spokenFor(prev: string, beforePrev: () => string): boolean {
  return prev === 'for' && SPOKESPEOPLE.has(beforePrev());
}

/** Verbs in the plural, which one person ("who plays", "who is") does not take: "Arsenal, who play Chelsea". */
const PLURAL_VERBS = new Set(
  'are were have play face host visit meet lead trail sit remain need travel'.split(' '),
);

/**
 * Whether the name before `after(1)` is taken up by "who" with a verb in the plural, in the clause ("Arsenal,
 * who play Chelsea") or after it ("Tottenham, who won, are fourth"): a club in British copy, or a group;
 * one person is "who plays", "who is". `after(k)` is the lower-cased k-th token after the name.
 */
export function pluralAfterWho(after: (k: number) => string): boolean {
  if (after(1) !== ',' || after(2) !== 'who') return false;
  if (PLURAL_VERBS.has(after(3))) return true;
  for (let k = 4; k <= 9; k++) if (after(k) === ',') return PLURAL_VERBS.has(after(k + 1));
  return false;
}

/** Words that say whose capital it is before "capital" and a comma: "the capital, Naypyitaw". */
const CAPITAL_OWNERS = new Set(['the', 'its', 'their', 'national', 'state', 'provincial', 'regional']);
/** The same with no comma after "capital" ("the capital Growmark is entitled to" is money). */
const CAPITAL_KINDS = new Set(['national', 'state', 'provincial', 'regional', 'federal']);

/**
 * What may close the apposition "the capital, Naypyitaw": a mark, or a word opening what is said of the
 * sentence's subject ("in the capital, Naypyitaw, on Sunday"); "Speaking in the capital, Erdogan said" has
 * the name as the subject, a verb after it (read24 F5).
 */
const APPOSITION_CLOSERS = new Set(
  [',', '.', ';', ':', ')', '(', '-', '\u2013', '\u2014', ''].concat(
    'on in at by for from to where which with after before during last this near until since amid'.split(' '),
  ),
);

/**
 * Whether the name is the town a capital's noun introduces: "cast his ballot in the capital, Naypyitaw",
 * "Myanmar's capital Naypyitaw", "the state capital Salvador" ("working capital, Evans said" and "the
 * capital American Savings used" are money). `before(k)` is the lower-cased k-th token before the name,
 * `next` the one after it: after the comma the apposition must close there ("in the capital, Tinubu said"
 * is the speaker).
 */
export function capitalNamed(before: (k: number) => string, next: string): boolean {
  const comma = before(1) === ',';
  const k = comma ? 2 : 1;
  if (before(k) !== 'capital') return false;
  // A period glued to the name reads as the name's own ("naypyitaw."): it ends the sentence.
  if (comma && !APPOSITION_CLOSERS.has(next) && !next.endsWith('.')) return false;
  const owner = before(k + 1);
  if (endsWithPossessive(owner) || owner === "'s" || owner === '\u2019s') return true;
  return comma ? CAPITAL_OWNERS.has(owner) : CAPITAL_KINDS.has(owner);
}

function endsWithPossessive(token: string): boolean {
  return token.length > 2 && (token.endsWith("'s") || token.endsWith('\u2019s'));
}

/**
 * Verbs in the plural of one side meeting another: "Arsenal, who play Chelsea on Sunday". Not "beat", the
 * past of one player too ("Sinner, who beat Zverev": read24 F10).
 */
export const FIXTURE_VERBS: ReadonlySet<string> = new Set(['play', 'host', 'visit', 'face']);

/**
 * Whether the name is the other side of a club's fixture told after "who" and a verb in the plural
 * ("Arsenal, who play Chelsea at Stamford Bridge"): a club as well, where one person "plays".
 */
export function opponentAfterWho(before: (k: number) => string): boolean {
  return FIXTURE_VERBS.has(before(1)) && before(2) === 'who' && before(3) === ',';
}

/**
 * Whether the name is a currency's code before a dollar sign or its franc ("NT$452.3 billion", "HK$7.8",
 * "2,800 CFA francs"): the money's, no body's. `core` is the name as written.
 */
export function currencyCode(core: string, next: string, glued: boolean): boolean {
  if (core.length > 3 || !/^[A-Z]+$/.test(core)) return false;
  return (next === '$' && glued) || next === 'franc' || next === 'francs';
}

/** Words of a funding round between "led" and "round": "led the $20 million Series B round". */
const ROUND_WORDS =
  /^(?:the|an|its|their|latest|funding|financing|seed|series|[a-z]|\$|[0-9][0-9.,]*|million|billion|mln|bln|bn)$/;

/**
 * Whether the name leads a funding round: "Andreessen Horowitz led the $20 million round", "a round led by
 * Andreessen Horowitz" (investors are firms; a person "led" talks, a team, a protest). `before(k)` and
 * `after(k)` are the lower-cased k-th tokens before and after the name.
 */
export function leadsRound(before: (k: number) => string, after: (k: number) => string): boolean {
  if (before(1) === 'by' && before(2) === 'led') {
    const noun = before(3);
    return noun === 'round' || noun === 'rounds';
  }
  if (after(1) !== 'led' && after(1) !== 'leads') return false;
  for (let k = 2; k <= 9; k++) {
    const word = after(k);
    if (word === 'round') return true;
    if (!ROUND_WORDS.test(word)) return false;
  }
  return false;
}

/** What a club, band or firm has done, after "have" in British copy: "Arsenal have signed a defender". */
const COLLECTIVE_DEEDS = new Set(
  'signed completed appointed sacked confirmed agreed rejected won lost drawn beaten reached named released announced'.split(
    ' ',
  ),
);
/**
 * A club's people after ", whose": "leaders Chelsea, whose manager Jose Mourinho". Not a side, squad or
 * players, which a manager has as well ("Guardiola, whose side", "Tajani, whose side backed the bill"), nor
 * a boss, which a player has ("Rashford, whose boss": read24 F6).
 */
const CLUB_PEOPLE = new Set(['manager', 'coach']);

/**
 * Whether the words after a one-word name take it up as a collective: "have" and a deed ("Tottenham have
 * appointed", one person "has"), or ", whose manager" (a club's people). `after(k)` is the lower-cased k-th
 * token after the name.
 */
export function collectiveAfter(after: (k: number) => string): boolean {
  const next = after(1);
  if (next === 'have') return COLLECTIVE_DEEDS.has(after(2));
  return next === ',' && after(2) === 'whose' && CLUB_PEOPLE.has(after(3));
}

/** Nouns of a political body right before its name: "the ruling party Morena", "the coalition Sumar". */
const PARTY_NOUNS = new Set(['party', 'coalition', 'alliance', 'bloc', 'movement', 'militia', 'faction']);
/** What makes a "group" before a name a body, not a crowd or a firm's unit: "the militant group Hamas". */
const GROUP_KINDS = new Set(
  `militant rebel armed jihadist islamist insurgent paramilitary extremist separatist opposition campaign
  pressure lobby advocacy rights activist hacker hacking environmental`
    .split(/\s+/)
    .filter(Boolean),
);
/** Verbs of a relative clause about the body: "the party Trump leads", "the coalition Netanyahu heads". */
const RELATIVE_VERBS = new Set(
  'leads led heads headed founded formed joined backs backed chairs chaired runs ran left quit'.split(' '),
);

/**
 * Whether a body's noun stands right before a name no list knows: "the Peronist coalition Fuerza Patria", "the
 * ruling party Morena", "the militant group Hayat Tahrir al-Sham" (a person's name there opens a relative
 * clause: "the party Trump leads"). `before(k)` is the lower-cased k-th token before the name; `next` the token
 * after it, `nextCapitalised` whether the one after that opens with a capital.
 */
export function bodyNounBefore(
  before: (k: number) => string,
  next: string,
  nextCapitalised: () => boolean,
): boolean {
  if (RELATIVE_VERBS.has(next)) return false;
  // "the rights group Human Rights in China": the name goes on past the run.
  if ((next === 'in' || next === 'of' || next === 'for') && nextCapitalised()) return false;
  const noun = before(1);
  return PARTY_NOUNS.has(noun) || (noun === 'group' && GROUP_KINDS.has(before(2)));
}
