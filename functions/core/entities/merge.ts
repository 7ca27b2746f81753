import { lookupPhrase, lookupPlace } from '../countries/gazetteer.js';
import { keyOf } from '../countries/normalize.js';
import type { Entity, EntityType, Mention } from '../schema.js';
import { codeUnitAt, foldedLetters, lowerCased, withoutMarks } from '../text/chars.js';
import { compareMentionPlaces, compareText } from '../text/compare.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { hasLower, letterPattern, startsUpper } from '../text/letters.js';
import { sortInPlace } from '../text/sort.js';
import { withoutArabicParticle } from './chunk.js';
import type { Candidate } from './classify.js';
import { isFirmsOwnBank } from './firm-bank.js';
import { isNamedAsRelative, namesFamily } from './kin.js';
import { homeCompanyNamed } from './kind-cues.js';
import { knownBodyNamed } from './known-bodies.js';
import { isLegalFormWord, withoutLegalForm } from './legal-form.js';
import {
  countryAdjective,
  GAZETTEER,
  isGivenName,
  isLowerWord,
  NAME_PARTICLES,
  ORG_HEADS,
  titleCase,
} from './lexicon.js';
import {
  blendKey,
  blendKeysOf,
  initialsAfterAbbreviation,
  initialsOf,
  initialsOfHyphenedParts,
  isBlendOf,
} from './name-forms.js';
import { newsmakerNamed } from './newsmakers.js';
import { isGenerationSuffix } from './person-ids.js';
import { countryPlace, namedPlace, slug } from './places.js';
import { plainPlaceName } from './romanised-names.js';
import { entityScore, salienceOf } from './salience.js';
import { CONTINENTS } from './typing/place-cues.js';
import { LABEL_END } from './typing/transcripts.js';

interface Group {
  id: string;
  name: string;
  type: EntityType;
  mentions: Mention[];
  /** The words of the form that made the group; a headline's capitals give way to the body's mixed case. */
  words: readonly string[];
  /** A person's words as a single-name mention matches them (`bareName`); undefined for initials. */
  bare: (string | undefined)[] | undefined;
  /** A country's body read from its possessive: its words without the country's adjective ("Foreign Ministry"). */
  ownWords: readonly string[] | undefined;
  firstOffset: number;
  inTitle: boolean;
  /** Index (in reading order) of the group's latest mention so far, while mentions are assigned. */
  last: number;
  /** Where the body first names the group by the form that made it (infinity if only the title does). */
  bornInBody: number;
  /** Introduced as someone's relative ("his son Eric Trump"): asked only of people who share a surname. */
  relative: boolean | undefined;
  /** Named in capitals in a sentence of mixed case ("singer JJ"): the name is written so, no headline's capitals. */
  capitalsInProse: boolean | undefined;
}

/**
 * "BLITZER: Breaking news …", "NICK ROBINSON: The chancellor …": a transcript's label opening a line before
 * its colon writes the speaker in capitals as a label, not as the name is spelled ("singer JJ" is).
 */
function isSpeakerLabel(c: Candidate, body: string | undefined): boolean {
  if (c.field !== 'body' || body === undefined) return false;
  for (let i = c.start - 1; i >= 0 && body.charCodeAt(i) !== 10; i--)
    if (body.charCodeAt(i) !== 32 && body.charCodeAt(i) !== 9) return false;
  return LABEL_END.test(body.slice(c.end, c.end + 44));
}

/** One distinct form (type and text) of the article's candidates, and the group it joins. */
interface Form {
  readonly candidate: Candidate;
  /** The candidate's text with its white space as single spaces (`display`), made once per form. */
  readonly shown: string;
  group: Group | undefined;
  /** Two or more full names the form may be short for ("Reiner" of Rob and of Carl Reiner): each mention takes the nearest before it. */
  choices: Group[] | undefined;
  /** Where the body first and second writes the form (infinity if it does not). */
  firstInBody: number;
  secondInBody: number;
}

const INITIALS = letterPattern(String.raw`^(?:\p{Lu}\.){1,3}$`);
const WHITE_SPACE_RUN = /\s+/g;
/** The text with each run of white space as one space; most names have single spaces only, kept as they are. */
function display(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = codeUnitAt(text, i);
    // White space other than a lone space is a control character or beyond ASCII: the regex rewrites it.
    if (c === 32 ? codeUnitAt(text, i + 1) === 32 : c < 32 || c > 126)
      return text.replace(WHITE_SPACE_RUN, ' ');
  }
  return text;
}
/**
 * The name a list gives, unless it only writes the article's words in another case: a brand list's
 * "NVIDIA" is "Nvidia" where the article writes it so (a name in capitals keeps the list's case).
 */
const canonicalOf = (c: Candidate, written: string): string | undefined => {
  if (c.canonical === undefined) return undefined;
  return written.toLowerCase() === c.canonical.toLowerCase() && !isCapitals(written) ? written : c.canonical;
};
const LETTERS = lazyPattern(() => /\p{L}/u);
/** Has a letter and no lower-case one; printable ASCII is read here, anything else by the regex and ICU. */
function isCapitals(name: string): boolean {
  let letter = false;
  for (let i = 0; i < name.length; i++) {
    const c = codeUnitAt(name, i);
    if (c < 32 || c > 126) return LETTERS.test(name) && name === name.toUpperCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letter = true;
  }
  return letter;
}
/** A place named only on a line in capitals (a dateline: "LUSAIL, Qatar") is shown as a name is written. */
const placeDisplay = (c: Candidate, shown: string) =>
  c.caseless || isCapitals(shown)
    ? shown
        .split(' ')
        .map((w) => (w.length > 1 ? titleCase(w) : w))
        .join(' ')
    : shown;

/**
 * Merges the mentions of one thing inside an article: a person's single name joins the full name that
 * contains it ("Trump" → Donald Trump, "Han" → Han Zheng), an organisation's shorter or abbreviated form
 * joins the full one ("the Foreign Ministry" → Chinese Foreign Ministry, "WHO"), and places share an id by
 * country code. The entity's name is its most complete form.
 */
const WEATHER_SYSTEMS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone']);

/** "Hurricane Melissa", "Tropical Storm Erin", "Typhoon Ragasa": a weather system's word, then its name. */
function isStormName(words: readonly string[]): boolean {
  return words.length >= 2 && WEATHER_SYSTEMS.has(lowerCased(words[words.length - 2]!));
}

/**
 * One article's groups while its distinct forms join them, with the indexes that look them up: one object made
 * once per article, every property set at its making. The steps below are functions of their own, not closures
 * of one function: V8 compiled the one function of 600 lines (and recompiled it after each deoptimisation of any
 * of its branches) more slowly than a first pass over new articles ran it.
 */
interface Merging {
  /** The body's text, read only where two people of the article share a surname. */
  readonly body: string | undefined;
  /** Each distinct form by type and text. */
  readonly forms: Map<string, Map<string, Form>>;
  readonly groups: Map<string, Group>;
  readonly persons: Group[];
  readonly orgs: Group[];
  // The places, by their first word: a one-word place is compared with those it may shorten ("Aegean" of
  // "Aegean Sea", "Rio" of "Rio de Janeiro"), not with every group of the article.
  readonly places: Group[];
  // "Hurricane Melissa", "Tropical Storm Erin": named storms, whose name alone later is the storm.
  readonly storms: Group[];
  // Names of two words typed `other` ("Paris Hilton": a city's name before a firm's), which a person's surname
  // alone may show to be a person.
  readonly pairs: Group[];
  // Every pair made, also those since retyped a person or firm (no longer `other`, out of `pairs`): looked up
  // by words as the organisations are (a page of thousands of distinct "<Name> Cup" events read them all
  // for each one-word name), each search keeping those still pairs, in the order of `pairs`.
  readonly pairsMade: Group[];
  // Names of three words or more typed `other`, whose initials a firm's acronym may spell.
  readonly longThings: Group[];
  // Each single name is compared with the people and organisations of the article: a long page names
  // thousands, so they are looked up by their names' words instead of read one by one.
  readonly peopleByWord: GroupsByWord;
  readonly peopleByLastWord: GroupsByWord;
  readonly peopleByLowerWord: GroupsByWord;
  readonly orgsByWord: GroupsByWord;
  readonly orgsByInitials: GroupsByWord;
  // A name of two words or more is the short form only of organisations whose name (or its name without the
  // legal form) holds its first word in some case (`isShortForm`): a page of thousands of distinct firms
  // compared each firm's name with every other.
  readonly orgsByLowerWord: GroupsByWord;
  // The organisations a word may be blended of or run together from: thousands of one-word firms were each
  // compared with every other.
  readonly orgsByBlend: GroupsByWord;
  readonly orgsByRunTogether: GroupsByWord;
  readonly pairsBySecondWord: GroupsByWord;
  readonly pairsByBlend: GroupsByWord;
  readonly pairsByRunTogether: GroupsByWord;
  readonly placesByFirstWord: GroupsByWord;
  /** Whether a generational suffix tells two people apart here: only where the body speaks of family. */
  readonly suffixTellsApart: () => boolean;
  /** A group's words changed: every index above is made anew at its next look-up. */
  readonly wordsReplaced: () => void;
  /** "Business Unity South Africa (Busa)": the alias's words, in any reading, name the full name's group. */
  aliasOf: Map<string, Form> | undefined;
  // 'Jorge "Tuto" Quiroga': a person's quoted nickname (its words), made only when an article has one.
  nicknames: Map<string, Group> | undefined;
  // Bodies named by a country and their function ("Chinese Foreign Ministry"), made only when an article has one.
  ownerGroups: Set<Group> | undefined;
}

function merging(forms: Map<string, Map<string, Form>>, body: string | undefined): Merging {
  let familyNamed: boolean | undefined;
  const persons: Group[] = [];
  const orgs: Group[] = [];
  const places: Group[] = [];
  const pairsMade: Group[] = [];
  const peopleByWord = new GroupsByWord(persons, bareKeys);
  const peopleByLastWord = new GroupsByWord(persons, lastBareKey);
  const peopleByLowerWord = new GroupsByWord(persons, lowerWordsKeys);
  const orgsByWord = new GroupsByWord(orgs, wordKeys);
  const orgsByInitials = new GroupsByWord(orgs, initialsKeys);
  const orgsByLowerWord = new GroupsByWord(orgs, lowerWordKeys);
  const orgsByBlend = new GroupsByWord(orgs, blendKeys);
  const orgsByRunTogether = new GroupsByWord(orgs, runTogetherKeys);
  const pairsBySecondWord = new GroupsByWord(pairsMade, secondWordKey);
  const pairsByBlend = new GroupsByWord(pairsMade, blendKeys);
  const pairsByRunTogether = new GroupsByWord(pairsMade, runTogetherKeys);
  const placesByFirstWord = new GroupsByWord(places, firstLowerKey);
  // The indexes keyed by groups' words, made anew together when a group's words change (`wordsReplaced`).
  const indexes = [
    peopleByWord,
    peopleByLastWord,
    peopleByLowerWord,
    orgsByWord,
    orgsByInitials,
    orgsByLowerWord,
    orgsByBlend,
    orgsByRunTogether,
    pairsBySecondWord,
    pairsByBlend,
    pairsByRunTogether,
    placesByFirstWord,
  ];
  return {
    body,
    forms,
    groups: new Map(),
    persons,
    orgs,
    places,
    storms: [],
    pairs: [],
    pairsMade,
    longThings: [],
    peopleByWord,
    peopleByLastWord,
    peopleByLowerWord,
    orgsByWord,
    orgsByInitials,
    orgsByLowerWord,
    orgsByBlend,
    orgsByRunTogether,
    pairsBySecondWord,
    pairsByBlend,
    pairsByRunTogether,
    placesByFirstWord,
    suffixTellsApart: () => (familyNamed ??= body !== undefined && namesFamily(body)),
    wordsReplaced: () => {
      for (const index of indexes) index.wordsReplaced();
    },
    aliasOf: undefined,
    nicknames: undefined,
    ownerGroups: undefined,
  };
}

/**
 * The first person a name of two words or more is part of (`containsName`): each of its words meets one of
 * the person's words as written or in another case (those whose words hold it in lower case) or by their
 * bare forms (`peopleByWord`). Its first or its last word is looked up, whichever fewer people hold (a
 * given name many share, a surname few); of the two lists' first, the one made first.
 */
function personHolding(s: Merging, words: readonly string[]): Group | undefined {
  const matches = (g: Group) => containsName(g, words, undefined, s.suffixTellsApart);
  let byCase = s.peopleByLowerWord.withWord(lowerCased(words[0]!));
  let byBare = s.peopleByWord.withWord(bareName(words[0]!));
  const last = words[words.length - 1]!;
  const lastByCase = s.peopleByLowerWord.withWord(lowerCased(last));
  const lastByBare = s.peopleByWord.withWord(bareName(last));
  if (lastByCase.length + lastByBare.length < byCase.length + byBare.length) {
    byCase = lastByCase;
    byBare = lastByBare;
  }
  const first = byCase.find(matches);
  if (byBare === byCase) return first;
  const other = byBare.find(matches);
  if (first === undefined || other === undefined || first === other) return first ?? other;
  return s.peopleByLowerWord.positionOf(first) < s.peopleByLowerWord.positionOf(other) ? first : other;
}

/** The organisations a search for one word need read: those whose name holds it. */
const orgsWith = (s: Merging, word: string) => s.orgsByWord.withWord(word);

/** The organisations a name of two words or more may be a short form of (a superset, in their order). */
const orgsOpenedBy = (s: Merging, words: readonly string[]) =>
  words.length === 0 ? s.orgs : s.orgsByLowerWord.withWord(lowerCased(words[0]!));

/**
 * The organisations a word may be initials of: a page of thousands of distinct bodies and acronyms compared
 * each acronym with every body. A word in capitals or joined by "&" (`mayBeInitials`) and no other.
 */
const orgsOfInitials = (s: Merging, word: string) =>
  CAPITALS_ONLY.test(word) && !AMPERSAND_INITIALS.test(word)
    ? s.orgsByInitials.withWord(sortedLetters(word))
    : s.orgs;

const isPair = (g: Group) => g.type === 'other';

/** The pair ending in `c`'s one word that the body names before `before`, made a person; undefined if none. */
function personOfPair(s: Merging, c: Candidate, before: number, cityFirst: boolean): Group | undefined {
  if (c.words.length !== 1 || s.pairs.length === 0) return undefined;
  const pair = s.pairsBySecondWord.withWord(c.words[0]!).find(
    (g) =>
      isPair(g) &&
      g.words[1] === c.words[0] &&
      g.bornInBody < before &&
      !s.groups.has(`person:${slug(g.name)}`) &&
      // A city's name ("Paris") or, for a person's surname, a word English does not write in lower case
      // ("Joss Stone", not "Senate Reagan", "Mini Cooper", "Pacific Bell").
      (lookupPlace(g.words[0]!)?.kind === 'city' ||
        (!cityFirst && !isLowerWord(lowerCased(g.words[0]!)) && !isFirmsProduct(s, g.words, g.bornInBody))) &&
      !(cityFirst && CITY_THINGS.has(lowerCased(g.words[1]!))),
  );
  if (!pair) return undefined;
  retypeThing(s, pair, 'person', `person:${slug(pair.name)}`, s.pairs, s.persons);
  return pair;
}

/** A name read as a thing that the article shows to be a person or a firm: re-keyed, re-listed. */
function retypeThing(
  s: Merging,
  thing: Group,
  type: EntityType,
  id: string,
  from: Group[],
  into: Group[],
): void {
  s.groups.delete(thing.id);
  thing.id = id;
  thing.type = type;
  s.groups.set(id, thing);
  from.splice(from.indexOf(thing), 1);
  into.push(thing);
}

/** A pair read as a thing that the article shows to be a firm. */
const pairMadeFirm = (s: Merging, pair: Group) =>
  retypeThing(s, pair, 'organization', `organization:${slug(withoutLegalForm(pair.name))}`, s.pairs, s.orgs);

/** "Mini Cooper" where the article names "Mini" alone as a firm: a name of two words opening with a firm's
 * listed brand, not initials ("JJ Vallow … JJ", read as a firm's alone, is the person). */
function isFirmsProduct(s: Merging, words: readonly string[], at: number): boolean {
  if (words.length !== 2) return false;
  // The word alone somewhere else than where the name of two words starts (where it is only a reading of
  // the name's first word).
  const alone = s.forms.get('organization')?.get(words[0]!)?.firstInBody;
  return (
    alone !== undefined &&
    alone < at &&
    Number.isFinite(alone) &&
    hasLower(words[0]!) &&
    !isGivenName(words[0]!) &&
    // A brand the lists know ("Mini"), not a given name they lack read alone as a firm ("Rasa Mazeikyte").
    GAZETTEER.get(lowerCased(words[0]!))?.kind === 'organization'
  );
}

/** A distinct form's key: its text, after its owner's code ("Kenya's Foreign Ministry … Uganda's Foreign Ministry"). */
function formKey(c: Candidate): string {
  return c.owner === undefined ? c.text : `${c.owner} ${c.text}`;
}

export function mergeAliases(
  candidates: readonly Candidate[],
  /** Mentions the text gives as another name of the mention they map to (aliases-in-text.ts). */
  aliases?: ReadonlyMap<string, Candidate>,
  /** The body's text, read only where two people of the article share a surname. */
  body?: string,
): Entity[] {
  // Mostly in reading order already (typed chunk by chunk); the sort is then skipped.
  const sorted = inReadingOrder(candidates) ? candidates : sortInPlace([...candidates], compareMentionPlaces);
  // Each distinct form (type and text) is resolved once: long articles repeat a few names many times.
  const forms = new Map<string, Map<string, Form>>();
  const distinct: Form[] = [];
  // Each sorted candidate's form, in the same order: the mention loop below reads it without look-ups.
  const formOf: Form[] = [];
  for (const c of sorted) {
    let byText = forms.get(c.type);
    if (!byText) {
      byText = new Map();
      forms.set(c.type, byText);
    }
    // "Kenya's Foreign Ministry … Uganda's Foreign Ministry": one text, two countries' bodies.
    let form = byText.get(formKey(c));
    if (!form) {
      form = {
        candidate: c,
        shown: display(c.text),
        group: undefined,
        choices: undefined,
        firstInBody: Number.POSITIVE_INFINITY,
        secondInBody: Number.POSITIVE_INFINITY,
      };
      byText.set(formKey(c), form);
      distinct.push(form);
    }
    // Candidates come mostly in reading order: a body mention after the first is the second.
    if (c.field === 'body') {
      if (c.start < form.firstInBody) {
        form.secondInBody = form.firstInBody;
        form.firstInBody = c.start;
      } else if (c.start < form.secondInBody) form.secondInBody = c.start;
    }
    formOf.push(form);
  }
  const s = merging(forms, body);
  if (aliases)
    for (const [alias, full] of aliases) {
      // ("Russia's Federal Security Service (FSB)": the name is keyed with its owner's.)
      const fullForm = forms.get(full.type)?.get(formKey(full));
      if (!fullForm) continue;
      s.aliasOf ??= new Map();
      s.aliasOf.set(alias, fullForm);
      // "World Anti-Doping Agency (Wada) … WADA": the short form in capitals is it too.
      const upper = alias.toUpperCase();
      if (!aliases.has(upper)) s.aliasOf.set(upper, fullForm);
    }
  // Longest forms first so short forms find the group they belong to.
  sortInPlace(
    distinct,
    (a, b) =>
      b.candidate.words.length - a.candidate.words.length ||
      b.candidate.text.length - a.candidate.text.length,
  );
  for (const form of distinct) joinGroup(s, form);
  joinPluralsToThings(forms);
  joinCapitalsToMixedCase(forms);
  return entitiesOf(s, sorted, formOf);
}

/** Finds or makes the group of one distinct form, and sets it on the form. */
function joinGroup(s: Merging, form: Form): void {
  const c = form.candidate;
  const shown = form.shown;
  // 'Luiz Inácio "Lula" da Silva': the quoted nickname is a name of the person too.
  const nicknamed = c.type === 'person' ? withNickname(c, shown) : undefined;
  const newsmaker =
    c.type === 'person' || c.type === 'other'
      ? (newsmakerNamed(shown) ?? (nicknamed ? newsmakerNamed(nicknamed.words.join(' ')) : undefined))
      : undefined;
  // "JD Vance" read as a name of unclear kind: a listed newsmaker is a person; "the new Mini Cooper" of an
  // article that names Mini alone as a firm is the firm's product.
  // "the Bank of England … the Bank said": a body's head word after "the" is a body, never a person.
  // "BANK RAISES RATES … The Bank said": a head word alone in a headline in capitals reads as the body's.
  const headCue =
    c.words.length === 1 &&
    (isHeadAfterThe(c, s.body) || isHeadAfterThe(capitalsHeadForm(c, s.forms), s.body));
  const headAlone = headCue && c.type !== 'organization';
  const type: EntityType = newsmaker
    ? 'person'
    : headAlone
      ? 'organization'
      : c.type === 'person' && isFirmsProduct(s, c.words, form.firstInBody)
        ? // "Nintendo Europe": the firm's unit in a place.
          lookupPlace(c.words[1]!) || GAZETTEER.get(lowerCased(c.words[1]!))?.kind === 'place'
          ? 'organization'
          : 'other'
        : (c.type as EntityType);
  // 'Joaquín "El Chapo" Guzmán … El Chapo was extradited': the nickname alone, read as anything, is the person.
  let group: Group | undefined = s.nicknames?.get(c.words.join(' ')) ?? s.aliasOf?.get(c.text)?.group;
  if (group) {
    // The nickname's mentions join the person's group below.
  } else if (type === 'person') group = personGroup(s, form, newsmaker);
  else if (type === 'organization') group = organizationGroup(s, form, headCue);
  // "in its New York Stock Exchange debut … the NYSE": an acronym of three letters or more read as a place
  // or a thing, whose letters are the initials of a body the article names in full, is that body.
  else if (
    (type === 'place' || type === 'other') &&
    c.words.length === 1 &&
    c.countryCode === undefined &&
    UPPER_WORD.test(c.words[0]!)
  )
    group = s.orgs.find((g) => g.words.length >= 3 && initialsOf(g.words) === c.words[0]);
  // "the Blue Jays" after "the Toronto Blue Jays", "Celtics" after "Boston Celtics": the end of a firm's
  // or club's name, typed as some other thing on its own, is the club.
  else if (type === 'other' && (c.words.length >= 2 || TEAM_NICKNAME.test(c.words[0]!)))
    group = (c.words.length >= 2 ? orgsOpenedBy(s, c.words) : s.orgs).find(
      (g) => g.words.length > c.words.length && isShortForm(g.words, c.words),
    );
  group ??= groupOfShortName(s, c, type, shown);
  const listed = group
    ? undefined
    : (newsmaker ?? (type === 'organization' ? knownBodyNamed(shown) : undefined));
  const id = group?.id ?? (listed ? `${type}:${slug(listed)}` : idFor(c, type, shown));
  group ??= s.groups.get(id);
  // "PORTO ALEGRE, Brazil -" then "in Porto Alegre": the name is the one written in mixed case, when it
  // is as complete ("Trump" does not rename "DONALD TRUMP").
  if (group && isCapitals(group.name) && !isCapitals(shown) && c.words.length >= group.name.split(' ').length)
    renamedInMixedCase(s, group, c, shown, nicknamed !== undefined);
  group ??= newGroup(s, form, type, id, listed, nicknamed);
  form.group = group;
  if (nicknamed && group.type === 'person') {
    s.nicknames ??= new Map();
    s.nicknames.set(nicknamed.nickname, group);
  }
}

/** The group of the article a form read as a person's name joins, if any. */
function personGroup(s: Merging, form: Form, newsmaker: string | undefined): Group | undefined {
  const c = form.candidate;
  // The single name's bare form, made once: it is compared with every person of the article.
  const bare = c.words.length === 1 ? bareName(c.words[0]!) : undefined;
  let group =
    c.words.length >= 2
      ? personHolding(s, c.words)
      : (bare === undefined ? s.persons : s.peopleByWord.withWord(bare)).find((g) =>
          containsName(g, c.words, bare, s.suffixTellsApart),
        );
  // "Paris Hilton launched … Hilton, 44, said": a surname read as a person's joins the name of two words
  // ending in it that the body gave first, read as a thing; that name is the person.
  const pair = personOfPair(s, c, group?.bornInBody ?? Number.POSITIVE_INFINITY, false);
  if (pair) group = pair;
  // "Rob Reiner … Carl Reiner … Reiner": a surname two people of the article share.
  if (group && c.words.length === 1) {
    const others = s.peopleByWord
      .withWord(bare!)
      .filter((g) => g !== group && containsName(g, c.words, bare, s.suffixTellsApart));
    // "Donald Trump Jr. and Eric Trump … Trump said": news calls neither of two relatives by the bare
    // name of the newsmaker the list knows by it.
    if (others.length > 0 && newsmaker && ![group, ...others].some((g) => g.name === newsmaker))
      group = undefined;
    else if (others.length > 0) form.choices = sharedSurnameChoices([group, ...others], s.body);
  }
  // "Kihara Minoru … Minoru Kihara": a Japanese name written in both orders is one person.
  // (Among the people whose last word is this name's first: a page of thousands of distinct names read
  // all of them for each.)
  if (!group && c.words.length === 2)
    group = s.peopleByLastWord.withWord(bareName(c.words[0]!)).find((g) => isReversed(g.words, c.words));
  // "Goldman said" after "Goldman Sachs": no person of the article has the name; the firm that starts
  // with it speaks.
  if (!group && c.words.length === 1)
    group = orgsWith(s, c.words[0]!).find((g) => isFirstWordOf(g.words, c.words, true));
  // "Aston Villa … Villa face Manchester City": a listed two-word name's last word, when no person of
  // the article bears it, is the club or firm.
  if (!group && c.words.length === 1)
    group = orgsWith(s, c.words[0]!).find((g) => isListedNameEnd(g.words, c.words[0]!));
  return group;
}

/** The group of the article a form read as an organisation's name joins, if any. */
function organizationGroup(s: Merging, form: Form, headCue: boolean): Group | undefined {
  const c = form.candidate;
  let group = organizationNamed(s, form);
  // "Marine Le Pen … Le Pen said": a surname opening with a particle, read alone as a paper's name
  // ("Le Monde"), is the person the article names in full; "Maarten van der Berg … Van der Berg, 58,": so
  // is one whose particle a sentence's start capitalised.
  if (!group) group = personOfParticleSurname(s.persons, c.words);
  // "Pacific Islands Forum … The Forum endorsed": a body's head word alone is the one body of the
  // article it ends.
  if (c.words.length === 1 && HEAD_ALONE.has(lowerCased(c.words[0]!)))
    group = bodyOfHeadWord(s, form, group, headCue);
  if (group && c.words.length === 1) group = firmOfFirstWord(s, form, group);
  return group;
}

/**
 * The organisation, person or thing of the article an organisation's name shortens, spells or is another
 * reading of, if any (before the head words and first words are weighed).
 */
function organizationNamed(s: Merging, form: Form): Group | undefined {
  const c = form.candidate;
  // ("Samsung Electronics said … Samsung Group chairman … Samsung said": the first that holds the word, the
  // longest name coming first, not a parent named in passing; read44 on mendE44's ranking of parents.)
  let group = (
    c.words.length !== 1
      ? orgsOpenedBy(s, c.words)
      : mayBeInitials(c.words[0]!)
        ? orgsOfInitials(s, c.words[0]!)
        : orgsWith(s, c.words[0]!)
  ).find(
    (g) =>
      isShortForm(g.words, c.words) &&
      // "Apple said … Apple Music", "Sony Pictures released … Sony said": a firm's unit or product is
      // not the firm its first word names.
      !(c.words.length === 1 && isSubBrand(g.words, c.words[0]!)),
  );
  // "Exxon Mobil … Exxon said": a firm the lists name run together ("ExxonMobil") goes by its first part,
  // though that part is listed as a firm of its own (review30 E7).
  if (!group && c.words.length === 1)
    group = orgsWith(s, c.words[0]!).find(
      (g) => g.words.length === 2 && g.words[0] === c.words[0] && g.name === `${g.words[0]}${g.words[1]}`,
    );
  // "Export Credits Guarantee Department" of "Britain's …" (British Export Credits Guarantee Department) …
  // "ECGD": the body's initials leave the country's adjective out.
  if (!group && s.ownerGroups !== undefined && c.words.length === 1)
    group = s.orgs.find((g) => g.ownWords !== undefined && isShortForm(g.ownWords, c.words));
  // "Kenya's Foreign Ministry and Uganda's Foreign Ministry … the Foreign Ministry said": the one named last.
  const ownerGroups = s.ownerGroups;
  if (group && ownerGroups?.has(group)) {
    const others = s.orgs.filter((g) => g !== group && ownerGroups.has(g) && isShortForm(g.words, c.words));
    if (others.length > 0) form.choices = [group, ...others];
  }
  // "SAM ALTMAN: Thank you. … ALTMAN: Yes": a transcript's speaker label in capitals is the person the
  // article names in full, not an acronym; "Norway's Klaebo wins" over "Johannes Høsflot Klæbo": a
  // headline's surname no list knows, read as a firm, is the person too; so is a headline's surname
  // a sports page made a town's club ("Cowboys win as Prescott throws" over "Dak Prescott threw").
  if (!group && c.words.length === 1) {
    const word = c.words[0]!;
    // (The club made of a town needs no known given name: the body typed the full name a person.)
    const townClub = hasLower(word) && c.field === 'title' && c.teamFromPlace === true;
    if (
      (UPPER_WORD.test(word) && c.field === 'body') ||
      (hasLower(word) && GAZETTEER.get(lowerCased(word)) === undefined) ||
      townClub
    ) {
      const bare = bareName(word);
      group = s.peopleByLastWord
        .withWord(bare)
        .find(
          (g) =>
            g.words.length >= 2 &&
            lastBareName(g) === bare &&
            (townClub || isGivenName(titleCase(g.words[0]!))),
        );
    }
  }
  if (!group && c.words.length === 1)
    group = orgsWith(s, c.words[0]!).find((g) => isListedNameEnd(g.words, c.words[0]!));
  // "The Houthis … a Houthi spokesman": a group named by its members in the plural and by the word alone.
  if (!group && c.words.length === 1) {
    const plural = `${c.words[0]!}s`;
    group = orgsWith(s, plural).find((g) => g.words.length === 1 && g.words[0] === plural);
  }
  if (!group && c.words.length === 1)
    group = orgsWith(s, c.words[0]!).find((g) => isCountryFirmName(g.words, c.words[0]!));
  // "directed the Nigerian National Petroleum Company Limited … NNPC's chief": an acronym read as a firm
  // whose letters are the initials of a longer name read as a thing, ending in a legal form or a body's
  // head, is that name, a firm (not "West Texas Intermediate … WTI", "European Monetary System … EMS").
  if (!group && s.longThings.length > 0 && c.words.length === 1 && UPPER_WORD.test(c.words[0]!)) {
    const thing = s.longThings.find((g) => isInitialsOfBody(g.words, c.words[0]!));
    const id = thing && `organization:${slug(withoutLegalForm(thing.name))}`;
    if (thing && id && !s.groups.has(id)) {
      retypeThing(s, thing, 'organization', id, s.longThings, s.orgs);
      group = thing;
    }
    // "the European Union's Digital Services Act … the DSA applied": the initials of a law, a treaty or
    // a programme read as a firm are that thing.
    group ??= s.longThings.find((g) => isInitialsOfWork(g.words, c.words[0]!));
  }
  // "Paris Hilton urged lawmakers … Hilton said": a firm's name alone after a name of two words ending in
  // it and opening with a city's name (a given name too: Paris, Sydney, Georgia) is the person.
  // The name of two words comes before any firm's name the word would join ("Hilton Worldwide Holdings").
  // Not when a firm's name the word joins came before it ("Marathon Oil … Marathon said", "Hilton
  // Worldwide Holdings … Hilton shares"), nor when the name of two words is a city's event, fair or
  // park ("Boston Marathon", "Osaka Expo": read19).
  if (!group || group.bornInBody > form.firstInBody)
    group =
      personOfPair(s, c, Math.min(form.firstInBody, group?.bornInBody ?? form.firstInBody), true) ?? group;
  // "JJ Vallow, 7, … justice for Tammy, JJ and Tylee": initials read alone as a firm's are the person
  // the article names with them first.
  if (!group && c.words.length === 1 && INITIALS_NAME.test(c.words[0]!))
    group = s.persons.find((g) => g.words.length >= 2 && g.words[0] === c.words[0]);
  return group;
}

/**
 * A body's head word alone ("the Forum", "the Bank") read as an organisation: the one body of the article
 * whose name it ends or, after "the", opens before "of"; else `group`, as found so far.
 */
function bodyOfHeadWord(
  s: Merging,
  form: Form,
  group: Group | undefined,
  headCue: boolean,
): Group | undefined {
  const c = form.candidate;
  // ("BANK" of a headline in capitals is the body's "Bank".)
  const head = c.caseless ? titleCase(c.words[0]!) : c.words[0]!;
  // "the Bank of England … the Bank said", "the Bank's decision": after "the", the one body whose name
  // the word opens before "of" or ends (not when the article names two: "Bank of Japan", "Bank of Korea").
  const afterThe = headCue;
  // "Deutsche Bank … the Bank of Japan … the Bank would wait": "the Bank", capitalised, is how news
  // calls a central bank ("Bank of England", "Bank of Japan"); a firm named "X Bank" is "the bank".
  const centralFirst = afterThe && head === 'Bank';
  if (group && !centralFirst) return group;
  const ending = s.orgs.filter((g) => g.words.length >= 2 && g.words[g.words.length - 1] === head);
  const opening = afterThe
    ? s.orgs.filter((g) => g.words.length >= 3 && g.words[0] === head && g.words[1] === 'of')
    : [];
  // "Standard Chartered Bank reported … The Bank said it would pay a larger dividend": the firm's own.
  const central =
    centralFirst &&
    !(
      ending.length === 1 &&
      s.body !== undefined &&
      form.firstInBody < s.body.length &&
      isFirmsOwnBank(s.body, form.firstInBody, ending[0]!)
    );
  if (opening.length === 1 && (ending.length === 0 || central)) return opening[0];
  if (!group && ending.length === 1) return ending[0];
  return group;
}

/**
 * A one-word organisation's name that opens `group`'s name: the shortest of the names it opens ("Meta" of "Meta
 * Platforms", not of "Meta Superintelligence Labs"), or none where the body names the firm so on its own.
 */
function firmOfFirstWord(s: Merging, form: Form, group: Group): Group | undefined {
  const c = form.candidate;
  // "Meta Platforms … Meta Superintelligence Labs … Meta shares": a first word two names share is the
  // shorter one's, the firm a unit is named after ("IEL" of "Industrial Equity Ltd" and of "IEL
  // Finance Ltd" is left as it was: the initials spell one, the first word opens the other).
  if (group.words[0] === c.words[0]) {
    const others = (
      mayBeInitials(c.words[0]!) ? orgsOfInitials(s, c.words[0]!) : orgsWith(s, c.words[0]!)
    ).filter((g) => g !== group && isShortForm(g.words, c.words));
    if (others.length > 0 && others.every((g) => g.words[0] === c.words[0]))
      group = others.reduce((a, b) => (nameSize(b) < nameSize(a) ? b : a), group);
  }
  // "Sony launches its PlayStation Portable … Sony said … its own studio, Sony Pictures": a firm the body
  // names twice by one word before a longer name opening with it is a firm of its own, not the longer one
  // (once may be a cut name or a parent's: "Glaxo … Glaxo Holdings PLC"). The longer name's next word is
  // one English writes in lower case ("Pictures", "Radio", "Capital") or it ends in a body's head ("EC's
  // Monetary Committee"): after a name ("Juninho Paulista", "Shearson Lehman Brothers") the word is the
  // same player or firm, named in full later.
  if (
    group.words.length >= 2 &&
    group.words[0] === c.words[0] &&
    form.secondInBody < group.bornInBody &&
    (isLowerWord(lowerCased(group.words[1]!)) || isUnitHead(group.words[group.words.length - 1]!)) &&
    !ONE_FIRM_HEADS.has(lowerCased(group.words[group.words.length - 1]!)) &&
    !isLegalFormWord(group.words[group.words.length - 1]!) &&
    !group.words.some((w) => w === '&' || w === 'and')
  )
    return undefined;
  return group;
}

/**
 * A short or other name of a group the form's type found none for: a surname with a capitalised particle,
 * a storm's name alone, a firm's name run together or blended, a water's or a city's name without its head
 * word or particle.
 */
function groupOfShortName(s: Merging, c: Candidate, type: EntityType, shown: string): Group | undefined {
  // "Erik ten Hag … Ten Hag said": so is a surname of unclear kind whose particle is capitalised.
  if (type === 'other') {
    const person = personOfParticleSurname(s.persons, c.words);
    if (person) return person;
  }
  if (c.words.length !== 1) return undefined;
  // "Trump" alone, "Zelenskiy", "the Fed", "IMF": a person or body the news names so gets the same id in
  // every article, and joins the article's full name.
  // "Hurricane Melissa made landfall … Melissa is forecast to cross Cuba": the storm's name alone, when
  // no person of the article bears it, is the storm.
  const storm = s.storms.find((g) => g.words[g.words.length - 1] === c.words[0]);
  if (storm) return storm;
  const word = c.words[0]!;
  // "TimeWarner said … Time Warner shares": a firm's name of two or three words written run together is
  // the firm; a name of two words read as a thing ("Time Warner profit") becomes the firm.
  if ((type === 'organization' || type === 'other') && hasInnerCapital(word)) {
    const group = s.orgsByRunTogether.withWord(word.charAt(0)).find((g) => isRunTogether(g.words, word));
    if (group) return group;
    const pair = s.pairsByRunTogether
      .withWord(word.charAt(0))
      .find((g) => isPair(g) && isRunTogether(g.words, word));
    if (pair && type === 'organization') pairMadeFirm(s, pair);
    if (pair) return pair;
  }
  // "Petroleos Mexicanos said … Pemex blamed": a firm's word blended from the starts of a longer name's
  // words is that name; a name of two words read as a thing becomes the firm.
  // Not a word that is the name of a firm of its own here ("BANKAMERICA" of "BankAmerica Corp", not of
  // "Bank of America"), nor a thing's first word whole: "The Toyota Tacoma is recalled … Toyota said" is
  // the maker of its model ("Toyo" + "Ta" spell it, no blend).
  if (type === 'organization' && word.length >= 5) {
    const blended =
      s.orgsByBlend.firstUnder(blendKeysOf(word), (g) => isBlendOf(word, g.words)) ??
      s.pairsByBlend.firstUnder(
        blendKeysOf(word),
        (g) => isPair(g) && lowerCased(g.words[0]!) !== lowerCased(word) && isBlendOf(word, g.words),
      );
    // The id's look-up last: most one-word firms blend no name of the article.
    if (blended !== undefined && !s.groups.has(idFor(c, type, shown))) {
      if (blended.type !== 'organization') pairMadeFirm(s, blended);
      return blended;
    }
  }
  // "tensions in the Aegean Sea … migration across the Aegean": a sea's or a river's name without its head
  // word, after the full name, is the same water (a town or state the gazetteer knows by the short name,
  // "Mississippi" after "Mississippi River", keeps its own id).
  if (type === 'place' && c.countryCode === undefined)
    return (
      placeNamedBy(s.placesByFirstWord, word, () => idFor(c, type, shown), isWaterNamed) ??
      placeNamedBy(s.placesByFirstWord, word, () => idFor(c, type, shown), isCityNamed)
    );
  return undefined;
}

/** A group named in capitals (a headline's, a dateline's) takes the name as the form writes it in mixed case. */
function renamedInMixedCase(s: Merging, group: Group, c: Candidate, shown: string, nicknamed: boolean): void {
  group.name = canonicalOf(c, shown) ?? shown;
  // "ALCATEL ALSTHOM SA … Alcatel Alsthom SA … Alcatel closed": short forms read the words as the body
  // writes them.
  if (c.words.length === group.words.length && !nicknamed) {
    group.words = c.words;
    group.bare = undefined;
    s.wordsReplaced();
  }
}

/** A new group for the form, listed where its type's look-ups find it. */
function newGroup(
  s: Merging,
  form: Form,
  type: EntityType,
  id: string,
  listed: string | undefined,
  nicknamed: { words: string[]; nickname: string } | undefined,
): Group {
  const c = form.candidate;
  const shown = form.shown;
  const place = type === 'place' && c.countryCode ? countryPlace(c.countryCode) : undefined;
  const group: Group = {
    id,
    name:
      (listed === undefined ? undefined : asWritten(listed, nicknamed?.words.join(' ') ?? shown)) ??
      place?.name ??
      canonicalOf(c, shown) ??
      (type === 'place' ? placeDisplay(c, shown) : shown),
    type,
    mentions: [],
    // Never changed: the group reads the candidate's own list ('Jorge "Tuto" Quiroga': with the
    // nickname, which alone later joins the person).
    words: nicknamed?.words ?? c.words,
    bare: undefined,
    ownWords: undefined,
    firstOffset: Number.POSITIVE_INFINITY,
    inTitle: false,
    last: -1,
    bornInBody: form.firstInBody,
    relative: undefined,
    capitalsInProse: undefined,
  };
  s.groups.set(id, group);
  if (type === 'person') s.persons.push(group);
  if (type === 'organization') s.orgs.push(group);
  if (type === 'place') s.places.push(group);
  if (type === 'other' && c.words.length === 2) {
    s.pairs.push(group);
    s.pairsMade.push(group);
  } else if (type === 'other' && c.words.length >= 3) s.longThings.push(group);
  if (c.owner !== undefined) {
    s.ownerGroups ??= new Set();
    s.ownerGroups.add(group);
    group.ownWords = c.words.slice((countryAdjective(c.owner) ?? '').split(' ').length);
  }
  if (type === 'event' && isStormName(c.words)) s.storms.push(group);
  return group;
}

/**
 * "Apple sold more iPhones … the iPhone maker": a product's plural is the product (the plural's group,
 * left without mentions, is dropped below). Only a thing's one word: firms and clubs named in the plural
 * ("Saints", "Spurs") may be others than the singular's.
 */
function joinPluralsToThings(forms: ReadonlyMap<string, Map<string, Form>>): void {
  const things = forms.get('other');
  if (things === undefined || things.size <= 1) return;
  for (const form of things.values()) {
    const text = form.candidate.text;
    if (text.length < 2 || codeUnitAt(text, text.length - 1) !== 115 || form.candidate.words.length !== 1)
      continue;
    const singular = things.get(text.slice(0, -1))?.group;
    if (
      singular !== undefined &&
      singular.words.length === 1 &&
      form.choices === undefined &&
      // "an Arab diplomat … Arabs", "European … Europeans": a people's word and its members stay apart.
      GAZETTEER.get(lowerCased(singular.words[0]!))?.kind !== 'group'
    )
      form.group = singular;
  }
}

/**
 * "SHEARSON TO CUT JOBS … Shearson said … Shearson Lehman": a firm's word in a line of capitals is the
 * firm the same word written in mixed case joined.
 */
function joinCapitalsToMixedCase(forms: ReadonlyMap<string, Map<string, Form>>): void {
  const firms = forms.get('organization');
  if (firms === undefined || firms.size <= 1) return;
  for (const form of firms.values()) {
    const text = form.candidate.text;
    // (The length first: a read past a text's end deoptimises codeUnitAt for every caller.)
    if (text.length < 2) continue;
    const second = codeUnitAt(text, 1);
    if (second < 65 || second > 90 || form.candidate.words.length !== 1 || !isCapitals(text)) continue;
    const mixedForm = firms.get(titleCase(text));
    const mixed = mixedForm?.group;
    if (mixed === undefined || mixed === form.group || form.choices !== undefined) continue;
    // "Abu Dhabi National Oil Company (ADNOC) … Adnoc said": initials that joined the full name take the
    // mixed-case word along instead.
    const own = form.group;
    if (own !== undefined && own.words.length > 1 && initialsOf(own.words) === text) {
      if (mixedForm!.choices === undefined) mixedForm!.group = own;
    } else form.group = mixed;
  }
}

/** Each mention given to its form's group, and the groups that have mentions as entities, by salience. */
function entitiesOf(s: Merging, sorted: readonly Candidate[], formOf: readonly Form[]): Entity[] {
  const body = s.body;
  // Sorted by field then start, so a mention overlaps a kept one only if it starts before the last end.
  let lastField = '';
  let lastEnd = -1;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!;
    const form = formOf[i]!;
    if (c.field === lastField && c.start < lastEnd) continue;
    const group = form.choices ? nearestBefore(form.choices) : form.group!;
    group.last = i;
    if (!c.caseless && group.type === 'person' && isCapitals(c.text) && !isSpeakerLabel(c, body))
      group.capitalsInProse = true;
    lastField = c.field;
    lastEnd = c.end;
    const own =
      c.words.length === 1 && group.type === 'organization' ? ownPossessive(group.name, c, body) : 0;
    if (own > 0)
      group.mentions.push({
        field: c.field,
        start: c.start,
        end: c.end + own,
        text: body!.slice(c.start, c.end + own),
      });
    else group.mentions.push({ field: c.field, start: c.start, end: c.end, text: c.text });
    if (c.field === 'title') group.inTitle = true;
    else group.firstOffset = Math.min(group.firstOffset, c.start);
  }
  const list = [...s.groups.values()].filter((g) => g.mentions.length > 0);
  const scores = list.map((g) => entityScore(g.mentions.length, g.inTitle, g.firstOffset, g.type));
  const max = Math.max(1, ...scores);
  return sortInPlace(
    list.map((g, i) => ({
      id: g.id,
      name:
        g.type === 'person' && isCapitals(g.name) && !g.capitalsInProse
          ? personInMixedCase(g.name, g.mentions)
          : g.type === 'place'
            ? plainPlaceName(g.name, g.mentions)
            : g.name,
      type: g.type,
      salience: salienceOf(scores[i]!, max),
      // Already in order, title first then by start: pushed from `sorted`, one mention per start.
      mentions: g.mentions,
    })),
    (a, b) => b.salience - a.salience || compareText(a.id, b.id),
  );
}

/**
 * "Boatmen's was the prize" after "Boatmen's Bancshares Inc.", "McDonald's said": a firm whose name writes its
 * first word with "'s" is mentioned with it. How many characters of the body after the mention `c` are that
 * "'s" (" 's" in pre-tokenised text), or 0.
 */
function ownPossessive(name: string, c: Candidate, body: string | undefined): number {
  if (body === undefined || c.field !== 'body') return 0;
  const word = c.words[0]!;
  if (!name.startsWith(word) || name.length < word.length + 3) return 0;
  const inName = name.slice(word.length, word.length + 3);
  const after = body.slice(c.end, c.end + 3);
  for (const s of ["'s", '’s', " 's"]) {
    const next = c.end + s.length;
    if (
      inName.startsWith(s) &&
      after.startsWith(s) &&
      (next >= body.length || !isWordCode(body.charCodeAt(next)))
    )
      return s.length;
  }
  return 0;
}

/** A letter or a digit (ASCII and Latin-1 letters are enough after "'s"). */
function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 192
  );
}

/** A quoted nickname of one to three words inside a name ('Jorge "Tuto" Quiroga'). */
const QUOTED_NICKNAME =
  /^["\u201c\u2018']([^"\u201d\u2019' ]+(?: [^"\u201d\u2019' ]+){0,2})["\u201d\u2019']$/;

/**
 * A person's words with the quoted nickname the chunker skipped put back in its place: 'Luiz Inácio
 * "Lula" da Silva' → Luiz Inácio Lula da Silva. Undefined for a name without one.
 */
function withNickname(c: Candidate, shown: string): { words: string[]; nickname: string } | undefined {
  if (c.words.length < 2 || !shown.includes(' ')) return undefined;
  const parts = shown.split(' ');
  for (let i = 1; i < parts.length - 1; i++) {
    const first = parts[i]!.charAt(0);
    if (first !== '"' && first !== '\u201c' && first !== '\u2018' && first !== "'") continue;
    for (let k = i; k < Math.min(parts.length - 1, i + 3); k++) {
      const quoted = QUOTED_NICKNAME.exec(parts.slice(i, k + 1).join(' '));
      if (!quoted) continue;
      const words = quoted[1]!.split(' ');
      if (parts.length - (k - i + 1) !== c.words.length) return undefined;
      return { words: [...c.words.slice(0, i), ...words, ...c.words.slice(i)], nickname: quoted[1]! };
    }
    return undefined;
  }
  return undefined;
}

/**
 * A listed name as the article spells it: "Luiz Inácio Lula da Silva", "Kylian Mbappé" for the lists'
 * "Luiz Inacio Lula da Silva", "Kylian Mbappe" (the id keeps the folded letters). Only accents may differ.
 */
function asWritten(listed: string, written: string): string {
  if (written === listed || written.length !== listed.length) return listed;
  return withoutMarks(written.normalize('NFD')) === listed ? written : listed;
}

/** Words of an organisation's name but its legal form: "Kaneb Services Inc" and "Kaneb Partners" are two each. */
const nameSize = (g: Group) => withoutLegalForm(g.words.join(' ')).split(' ').length;

/**
 * The people a surname they share may mean, the one the body names first first ("Prabowo" in a title is
 * President Prabowo Subianto, named in the lead, not the police chief Listyo Sigit Prabowo named later),
 * each marked when the body introduces it as a relative ("his son Eric Trump").
 */
function sharedSurnameChoices(choices: Group[], body: string | undefined): Group[] {
  sortInPlace(choices, (a, b) => (a.bornInBody < b.bornInBody ? -1 : a.bornInBody > b.bornInBody ? 1 : 0));
  if (body !== undefined)
    for (const g of choices)
      g.relative ??= Number.isFinite(g.bornInBody) && isNamedAsRelative(body, g.bornInBody);
  return choices;
}

/**
 * Of the full names a short form may mean, the one mentioned last so far; the first when none is yet. A
 * relative the body introduced as one ("His son Eric Trump praised … Trump said") is passed over while
 * another bearer is not one: news calls the relative by the given name after that.
 */
function nearestBefore(choices: readonly Group[]): Group {
  let best: Group | undefined;
  for (const g of choices) if (!g.relative && (best === undefined || g.last > best.last)) best = g;
  if (best !== undefined) return best;
  best = choices[0]!;
  for (const g of choices) if (g.last > best.last) best = g;
  return best;
}

/**
 * "DONALD TRUMP" from a capitals headline, named "Trump" in the text: a person's name is written as the
 * text spells its words, else with an initial capital ("Donald"); initials stay as they are.
 */
function personInMixedCase(name: string, mentions: readonly Mention[]): string {
  const spelled = new Map<string, string>();
  for (const m of mentions)
    if (!isCapitals(m.text)) for (const w of m.text.split(/\s+/)) spelled.set(lowerCased(w), w);
  return name
    .split(' ')
    .map((w) => spelled.get(lowerCased(w)) ?? (w.length > 1 && !w.includes('.') ? titleCase(w) : w))
    .join(' ');
}

/** Head words of waters, which the news drops on a later mention: "the Aegean", "the Yangtze". */
const WATER_HEADS = new Set(['sea', 'ocean', 'river']);

/** A water named `word` and its head word: "Aegean Sea" for "Aegean". */
function isWaterNamed(g: Group, word: string): boolean {
  return g.words.length === 2 && g.words[0] === word && WATER_HEADS.has(lowerCased(g.words[1]!));
}

/** Particles after a city's first word: "Rio de Janeiro", "Santiago de Compostela", "Ciudad del Este". */
const CITY_PARTICLES = new Set(['de', 'do', 'da', 'del', 'di', 'des', 'du']);

/**
 * "Leaders gather in Rio … RIO DE JANEIRO, July 6": a city whose name's first word comes before a particle is
 * called by that word alone.
 */
function isCityNamed(g: Group, word: string): boolean {
  // (The length first: most places have one or two words, and the id's prefix is the dearest test.)
  return (
    g.words.length >= 3 &&
    // (a dateline in capitals writes it "RIO DE JANEIRO")
    lowerCased(g.words[0]!) === lowerCased(word) &&
    CITY_PARTICLES.has(lowerCased(g.words[1]!)) &&
    g.id.startsWith('place:geonames:')
  );
}

/**
 * The first place group whose full name `word` shortens (`names`), when `word` alone is no town or region
 * the place gazetteer knows ("Mississippi", "Colorado" are states too) and would get an id of its own name,
 * not a GeoNames or ISO one. `ownId` gives that id. Both readings of `names` need the group's first word to
 * be `word` in some case, so only the places with that first word are read, in the order they were made.
 */
function placeNamedBy(
  places: GroupsByWord,
  word: string,
  ownId: () => string,
  names: (g: Group, word: string) => boolean,
): Group | undefined {
  for (const g of places.withWord(lowerCased(word)))
    if (g.type === 'place' && names(g, word)) {
      if (lookupPlace(word) !== undefined) return undefined;
      const id = ownId();
      return id.startsWith('place:geonames:') || id.startsWith('place:iso:') ? undefined : g;
    }
  return undefined;
}

function idFor(c: Candidate, type: EntityType, shown: string): string {
  if (type === 'place') {
    if (c.countryCode) return countryPlace(c.countryCode).id;
    // A place typed from its context (a dateline in capitals, "in X") gets the gazetteer's id when it has one:
    // "HONG KONG (Reuters) -" is the territory's, as the body's "Hong Kong" is (wild60), but not a country word
    // that is often something else ("Georgia" the state keeps an id of its own name).
    const known = c.placeId ? undefined : lookupPlace(c.canonical ?? shown);
    if (known?.kind === 'country' && lookupPhrase(keyOf(c.canonical ?? shown))?.ambiguous === false)
      return countryPlace(known.countryCode).id;
    const geonames = known?.geonamesId ? `place:geonames:${known.geonamesId}` : undefined;
    return c.placeId ?? geonames ?? namedPlace(c.canonical ?? shown).id;
  }
  if (type === 'nationality' && c.countryCode) return `nationality:${lowerCased(c.countryCode)}`;
  const name = c.canonical ?? shown;
  return `${type}:${slug(type === 'organization' ? withoutLegalForm(name) : name)}`;
}

function inReadingOrder(candidates: readonly Candidate[]): boolean {
  for (let i = 1; i < candidates.length; i++)
    if (compareMentionPlaces(candidates[i - 1]!, candidates[i]!) > 0) return false;
  return true;
}

/**
 * A name word as a mention of it alone may spell it: no Arabic particle, any case, with or without accents
 * ("Al-Sisi", "SISI"; a headline's "Sanchez" and "Klaebo" for the body's "Sánchez" and "Klæbo").
 */
const NOT_ASCII = /[\u0080-\uffff]/;
const bareName = (word: string) => {
  const lower = lowerCased(withoutArabicParticle(word));
  return NOT_ASCII.test(lower) ? foldedLetters(withoutMarks(lower.normalize('NFKD'))) : lower;
};

/** The group's words as `bareName` makes them, initials undefined: made once (again when `words` is replaced). */
function bareWords(group: Group): (string | undefined)[] {
  group.bare ??= group.words.map((w) => (INITIALS.test(w) ? undefined : bareName(w)));
  return group.bare;
}

/** `bareName` of the group's last word (initials too), from its bare words where they hold it. */
function lastBareName(group: Group): string {
  const last = group.words.length - 1;
  return bareWords(group)[last] ?? bareName(group.words[last]!);
}

/** Below this many groups a search reads them all: a news story's handful costs less than an index. */
const INDEXED_FROM = 24;

/**
 * Groups of an article by words of their names (`keysOf`), each list in the order of `groups`: a search
 * that can only succeed for a group whose name holds a given word finds among that word's list what a
 * search of all would. Brought up to date at each look-up (the groups' lists only grow); made anew after
 * a group's words change (`wordsReplaced`).
 */
class GroupsByWord {
  /** Made at the first look-up among many groups. */
  private lists: Map<string, Group[]> | undefined;
  /** Each indexed group's place in `groups`. */
  private positions: Map<Group, number> | undefined;
  private indexed = 0;

  constructor(
    private readonly groups: readonly Group[],
    private readonly keysOf: (group: Group) => readonly string[],
  ) {}

  /** The groups whose name holds `key`, or all of them while they are few. */
  withWord(key: string): readonly Group[] {
    if (this.groups.length < INDEXED_FROM) return this.groups;
    this.lists ??= new Map();
    this.positions ??= new Map();
    for (; this.indexed < this.groups.length; this.indexed++) {
      const group = this.groups[this.indexed]!;
      this.positions.set(group, this.indexed);
      const keys = this.keysOf(group);
      for (let i = 0; i < keys.length; i++) {
        // Once per group and word ("Kim Jong Kim"), as a search of all meets each group once.
        if (keys.indexOf(keys[i]!) !== i) continue;
        const list = this.lists.get(keys[i]!);
        if (list) list.push(group);
        else this.lists.set(keys[i]!, [group]);
      }
    }
    return this.lists.get(key) ?? NO_GROUPS;
  }

  /**
   * The first group (in the order of `groups`) under any of `keys` that `test` accepts: what a search of all finds
   * where `test` accepts only groups under one of the keys.
   */
  firstUnder(keys: readonly string[], test: (group: Group) => boolean): Group | undefined {
    if (this.groups.length < INDEXED_FROM) return this.groups.find(test);
    let best: Group | undefined;
    let bestAt = Number.POSITIVE_INFINITY;
    for (const key of keys) {
      const found = this.withWord(key).find(test);
      if (found === undefined) continue;
      const at = this.positionOf(found);
      if (at < bestAt) {
        best = found;
        bestAt = at;
      }
    }
    return best;
  }

  /** Where a group a look-up returned stands in `groups`. */
  positionOf(group: Group): number {
    return this.positions?.get(group) ?? this.groups.indexOf(group);
  }

  wordsReplaced(): void {
    this.lists = undefined;
    this.positions = undefined;
    this.indexed = 0;
  }
}

const NO_GROUPS: readonly Group[] = [];
/** A person's name's bare words (`containsName` of a single name needs its bare form among them). */
const bareKeys = (group: Group) => bareWords(group).filter((bare) => bare !== undefined);
/** The bare form of a person's last word. */
const lastBareKey = (group: Group) => [lastBareName(group)];
/** A place's first word in lower case (`isWaterNamed` and `isCityNamed` compare it so). */
const firstLowerKey = (group: Group) => [lowerCased(group.words[0] ?? '')];
/** An organisation's words as written (`isShortForm` of one word that is no acronym needs it among them). */
const wordKeys = (group: Group) => group.words;
/** A person's words in lower case (`containsName` of two words or more meets its first word so or by its bare form). */
const lowerWordsKeys = (group: Group) => group.words.map(lowerCased);
/** The letters a word blended of an organisation's name opens with (`isBlendOf`), if any. */
const blendKeys = (group: Group) => {
  const key = blendKey(group.words);
  return key === undefined ? NO_KEYS : [key];
};
/** The first character of a name of two or three words, which a word running them together opens with (`isRunTogether`). */
const runTogetherKeys = (group: Group) =>
  group.words.length >= 2 && group.words.length <= 3 && group.words[0]!.length > 0
    ? [group.words[0]!.charAt(0)]
    : NO_KEYS;
const NO_KEYS: readonly string[] = [];
/** A pair's second word, which a surname alone is (`personOfPair`). */
const secondWordKey = (group: Group) => (group.words.length >= 2 ? [group.words[1]!] : NO_KEYS);
/**
 * An organisation's words in lower case, and those of its name without the legal form: `isShortForm` of two
 * words or more needs its first word among them (as written at the gap or the tail, in any case before a
 * firm's head word).
 */
const lowerWordKeys = (group: Group) => {
  const keys = group.words.map(lowerCased);
  const name = group.words.join(' ');
  const bare = withoutLegalForm(name);
  if (bare !== name) for (const word of bare.split(' ')) keys.push(lowerCased(word));
  return keys;
};
/** A word's letters in order, so that initials in another order ("FARC", "RAFC") meet. */
const sortedLetters = (word: string) => [...word].sort().join('');
/**
 * Every way `isShortForm` reads a word in capitals off a name, by sorted letters: its initials, those of its
 * hyphened parts, without its first one or two words' ("U.S. Federal Trade Commission", "United Nations Food
 * and Agriculture Organization") and without its legal form, and the name's own words.
 * More keys than it accepts, never fewer: the search still asks `isShortForm`.
 */
const initialsKeys = (group: Group) => {
  const initials = initialsOf(group.words);
  const keys = [
    sortedLetters(initials),
    sortedLetters(initials.slice(1)),
    sortedLetters(initials.slice(2)),
    sortedLetters(initialsOf(withoutLegalForm(group.words.join(' ')).split(' '))),
  ];
  const hyphened = initialsOfHyphenedParts(group.words);
  if (hyphened !== undefined) keys.push(sortedLetters(hyphened));
  const abbreviated = initialsAfterAbbreviation(group.words);
  if (abbreviated !== undefined) keys.push(sortedLetters(abbreviated));
  // "RJR" of "RJR Nabisco Inc": the other forms (a first word, a nickname) hold the word itself.
  for (const word of group.words) keys.push(sortedLetters(word));
  return keys;
};

/**
 * One word's `isShortForm` holds only for a name holding the word, unless the word may be initials (in
 * capitals, or joined by "&"): such a word is compared with every organisation of the article.
 */
function mayBeInitials(word: string): boolean {
  return CAPITALS_ONLY.test(word) || AMPERSAND_INITIALS.test(word);
}

/**
 * "Trump" in "Donald Trump", "Vance" in "J.D. Vance", "Han" in "Han Zheng". A group's bare words are
 * made once, and a single name's (`shortBare`, `bareName` of its word) by the caller: every single name of
 * an article is compared with every full name.
 */
function containsName(
  group: Group,
  short: readonly string[],
  shortBare: string | undefined,
  suffixTellsApart: () => boolean,
): boolean {
  const full = group.words;
  if (short.length >= full.length) return false;
  if (short.length === 1) {
    const word = short[0]!;
    const bare = shortBare ?? bareName(word);
    const fullBares = bareWords(group);
    for (let i = 0; i < full.length; i++) {
      const fullBare = fullBares[i];
      // "La mandataria" is no "la" of "Juan Ramón de la Fuente": a particle written in lower case is no name alone;
      // nor is one written with a capital before the rest of a surname ("Le gouvernement" is no "Le" of "Marine
      // Le Pen", wild43 item 12).
      if (
        fullBare !== undefined &&
        (full[i] === word || fullBare === bare) &&
        !(
          i > 0 &&
          (codeUnitAt(full[i]!, 0) >= 97
            ? NAME_PARTICLES.has(full[i]!)
            : i < full.length - 1 && NAME_PARTICLES.has(lowerCased(full[i]!)))
        )
      )
        return true;
    }
    return false;
  }
  // "Donald Trump … his son Donald Trump Jr.", "Ferdinand Marcos Jr. … his father, Ferdinand Marcos": a full
  // name that ends with a generational suffix is another person than the same name without it (a bare
  // "Trump" is then shared by the two, `sharedSurnameChoices`) where the story speaks of family at all;
  // "Martin Luther King Jr. … Martin Luther King" without a relative named is one man.
  const n = full.length;
  if (
    n >= 3 &&
    short[short.length - 1] === full[n - 2] &&
    isGenerationSuffix(full[n - 1]!) &&
    suffixTellsApart()
  )
    return false;
  for (let i = 0; i + short.length <= full.length; i++) {
    let k = 0;
    while (
      k < short.length &&
      (full[i + k] === short[k] ||
        sameParticle(full[i + k]!, short[k]!, k) ||
        sameFolded(group, i + k, short[k]!))
    )
      k++;
    if (k === short.length) return true;
  }
  return false;
}

/**
 * "Lopez Obrador" (a headline without accents) of "Andrés Manuel López Obrador", "Adan Augusto Lopez" of "Adán
 * Augusto López Hernández": a word of a longer name written with or without its accents is that word (review25
 * r25-54). Cheap first: one of the two has a letter outside ASCII.
 */
function sameFolded(group: Group, i: number, short: string): boolean {
  const full = group.words[i]!;
  if (!NOT_ASCII.test(full) && !NOT_ASCII.test(short)) return false;
  const bare = bareWords(group)[i];
  return bare !== undefined && bare === bareName(short);
}

/**
 * The person named in full by a given name and `words` ("Marine Le Pen" of "Le Pen", "Erik ten Hag" of "Ten
 * Hag"), when `words` open with a particle.
 */
function personOfParticleSurname(persons: readonly Group[], words: readonly string[]): Group | undefined {
  if (words.length < 2 || !NAME_PARTICLES.has(lowerCased(words[0]!))) return undefined;
  const n = words.length;
  return persons.find(
    (g) =>
      g.words.length === n + 1 &&
      lowerCased(g.words[1]!) === lowerCased(words[0]!) &&
      g.words.slice(2).every((w, i) => w === words[i + 1]),
  );
}

/**
 * "De Kock" of "Eugene de Kock", "De Klerk" of "F.W. de Klerk": a surname's particle that a sentence's start
 * wrote with a capital is the particle; "DE KOCK" in a headline's capitals is the name too.
 */
function sameParticle(full: string, short: string, k: number): boolean {
  // Cheap first: the first letters agree but for case.
  if ((codeUnitAt(full, 0) | 32) !== (codeUnitAt(short, 0) | 32) || lowerCased(full) !== lowerCased(short))
    return false;
  return (k === 0 && NAME_PARTICLES.has(lowerCased(short))) || isCapitals(short);
}

/** A capital letter after a lower-case one inside a word ("TimeWarner", "eBay"); ASCII letters only. */
function hasInnerCapital(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = codeUnitAt(word, i);
    if (c >= 65 && c <= 90) {
      const before = codeUnitAt(word, i - 1);
      if (before >= 97 && before <= 122) return true;
    }
  }
  return false;
}

/** "TimeWarner" of "Time Warner": the name's two or three words, each capitalised, written without spaces. */
function isRunTogether(full: readonly string[], word: string): boolean {
  if (full.length < 2 || full.length > 3) return false;
  let at = 0;
  for (const w of full) {
    if (!startsUpper(w) || !word.startsWith(w, at)) return false;
    at += w.length;
  }
  return at === word.length;
}

/** "Minoru Kihara" of "Kihara Minoru": the same two words the other way round. */
function isReversed(full: readonly string[], short: readonly string[]): boolean {
  return full.length === 2 && full[0] === short[1] && full[1] === short[0];
}

// Regular expressions with \p{…} at module level: esbuild (target node20) turns such a literal into a
// `new RegExp(…)` built on every call.
const CAPITALS_ONLY = lazyPattern(() => /^\p{Lu}{2,6}$/u);
const AMPERSAND_INITIALS = /^[A-Z]&[A-Z]$/;
/**
 * Abbreviations of countries and unions that open a body's name ("U.S. Federal Trade Commission", "UK Export
 * Finance", "EU Commission", "UN Security Council"); lexicon.ts's COUNTRY_ABBREVIATIONS is the gazetteer's list.
 */
const ABBREVIATIONS_OPENING_BODIES = new Set(['U.S.', 'US', 'U.K.', 'UK', 'EU', 'E.U.', 'UN', 'U.N.']);
/** Last words of a longer name that is the one firm or party a word names ("Labour Party", "Samsung Electronics"). */
const ONE_FIRM_HEADS = new Set(
  'party group holdings holding company corporation companies electronics motor motors airways airlines airline stock market exchange'.split(
    ' ',
  ),
);
/**
 * Second words of a firm's products and services, never of the firm's own full name ("Apple Music", "Apple
 * TV", "Google Maps", "Disney Plus", "Amazon Prime"); "Records", "Pictures", "Studios" may be ("Factory
 * Records", "Paramount Pictures").
 */
const PRODUCT_WORDS = new Set('music tv pay maps plus prime cloud store arcade books podcasts'.split(' '));
/** Last words of a listed firm's own full name ("Meta Platforms", "Uber Technologies", "Sony Group"). */
const OWN_NAME_WORDS = new Set(['platforms', 'technologies', 'technology', 'inc', 'international']);

/**
 * "Apple Music" of "Apple", "Sony Pictures" and "Tesla Energy" of "Sony" and "Tesla": a firm's name and a word
 * of its products or units is a unit of its own (a product's word, or ordinary words or a body's head after a
 * firm the lists know by the one word), not the firm's full name ("Samsung Electronics", "Toyota Motor", "Sony
 * Group", "Meta Platforms"; "Aetna Life", "Nikko Securities", "Birmingham City", whose first word no list
 * knows for a firm, are left as they were).
 */
function isSubBrand(full: readonly string[], word: string): boolean {
  if (full.length < 2 || full.length > 3 || full[0] !== word || !hasLower(word)) return false;
  const rest = full.slice(1).map(lowerCased);
  if (
    rest.some(
      (w) =>
        ONE_FIRM_HEADS.has(w) ||
        FIRM_HEADS.has(w) ||
        PARENT_HEADS.has(w) ||
        OWN_NAME_WORDS.has(w) ||
        isLegalFormWord(w) ||
        w === '&' ||
        w === 'and' ||
        w === 'of',
    )
  )
    return false;
  if (full.length === 2 && PRODUCT_WORDS.has(rest[0]!)) return true;
  const ordinary = rest.every((w) => isLowerWord(w) || ORG_HEADS.has(w));
  if (!ordinary) return false;
  // ("Toyota Industries … Toyota said": a home company listed by the word alone that the lists know as a town's
  // name, mendE44; not one they do not know at all: "Adani Ports reported … Adani said" is the ports firm, read44.)
  const kind = GAZETTEER.get(lowerCased(word))?.kind;
  return kind === 'organization' || (kind === 'place' && homeCompanyNamed(word));
}

/** Words after a group's word that name its parent or holding firm ("Tata Sons", "SoftBank Group", "Adani Holdings"). */
const PARENT_HEADS = new Set('group holdings holding sons corp corporation company inc'.split(' '));
/** A body's head word, not a family firm's ("Lehman Brothers", "Smith & Sons"): "Monetary Committee". */
const FAMILY_HEADS = new Set(['brothers', 'bros', 'sons', 'partners']);
function isUnitHead(word: string): boolean {
  const lower = lowerCased(word);
  return ORG_HEADS.has(lower) && !FAMILY_HEADS.has(lower);
}
/** Second words of a city's events, fairs and places, never a surname after a city ("Boston Marathon", "Osaka Expo"). */
const CITY_THINGS = new Set(
  'marathon expo fair open games festival show park zoo resort airport station stadium arena port'.split(' '),
);
/** A given name written as two or three initials without periods: "JJ", "AJ", "TJ". */
const INITIALS_NAME = /^[A-Z]{2,3}$/;
const UPPER_WORD = lazyPattern(() => /^\p{Lu}{3,}$/u);
/** A club's town or region; a country's name before a plural is a group ("U.S. Officials"). */
function isTownOrRegion(name: string): boolean {
  const kind = lookupPlace(name)?.kind;
  return kind !== undefined && kind !== 'country';
}

/** A plural nickname: "Chiefs", "Bills", "Yankees" (not "Express", "Holdings"). */
const TEAM_NICKNAME = lazyPattern(() => /^\p{Lu}\p{Ll}+[^s]s$/u);
/**
 * Members of a political family: "the Democrats", "the Socialists" are parties of their own, and a bloc
 * named after the parties it gathers ("Progressive Alliance of Socialists and Democrats") is not them.
 */
const POLITICAL_PLURALS = new Set(
  'Democrats Socialists Conservatives Liberals Republicans Greens Reformists Workers Christians Communists Nationalists Radicals Progressives Patriots'.split(
    ' ',
  ),
);

/**
 * Whether the plural at `at` of a body's name is its nickname ("Tigers" of "Liberation Tigers of Tamil
 * Eelam", "Commons" of "House of Commons"), not a political family's name ("Party of European Socialists",
 * "Alliance of Socialists and Democrats").
 */
function isNicknameInName(full: readonly string[], at: number): boolean {
  return !POLITICAL_PLURALS.has(full[at]!);
}

/**
 * "Novo" of "Novo Nordisk", "Goldman" of "Goldman Sachs": a firm's first word, when that word is no firm
 * of its own ("Microsoft" of "Microsoft Teams" is the maker, not the product), no given name and no
 * capitals, and the rest names no country ("Esso" of "Esso UK" is the parent of a subsidiary). A word typed
 * a person may also be a known surname ("Goldman said" after "Goldman Sachs").
 */
function isFirstWordOf(
  full: readonly string[],
  short: readonly string[],
  allowKnownSurname = false,
): boolean {
  // Called for each organisation of the article in turn: the word comparisons first, the look-ups after.
  if (short.length !== 1 || (full.length !== 2 && full.length !== 3) || full[0] !== short[0]) return false;
  const word = short[0]!;
  const kind = GAZETTEER.get(lowerCased(word))?.kind;
  return (
    !CAPITALS_ONLY.test(word) &&
    (kind === undefined || (allowKnownSurname && kind === 'person')) &&
    !isGivenName(word) &&
    full.every(
      (w, k) =>
        k === 0 ||
        (GAZETTEER.get(lowerCased(w))?.kind === undefined && !lookupPlace(w)) ||
        // "Bayern" of "Bayern Munich", "Borussia" of "Borussia Dortmund": a club's name and its town; "Elf" of "Elf
        // Aquitaine": a firm's name and its home region (a subsidiary goes by its country: "Esso UK").
        (full.length === 2 && homeRegion(w)),
    )
  );
}

/**
 * A town or a region, no country nor continent: a firm's home in its name ("Bayern Munich", "Elf Aquitaine"), not
 * the market of a subsidiary ("Esso UK", "Ford Europe").
 */
function homeRegion(word: string): boolean {
  const kind = lookupPlace(word)?.kind;
  if (kind === 'city' || kind === 'region') return true;
  return (
    kind === undefined &&
    GAZETTEER.get(lowerCased(word))?.kind === 'place' &&
    !CONTINENTS.has(lowerCased(word))
  );
}

function isListedNameEnd(full: readonly string[], word: string): boolean {
  return (
    full.length === 2 &&
    full[1] === word &&
    GAZETTEER.get(lowerCased(`${full[0]} ${full[1]}`))?.kind === 'organization'
  );
}

/** Last words of a firm's or a party's name that its short form leaves out, beside the legal forms. */
const FIRM_HEADS = new Set([
  'group',
  'holdings',
  'holding',
  'company',
  'companies',
  'partners',
  'bank',
  'banks',
  'bancorp',
  'party',
]);

/** A head word before a last firm head ("Trust Bank", "Savings Bank", "Financial Group"). */
const BANK_QUALIFIERS = new Set(['trust', 'savings', 'financial', 'investment', 'commercial']);

/**
 * "Union Carbide" of "Union Carbide Corp", "Morgan Stanley" of "Morgan Stanley Group", "Jan Suraaj" of "the
 * Jan Suraaj Party" (also in capitals: "UNION CARBIDE"): a name of two or more words without the firm's
 * legal form or the firm's or party's head word. Not a listed body ("Federal Reserve" of "Federal Reserve
 * Board" is the Fed), nor a unit's head ("Scottish Borders Council", "Philadelphia Convention Center Authority").
 */
function isNameWithoutFirmHead(full: readonly string[], short: readonly string[]): boolean {
  if (short.length < 2) return false;
  // "Goldman Sachs" of "Goldman Sachs Group Inc": the head before a legal form.
  if (full.length === short.length + 2) {
    const bare = withoutLegalForm(full.join(' '));
    if (bare.length < full.join(' ').length) full = bare.split(' ');
    // "First Keystone" of "First Keystone Trust Bank": a bank's two head words (review31 E13).
    else if (
      BANK_QUALIFIERS.has(lowerCased(full[short.length]!)) &&
      FIRM_HEADS.has(lowerCased(full[short.length + 1]!))
    )
      full = [...full.slice(0, short.length), full[short.length + 1]!];
  }
  if (full.length !== short.length + 1) return false;
  for (let k = 0; k < short.length; k++) if (lowerCased(full[k]!) !== lowerCased(short[k]!)) return false;
  const head = lowerCased(full[short.length]!);
  return (
    (FIRM_HEADS.has(head) || withoutLegalForm(full.join(' ')) !== full.join(' ')) &&
    knownBodyNamed(short.join(' ')) === undefined
  );
}

/**
 * Head words by which news calls a body it has named in full ("the Forum", "the Commission", "the Fund").
 * Not "Bank" ("the Bank" is the Bank of England in a story naming the World Bank), nor the chambers,
 * governments and forces a country has one of ("the House" beside "the White House", "Parliament" beside
 * "the European Parliament").
 */
const HEAD_ALONE = new Set(
  `forum commission council committee court party fund union federation association alliance coalition
  movement front agency authority board bureau tribunal league institute foundation corporation bank`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * "the Bank said", "the Bank's decision", "The Commission": a body's head word, capitalised, after "the" in the
 * body (the form's first mention): news capitalises it so for one body only.
 */
function isHeadAfterThe(c: Candidate | undefined, body: string | undefined): boolean {
  if (c === undefined || body === undefined || c.field !== 'body' || c.start < 4) return false;
  const word = c.words[0]!;
  if (!HEAD_ALONE.has(lowerCased(word)) || word.charCodeAt(1) < 97) return false;
  const before = body.slice(c.start - 4, c.start);
  return before === 'the ' || before === 'The ';
}

/**
 * "BANK RAISES RATES … The Bank said": the body's form of a head word alone in a headline in capitals, where
 * case says nothing; the headline's word is the body's "Bank" (it was `person:bank` beside the Bank of England).
 */
function capitalsHeadForm(
  c: Candidate,
  forms: ReadonlyMap<string, ReadonlyMap<string, Form>>,
): Candidate | undefined {
  if (!c.caseless || c.field !== 'title' || !HEAD_ALONE.has(lowerCased(c.words[0]!))) return undefined;
  return forms.get(c.type)?.get(titleCase(c.words[0]!))?.candidate;
}

/** "NNPC" of "Nigerian National Petroleum Company Limited": the initials of a name that ends as a firm's or a body's. */
function isInitialsOfBody(full: readonly string[], word: string): boolean {
  const last = full[full.length - 1]!;
  if (!isLegalFormWord(last) && !ORG_HEADS.has(lowerCased(last))) return false;
  return initialsOf(full) === word || initialsOf(withoutLegalForm(full.join(' ')).split(' ')) === word;
}

/** Last words of the names of laws, treaties and programmes, which news also calls by their initials. */
const WORK_HEADS = new Set(
  'act acts agreement accord treaty pact protocol programme program plan scheme initiative directive regulation'.split(
    ' ',
  ),
);
/** "DSA" of "Digital Services Act", "EEP" of "Export Enhancement Program": a law's or a programme's initials. */
function isInitialsOfWork(full: readonly string[], word: string): boolean {
  return WORK_HEADS.has(lowerCased(full[full.length - 1]!)) && initialsOf(full) === word;
}

/** Whether two words are spelled with the same letters, in any order ("RAFC", "FARC"). */
function sameLetters(a: string, b: string): boolean {
  return [...a].sort().join('') === [...b].sort().join('');
}

/**
 * "Evergrande" of "China Evergrande Group", "Vanke" of "China Vanke Co": a firm named by its country, a name
 * and a head word or legal form goes by the name (asked only when no firm of the article starts with the
 * word: "Wickes" after "Wickes Plc" is not "U.S. Wickes Companies").
 */
function isCountryFirmName(full: readonly string[], word: string): boolean {
  return (
    full.length === 3 &&
    full[1] === word &&
    (FIRM_HEADS.has(lowerCased(full[2]!)) || withoutLegalForm(full.join(' ')) !== full.join(' ')) &&
    lookupPlace(full[0]!)?.kind === 'country'
  );
}

/** "Foreign Ministry" of "Chinese Foreign Ministry"; "WHO" of "World Health Organization". */
function isShortForm(full: readonly string[], short: readonly string[]): boolean {
  if (short.length >= full.length) {
    return false;
  }
  // "P&G" of "Procter & Gamble", "J&J" of "Johnson and Johnson": initials joined by an ampersand.
  if (short.length === 1 && full.length <= 3 && AMPERSAND_INITIALS.test(short[0]!)) {
    const sides = full.filter((w) => w !== '&' && w !== 'and');
    if (sides.length === 2 && `${sides[0]![0]}&${sides[1]![0]}` === short[0]) return true;
  }
  if (short.length === 1 && CAPITALS_ONLY.test(short[0]!)) {
    const initials = initialsOf(full);
    if (initials === short[0] || initialsOfHyphenedParts(full) === short[0]) return true;
    // "UKIP" of "UK Independence Party": an opening abbreviation gives all its letters.
    if (initialsAfterAbbreviation(full) === short[0]) return true;
    // "FTC" of "U.S. Federal Trade Commission": a country's abbreviation before a body is no part of its initials.
    if (full.length >= 3 && ABBREVIATIONS_OPENING_BODIES.has(full[0]!) && initials.slice(1) === short[0])
      return true;
    // "FAO" of "United Nations Food and Agriculture Organization": so is the UN's name written out (review31 E13).
    if (full.length >= 4 && full[0] === 'United' && full[1] === 'Nations' && initials.slice(2) === short[0])
      return true;
    // "BP" of "The British Petroleum Co Plc": the initials of the name without its legal form.
    if (initials.length > short[0]!.length && initials.startsWith(short[0]!)) {
      const name = withoutLegalForm(full.join(' '));
      if (name.length < full.join(' ').length && initialsOf(name.split(' ')) === short[0]) return true;
    }
    // "FARC" of "Revolutionary Armed Forces of Colombia": an acronym of the name in its own language,
    // whose word order differs, has the same initials in another order.
    if (initials.length >= 3 && initials.length === short[0]!.length && sameLetters(initials, short[0]!))
      return true;
  }
  // "Ethiopian Orthodox Church" of "Ethiopian Orthodox Tewahedo Church": the name without one word inside
  // it that no English list knows (not "Bank of America" of "Bank of North America").
  if (short.length >= 3 && full.length === short.length + 1 && full[0] === short[0]) {
    const gap = short.findIndex((w, k) => full[k] !== w);
    if (
      gap > 0 &&
      short.slice(gap).every((w, k) => full[gap + 1 + k] === w) &&
      GAZETTEER.get(lowerCased(full[gap]!)) === undefined &&
      !isLowerWord(lowerCased(full[gap]!)) &&
      !lookupPlace(full[gap]!)
    )
      return true;
  }
  // "Moody's" of "Moody's Investors Service Inc": a company's first word. Not of a body that the firm or
  // person founded and that is another body ("OpenAI" and "the OpenAI Foundation", "Ford" and "the Ford
  // Foundation"; "Harvard" is Harvard University, so schools and institutes are left as they were).
  if (
    short.length === 1 &&
    full.length >= 2 &&
    full[0] === short[0] &&
    (ORG_HEADS.has(lowerCased(full[full.length - 1]!)) ||
      // "Tata" of "Tata Sons", the family's holding firm (mendE44).
      (full.length === 2 && full[1] === 'Sons')) &&
    lowerCased(full[full.length - 1]!) !== 'foundation'
  )
    return true;
  // "Reform" of "Reform UK": a party named by a word and its country goes by the word.
  if (
    short.length === 1 &&
    full.length === 2 &&
    full[0] === short[0] &&
    GAZETTEER.get(lowerCased(full[1]!))?.kind === 'country' &&
    knownBodyNamed(full.join(' ')) !== undefined
  )
    return true;
  if (isFirstWordOf(full, short)) return true;
  if (isNameWithoutFirmHead(full, short)) return true;
  // "Lloyd's" of "Lloyd's of London": a name and its town after "of" (no ordinary word: "Bank" of "Bank of
  // England", "Gulf" of "Gulf of Mexico").
  if (
    short.length === 1 &&
    full.length === 3 &&
    full[1] === 'of' &&
    full[0] === short[0] &&
    !isLowerWord(lowerCased(short[0]!)) &&
    lookupPlace(full[2]!) !== undefined
  )
    return true;
  // "the Chiefs" of "the Kansas City Chiefs", "the Bills" of "the Buffalo Bills": a club named by its
  // town and a plural nickname goes by the nickname.
  if (
    short.length === 1 &&
    full.length >= 2 &&
    full[full.length - 1] === short[0] &&
    TEAM_NICKNAME.test(short[0]!) &&
    isTownOrRegion(full.slice(0, -1).join(' '))
  )
    return true;
  // "the Tigers" of "the Liberation Tigers of Tamil Eelam": a body named by a plural nickname (an English
  // word's plural) inside its name of three words or more goes by it (not by its head: "Nations" of "United
  // Nations"; not a surname: "Wickes" of "U.S. Wickes Companies").
  if (
    short.length === 1 &&
    full.length >= 3 &&
    TEAM_NICKNAME.test(short[0]!) &&
    full.indexOf(short[0]!) > 0 &&
    !ORG_HEADS.has(lowerCased(short[0]!)) &&
    isLowerWord(lowerCased(short[0]!.slice(0, -1))) &&
    isNicknameInName(full, full.indexOf(short[0]!))
  )
    return true;
  // "Lilly" of "Eli Lilly": a firm named after a person goes by the surname.
  if (short.length === 1 && full.length === 2 && full[1] === short[0] && isGivenName(full[0]!)) return true;
  const offset = full.length - short.length;
  return short.length >= 2 && short.every((w, k) => full[offset + k] === w);
}
