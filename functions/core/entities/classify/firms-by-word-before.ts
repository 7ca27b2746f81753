// A stage of `typeNamedSpan` (classify.ts): clubs named "City", results lines, journals, firms by the word before.
import { lookupPlace } from '../../countries/gazetteer.js';
import { candidate, lookup, NO_CONTEXT } from '../typing/candidates.js';
import { type Candidate, lowerTokenText, tokenText } from '../typing/context.js';
import { BODY_KINDS_BEFORE } from '../typing/cue-words.js';
import { JOURNAL_NOUNS, PUBLISHED_IN } from '../typing/events-and-works.js';
import {
  COMPANY_OF,
  commercialNounBefore,
  firmKindBefore,
  firmOfExamples,
  laterFirmOfList,
  ownedByFirm,
  sectorGroupBefore,
} from '../typing/firm-cues-around.js';
import { surnameCue, tradeBeforePerson } from '../typing/person-cues.js';
import { isCountryName } from '../typing/place-cues.js';
import { personPronounNext, thingPronounNext } from '../typing/pronouns.js';
import { resultAfterTeam, teamAfterEntrant } from '../typing/sports-context.js';
import { COMPANY_KIND_BEFORE } from '../typing/token-bits.js';
import { W_ORG_HEAD, W_PLACE_HEAD, wordIs } from '../typing/word-tests.js';
import { gazetteerOfWord, isGivenNameWord, isKnownSurnameWord, placeOfWord } from '../word-facts.js';
import type { NamedSpan } from './named-span.js';

/**
 * After the words that read the name's surroundings: clubs named "City", teams in results lines, journals,
 * firms by the word before them, a firm's product.
 */
export function firmsByWordBefore(
  s: NamedSpan,
  locative: boolean,
  companyIn: boolean,
): Candidate[] | undefined {
  const { chunk, ctx, from, personCue, words, to, prevToken, nextToken, prevBits } = s;
  // "Manchester City have won", "Leicester City were relegated": a town's name and "City" that no list
  // knows as a place ("Mexico City", "Kansas City" are) is the town's club; "in Iowa City" stays a place.
  if (
    to - from === 2 &&
    !locative &&
    !personCue &&
    words[to - 1]!.lower === 'city' &&
    !chunk.caseless &&
    placeOfWord(words[from]!)?.kind === 'city' &&
    lookup(words, from, to, ctx) === undefined &&
    lookupPlace(`${words[from]!.core} City`) === undefined
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "1. Alex Zanardi ( Italy ) , Reynard Honda , 53.980", "8. Eleuterio Anguita ( Spain ) MX Onda | 9.": in
  // a results line the name after an entrant and his country, before his time or the next rank, is his
  // team or his car's maker ("Dave Barr ( Canada ) , Mike Sullivan , Willie Wood" lists players).
  if (
    (prevToken === ',' || prevToken === ')') &&
    !personCue &&
    resultAfterTeam(ctx, chunk.field, words[to - 1]!.index + 1) &&
    teamAfterEntrant(ctx, chunk.field, words[from]!.index)
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "published in Nature", "writing in the Lancet", "the journal Science": a journal, not a place (a place
  // the lists know stays one: "published in London").
  if (
    to - from <= 3 &&
    !personCue &&
    (((prevToken === 'in' ||
      (prevToken === 'the' && lowerTokenText(ctx, chunk.field, words[from]!.index - 2) === 'in')) &&
      PUBLISHED_IN.has(
        lowerTokenText(ctx, chunk.field, words[from]!.index - (prevToken === 'in' ? 2 : 3)),
      )) ||
      JOURNAL_NOUNS.has(prevToken)) &&
    lookup(words, from, to, ctx) === undefined &&
    !placeOfWord(words[from]!) &&
    !isGivenNameWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "invested $8 billion in Anthropic": "in" after these words takes a company, whatever its spelling.
  if (companyIn && !personCue && !(gazetteerOfWord(words[from]!) !== undefined) && !placeOfWord(words[from]!))
    return [candidate(chunk, from, to, 'organization', 1, { locative: false, prev: prevToken })];
  // "shares of Amazon", "the parent of Google": these words take a company after "of", even one named
  // like a river or a town; a country stays a country. Longer names have their own head words.
  // "Shares of Novo Nordisk": two or three words with no head word of their own too.
  // (The cheap tests of the word before first: the place look-up of the name is asked after "of" only.)
  if (
    prevToken === 'of' &&
    !personCue &&
    (to - from === 1 ||
      (to - from <= 3 &&
        !wordIs(words[to - 1]!, W_ORG_HEAD) &&
        !wordIs(words[to - 1]!, W_PLACE_HEAD) &&
        lookupPlace(chunk.text.slice(words[from]!.start - chunk.start, words[to - 1]!.end - chunk.start)) ===
          undefined)) &&
    COMPANY_OF.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)) &&
    // "state Sen. Elena Parent of Atlanta": the word is a name's last word, not the noun.
    !surnameCue(ctx, chunk.field, words[from]!.index - 2) &&
    !isCountryName(words, from, to) &&
    // "shares of Australian miner Lynas": a nationality word describes the company that follows.
    !(to - from === 1 && gazetteerOfWord(words[from]!)?.kind === 'demonym')
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "competition from Huawei", "orders from Boeing": a commercial noun before "from" takes a company, where
  // "from" alone would make an unknown name a place; a known place ("demand from Texas") stays one.
  if (
    to - from === 1 &&
    prevToken === 'from' &&
    !personCue &&
    commercialNounBefore(ctx, chunk.field, words[from]!.index - 2) &&
    !(gazetteerOfWord(words[from]!) !== undefined) &&
    !placeOfWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "aerospace supplier Rockwell Collins", "planemaker Boeing": the kind of firm before its name.
  if (
    (prevBits & COMPANY_KIND_BEFORE ||
      // ("the public services union Unison Dave Prentis": a name of more words runs on into a person's.)
      (to - from === 1 && BODY_KINDS_BEFORE.has(tokenText(ctx, chunk.field, words[from]!.index - 1))) ||
      sectorGroupBefore(ctx, chunk.field, words[from]!.index) ||
      firmKindBefore(ctx, chunk.field, words[from]!.index, nextToken) ||
      laterFirmOfList(ctx, chunk.field, words[from]!.index) ||
      firmOfExamples(ctx, chunk.field, words[from]!.index)) &&
    !personCue &&
    !(
      tradeBeforePerson(prevToken, words, from, to) &&
      !thingPronounNext(ctx, chunk.field, words[to - 1]!.index)
    ) &&
    !isCountryName(words, from, to) &&
    !(to - from === 1 && placeOfWord(words[from]!)) &&
    // "Software developer Jane Smith said she": a person's pronoun takes up a given name and surname.
    !(
      to - from === 2 &&
      isGivenNameWord(words[from]!) &&
      personPronounNext(ctx, chunk.field, words[to - 1]!.index)
    )
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "Google's Gemini", "OpenAI's Sora": after a firm's possessive, a word WordNet only knows as a
  // constellation or a region, or a given name, names the firm's product.
  if (to - from === 1 && !personCue && ownedByFirm(prevToken)) {
    const entry = gazetteerOfWord(words[from]!);
    const placeOnly = entry?.kind === 'place' && !placeOfWord(words[from]!);
    if (
      placeOnly ||
      (entry === undefined && isGivenNameWord(words[from]!) && !isKnownSurnameWord(words[from]!))
    )
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  }
  return undefined;
}
