/**
 * What the words around a name say where its shape reads as a person's: a given name and a surname
 * ("Chase Manhattan", "Morgan Guaranty", "Rockstar North") are also how banks, studios and brokers are named.
 * `before(k)` and `after(k)` give the lower-cased k-th token before the name's first word and after its last.
 */

/**
 * Last words no person's name ends with, that a firm's or a club's does: "Merrill Lynch International", "Wells
 * Fargo Bank N.A.", "Augusta National" (the golf club; "Augusta" is also a given name).
 */
const FIRM_LAST_WORDS = new Set(['international', 'national', 'n.a.']);

export function firmLastWord(lower: string): boolean {
  return FIRM_LAST_WORDS.has(lower);
}

const LEGAL_FORMS = new Set('inc inc. corp corp. co co. ltd ltd. plc llc ag sa nv gmbh'.split(' '));

/**
 * "Samuel Montagu and Co Ltd", "Morgan Guaranty (Switzerland) AG": a firm's legal form after the name,
 * past "and" or a country in brackets (the chunker leaves both out of the name).
 */
export function legalFormAfter(after: (k: number) => string): boolean {
  const next = after(1);
  if (next === 'and') return after(2) === 'co' || after(2) === 'co.';
  return next === '(' && after(3) === ')' && LEGAL_FORMS.has(after(4));
}

/** "lead manager Merrill Lynch International said": a bank's role in a bond issue. */
export function issueManagerBefore(before: (k: number) => string): boolean {
  const role = before(1);
  if (role !== 'manager' && role !== 'managers') return false;
  const lead = before(2);
  return lead === 'lead' || lead === 'co-lead' || lead === 'joint';
}

/** Nouns of a firm opening an apposition before the name ("The game's maker, Rockstar North,"). */
const FIRM_NOUNS = new Set(
  'maker carmaker drugmaker manufacturer supplier insurer lender retailer airline studio company firm'.split(
    ' ',
  ),
);
const OWNER_WORDS = new Set(['its', 'their', 'the', 'his', 'her']);

/**
 * "The game's maker, Rockstar North, said": a firm's noun with its owner (a possessive, "its", "the") before
 * the comma that opens the name ("the film's director, Jane Smith" names a person: no firm noun).
 */
export function firmNounApposedBefore(before: (k: number) => string): boolean {
  if (before(1) !== ',' || !FIRM_NOUNS.has(before(2))) return false;
  const owner = before(3);
  return OWNER_WORDS.has(owner) || owner.endsWith("'s") || owner.endsWith('\u2019s');
}

/** With the legal forms, words of a bank's name that make a list of names one of firms. */
const BANK_MARKS = new Set(['bank', 'banks', 'bancorp', 'trust']);
/** "Citibank", "Landesbank": a bank's name written as one word. */
const BANK_WORD = /^[A-Z][a-z]{2,}bank$/;
const CAPITALISED = /^[A-Z]/;
/** Words that go on with a name ("Bank of America"). */
const OF_WORDS = new Set(['of', 'for', 'de', 'del', 'du', '&']);

/**
 * "Chase Manhattan, Morgan Guaranty and Citibank said": whether the name stands in a list of three or more
 * names (commas and an "and"), another of which a bank's word or a legal form marks as a firm. `at(k)` gives the
 * text of the k-th token before (k < 0) or after (k > 0) the name; the list reads capitalised words only
 * ("Jane Smith, Citibank's economist" is no list: a possessive ends it).
 */
export function firmInList(at: (k: number) => string): boolean {
  // The list goes on after the name with another name, or the name closes it after a join ("Peter Frawley,
  // said" closes an apposition; "the Meat and Livestock Corp, Peter Frawley," is none).
  const after = at(1);
  if (after === ',' || after === 'and' ? !CAPITALISED.test(at(2)) : at(-1) !== 'and' && at(-1) !== ',')
    return false;
  let joins = 0;
  // A list closes with "and" ("director of the Crime Trust, Norman Brennan, said" is an apposition).
  let ands = 0;
  let firm = false;
  for (const step of [1, -1]) {
    for (let k = step; Math.abs(k) <= 16; k += step) {
      const text = at(k);
      const next = at(k + 1);
      if (text === ',' || text === 'and') {
        joins++;
        ands += text === 'and' ? 1 : 0;
        continue;
      }
      if (!CAPITALISED.test(text) || text.endsWith("'s") || text.endsWith('\u2019s')) break;
      if (next === "'s" || next === '\u2019s' || next === "'") break;
      // The last word of a name of the list ("Chemical Bank,"; "Bank of America" names no kind of firm).
      const ends = next === ',' || next === 'and' || (!CAPITALISED.test(next) && !OF_WORDS.has(next));
      // ("Thomas McKiernan, McKiernan and Co chairman": "and Co" ends a firm's name, no list.)
      const lower = text.toLowerCase();
      if (ends && (lower === 'co' || lower === 'co.') && at(k - 1) === 'and') continue;
      if (ends && (LEGAL_FORMS.has(lower) || BANK_MARKS.has(lower) || BANK_WORD.test(text))) firm = true;
    }
  }
  return firm && joins >= 2 && ands > 0;
}

/**
 * Kinds of firm that open a sentence before the firm's name ("Housebuilder Taylor Wimpey said"); the chunker
 * joins the capitalised word to the name. Trades a person is also called by (developer, broadcaster, miner,
 * publisher) are left out: "Broadcaster David Attenborough said".
 */
const FIRM_KIND_OPENERS = new Set(
  'housebuilder homebuilder supermarket grocer conglomerate chipmaker automaker carmaker drugmaker retailer insurer lender airline'.split(
    ' ',
  ),
);

export function firmKindOpening(lower: string): boolean {
  return FIRM_KIND_OPENERS.has(lower);
}

/** What a firm reports: "Disney said profits rose". */
const RESULTS = new Set('profit profits revenue revenues sales earnings'.split(' '));
/** Nouns that take up a firm as the next sentence's subject: "The company said". */
const FIRM_SUBJECTS = new Set('company firm group studio carmaker retailer bank airline'.split(' '));

/**
 * "Royal Mail's owner IDS", "Standard Life's shareholders": the name's possessive owns what only a firm has
 * (an owner, a parent, shareholders). `after(k)` gives the lower-cased k-th token after the name.
 */
export function firmsOwnerAfter(after: (k: number) => string): boolean {
  return FIRMS_OWNERS.has(after(1));
}
/**
 * "Walt Disney's parks unit", "Walt Disney's shareholders": the name's possessive (its "'s" a word of its own or
 * not) owns a firm's part, its owner or its results. `after(k)` gives the lower-cased k-th token after the name.
 */
export function firmsPartAfter(after: (k: number) => string): boolean {
  const k = after(1) === "'s" || after(1) === '\u2019s' ? 2 : 1;
  return FIRMS_OWNERS.has(after(k)) || FIRMS_PARTS.has(after(k)) || RESULTS.has(after(k));
}
const FIRMS_PARTS = new Set(
  'unit units subsidiary subsidiaries division parks studios stores factories plants'.split(' '),
);
/** What only a firm has, after its name's possessive: "Royal Mail's owner", "Standard Life's shareholders". */
const FIRMS_OWNERS = new Set('owner owners parent shareholders'.split(' '));

/**
 * "Disney said profits rose … The company said": a name that reports its results or that the next sentence
 * takes up as "the company". `after(k)` gives the lower-cased k-th token after the name.
 */
export function firmSaysAfter(after: (k: number) => string): boolean {
  const said = after(1);
  if (said !== 'said' && said !== 'says') return false;
  if (RESULTS.has(after(2))) return true;
  for (let k = 2; k < 40; k++) {
    const token = after(k);
    if (token === '') return false;
    // (A period glued to its word is read with it: "plant.".)
    if (token.endsWith('.')) return after(k + 1) === 'the' && FIRM_SUBJECTS.has(after(k + 2));
  }
  return false;
}
