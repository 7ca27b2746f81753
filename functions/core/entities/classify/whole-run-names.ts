// Stage 1 of `typeSeveralWords` (classify.ts runs the stages in order): names the whole run spells.
import { codeUnitAt, endsWithText, lowerCased } from '../../text/chars.js';
import { lazyPattern } from '../../text/lazy-pattern.js';
import { chunkWith, type Word } from '../chunk.js';
import { wordInBracketsAfter } from '../chunking/acronyms.js';
import { isLegalFormWord } from '../legal-form.js';
import { isGivenName } from '../lexicon.js';
import { newsmakerNamed } from '../newsmakers.js';
import { bodyInCountry } from '../typing/bodies-and-parties.js';
import { candidate, lookup, placeOfSpan } from '../typing/candidates.js';
import { type Candidate, type Context, fieldsOf } from '../typing/context.js';
import { APPLE_THINGS } from '../typing/firm-cues-around.js';
import { MODEL_NOUNS, makerWord, modelNounEndsList, salesOfBefore } from '../typing/maker-models.js';
import { bodySpelledThroughIn, coordinatedWithFullName, townAsGivenName } from '../typing/person-cues.js';
import { type Reading, readAs } from '../typing/reading.js';
import { sportBodyName } from '../typing/sport-bodies.js';
import { holderAfterSeat } from '../typing/titles-and-offices.js';
import { W_ORG_HEAD, W_PLACE_HEAD, wordIs } from '../typing/word-tests.js';
import { gazetteerOfWord, isGivenNameWord, isKnownSurnameWord } from '../word-facts.js';
import { bioFirmAt } from './bio-firm.js';
import { newsmakerOfRun } from './newsmaker-of-run.js';
import { typeChunk } from './retype.js';

/** Whether the first word no list knows opens a run whose other words are a listed body's name. */
function unlistedNounBeforeBody(words: readonly Word[], from: number, to: number, ctx: Context): boolean {
  const first = words[from]!;
  if (isGivenNameWord(first) || isKnownSurnameWord(first) || gazetteerOfWord(first) !== undefined)
    return false;
  const rest = lookup(words, from + 1, to, ctx);
  return rest !== undefined && ('kind' in rest ? rest.kind : rest.type) === 'organization';
}
/** Three or more capitalised parts joined by hyphens: "Bull-Bora-Hansgrohe". */
const SPONSOR_CHAIN = /^[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*){2,}$/;
/** A capitalised word and a space ending a stretch of text. */
const CAPITALISED_WORD_BEFORE = lazyPattern(() => /(\p{Lu}[\p{L}.'-]*) $/u);

/** Whether the text writes `name` after a given name somewhere ("Julius Maada Bio … Maada Bio said"). */
function givenNameBefore(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at > 1; at = text.indexOf(name, at + 1)) {
    const before = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (before && isGivenName(before[1]!)) return true;
  }
  return false;
}

/** Whether "Cup of" stands inside the words `from`..`to` after a first word ("Africa Cup of Nations"). */
function cupOfAt(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from + 1; i < to - 2; i++)
    if (words[i]!.lower === 'cup' && words[i + 1]!.core === 'of') return true;
  return false;
}

/** An Arabic article hyphened to a capitalised word: "al-Sham", "wal-Muslimin". */
const ARTICLE_HYPHENED = lazyPattern(() => /^(?:al|el|ad|ash|as|at|az|ar|an|wal)-(\p{Lu})/u);

/**
 * Whether "(" an acronym of three capitals or more ")" follows the run and spells the initials of its capitalised
 * words and of those its Arabic articles are hyphened to (maybe with the articles'), one such at least ("Hayat
 * Tahrir al-Sham (HTS)"); a
 * person's initials in brackets spell no article's word ("Mohammed bin Salman (MBS)" has none).
 */
function arabicBodySpelledAfter(reading: Reading): boolean {
  const tokens = fieldsOf(reading.ctx, reading.chunk.field).field.tokens;
  const acronym = wordInBracketsAfter(tokens, reading.lastWord.index);
  if (acronym === undefined || !ACRONYM_CAPITALS.test(acronym)) return false;
  // ("Jaysh al-Fatah (JAF)": the article may give its letter too.)
  let initials = '';
  let withArticles = '';
  let articles = 0;
  for (let k = reading.from; k < reading.to; k++) {
    const core = reading.words[k]!.core;
    const article = ARTICLE_HYPHENED.exec(core);
    if (article) {
      initials += article[1]!;
      withArticles += `${core.charAt(0).toUpperCase()}${article[1]!}`;
      articles++;
    } else if (reading.words[k]!.capitalised) {
      initials += core.charAt(0);
      withArticles += core.charAt(0);
    }
  }
  return articles > 0 && (initials === acronym || withArticles === acronym);
}
const ACRONYM_CAPITALS = /^[A-Z]{3,6}$/;

/**
 * Names the whole run spells: a Fed, a sport's body, a newsmaker, sponsors, a maker's model, a body's branch,
 * a seat and its holder.
 */
export function wholeRunNames(reading: Reading): Candidate[] | undefined {
  // "Hayat Tahrir al-Sham (HTS)", "Jamaat Nusrat al-Islam wal-Muslimin (JNIM)": a name with an Arabic article that a
  // bracketed acronym spells after it is a body's (a person's name with "al-" reads as one otherwise).
  if (reading.n >= 2 && !reading.chunk.caseless && arabicBodySpelledAfter(reading))
    return readAs(reading, 'organization', 2);
  // "Verfolger Bayer Leverkusen", "Spitzenreiter Borussia Dortmund": German capitalises its nouns, and one no
  // list knows before a listed body's name is no word of that name (session 34 leftover).
  if (
    reading.ctx.foreign &&
    reading.n >= 3 &&
    unlistedNounBeforeBody(reading.words, reading.from, reading.to, reading.ctx)
  )
    return typeChunk(
      chunkWith(reading.chunk, reading.words.slice(reading.from + 1, reading.to), false),
      reading.ctx,
    );
  // "FM Sitharaman", "HM Amit Shah", "EAM Jaishankar": letters no list knows before a listed newsmaker's name are
  // an office written as its initials (Finance, Home, External Affairs Minister), no word of the name (wild59).
  if (reading.n >= 2 && !reading.chunk.caseless && officeInitialsBeforeNewsmaker(reading))
    return typeChunk(
      chunkWith(reading.chunk, reading.words.slice(reading.from + 1, reading.to), false),
      reading.ctx,
    );
  // "New York Fed President John Williams", "the St. Louis Fed": a town's regional Federal Reserve bank (ents41).
  if (
    reading.n >= 2 &&
    reading.lastWord.core === 'Fed' &&
    !reading.chunk.caseless &&
    placeOfSpan(reading.chunk, reading.from, reading.to - 1) !== undefined
  )
    return readAs(reading, 'organization', 2);
  // "South African Rugby said", "Cricket Australia", "USA Swimming": a sport's national body (ents41).
  if (!reading.chunk.caseless && sportBodyName(reading.words, reading.from, reading.to))
    return readAs(reading, 'organization', 2);
  // "Bangko Sentral ng Pilipinas", "Komisyon ng Wikang Filipino": Filipino "ng" (of) names a body, no one's name
  // (Ng the Chinese surname is capitalised).
  if (reading.n >= 3 && reading.words.slice(reading.from + 1, reading.to - 1).some((w) => w.core === 'ng'))
    return readAs(reading, 'organization', 2);
  // "Zenith Bio said", "Novartis acquired Tourmaline Bio": a biotech firm named by one word and "Bio".
  if (
    reading.n === 2 &&
    !reading.personCue &&
    bioFirmAt(reading.words, reading.from, reading.to) &&
    !givenNameBefore(reading.ctx.doc.body.text, `${reading.first} Bio`)
  )
    return readAs(reading, 'organization', 2);
  // "the Africa Cup of Nations", "the World Cup of Hockey": a cup named through "of" is the contest, whatever its last
  // word ("Nations" ends bodies' names).
  if (reading.n >= 4 && cupOfAt(reading.words, reading.from, reading.to)) return readAs(reading, 'other', 2);
  // "Alexandria Ocasio-Cortez, the New York Democrat,": a listed newsmaker's full name is that person, though a
  // town opens it and no list knows the rest (it read as a body named after a town, ents41).
  if (!reading.chunk.caseless && newsmakerOfRun(reading.words, reading.from, reading.to) !== undefined)
    return readAs(reading, 'person', 2);
  // "Red Bull-Bora-Hansgrohe", "Team Visma-Lease-Bike": a word of three or more capitalised parts joined by
  // hyphens is a team's or a firm's sponsors' names, not a surname ("Day-Lewis", "Ocasio-Cortez" have two).
  if (!reading.personCue && SPONSOR_CHAIN.test(reading.lastWord.core))
    return readAs(reading, 'organization', 1);
  // "iPad Pro", "iPhone X", "iPad Air": Apple's device and its model are a thing, as the device alone is.
  if (codeUnitAt(reading.first, 0) === 105 && APPLE_THINGS.has(lowerCased(reading.first)))
    return readAs(reading, 'other', 2);
  // "Ford Explorer and Ford Mustang models", "a Toyota Tundra pickup", "sales of the Chevrolet Silverado": a
  // maker the lists know before one more word, where a noun of models ends the name or its list, or where
  // sales are of it, is the maker's product, no person and no body (the bare maker stays the firm).
  // "The Toyota Tacoma is recalled … Toyota said": so it is after "the", which names a firm by its own name
  // alone ("the Ford Foundation", "the Honda Center", "the Sony Pictures" stay the body's, the place's).
  if (
    reading.n === 2 &&
    !reading.personCue &&
    !reading.chunk.caseless &&
    makerWord(reading.firstWord) &&
    !wordIs(reading.lastWord, W_ORG_HEAD) &&
    !MODEL_NOUNS.has(reading.lastLower) &&
    (modelNounEndsList(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
      salesOfBefore(reading.ctx, reading.chunk.field, reading.firstWord.index) ||
      (reading.prevToken === 'the' &&
        !endsWithText(reading.lastLower, 's') &&
        !wordIs(reading.lastWord, W_PLACE_HEAD) &&
        !isLegalFormWord(reading.lastWord.core) &&
        // ("the Shell Canada unit", "the Sumitomo Metal deal", "the Airbus Industrie consortium": a firm's
        // unit in a country or by its trade.)
        !FIRM_TRADE_WORDS.has(reading.lastLower) &&
        gazetteerOfWord(reading.lastWord)?.kind !== 'country'))
  )
    return readAs(reading, 'other', 2);
  // "NHS England", "BBC Scotland", "Amnesty International Kenya": a body's name and the country it
  // serves name the body's branch there, an organisation.
  if (!reading.personCue && bodyInCountry(reading.words, reading.from, reading.to, reading.ctx))
    return readAs(reading, 'organization', 2);
  // "U.N. Interim Force in Lebanon (UNIFIL)": the acronym spells the name through its "in".
  if (reading.n >= 3 && bodySpelledThroughIn(reading.ctx, reading.chunk, reading.from, reading.to))
    return readAs(reading, 'organization', 2);
  // "Paris Hilton said she": a town's name the given-name lists miss (Paris, Brooklyn, Savannah) before a
  // surname-like word, taken up by "she" or "he", is a person's full name (", who" is no cue: "The Miami
  // Dolphins, who had lost", "Houston Methodist, who run eight hospitals", read29 F-c).
  if (
    reading.n === 2 &&
    !reading.locative &&
    reading.prevToken !== 'the' &&
    townAsGivenName(reading.words[reading.from]!, reading.lastWord) &&
    (reading.pronounPerson() ||
      // "Paris Hilton and Nicole Richie were spotted": coordinated with a person's full name.
      coordinatedWithFullName(
        reading.ctx,
        reading.chunk.field,
        reading.words[reading.from]!.index,
        reading.lastWord.index,
      ))
  )
    return readAs(reading, 'person', 1);
  // "Mayor of London Sadiq Khan", "Governor of the Bank of England Andrew Bailey": after a title and "of",
  // the office's seat or body, then its holder's full name.
  if (reading.n >= 3) {
    const holder = holderAfterSeat(reading.ctx, reading.chunk, reading.from, reading.to, reading.prevToken);
    if (holder > 0)
      return [
        ...typeChunk(chunkWith(reading.chunk, reading.words.slice(reading.from, holder)), reading.ctx),
        candidate(reading.chunk, holder, reading.to, 'person', 2, reading.base),
      ];
  }
  return undefined;
}
/** Trades that end a firm's or its unit's name after the maker's word ("Sumitomo Metal", "Ford Credit"). */
const FIRM_TRADE_WORDS = new Set(
  'industrie industry metal steel credit finance financial capital motor energy power electric chemical oil gas insurance life trust securities bank media pharma telecom'.split(
    ' ',
  ),
);

/** Two to four capitals, no more: an office's initials ("FM", "EAM", "CJP"), not a body's longer acronym. */
const OFFICE_INITIALS = /^[A-Z]{2,4}$/;

/** A lower-case letter: a name written in mixed case after the initials ("SAM ALTMAN:" is a name in capitals). */
const LOWER_LETTER = /[a-z]/;

/**
 * The run opens with capitals no list knows and the rest, in mixed case, is a listed newsmaker, named in full or by
 * surname.
 */
function officeInitialsBeforeNewsmaker(reading: Reading): boolean {
  const first = reading.firstWord;
  if (!OFFICE_INITIALS.test(first.core) || first.possessive || gazetteerOfWord(first) !== undefined)
    return false;
  if (!LOWER_LETTER.test(reading.lastWord.core)) return false;
  const rest = reading.n === 2 ? reading.lastWord.core : undefined;
  return rest !== undefined
    ? newsmakerNamed(rest) !== undefined
    : newsmakerOfRun(reading.words, reading.from + 1, reading.to) !== undefined;
}
