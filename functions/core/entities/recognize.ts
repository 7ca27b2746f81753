import { lookupPlace } from '../countries/gazetteer.js';
import type { Entity, EntityType, Mention } from '../schema.js';
import { lowerCased } from '../text/chars.js';
import type { FieldText, TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { letterPattern } from '../text/letters.js';
import { aliasesInText } from './aliases-in-text.js';
import { withBorderLines } from './border-lines.js';
import { withMonthSurnames } from './calendar-surnames.js';
import {
  analyseWords,
  type Chunk,
  caselessChunks,
  mixedCaseChunks,
  splitNamePairs,
  type Word,
} from './chunk.js';
import { type Candidate, typeChunks } from './classify.js';
import { combiningFormCountry } from './combining-forms.js';
import { withOwnerCountries } from './country-bodies.js';
import { withLeadingFigures } from './digit-glued-names.js';
import { withFirmsNamedLikePlaces } from './firms-named-like-places.js';
import { withFirmsOfPlaces } from './firms-of-places.js';
import { withGluedNamesSplit } from './headline-glue.js';
import { withHeadlineNamesReadAsInBody } from './headline-readings.js';
import { addHeadlineShortForms } from './headline-short-forms.js';
import { withInitialBrandRepeats } from './initial-brand-repeats.js';
import {
  FAMILY_NAMES_FIRST,
  FUNCTION_WORDS,
  GAZETTEER,
  isGivenName,
  isKnownSurname,
  isLowerWord,
} from './lexicon.js';
import { withListingLabelsCut } from './listing-labels.js';
import { mergeAliases } from './merge.js';
import { withNationalSides } from './national-sides.js';
import { newsmakerNamed } from './newsmakers.js';
import { oneReadingPerName } from './one-reading.js';
import { withOrganizationIds } from './organization-ids.js';
import { withParticleMentions } from './particle-mentions.js';
import { withPartyCountries } from './party-countries.js';
import { withoutPatronymics } from './patronymics.js';
import { withPeopleOfLists } from './people-lists.js';
import { withPeoplesWordsBeforePeople } from './peoples-word-before-person.js';
import { withFirmsOfPeoplesWords } from './peoples-word-inside.js';
import { withPersonIds } from './person-ids.js';
import { withPortfolioNames } from './portfolio-titles.js';
import { asPrizeOfGold } from './prizes-of-gold.js';
import { withReigningName } from './reigning-names.js';
import { isRoleNotName, withoutTitlesAlone } from './role-labels.js';
import { withHolderNames } from './royal-styles.js';
import { asRunTogetherFirm } from './run-together-names.js';
import { withSharedSurnames } from './shared-surname.js';
import { withMentionsInFields, withSpacedPossessivesJoined } from './spaced-possessives.js';
import { withSponsoredContests } from './sponsored-contests.js';
import { isTitleCase } from './title-case.js';
import { withTitleFirmsAsPeople } from './title-firms-as-people.js';
import { withTownInitials } from './town-initials.js';
import { isSportsDocument, teamNicknameOf } from './typing/sports-context.js';
import { withUndottedInitials } from './undotted-initials.js';

// At module level: esbuild compiles a \p{…} literal inside a function on every call.
const CAPITALS = letterPattern(String.raw`^\p{Lu}{2,}$`);
/** "US", "EU", "U.S.": an abbreviation as one side of a hyphened pair ("US-China talks"). */
const ACRONYM_PART = lazyPattern(() => /^(?:\p{Lu}{2,5}|(?:\p{Lu}\.){2,3})$/u);

/** A name the lists know: a country, demonym, place, organisation, surname or group word, or a town. */
function isListed(name: string): boolean {
  return GAZETTEER.has(lowerCased(name)) || lookupPlace(name) !== undefined;
}

/** Whether no word of `words` is an ordinary word or a listed name. */
const unknownWords = (words: readonly string[]) =>
  words.every((w) => !isLowerWord(w) && GAZETTEER.get(lowerCased(w)) === undefined);

/** "Warsaw", "Lublin", "Punjab": a town or region the place gazetteer knows. */
const isTownOrRegion = (part: string) => lookupPlace(part) !== undefined;

/** "Russian", "Americans": a people's word the lists know. */
const isDemonym = (part: string) =>
  GAZETTEER.get(lowerCased(part))?.kind === 'demonym' ||
  // "the Franco-Dutch group": a people's combining form is a side of the pair too.
  combiningFormCountry(part) !== undefined;
/** "China", "U.S.": a country's name the lists know, a side of "US-China trade talks" whatever noun follows. */
const isCountryName = (part: string) => GAZETTEER.get(lowerCased(part))?.kind === 'country';

/**
 * Finds people, organisations, places and nationality words in an article's title and body, merges
 * the mentions of one thing ("Donald Trump", "Trump", "Mr. Trump") and gives each a stable id.
 */
export function recognizeEntities(doc: TagDocument): Entity[] {
  // "Arsenal 's Ian Wright": pre-tokenised text's spaced possessives are read as "Arsenal's" (spaced-possessives.ts).
  const joined = withSpacedPossessivesJoined(doc);
  if (joined === undefined) return recognizeIn(doc);
  return withMentionsInFields(recognizeIn(joined.doc), joined.joins, {
    title: doc.title.text,
    body: doc.body.text,
  });
}

function recognizeIn(doc: TagDocument): Entity[] {
  const lowerTokens: string[] = [];
  const titleCase = !doc.titleIsAllCaps && isTitleCase(doc.title);
  const fields: { field: FieldText; words: (Word | null)[] }[] = [
    {
      field: doc.title,
      words: analyseWords(doc.title, doc.titleIsAllCaps || (titleCase ? 'title-case' : false), lowerTokens),
    },
    { field: doc.body, words: analyseWords(doc.body, false, lowerTokens, doc.storyStart) },
  ];
  const seen = documentEvidence(fields, lowerTokens);
  const texts = { title: doc.title.text, body: doc.body.text };
  const english = doc.language === 'und' || /^en(?:-|$)/i.test(doc.language);
  const isName = (part: string) =>
    isListed(part) ||
    ACRONYM_PART.test(part) ||
    isGivenName(part) ||
    isKnownSurname(part) ||
    FAMILY_NAMES_FIRST.has(part) ||
    // "the Biden-Xi talks": a newsmaker's surname is a side of its own.
    newsmakerNamed(part) !== undefined ||
    seen.capitalisedInside.has(lowerCased(part));
  const chunksOf = (field: { field: FieldText; words: (Word | null)[] }) =>
    splitNamePairs(
      field.field,
      // "the Benson and Hedges Cup" is one competition (sponsored-contests.ts); "Minister for Road Transport and
      // Highways Nitin Gadkari": the portfolio is no name (portfolio-titles.ts).
      withSponsoredContests(
        withPortfolioNames(
          withUndottedInitials(
            mixedCaseChunks(field.field, field.words, english, doc.language.slice(0, 2).toLowerCase()),
            field.field,
            field.words,
          ),
          field.field,
        ),
        field.field,
      ),
      isName,
      isListed,
      isDemonym,
      isTownOrRegion,
      isCountryName,
    );
  // Concatenated, not spread: a megabyte article has more chunks than a call may take arguments.
  // "Yeltsin backs Lebed Chechnya peace plan": a headline's glued surname and place are two names (headline-glue.ts).
  // "Theresa May … Mrs May said": a month's name that is a person's surname (calendar-surnames.ts).
  // "LAST SALE : None", "Kelvane County School District ST : OH": a listing's labels are no names (listing-labels.ts).
  const mixed: Chunk[] = withListingLabelsCut(
    withMonthSurnames(withGluedNamesSplit(chunksOf(fields[0]!).concat(chunksOf(fields[1]!)), texts), fields),
    { title: doc.title, body: doc.body },
  );
  const candidates: Candidate[] = typeChunks(mixed, fields, seen, doc);
  const credit = creditSpan(doc);
  let typed = withPeopleOfLists(
    withInitialBrandRepeats(
      withBorderLines(
        namesOfTypedChunks(withFirmsOfPeoplesWords(candidates), texts, credit, isSportsDocument(doc)),
        texts,
      ),
      fields,
    ),
    doc,
  );
  // Capitals-only lines (headlines, datelines) are read against the names found in mixed case.
  if (!anyCaseless(fields)) return namesReadTogether(typed, doc, texts);
  const known = new Map<string, Candidate>();
  for (const c of typed) known.set(lowerCased(c.words.join(' ')), c);
  // "TRUMP MEETS XI", "Trump Meets Xi": a headline names a person found in the text by surname (the
  // first word of an East Asian name). Only names read as a person's (a given name or a title), with a
  // surname that is no place ("Merrill Lynch Canada"), no numeral ("Mark IV") and no ordinary word
  // unless the text also names the person by it alone ("Trump said") or it is a known surname after a
  // given name ("Chris Miller").
  const soloPeople = new Set<string>();
  for (const c of typed)
    if (c.type === 'person' && c.words.length === 1) soloPeople.add(lowerCased(c.words[0]!));
  for (const c of typed) {
    // ("LEBED , MASKHADOV SIGN DEAL" over "Alexander Lebed and Aslan Maskhadov signed …": a name of two words no
    // list knows is a person's of little strength, and its surname names him in the headline all the same.)
    if (
      c.type !== 'person' ||
      c.words.length < 2 ||
      (c.strength < 2 && !(c.words.length === 2 && unknownWords(c.words)))
    )
      continue;
    const first = c.words[0]!;
    const familyFirst = FAMILY_NAMES_FIRST.has(first);
    const word = familyFirst ? first : c.words[c.words.length - 1]!;
    const surname = lowerCased(word);
    if (
      surname.length < 2 ||
      word === word.toUpperCase() ||
      known.has(surname) ||
      FUNCTION_WORDS.has(surname)
    )
      continue;
    if (
      CAPITALS.test(first) ||
      (isLowerWord(surname) && !soloPeople.has(surname) && !(isKnownSurname(word) && isGivenName(first)))
    )
      continue;
    const kind = GAZETTEER.get(surname)?.kind;
    // "ZAMBIA'S CHILUBA" over "President Frederick Chiluba", "MARTIN UPSETS CHANG" over "Michael Chang": a surname
    // that is a people's word or a place no town list holds, after a given name, is the person's too (wild47 star 12).
    const namesake =
      (kind === 'group' || kind === 'place') && !familyFirst && c.words.length === 2 && isGivenName(first);
    if ((kind !== undefined && kind !== 'person' && !namesake) || lookupPlace(word)) continue;
    known.set(surname, c);
  }
  // "GONZALEZ HOMERS TWICE AS RANGERS BEAT INDIANS": a headline names a team the text names in full
  // ("Texas Rangers") by its nickname, which may be an ordinary word or a people's.
  for (const c of typed) {
    if (c.type !== 'organization') continue;
    const nickname = teamNicknameOf(c.words);
    if (nickname !== undefined && !known.has(nickname)) known.set(nickname, c);
  }
  addHeadlineShortForms(typed, known, isSportsDocument(doc));
  const caseless: Chunk[] = caselessChunks(fields[0]!.field, fields[0]!.words, known, titleCase).concat(
    caselessChunks(fields[1]!.field, fields[1]!.words, known),
  );
  // "Sony PSP Tipped as a Must-Have": a known name of a title-case headline that holds an abbreviation is read
  // whole, not its abbreviation alone.
  const withAbbreviation = titleCase ? caseless.filter((c) => c.words.some((w) => !w.caseless)) : [];
  if (withAbbreviation.length > 0)
    typed = typed.filter(
      (c) => c.field !== 'title' || !withAbbreviation.some((k) => c.start < k.end && k.start < c.end),
    );
  const fromCaseless = namesOfTypedChunks(
    typeChunks(caseless, fields, seen, doc, known),
    texts,
    credit,
    isSportsDocument(doc),
  );
  return namesReadTogether(typed.concat(fromCaseless), doc, texts);
}

/**
 * The names found, read against one another and the story (national sides, firms of places, owners' and parties'
 * countries, shared surnames, patronymics, aliases, one reading a name, headline readings), then given their ids:
 * one chain for a story in mixed case and for one whose capitals-only lines were read against its names. It was
 * written out twice (tidy43, duplicates D8), and a step added to one copy would have skipped the other's stories.
 */
function namesReadTogether(
  found: Candidate[],
  doc: TagDocument,
  texts: { readonly title: string; readonly body: string },
): Entity[] {
  const owned = withoutPatronymics(
    withSharedSurnames(
      withPartyCountries(
        withOwnerCountries(
          withFirmsOfPlaces(withNationalSides(withPeoplesWordsBeforePeople(found), doc), doc),
          doc,
        ),
        doc,
      ),
      doc.body.text,
    ),
  );
  const aliases = aliasesInText(owned, doc);
  return withIds(
    withHeadlineNamesReadAsInBody(
      withTitleFirmsAsPeople(
        withFirmsNamedLikePlaces(
          oneReadingPerName(mergeAliases(withHolderNames(owned, aliases), aliases, doc.body.text)),
          texts,
        ),
      ),
    ),
    texts,
  );
}

/**
 * People's and organisations' ids as every article gives them (person-ids.ts, organization-ids.ts), once titles
 * alone are gone (role-labels.ts) and a surname's mentions keep its particle (particle-mentions.ts).
 */
const withIds = (entities: Entity[], texts: { readonly title: string; readonly body: string }) =>
  withOrganizationIds(
    withPersonIds(withParticleMentions(withoutTitlesAlone(entities, texts), texts), texts),
    texts,
  );

/**
 * The typed chunks that name something (not typed 'none', not inside the photo credit, no role label), each
 * with its leading figures, as a prize "of gold", a run-together firm and a reigning name. One loop that pushes,
 * not a chain of `map`s: V8's optimised code inlines `Array.prototype.map` and returns a holey array where the
 * interpreter returns a packed one, so every pass that reads the candidates was optimised for one kind of
 * array, met the other once the caller was optimised, and was thrown away and compiled again ("wrong map"
 * deopts in warm rounds 7-15 of the bench corpus, `recognizeEntities` itself recompiled four times).
 */
function namesOfTypedChunks(
  typed: readonly Candidate[],
  texts: { readonly title: string; readonly body: string },
  credit: readonly [number, number] | undefined,
  /** A sports page (isSportsDocument): only there do bracketed letters after a club name its town. */
  sports: boolean,
): Candidate[] {
  const leadingFigures = withLeadingFigures(texts);
  const names: Candidate[] = [];
  for (const chunk of typed) {
    const c = leadingFigures(chunk);
    if (c.type === 'none' || inSpan(c, credit) || isRoleNotName(c)) continue;
    names.push(withReigningName(asRunTogetherFirm(asPrizeOfGold(c))));
  }
  return withTownInitials(names, texts, sports);
}

/**
 * "WASHINGTON (AP) —", "CARACAS, Venezuela (AFP) —", "CHICAGO, March 3 /PRNewswire/ --": what follows the
 * place in a dateline at the start of the body (the date, the agency's credit) names no one in the news;
 * the agency that filed is kept in the result's `dateline`. Undefined when the body opens with no dateline.
 */
function creditSpan(doc: TagDocument): readonly [number, number] | undefined {
  const dateline = doc.dateline;
  if (dateline?.start === undefined || dateline.end === undefined) {
    // "Nov 19 (Reuters) -", "(Reuters) -": the wire's form for company news filed with no city.
    const bare = BARE_CREDIT.exec(doc.body.text);
    return bare ? [0, bare[0].length] : undefined;
  }
  // The place opens the dateline (`start`), in the body's letters or in those of a given dateline it repeats.
  const placeEnd = dateline.start + dateline.place.length;
  return placeEnd > dateline.end ? undefined : [placeEnd, dateline.end];
}

/**
 * A date (or nothing), an agency's name in brackets and a dash, opening the body. A letterPattern: an ASCII body
 * is read by its ASCII twin, and the `\p{…}` pattern (its Unicode tables, ~4 M instructions to make and compile)
 * is made only for a body with other characters.
 */
const BARE_CREDIT = letterPattern(
  String.raw`^\s*(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})? )?\(\p{Lu}[\p{L}.&' -]{0,30}\)\s*[-\u2013\u2014]{1,2}`,
);

const inSpan = (c: Candidate, span: readonly [number, number] | undefined) =>
  span !== undefined && c.field === 'body' && c.start >= span[0] && c.end <= span[1];

/** What the whole article says about words: capitalised mid-sentence somewhere, or lower case somewhere. */
export interface DocumentEvidence {
  readonly capitalisedInside: ReadonlySet<string>;
  /** Of the words in `capitalisedInside`, those also written in lower case somewhere: the only ones asked. */
  readonly lowerCase: ReadonlySet<string>;
  /**
   * Words that open a sentence or the title capitalised and are written in lower case somewhere ("Jazz pianist
   * dies" over "the jazz pianist"), whether or not they are also capitalised inside a sentence.
   */
  readonly openersInLowerCase: ReadonlySet<string>;
  /**
   * Words of a line in capitals ("RAND FIRMS AFTER INFLATION TARGET CHANGE") that the story writes in lower case
   * ("South Africa's rand firmed") and never capitalised.
   */
  readonly caselessInLowerCase: ReadonlySet<string>;
}

function documentEvidence(
  fields: readonly { field: FieldText; words: (Word | null)[] }[],
  /** Lower-case words left out of `fields`' words, already lower-cased. */
  lowerTokens: readonly string[],
): DocumentEvidence {
  const capitalisedInside = new Set<string>();
  const openers = new Set<string>();
  const lowerWords: string[] = [];
  const caseless = new Set<string>();
  for (const { words } of fields) {
    for (const w of words) {
      if (!w) continue;
      if (w.caseless) {
        caseless.add(w.lower);
        continue;
      }
      if (!w.capitalised) lowerWords.push(w.lower);
      else if (!w.initial) capitalisedInside.add(w.lower);
      else openers.add(w.lower);
    }
  }
  // Most of an article is lower-case words: checking them against the few capitalised ones is cheaper
  // than collecting them all in a set.
  const lowerCase = new Set<string>();
  const openersInLowerCase = new Set<string>();
  const caselessInLowerCase = new Set<string>();
  const caselessWord = (lower: string) =>
    caseless.has(lower) && !capitalisedInside.has(lower) && !openers.has(lower);
  for (const lower of lowerTokens) {
    if (capitalisedInside.has(lower)) lowerCase.add(lower);
    if (openers.has(lower)) openersInLowerCase.add(lower);
    if (caseless.size > 0 && caselessWord(lower)) caselessInLowerCase.add(lower);
  }
  for (const lower of lowerWords) {
    if (capitalisedInside.has(lower)) lowerCase.add(lower);
    if (openers.has(lower)) openersInLowerCase.add(lower);
    if (caseless.size > 0 && caselessWord(lower)) caselessInLowerCase.add(lower);
  }
  return { capitalisedInside, lowerCase, openersInLowerCase, caselessInLowerCase };
}

export type { Candidate, EntityType, Mention };

/**
 * Whether a word of either field is on a line in capitals only. A plain loop: two nested `some` with
 * closures over every word of the body were ~0.4% of tagging time, most articles having no such line.
 */
function anyCaseless(fields: readonly { readonly words: readonly (Word | null)[] }[]): boolean {
  for (const { words } of fields) for (let i = 0; i < words.length; i++) if (words[i]?.caseless) return true;
  return false;
}
