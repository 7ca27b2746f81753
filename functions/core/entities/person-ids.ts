import type { Entity } from '../schema.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { joinedById } from './join-entities.js';
import { nameFormKey } from './name-forms.js';
import { fitsListedOffice } from './newsmaker-titles.js';
import { newsmakerNamed, newsmakerRomanised, newsmakersOfSurname } from './newsmakers.js';
import { slug } from './places.js';
import { oneRomanisation } from './romanised-given-names.js';

/** "H.", "R": one capital, a middle initial (not the X of "Malcolm X."). */
const MIDDLE_INITIAL = /^[A-WYZ]\.?$/;
/** "Jr.", "Sr.", "III": a generational suffix, which tells a son from his father. */
const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** Whether a name's word is a generational suffix ("Jr.", "Sr", "III"). */
export const isGenerationSuffix = (word: string): boolean => GENERATION.test(word);
/** "Pardo", "Indrawati": a name word (a capital, then lower-case letters, hyphens or apostrophes). */
const NAME_WORD = lazyPattern(() => /^\p{Lu}[\p{Ll}'\u2019-]+$/u);
/** An initial and the space before another initial: "C. " of "C. C. Wei", closed up as "C.C. Wei" writes it. */
const SPACED_INITIAL = /\b([A-Z]\.) (?=[A-Z]\.(?: |$))/g;
/** How far before a surname its title is read ("Australian Prime Minister "). */
const TITLE_WINDOW = 48;

/**
 * A person's name as the ids of other articles write it: its one middle initial left out ("Jerome H. Powell",
 * "John G. Roberts Jr." of AP and New York Times style are Jerome Powell, John Roberts Jr.), and a
 * generational suffix after that initial with it, unless the name without it is a listed newsmaker's ("Donald
 * J. Trump Jr." is not Donald Trump): a name written with its middle initial is a paper's formal full form, the
 * rest of the news drops both. Undefined when the name has no one middle initial between a given name and a
 * surname ("George H. W. Bush", "C.C. Wei", "J.D. Vance" keep theirs).
 */
export function plainPersonName(words: readonly string[]): string | undefined {
  if (words.length < 3 || !NAME_WORD.test(words[0]!)) return undefined;
  let at = -1;
  for (let i = 1; i < words.length - 1; i++)
    if (MIDDLE_INITIAL.test(words[i]!)) {
      if (at >= 0) return undefined;
      at = i;
    }
  if (at < 0 || !NAME_WORD.test(words[at + 1]!)) return undefined;
  const plain = words.filter((_, i) => i !== at);
  const last = plain[plain.length - 1]!;
  if (!GENERATION.test(last) || plain.length < 3) return plain.join(' ');
  const withoutSuffix = plain.slice(0, -1).join(' ').replace(/,$/, '');
  return newsmakerNamed(withoutSuffix) === undefined ? withoutSuffix : plain.join(' ');
}

/**
 * The listed newsmaker a person's longer form names: with a middle initial ("Elon R. Musk"), a listed full name
 * followed by one more surname ("Claudia Sheinbaum Pardo", a second family name), or with middle names
 * ("Narendra Damodardas Modi"); no suffix ("Donald Trump Jr." is his son).
 */
function listedOfLongerForm(words: readonly string[], plain: string | undefined): string | undefined {
  if (plain !== undefined) {
    const listed = newsmakerNamed(plain);
    if (listed !== undefined) return listed;
  }
  if (words.length < 3 || !NAME_WORD.test(words[words.length - 1]!)) return undefined;
  const listed = newsmakerNamed(words.slice(0, -1).join(' '));
  if (listed?.includes(' ')) return listed;
  // "Narendra Damodardas Modi", "Bola Ahmed Tinubu", "Matamela Cyril Ramaphosa", "Asiwaju Bola Ahmed Tinubu": a
  // listed full name with the middle names (or the honorific or first name before it) that the rest of the news
  // leaves out; one of the name's words and its surname are the listed name (wild59: two ids in one article).
  const surname = words[words.length - 1]!;
  if (!words.every((w) => NAME_WORD.test(w))) return undefined;
  for (let i = 0; i < words.length - 1; i++) {
    const inner = newsmakerNamed(`${words[i]} ${surname}`);
    if (inner?.includes(' ')) return inner;
  }
  return undefined;
}

/**
 * The one listed newsmaker whose office a title before a mention of a surname alone names ("Prime Minister
 * Albanese", "Fed Chair Powell", "BoE Governor Bailey", "Premier Li"): the surnames newsmakers.ts leaves out
 * as common are that person under their own title. Undefined when no mention has such a title or two listed
 * people fit.
 */
function listedByTitle(entity: Entity, texts: { readonly title: string; readonly body: string }) {
  const bearers = newsmakersOfSurname(entity.name);
  if (bearers.length === 0) return undefined;
  let found: string | undefined;
  for (const m of entity.mentions) {
    const text = texts[m.field];
    const before = text.slice(Math.max(0, m.start - TITLE_WINDOW), m.start);
    for (const listed of bearers) {
      if (!fitsListedOffice(listed, before)) continue;
      if (found !== undefined && found !== listed) return undefined;
      found = listed;
    }
  }
  return found;
}

/**
 * People's ids as every article gives them (docs/entities.md, "Person ids"): a listed newsmaker's by a longer
 * form or by a surname under the office's title, a name without its middle initial otherwise. Entities that
 * come to share an id are joined (a listed person's name kept).
 */
export function withPersonIds(
  entities: readonly Entity[],
  texts: { readonly title: string; readonly body: string },
): Entity[] {
  let changed = false;
  const out = entities.map((entity) => {
    if (entity.type !== 'person') return entity;
    // Spaced initials are the name closed ones write: "C. C. Wei" is "C.C. Wei", "George H. W. Bush".
    const name = entity.name.replace(SPACED_INITIAL, '$1');
    // "Muhammad bin Salman", "Ahmad Al-Sharaa": a listed newsmaker romanised otherwise has the list's id and name.
    const romanised = newsmakerNamed(name) === undefined ? newsmakerRomanised(name) : undefined;
    if (romanised !== undefined) {
      changed = true;
      return { ...entity, id: `person:${slug(romanised)}`, name: romanised };
    }
    const words = name.split(' ');
    if (words.length === 2 || newsmakerNamed(name) !== undefined) {
      if (name === entity.name) return entity;
      changed = true;
      return { ...entity, id: `person:${slug(name)}` };
    }
    const plain = plainPersonName(words);
    const listed = words.length === 1 ? listedByTitle(entity, texts) : listedOfLongerForm(words, plain);
    if (listed !== undefined) {
      changed = true;
      return { ...entity, id: `person:${slug(listed)}`, name: listed };
    }
    if (plain === undefined && name === entity.name) return entity;
    const id = `person:${slug(plain ?? name)}`;
    if (id === entity.id) return entity;
    changed = true;
    return { ...entity, id };
  });
  // "Ahmad Khalil … Ahmed Khalil": one person of the article romanised two ways has the first's id.
  if (sameRomanisedIds(out)) changed = true;
  if (!changed) return out;
  return joinedById(out);
}

/**
 * Gives each person whose name differs from an earlier person's only by the romanisation of an Arabic given name or
 * article (romanised-given-names.ts) the earlier one's id, in place; whether any changed.
 */
function sameRomanisedIds(entities: Entity[]): boolean {
  let idOf: Map<string, string> | undefined;
  let changed = false;
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i]!;
    if (entity.type !== 'person') continue;
    const key = oneRomanisation(nameFormKey(entity.name));
    idOf ??= new Map();
    const id = idOf.get(key);
    if (id === undefined) idOf.set(key, entity.id);
    else if (id !== entity.id) {
      entities[i] = { ...entity, id };
      changed = true;
    }
  }
  return changed;
}
