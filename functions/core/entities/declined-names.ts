import { INFLECTED_LATIN } from '../countries/inflected-names.js';
import { normalizeWord } from '../countries/normalize.js';
import type { Entity } from '../schema.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { overlapsAny } from '../text/overlaps.js';
import { joinedById } from './join-entities.js';
import { isGivenName } from './lexicon.js';
import { newsmakerNamed } from './newsmakers.js';
import { slug } from './places.js';

/**
 * Polish, Czech, Croatian and Bosnian decline people's names: "spotkanie z Donaldem Tuskiem" (with Donald
 * Tusk), "rozmowa Donalda Tuska", "jednal s Olafem Scholzem", "podle Fialy" (according to Fiala). The
 * recogniser reads each form as a name of its own (`person:donaldem-tuskiem`). Case endings of masculine
 * nouns and surnames as `normalizeWord` writes them (no marks: Polish "ą" is "a", Czech "ého" is "eho").
 */
const ENDINGS: ReadonlySet<string> = new Set(
  'a u e y i o em iem owi ovi ie ou om ego emu im ym iego iemu ej iej eho ove ovou'.split(' '),
);
/** Shorter stems ("Dud" of Duda) still name the person, but only of a name written in the article. */
const MIN_STEM = 3;
const FINAL_VOWEL = /[aeiouy]$/;

/** The stem a name's declined forms share: the nominative less its final vowel ("Fiala" → "fial"). */
function stemOf(normalized: string): string {
  return normalized.replace(FINAL_VOWEL, '');
}

/** Whether `word` is a case form of `nominative` other than itself ("Tuskiem" of "Tusk", "Fialovi" of "Fiala"). */
export function isDeclinedForm(word: string, nominative: string): boolean {
  const w = normalizeWord(word);
  const n = normalizeWord(nominative);
  if (w === n) return false;
  const stem = stemOf(n);
  return stem.length >= MIN_STEM && w.startsWith(stem) && ENDINGS.has(w.slice(stem.length));
}

/** Equal to `nominative` or one of its case forms. */
function isFormOf(word: string, nominative: string): boolean {
  return normalizeWord(word) === normalizeWord(nominative) || isDeclinedForm(word, nominative);
}

/**
 * Adjectival surnames: a case ending → the nominative's ("Kowalskim", "Kowalskiego" → "Kowalski"; Czech
 * "Lipavským", "Lipavského" → "Lipavský"), per language.
 */
const ADJECTIVE_ENDINGS: Readonly<Record<string, readonly [RegExp, string]>> = {
  pl: [/([cs]k)(?:iego|iemu|im)$/, '$1i'],
  cs: [/([cs]k)(?:\u00e9ho|\u00e9mu|\u00fdm)$/, '$1\u00fd'],
};

/** The endings a declined given name is tried without, longest first ("-iem" after k and g: "Jackiem"). */
const GIVEN_ENDINGS = ['owi', 'ovi', 'iem', 'em', 'a', 'u'] as const;

/**
 * Polish given names in -ek and -eł lose the e when declined ("Jacek" → "Jacka", "Jackiem"; "Paweł" →
 * "Pawła"): a stem ending in a consonant and k or ł is such a name, as no Polish name ends so.
 */
const FLEETING_E = /(?<=[^aeiouy\u0105\u0119\u00f3])([k\u0142])$/u;

/** Polish names in -ek whose declined stem is an English given name ("Jacka" of Jacek, not Jack). */
const POLISH_EK_NAMES: ReadonlySet<string> = new Set(['Jacek']);

/**
 * The nominative of a declined given name's stem: the Polish fleeting e put back where the stem is no
 * given name of its own ("Leszk", "Pawł") or the name with the e is a known one ("Mark" → "Marek"), else the
 * stem ("Patrick" of "Patricka").
 */
function givenOf(stem: string, lang: string): { readonly name: string; readonly sure: boolean } {
  if (lang === 'pl' && FLEETING_E.test(stem)) {
    const withE = stem.replace(FLEETING_E, 'e$1');
    if (!isGivenName(stem) || isGivenName(withE) || POLISH_EK_NAMES.has(withE))
      return { name: withE, sure: true };
  }
  return { name: stem, sure: false };
}

/**
 * Women's names in an oblique case, per language: the adjectival surnames' endings ("Kowalskiej", "Kowalską"
 * → "Kowalska"; Czech "Novákové", "Novákovou" → "Nováková") and the given names' ("Agnieszki", "Agnieszką" →
 * "Agnieszka"; "Markéty", "Markétou" → "Markéta"), longest first. The surname's ending is what marks the
 * name as a woman's in a case form; the given name is read back by the ending its case gives.
 */
const FEMININE: Readonly<
  Record<
    string,
    { surname: readonly (readonly [RegExp, string])[]; given: readonly (readonly [string, string])[] }
  >
> = {
  pl: {
    surname: [[/([csz]k|dzk)(?:iej|\u0105)$/u, '$1a']],
    given: [
      ['\u0105', 'a'],
      ['ii', 'ia'],
      ['i', 'a'],
      ['y', 'a'],
      ['ce', 'ka'],
      ['dze', 'ga'],
    ],
  },
  cs: {
    surname: [[/(ov|[cs]k)(?:\u00e9|ou)$/u, '$1\u00e1']],
    given: [
      ['ou', 'a'],
      ['y', 'a'],
      ['\u011b', 'a'],
    ],
  },
};

/** A woman's full name in an oblique case in the nominative ("Agnieszką Kowalską" → "Agnieszka Kowalska"). */
function feminineNominativeOf(
  words: readonly string[],
  lang: string,
): { readonly name: string; readonly surnameDeclined: boolean } | undefined {
  const rules = FEMININE[lang];
  if (!rules) return undefined;
  const surnames = words.slice(1).map((w) => {
    const rule = rules.surname.find(([ending]) => ending.test(w));
    return rule ? w.replace(...rule) : w;
  });
  const first = words[0]!;
  const rule = rules.given.find(([ending]) => first.endsWith(ending) && first.length - ending.length >= 2);
  if (!rule) return undefined;
  const given = first.slice(0, -rule[0].length) + rule[1];
  const surnameDeclined = surnames.some((s, i) => s !== words[i + 1]);
  // A surname that does not decline ("Ewy Nowak"): only a given name the lists know marks the case.
  if (!surnameDeclined && !isGivenName(given)) return undefined;
  return { name: [given, ...surnames].join(' '), surnameDeclined };
}

/**
 * A full name written declined, in the nominative: "Emmanuelem Macronem" → "Emmanuel Macron" (a listed
 * newsmaker), "Janem Kowalskim" → "Jan Kowalski" (a known given name less its ending, the surname less the
 * same ending or an adjective's). Undefined when the name is not read so: a given name already in the
 * nominative ("Jana", "Petra" are women's names too) is left as written.
 */
function nominativeOf(name: string, lang: string): string | undefined {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3) return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // A woman's surname in a case form marks the case even where the given name is also an English one ("Marty").
  const feminine = feminineNominativeOf(words, lang);
  if (feminine?.surnameDeclined) return feminine.name;
  if (isGivenName(first)) return undefined;
  const middle = words.slice(1, -1);
  for (const ending of GIVEN_ENDINGS) {
    if (first.length - ending.length < 3 || !first.endsWith(ending)) continue;
    const stem = first.slice(0, -ending.length);
    const surnames = surnameCandidates(last, ending, lang);
    for (const surname of surnames) {
      const listed =
        newsmakerNamed([stem, ...middle, surname].join(' ')) ??
        newsmakerNamed([givenOf(stem, lang).name, ...middle, surname].join(' '));
      if (listed) return listed;
    }
    const given = givenOf(stem, lang);
    if ((given.sure || isGivenName(given.name)) && surnames.length > 0)
      return [given.name, ...middle, surnames[0]!].join(' ');
  }
  return locativeNominativeOf(first, middle, last, lang) ?? feminine?.name;
}

/** Polish locatives that soften the given name's last consonant: "o Donaldzie Tusku" (about Donald Tusk). */
const LOCATIVE_GIVEN: readonly (readonly [string, string])[] = [
  ['dzie', 'd'],
  ['cie', 't'],
  ['rze', 'r'],
];

function locativeNominativeOf(
  first: string,
  middle: readonly string[],
  last: string,
  lang: string,
): string | undefined {
  if (lang !== 'pl') return undefined;
  const rule = LOCATIVE_GIVEN.find(([ending]) => first.endsWith(ending) && first.length - ending.length >= 3);
  if (!rule) return undefined;
  const given = first.slice(0, -rule[0].length) + rule[1];
  const adjective = ADJECTIVE_ENDINGS[lang]!;
  const surname = adjective[0].test(last)
    ? last.replace(...adjective)
    : last.length >= 5 && last.endsWith('u')
      ? last.slice(0, -1)
      : undefined;
  if (!surname) return undefined;
  const name = [given, ...middle, surname].join(' ');
  return newsmakerNamed(name) ?? (isGivenName(given) ? name : undefined);
}

/** The surname's nominative for a given name declined with `ending`, the likeliest first. */
function surnameCandidates(last: string, ending: string, lang: string): string[] {
  const out: string[] = [];
  const adjective = ADJECTIVE_ENDINGS[lang];
  if (adjective?.[0].test(last)) out.push(last.replace(...adjective));
  // The instrumental, "-em" or "-iem" after k and g, on either word: "Jackiem Sasinem", "Janem Nowakiem".
  const instrumental = ending === 'em' || ending === 'iem';
  // Polish "-iem" after k and g: "Tuskiem", "Nowakiem" (not "Nowaki" less "em").
  if (instrumental && /[kg]iem$/.test(last)) out.push(last.slice(0, -3));
  // Czech surnames in -a: "Petrem Fialou" (Petr Fiala), instrumental "-ou".
  else if (instrumental && lang === 'cs' && last.endsWith('ou')) out.push(`${last.slice(0, -2)}a`);
  // "Sasinem" of Sasin; "Ruttem" of Rutte (a surname in -e takes only the m).
  else if (instrumental && last.length >= 5 && last.endsWith('em'))
    out.push(last.slice(0, -2), last.slice(0, -1));
  else if (last.length - ending.length >= 3 && last.endsWith(ending)) out.push(last.slice(0, -ending.length));
  return out;
}

/** Whether every word of `a` is a case form of the same word of `b`, the two names not the same. */
function formsOfEachOther(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.some((w, i) => w !== b[i]) && a.every((w, i) => isFormOf(w, b[i]!));
}

/**
 * The people whose name is read in the nominative, renamed: the forms of one name in the article ("Janem Nowakiem",
 * "Jana Nowaka") are grouped (either written as a case form of the other, or of its nominative), and the group is
 * named once, by the nominative most of its forms read to ("Jan Nowak"), one read back from a case form before one
 * left as written ("Jana" is also a woman's name), so every form takes the same name and id.
 */
function namedInNominative(people: readonly Entity[], lang: string): ReadonlyMap<Entity, Entity> {
  const read = people.map((p) => nominativeOf(p.name, lang));
  const nominal = people.map((p, i) => read[i] ?? p.name);
  const group = people.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : root(group[i]!));
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) {
      const a = people[i]!.name.split(' ');
      const b = people[j]!.name.split(' ');
      const related =
        formsOfEachOther(a, b) ||
        formsOfEachOther(b, a) ||
        formsOfEachOther(a, nominal[j]!.split(' ')) ||
        formsOfEachOther(b, nominal[i]!.split(' ')) ||
        (nominal[i] === nominal[j] && read[i] !== undefined);
      if (related) group[root(j)] = root(i);
    }
  const out = new Map<Entity, Entity>();
  for (let i = 0; i < people.length; i++) {
    const members = people.map((_, j) => j).filter((j) => root(j) === root(i));
    if (members.length === 1 && read[i] === undefined) continue;
    const votes = (name: string) => members.filter((j) => nominal[j] === name).length;
    const derived = (name: string) => members.some((j) => read[j] === name);
    const name = members
      .map((j) => nominal[j]!)
      .reduce((best, n) =>
        votes(n) > votes(best) || (votes(n) === votes(best) && derived(n) && !derived(best)) ? n : best,
      );
    const writer = members.find((j) => people[j]!.name === name);
    const id = writer === undefined ? `person:${slug(name)}` : people[writer]!.id;
    const e = people[i]!;
    if (e.name !== name || e.id !== id) out.set(e, { ...e, id, name });
  }
  return out;
}

const CAPITALISED_WORD = lazyPattern(() => /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]+/gu);

/**
 * The people of an article in a language that declines names, with their declined forms read as them: a full
 * name whose every word is a case form of another person's ("Donaldem Tuskiem" beside "Donald Tusk") joins
 * that person; one with no such person is named in the nominative where the name lists vouch for it
 * (`nominativeOf`); and a surname alone, in any case ("Tuskiem", "Fialovi", "Fiala uvedl"), outside every
 * entity's mentions is a mention of the one person of that surname. Entities sharing an id are joined; the
 * very list given comes back when nothing was read declined.
 */
export function withDeclinedNames(
  entities: readonly Entity[],
  lang: string,
  fields: { readonly title: string; readonly body: string },
): readonly Entity[] {
  if (!INFLECTED_LATIN.has(lang)) return entities;
  const people = entities.filter((e) => e.type === 'person' && e.name.includes(' '));
  const named = namedInNominative(people, lang);
  const renamed = entities.map((e) => named.get(e) ?? e);
  const held = renamed.flatMap((e) => e.mentions);
  // Asked at every capitalised word: a search, not a scan of every mention (a page naming one person
  // thousands of times).
  const heldIn = {
    title: overlapsAny(held.filter((h) => h.field === 'title')),
    body: overlapsAny(held.filter((h) => h.field === 'body')),
  };
  const bearers = renamed.filter((e) => e.type === 'person' && e.name.includes(' '));
  for (const field of ['title', 'body'] as const) {
    const text = fields[field];
    for (const m of text.matchAll(CAPITALISED_WORD)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (heldIn[field](start, end)) continue;
      const of = bearers.filter((p) => isFormOf(m[0], p.name.slice(p.name.lastIndexOf(' ') + 1)));
      // One person of that surname: two (a father and a son) leave the word unread.
      if (of.length > 0 && of.every((p) => p.id === of[0]!.id))
        renamed.push({ ...of[0]!, mentions: [{ field, start, end, text: m[0] }] });
    }
  }
  return renamed.every((e, i) => e === entities[i]) && renamed.length === entities.length
    ? entities
    : joinedById(renamed);
}
