import { localNameEntries, localPhraseRoot, type PhraseNode } from '../countries/gazetteer.js';
import { inflectedCountryNamed } from '../countries/inflected-names.js';
import { polishNominatives } from '../countries/polish-cases.js';
import { SCRIPT_LANGUAGES, scriptKey } from '../countries/script-key.js';
import type { Entity, Mention } from '../schema.js';
import { lazyPattern, lazyPatternOf } from '../text/lazy-pattern.js';
import { isUpperInitial } from '../text/letters.js';
import { ACRONYM_WITH_SMALL_WORD } from './acronym-shapes.js';
import { withoutArabicParticle } from './chunk.js';
import { withDeclinedNames } from './declined-names.js';
import { joinEntities, joinedById } from './join-entities.js';
import { FAMILY_NAMES_FIRST, GAZETTEER, isGivenName, isKnownSurname } from './lexicon.js';
import { bodyNamedInOtherLanguage, seatNamedInOtherLanguage } from './local-bodies.js';
import { isLocalCalendarWord, localPersonName, opensWithLocalTitle } from './local-person-words.js';
import { englishPlace, localPlace, readsAsEnglish, rescoredEntities, shownName } from './local-places.js';
import { opensWithHonorific, otherLanguagePersonName } from './local-runs.js';
import { namesInText } from './local-text-names.js';
import { newsmakerNamed } from './newsmakers.js';
import { isSecondHalfOfInitials, withPairedInitials } from './paired-initials.js';
import { countryPlace, isCountryPlaceId, namedPlace, slug } from './places.js';
import { isRoyalByGivenNames } from './royal-given-names.js';
import { personAfterTitle } from './title-held-names.js';

/** Acronyms read the same in any language: "AFP", "NATO", "G7". */
const ACRONYM = lazyPatternOf('^[\\p{Lu}\\d&]{2,8}$', 'u');

/**
 * The recogniser reads English. In an article in another language, what it finds that holds in any
 * language is kept: people's full names, places the gazetteers resolve to an ISO or GeoNames id, and
 * organisations written as acronyms or known by name. Its other guesses ("La France" an organisation,
 * "Le" a name) would be invented English tags.
 */
export function languageNeutralEntities(
  entities: Entity[],
  language: string,
  fields: { readonly title: string; readonly body: string },
): Entity[] {
  if (readsAsEnglish(language)) return entities;
  const lang = language.slice(0, 2).toLowerCase();
  const root = localPhraseRoot(lang);
  const kept: Entity[] = [];
  // Where each id stands in `kept`: a country read from a "person" joins the entity of that country.
  const at = new Map<string, number>();
  const keep = (entity: Entity) => {
    const index = at.get(entity.id);
    if (index === undefined) {
      at.set(entity.id, kept.length);
      kept.push(entity);
    } else kept[index] = joinEntities(kept[index]!, entity);
  };
  // "Mme Hélène Carrier", typed a body by the English recogniser ("Mme" is no English title), is a person.
  // "Menteri Perdagangan Budi Santoso di Jakarta", typed a thing by the English recogniser: an Indonesian or
  // Malay title opens a person's name.
  const typed = entities.map((e) =>
    e.type !== 'person' &&
    (opensWithHonorific(e.name, lang) || (e.type !== 'place' && opensWithLocalTitle(e.name, lang)))
      ? { ...e, type: 'person' as const }
      : e,
  );
  const context = { ...fields, people: typed.filter((e) => e.type === 'person') };
  for (const read of typed) {
    if (isSecondHalfOfInitials(read, fields) || isLocalCalendarWord(read.name, lang)) continue;
    // "Mannschaft von Trainer Vincent Kompany der Titel": a thing the English reading made of a longer run.
    const held = personAfterTitle(read);
    if (held) {
      keep(held);
      continue;
    }
    const entity =
      read.type !== 'person'
        ? withPairedInitials(read, fields)
        : lang === 'id' || lang === 'ms'
          ? localPersonName(read, lang, fields)
          : otherLanguagePersonName(read, lang, context);
    if (!entity) continue;
    // "la Maison Blanche", "das Wei\u00dfe Haus": a seat of government, the place an English story names.
    const seat = entity.type !== 'place' ? seatNamed(entity.name) : undefined;
    if (seat) {
      const mentions = entity.mentions.filter((m) => seatNamed(m.text) === seat).map(withoutLeadingArticle);
      if (mentions.length > 0) {
        keep({ ...entity, id: namedPlace(seat).id, name: seat, type: 'place', mentions });
        continue;
      }
    }
    // "Wien", "Den Haag", "Roma" read as a name or a body: a city named in the article's language is
    // that city, with the GeoNames id its English name has.
    const bare = withoutParticles(entity.name);
    const local =
      entity.type !== 'place'
        ? (localPlace(bare, root) ?? englishPlace(bare) ?? (lang === 'pl' ? declinedCity(bare) : undefined))
        : undefined;
    if (local?.kind === 'city' && local.place?.geonamesId) {
      keep({
        ...entity,
        id: `place:geonames:${local.place.geonamesId}`,
        name: shownName(local.place),
        type: 'place',
        mentions: entity.mentions.map(withoutLeadingParticles),
      });
      continue;
    }
    // "Estados Unidos", "X. Canadá" read as people's names, "EUA", "США", "EE.UU." as bodies by the English
    // recogniser: a country named in the article's language is that country.
    const code =
      local?.kind === 'name'
        ? local.code
        : (scriptCountryNamed(entity.name, lang) ?? inflectedCountryNamed(bare, lang));
    if (code && (entity.type === 'person' || entity.type === 'organization')) {
      const place = countryPlace(code);
      keep({ ...entity, id: place.id, name: place.name, type: 'place' });
      continue;
    }
    // "Der Bundestag", "União Europeia", "OTAN": a body the other language's press names its own way.
    const body = entity.type !== 'place' ? bodyNamed(entity.name) : undefined;
    // ("En Italia … Forza Italia": the English reading joined a country's name to the party's as its last
    // word; only the mentions that name the body are the body's, and the country is read from the text.)
    const bodyMentions = body ? entity.mentions.filter((m) => bodyNamed(m.text) === body) : [];
    if (body && bodyMentions.length > 0) {
      keep({
        ...entity,
        id: `organization:${slug(body)}`,
        name: body,
        type: 'organization',
        mentions: bodyMentions.map(withoutLeadingArticle),
      });
      continue;
    }
    if (entity.type === 'person') {
      // "X. Canadá", "Auch Spanien" (a capitalised sentence opener): no given name before a country
      // named in the article's language; the country is read from the text by the country stage.
      const first = entity.name.split(' ')[0] ?? '';
      if ((isUpperInitial(first) || !isGivenName(first)) && localPlace(lastWord(entity.name), root)) continue;
    }
    // "Putin" alone after a cut opener ("Seg\u00fan Putin"), "Wladimir Putin": a listed newsmaker, with the
    // id and name an English story gives (a spelling with the same id, "Pedro S\u00e1nchez", stays as written).
    const listed = entity.type === 'person' ? newsmakerNamed(entity.name) : undefined;
    if (listed && slug(listed) !== slug(entity.name)) {
      keep({ ...entity, id: `person:${slug(listed)}`, name: listed });
      continue;
    }
    // "M. Doucet" with no full name in the article: the person of that surname, as "Mr. Doucet" is in English.
    const honoured = entity.type === 'person' && entity !== read && opensWithHonorific(read.name, lang);
    if (!honoured && !holdsInAnyLanguage(entity) && !isRoyalByGivenNames(entity, fields)) continue;
    if (entity.type === 'person') keep(withoutTitle(entity));
    else if (entity.type === 'place') keep(inMixedCase(entity, root));
    else keep(entity);
  }
  return withNamesOfTheLanguage(kept, lang, fields);
}

/**
 * The entities with what the English recogniser cannot read in `lang`: people's declined names
 * (declined-names.ts) and bodies and newsmakers named in the text as the language writes them
 * (local-text-names.ts); saliences scored again when anything moved.
 */
function withNamesOfTheLanguage(
  kept: readonly Entity[],
  lang: string,
  fields: { readonly title: string; readonly body: string },
): Entity[] {
  const declined = withDeclinedNames(kept, lang, fields);
  const held = declined.flatMap((e) => e.mentions);
  const found = namesInText(lang, fields, held, new Set(declined.map((e) => e.id)));
  if (found.length === 0 && declined === kept) return kept as Entity[];
  return rescoredEntities(joinedById([...declined, ...found]));
}

/**
 * A listed newsmaker with the language's title glued before the name ("Presiden Prabowo Subianto",
 * "Cumhurbaşkanı Recep Tayyip Erdoğan", "Pangulong Marcos" aside: no full name): the newsmaker, with the
 * id the English story gives, and mentions without the title.
 */
function withoutTitle(entity: Entity): Entity {
  const words = entity.name.split(' ');
  if (newsmakerNamed(entity.name)) return withoutTitleWord(entity);
  if (words.length < 3) return entity;
  const rest = words.slice(1).join(' ');
  const listed = newsmakerNamed(rest);
  if (!listed) return entity;
  const cut = words[0]!.length + 1;
  return {
    ...entity,
    id: `person:${slug(listed)}`,
    name: listed,
    mentions: entity.mentions.map((m) =>
      m.text.startsWith(`${words[0]} `) ? { ...m, start: m.start + cut, text: m.text.slice(cut) } : m,
    ),
  };
}

const WHITE_SPACE = /\s/;
const WHITE_SPACE_RUNS = /\s+/g;

/**
 * A listed newsmaker whose id and name a longer form already gave ("Presiden Joko Widodo" is Joko Widodo, person-ids.ts
 * reads a word before a listed name as a middle name or an honorific): the mentions without the title word glued
 * before the name, also across a line break ("Presiden Joko\nWidodo").
 */
function withoutTitleWord(entity: Entity): Entity {
  let changed = false;
  const mentions = entity.mentions.map((m) => {
    const gap = WHITE_SPACE.exec(m.text);
    if (gap === null) return m;
    const rest = m.text.slice(gap.index + 1);
    if (rest.replace(WHITE_SPACE_RUNS, ' ') !== entity.name) return m;
    changed = true;
    return { ...m, start: m.start + gap.index + 1, text: rest };
  });
  return changed ? { ...entity, mentions } : entity;
}

/** Country names of the languages `script-names.ts` reads, by `scriptKey`, built on first use. */
const SCRIPT_NAMES = new Map<string, ReadonlyMap<string, string>>();

/** The country a whole name is in a language not written in Latin script ("США", "مصر"). */
function scriptCountryNamed(name: string, lang: string): string | undefined {
  if (!SCRIPT_LANGUAGES.has(lang)) return undefined;
  let names = SCRIPT_NAMES.get(lang);
  if (!names) {
    names = new Map(localNameEntries(lang));
    SCRIPT_NAMES.set(lang, names);
  }
  return names.get(scriptKey(name));
}

/** "di Milano", "de Bruxelles": a run the recogniser opened with a lower-case particle, without it. */
const LEADING_PARTICLES = lazyPattern(() => /^(?:\p{Ll}+\s+)+/u);

function withoutParticles(name: string): string {
  return name.replace(LEADING_PARTICLES, '');
}

function withoutLeadingParticles(m: Mention): Mention {
  const cut = LEADING_PARTICLES.exec(m.text)?.[0].length ?? 0;
  return cut ? { ...m, start: m.start + cut, text: m.text.slice(cut) } : m;
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** A place the recogniser kept as a dateline wrote it ("CIUDAD DE M\u00c9XICO"), named as the gazetteer names it. */
function inMixedCase(entity: Entity, root: PhraseNode): Entity {
  const place = (localPlace(entity.name, root) ?? englishPlace(entity.name))?.place;
  const name = place ? shownName(place) : entity.name;
  return name === entity.name ? entity : { ...entity, name };
}

/** The English name of a body named in another language, its article aside ("Der Bundestag"). */
/** "w Gdańsku", "w Berlinie": a Polish case form of a big city whose Polish name is its English one. */
function declinedCity(name: string): ReturnType<typeof englishPlace> {
  for (const nominative of polishNominatives(name)) {
    const entry = englishPlace(nominative);
    if (entry?.kind === 'city') return entry;
  }
  return undefined;
}

function seatNamed(name: string): string | undefined {
  const lower = withoutElidedArticle(name.toLowerCase());
  const space = lower.indexOf(' ');
  const first = lower.slice(0, space);
  return seatNamedInOtherLanguage(space > 0 && ARTICLES.has(first) ? lower.slice(space + 1) : lower);
}

function bodyNamed(name: string): string | undefined {
  const lower = withoutElidedArticle(name.toLowerCase());
  const space = lower.indexOf(' ');
  if (space < 0) return bodyNamedInOtherLanguage(lower);
  const first = lower.slice(0, space);
  return bodyNamedInOtherLanguage(ARTICLES.has(first) ? lower.slice(space + 1) : lower);
}

/** "l'ONU", "l’OTAN": the French and Italian article elided before a vowel. */
function withoutElidedArticle(lower: string): string {
  const c = lower.charCodeAt(1);
  return lower.charCodeAt(0) === 108 /* l */ && (c === 39 || c === 0x2019) ? lower.slice(2) : lower;
}

function withoutLeadingArticle(m: Mention): Mention {
  const c = m.text.charCodeAt(1);
  if ((m.text.charCodeAt(0) | 32) === 108 && (c === 39 || c === 0x2019))
    return { ...m, start: m.start + 2, text: m.text.slice(2) };
  const space = m.text.indexOf(' ');
  if (space < 0 || !ARTICLES.has(m.text.slice(0, space).toLowerCase())) return m;
  return { ...m, start: m.start + space + 1, text: m.text.slice(space + 1) };
}

function holdsInAnyLanguage(entity: Entity): boolean {
  switch (entity.type) {
    case 'person':
      return looksLikePersonName(entity.name);
    case 'place':
      return isCountryPlaceId(entity.id) || entity.id.startsWith('place:geonames:');
    case 'organization':
      return (
        ACRONYM.test(entity.name) ||
        ACRONYM_WITH_SMALL_WORD.test(entity.name) ||
        GAZETTEER.get(entity.name.toLowerCase())?.kind === 'organization' ||
        // "Bank Indonesia (BI)", "Türkiye Cumhuriyet Merkez Bankası (TCMB)": a body the text names by its
        // acronym as well (merge.ts joined the bracketed acronym to it) is a name in any language.
        entity.mentions.some((m) => ACRONYM.test(m.text))
      );
    default:
      return false;
  }
}

// Articles of the languages the detector reads: a run opening with one names a thing, not a person.
const ARTICLES = new Set(
  'el la lo los las le les l un una une der die das den dem des ein eine il gli i het de een o os as a'.split(
    ' ',
  ),
);

/**
 * A full name: not opening with an article ("El Consejo de Ministros", "Die Grünen"), and either one the
 * name lists vouch for — a known given name first ("Pedro Sánchez"), a family name that comes first
 * ("Xi Jinping"), a known surname last — or made of capitalised words only.
 */
function looksLikePersonName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (ARTICLES.has(first.toLowerCase())) return false;
  // "Bashar al-Assad", "Mohammed bin Salman": a newsmaker, or a known surname after the Arabic article.
  const known =
    isGivenName(first) ||
    FAMILY_NAMES_FIRST.has(first) ||
    isKnownSurname(withoutArabicParticle(last)) ||
    GAZETTEER.get(name.toLowerCase())?.kind === 'person' ||
    newsmakerNamed(name) !== undefined;
  // Unknown names pass only as plain capitalised words ("Annalena Baerbock"); with a particle inside
  // ("Consejo de Ministros") they are as likely an institution.
  return known || words.every((word) => word[0] !== word[0]?.toLowerCase());
}
