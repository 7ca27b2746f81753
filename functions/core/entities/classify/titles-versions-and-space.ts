// A stage of `typeNamedSpan` (classify.ts): titles alone, version numbers, spacecraft and planets, clubs by their
// plural verbs.
import type { Field } from '../../schema.js';
import { lowerCased } from '../../text/chars.js';
import { PLACE_KINDS, wordInBracketsAfter } from '../chunk.js';
import { FUNCTION_WORDS, GAZETTEER } from '../lexicon.js';
import { shareMoveAfter } from '../typing/amounts-and-markets.js';
import { candidate, NO_CONTEXT, placeOfSpan } from '../typing/candidates.js';
import { type Candidate, type Context, fieldsOf, lowerTokenText, tokenText } from '../typing/context.js';
import { TEAM_VERBS } from '../typing/cue-words.js';
import { firmGuidanceAfter } from '../typing/firm-cues-around.js';
import { versionAfter } from '../typing/products-and-models.js';
import { CLAUSE_OPENERS } from '../typing/sentence-shape.js';
import { spaceThing } from '../typing/space-things.js';
import { clubClosedByInitialsAt, clubOfInitialsAndTown } from '../typing/sports-context.js';
import { onlyTitleWords } from '../typing/titles-and-offices.js';
import { W_TITLE, wordIs } from '../typing/word-tests.js';
import { gazetteerOfWord, isGivenNameWord, isKnownSurnameWord } from '../word-facts.js';
import type { NamedSpan } from './named-span.js';
import { PLURAL_VERBS } from './shared-words.js';

/** Whether "(" a firm or a body the lists know ")" follows the token at `index`: "Petroleos Mexicanos (Pemex)". */
function firmNamedInBracketsAfter(ctx: Context, field: Field, index: number): boolean {
  const short = wordInBracketsAfter(fieldsOf(ctx, field).field.tokens, index);
  return short !== undefined && GAZETTEER.get(lowerCased(short))?.kind === 'organization';
}

/** Titles alone, a version number after a product, spacecraft and planets, a club by its plural verb. */
export function titlesVersionsAndSpace(s: NamedSpan): Candidate[] | undefined {
  const { chunk, ctx, from, personCue, words, to, prevToken, nextToken } = s;
  // "The Prime Minister insisted", "Deputy Prime Minister and Finance Minister Chrystia Freeland": titles
  // alone name no one ("King said" may be a surname's, "Prince" a singer's).
  if (!chunk.caseless && onlyTitleWords(words, from, to)) return [];
  // "Roda JC 2 NAC Breda 1": a club closed by two initials on a results line (orgs51, wild50 E21).
  if (!personCue && clubClosedByInitialsAt(ctx, chunk, from, to))
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "Cheung Kong rose 1.50 dollars": a share's move in a price's unit (orgs51, wild50 E11).
  // ("Dubai fell 10 cents to 18.20 dollars": a crude grade named by its place is no firm: read51 R19.)
  if (
    !personCue &&
    !chunk.caseless &&
    shareMoveAfter(ctx, chunk.field, words[to - 1]!.index) &&
    // ("Dubai fell 10 cents" is a crude grade, "Reckitt Colman fell 12 pence" a share.)
    !PLACE_KINDS.has(gazetteerOfWord(words[from]!)?.kind ?? '') &&
    !placeOfSpan(chunk, from, to)
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "J.P. Morgan raised its forecast": no person has "its" forecast; "A.C. Milan", "P.S.V. Eindhoven": initials
  // before a town (orgs51, wild50 E18).
  if (
    !personCue &&
    !chunk.caseless &&
    // ("Egypt cut its production target": a country or a place sets targets too; "Smith Barney raised its
    // rating", "Dean Witter cut its rating": a surname the lists know opens a broker's name, wild51 W4.)
    ((firmGuidanceAfter(ctx, chunk.field, words[to - 1]!.index) &&
      (gazetteerOfWord(words[from]!)?.kind ?? 'person') === 'person' &&
      !placeOfSpan(chunk, from, to)) ||
      clubOfInitialsAndTown(words, from, to) ||
      // "Petroleos Mexicanos (Pemex)": the long name before a firm's short name in brackets (wild50 E16).
      (to - from > 1 && firmNamedInBracketsAfter(ctx, chunk.field, words[to - 1]!.index)))
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "Dato' Kamal Hamzah": a title written with an apostrophe is cut from the name it opens; alone it is none.
  if (to - from === 1 && wordIs(words[from]!, W_TITLE) && (nextToken === "'" || nextToken === '\u2019'))
    return [];
  // "Claude Opus 4.5 followed", "released Gemini 3 on Tuesday": a name before its version number is a
  // product's (a point release anywhere; a whole number after a verb of launching).
  // Lines of figures ("Revs 12.3 mln", "Denver 4.25") are tables, not launches.
  if (
    !personCue &&
    !words[from]!.tabular &&
    !chunk.caseless &&
    // "the EC 28.1 and the U.S. 12.5": a listed body beside its figure.
    !(to - from === 1 && gazetteerOfWord(words[from]!)?.kind === 'organization') &&
    versionAfter(ctx, chunk.field, words[to - 1]!.index, prevToken, words[from]!.index) &&
    !placeOfSpan(chunk, from, to)
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "Europe's Ariane 6 rocket", "Starship lifted off", "the comet 3I/ATLAS", "the probe passed Venus", "the
  // Higgs boson": spacecraft, rockets, comets, planets and particles are things, not the people, firms or
  // places their names also are.
  if (!chunk.caseless && !personCue && spaceThing(ctx, chunk, from, to, prevToken, nextToken))
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "Chelsea have signed the winger", "while Everton are unbeaten": one person does not take a plural verb;
  // a club named by a given name does in British copy (a country keeps its own rules).
  // "Kerry won their 39th title", "Chelsea beat their rivals": on a sports page a given name opening its clause
  // before a verb of a result and "their" is a side (a player's result would be "his" or "her").
  if (
    to - from === 1 &&
    (PLURAL_VERBS.has(nextToken) ||
      (ctx.sports &&
        TEAM_VERBS.has(nextToken) &&
        lowerTokenText(ctx, chunk.field, words[from]!.index + 2) === 'their')) &&
    (chunk.initial || CLAUSE_OPENERS.has(prevToken)) &&
    !chunk.caseless &&
    !personCue &&
    !words[from]!.possessive &&
    (isGivenNameWord(words[from]!) ||
      // "Villa are top of the table": a surname opening its sentence on a sports page (orgs51, wild50 E21).
      (ctx.sports &&
        chunk.initial &&
        PLURAL_VERBS.has(nextToken) &&
        isKnownSurnameWord(words[from]!) &&
        // ("He'd have won": a pronoun's contraction.)
        !FUNCTION_WORDS.has(words[from]!.lower) &&
        !tokenText(ctx, chunk.field, words[from]!.index).includes("'") &&
        !tokenText(ctx, chunk.field, words[from]!.index).includes('\u2019'))) &&
    gazetteerOfWord(words[from]!)?.kind !== 'country'
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  return undefined;
}
