/**
 * Country and city names declined in Finnish: "Helsingissä", "Moskovassa", "Ruotsissa", "Suomen", "Venäjälle",
 * "Kreikkaan", "Yhdysvalloissa". Finnish writes a place's case as an ending on its name, and the country lists (and
 * so the phrase trie of mentions.ts) hold the nominative only ("Ruotsi", "Venäjä", "Helsinki"). A capitalised word
 * the trie left unread is tried here less one case ending, with the stem's changes undone: Suomi's "Suome-", a name
 * ending in a consonant taking "-i-" ("Iranissa", "Israelin"), and the weak grade of its last consonants
 * ("Helsingin" of Helsinki, "Kreikassa" of Kreikka, "Irlannissa" of Irlanti). The stem is looked up among the Finnish
 * names of countries and cities (LOCAL_CITY_NAMES) and then the English country names Finnish writes alike (Iran,
 * Israel, Pakistan). The few plural names are read by their stem ("Yhdysvaltojen", "Alankomaissa"). Built on the
 * first Finnish article: English text never builds it.
 */
import type { FieldText } from '../text/document.js';
import { lazyPatternOf } from '../text/lazy-pattern.js';
import { startsUpper } from '../text/letters.js';
import { overlapsAny } from '../text/overlaps.js';
import { localEntries, lookupPhrase } from './gazetteer.js';
import { opensSentence } from './inflected-names.js';
import type { CountryMention } from './mentions.js';
import { normalizeWord } from './normalize.js';
import { mentionOf } from './script-names.js';

/**
 * Case endings as `normalizeWord` writes them (ä → a, ö → o): inessive, elative, adessive, ablative, allative,
 * translative, essive, partitive, genitive and the illative's lengthened vowel with "n" ("Saksaan", "Suomeen",
 * "Helsinkiin") or "h" ("Kyproshin" is rare; "Tukholmaan" is "aan").
 */
const ENDINGS = 'ssa sta lla lta lle ksi na ta a n aan een iin oon uun yyn han hin seen'.split(' ');
/** A stem shorter than this is a word ("Peru" is read whole only). */
const MIN_STEM = 4;
/** Plural names by the stem their cases share: "Yhdysvalloissa", "Yhdysvaltojen", "Alankomaissa", "Filippiineillä". */
const PLURAL_STEMS: readonly (readonly [string, string])[] = [
  ['yhdysval', 'US'],
  ['alankoma', 'NL'],
  ['filippiine', 'PH'],
];
/** The weak grade of a stem's last consonants and the strong one it stands for ("helsingi" → "helsinki"). */
const STRONG_GRADE: readonly (readonly [RegExp, string])[] = [
  [/ng(?=[aeiouy]+$)/, 'nk'],
  [/mm(?=[aeiouy]+$)/, 'mp'],
  [/nn(?=[aeiouy]+$)/, 'nt'],
  [/ll(?=[aeiouy]+$)/, 'lt'],
  [/rr(?=[aeiouy]+$)/, 'rt'],
  [/(?<=[aeiouy]|[lnr])([kpt])(?=[aeiouy]+$)/, '$1$1'],
];
const CONSONANT_I = /[^aeiouy]i$/;
const FINAL_VOWEL = /[aeiouy]$/;

interface Entry {
  readonly code: string;
  readonly city: boolean;
}

let INDEX: Map<string, Entry> | undefined;

function index(): Map<string, Entry> {
  if (INDEX) return INDEX;
  INDEX = new Map();
  for (const [key, code, city] of localEntries('fi')) if (!INDEX.has(key)) INDEX.set(key, { code, city });
  return INDEX;
}

/** Stems the rules below do not make: Turku's "Turu-" (its "k" dropped: "Turussa", "Turun"). */
const IRREGULAR_STEMS: ReadonlyMap<string, string> = new Map([['turu', 'turku']]);
/**
 * Compounds of a compass point that name another country than their last word: "Pohjois-Koreassa" is North
 * Korea's, "Pohjois-Irlannissa" Britain's.
 */
const COMPASS_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['pohjois - korea', 'KP'],
  ['etela - korea', 'KR'],
  ['pohjois - irlanti', 'GB'],
]);
/** Compass points opening a region's name: "Pohjois-Suomessa" (in northern Finland) is Finland's. */
const COMPASS = new Set([
  'pohjois',
  'etela',
  'ita',
  'lansi',
  'keski',
  'koillis',
  'kaakkois',
  'lounais',
  'luoteis',
]);

/**
 * The nominatives a declined stem may stand for, most likely first, each with whether an English name may be
 * meant: one ending in a vowel ("Chilessä", "Suomen"), or one ending in a consonant through the "-i-" Finnish puts
 * after it ("Omanissa" is Oman's; "Omana", as its own, is no country).
 */
function nominatives(stem: string): [string, boolean][] {
  const vowel = FINAL_VOWEL.test(stem);
  const out: [string, boolean][] = [[IRREGULAR_STEMS.get(stem) ?? stem, vowel]];
  if (stem.endsWith('e')) out.push([`${stem.slice(0, -1)}i`, true]);
  // "Tampereella", "Tampereen": a name ending in "-e" declines from "-ee-".
  if (stem.endsWith('ee')) out.push([stem.slice(0, -1), true]);
  if (CONSONANT_I.test(stem)) out.push([stem.slice(0, -1), true]);
  for (const [form, english] of [...out])
    for (const [weak, strong] of STRONG_GRADE)
      if (weak.test(form)) out.push([form.replace(weak, strong), english]);
  return out;
}

/** The name a stem is the Finnish (or, `english`, the shared English) name of. */
function entryOf(name: string, english: boolean): Entry | undefined {
  const compass = COMPASS_COUNTRIES.get(name);
  if (compass) return { code: compass, city: false };
  const local = index().get(name);
  if (local || !english) return local;
  const phrase = lookupPhrase(name);
  return phrase?.kind === 'name' ? { code: phrase.code, city: false } : undefined;
}

/** The place a capitalised Finnish word names in one of its cases; `before` is the name's first words' key. */
function declinedEntry(word: string, before: string): Entry | undefined {
  if (before === '')
    for (const [stem, code] of PLURAL_STEMS) if (word.startsWith(stem)) return { code, city: false };
  for (const ending of ENDINGS) {
    if (word.length - ending.length < MIN_STEM || !word.endsWith(ending)) continue;
    for (const [name, english] of nominatives(word.slice(0, -ending.length))) {
      const entry = entryOf(before + name, english);
      if (entry) return entry;
    }
  }
  // "Pohjois-Suomessa", "Itä-Helsingissä": a part of the country or city named after it.
  const compass = before.slice(0, -' - '.length);
  return COMPASS.has(compass) ? declinedEntry(word, '') : undefined;
}

const WORD = lazyPatternOf('[\\p{L}\\p{M}]+', 'gu');

/**
 * Finnish declined place names of `field`, outside the spans already `found` (the trie's mentions). A name of
 * two words joined by a hyphen declines its last ("Etelä-Afrikassa", "Saudi-Arabian"). A capitalised word right
 * after another is part of a name of its own ("Kari Suomen mukaan", Kari Suomi's view), unless the other opens
 * the sentence and `people` (the recogniser's person spans in this field) does not join them.
 */
export function finnishCaseMentions(
  field: FieldText,
  found: readonly CountryMention[],
  people: readonly (readonly [number, number])[],
): CountryMention[] {
  const text = field.text;
  if (text === '') return [];
  const taken = overlapsAny(found.filter((m) => m.field === field.field));
  const person = overlapsAny(people.map(([start, end]) => ({ start, end })));
  const mentions: CountryMention[] = [];
  let previous: RegExpMatchArray | undefined;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index!;
    const end = start + word.length;
    const last = previous;
    previous = m;
    if (!startsUpper(word) || taken(start, end)) continue;
    const gap = last ? text.slice(last.index! + last[0].length, start) : '';
    const joined = last !== undefined && gap === '-' && startsUpper(last[0]);
    // "Kari Suomen mukaan": a capitalised word a space after another is a name's, inside a sentence or where the
    // recogniser found the two a person ("Myös Ruotsissa", also in Sweden, opening a sentence is the country).
    if (
      last !== undefined &&
      gap === ' ' &&
      startsUpper(last[0]) &&
      (!opensSentence(text, last.index!) ||
        (person(last.index!, last.index! + last[0].length) && person(start, end)))
    )
      continue;
    const from = joined ? last!.index! : start;
    const before = joined ? `${normalizeWord(last![0])} - ` : '';
    if (joined && taken(from, end)) continue;
    const entry = declinedEntry(normalizeWord(word), before);
    if (!entry) continue;
    const mention = mentionOf(field.field, text, from, end, entry.code);
    mentions.push(entry.city ? { ...mention, kind: 'city' } : mention);
  }
  return mentions;
}
