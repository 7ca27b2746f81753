// A stage of `typeNamedSpan` (classify.ts): clubs named "City", results lines, journals, firms by the word before.
import { lookupPlace } from '../../countries/gazetteer.js';
import { listedFirm } from '../kind-cues.js';
import { isBrandWord } from '../lexicon.js';
import { isNewsmakerSurname } from '../newsmakers.js';
import { MARKET_NOUNS } from '../typing/amounts-and-markets.js';
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
import { tradedByInvestors } from '../typing/firm-deeds.js';
import { endsFullName, surnameCue, tradeBeforePerson } from '../typing/person-cues.js';
import { CONTINENTS, isCountryName } from '../typing/place-cues.js';
import { personPronounNext, thingPronounNext } from '../typing/pronouns.js';
import { nounAfter } from '../typing/sentence-shape.js';
import { resultAfterTeam, teamAfterEntrant } from '../typing/sports-context.js';
import { takeoverObjectAfter } from '../typing/takeover-objects.js';
import { COMPANY_KIND_BEFORE } from '../typing/token-bits.js';
import { W_ORG_HEAD, W_PLACE_HEAD, wordIs } from '../typing/word-tests.js';
import { gazetteerOfWord, isGivenNameWord, isKnownSurnameWord, placeOfWord } from '../word-facts.js';
import type { NamedSpan } from './named-span.js';

const VALUES = new Set(['values', 'valued', 'valuing', 'value']);
/** A sum opens at token `index`: a currency sign, a figure or "about/around/nearly" before one. */
function sumAt(ctx: NamedSpan['ctx'], field: NamedSpan['chunk']['field'], index: number): boolean {
  let text = tokenText(ctx, field, index);
  if (text === 'about' || text === 'around' || text === 'nearly' || text === 'almost')
    text = tokenText(ctx, field, index + 1);
  const code = text.charCodeAt(0);
  return (
    (code >= 48 && code <= 57) || text === '$' || text === '\u00a3' || text === '\u20ac' || text === '\u00a5'
  );
}

/** Whether the gazetteer of towns and regions knows the name (one word by `placeOfWord`). */
function placeListed(words: NamedSpan['words'], from: number, to: number): boolean {
  if (to - from === 1) return placeOfWord(words[from]!) !== undefined;
  let name = words[from]!.core;
  for (let i = from + 1; i < to; i++) name += ` ${words[i]!.core}`;
  return lookupPlace(name) !== undefined;
}

/**
 * A listed firm or a brand word (`listedFirm`, `isBrandWord`). (Not every word only WordNet's places hold: "investment
 * in Africa", "a stake in Europe's largest producer" are continents'.)
 */
function firmNamedLikePlace(words: NamedSpan['words'], from: number, to: number): boolean {
  const first = words[from]!;
  if (to - from === 1 && isBrandWord(first.core)) return true;
  let name = first.core;
  for (let i = from + 1; i < to; i++) name += ` ${words[i]!.core}`;
  return listedFirm(name);
}

/**
 * A market that investors trade, not a firm: a name before a market's noun ("Investors sold Asian and European
 * shares", "Funds bought Gulf debt": "Kelvane shares" has its own firm's cue), a people's word ("Traders sold
 * Italian"), or a place no firm is named after ("Investors shunned Europe"; "bought Orange" is the firm).
 */
function namesMarket(s: NamedSpan): boolean {
  const { words, from, to, nextToken } = s;
  if (MARKET_NOUNS.has(nextToken) || nextToken === 'debt') return true;
  if (to - from === 1) {
    const kind = gazetteerOfWord(words[from]!)?.kind;
    if (kind === 'demonym' || kind === 'group' || CONTINENTS.has(words[from]!.lower)) return true;
  }
  return placeListed(words, from, to) && !firmNamedLikePlace(words, from, to);
}

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
  // "1. Marco Ferrante ( Italy ) , Harlan Ford , 52.410", "6. Ramon Vidal ( Spain ) Gas Gas | 7.": in
  // a results line the name after an entrant and his country, before his time or the next rank, is his
  // team or his car's maker ("Greg Norland ( Canada ) , Tom Hadley , Brian Kemp" lists players).
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
  // "Shares in Toyota fell", "a stake in Orange": a listed firm or brand named like a town is the firm there (wild54
  // Z3); a country, or a place no list makes a firm ("Shares in Tokyo fell": the market; "investment in Africa"),
  // stays a place.
  if (companyIn && !personCue && !isCountryName(words, from, to) && firmNamedLikePlace(words, from, to))
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "no plans to bid for Ashanti Goldfields", "a rival offer for Purolator", "its rating on Elf Aquitaine": off the
  // sports pages the name bid for or rated is a firm (wild53 Y2), whatever its words; a country, a demonym or a
  // person's possessive stays what it was ("a bid for Mandela's release"), and so does a given name before a
  // second word ("a bid for John Smith"). (The sports page's bids are for players: takeoverObjectAfter reads no
  // sports page.)
  if (
    (prevToken === 'for' || prevToken === 'on') &&
    !personCue &&
    !words[to - 1]!.possessive &&
    takeoverObjectAfter(ctx, chunk.field, words[from]!.index - 1) &&
    !isCountryName(words, from, to) &&
    gazetteerOfWord(words[from]!)?.kind !== 'demonym' &&
    !(to - from === 1 && gazetteerOfWord(words[from]!)?.kind === 'country') &&
    // ("Everton made a bid for Tom Carrick": a given name opening two words is a player's on any page.)
    !(to - from === 2 && isGivenNameWord(words[from]!) && !wordIs(words[to - 1]!, W_ORG_HEAD)) &&
    !isNewsmakerSurname(words[to - 1]!.core) &&
    // ("Dudley Taft … a bid for Taft": a single word a full name of the story ends is left to the story's reading.)
    !(to - from === 1 && endsFullName(ctx, words[from]!)) &&
    // ("his bid for Downing Street", "its rating on Illinois", "Lagos State": a place the lists know is bid for as a
    // seat or rated as a borrower, unless a list makes it a firm; "a bid for Catalan independence": a name before
    // a noun is its modifier; read54 R3, R4.)
    !nounAfter(tokenText(ctx, chunk.field, words[to - 1]!.index + 1)) &&
    !wordIs(words[to - 1]!, W_PLACE_HEAD) &&
    (!placeListed(words, from, to) || firmNamedLikePlace(words, from, to))
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "The deal values Amazon at $40bn", "valuing Kelvane at 12 billion": what a deal values at a sum is a firm
  // (wild54 Z3); a country or a given name opening two words stays what it was.
  if (
    VALUES.has(prevToken) &&
    nextToken === 'at' &&
    !personCue &&
    !words[to - 1]!.possessive &&
    sumAt(ctx, chunk.field, words[to - 1]!.index + 2) &&
    !isCountryName(words, from, to) &&
    !(to - from === 2 && isGivenNameWord(words[from]!) && !wordIs(words[to - 1]!, W_ORG_HEAD)) &&
    // ("The offer values Mercedes at $40bn": off the sports pages, where players are valued, a given name too.)
    (to - from > 1 || !isGivenNameWord(words[from]!) || !ctx.sports || firmNamedLikePlace(words, from, to))
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "Investors sold Mercedes and Apple", "Traders bought Kelvane": names traded by a market's investors are firms,
  // even one spelled as a given name; a country ("investors sold Turkey") or a market stays what it was.
  // (The words before the name first: the look-ups of the name are asked after a trading verb only.)
  if (
    !personCue &&
    !ctx.sports &&
    !chunk.caseless &&
    tradedByInvestors(ctx, chunk.field, words[from]!.index) &&
    !isCountryName(words, from, to) &&
    !namesMarket(s) &&
    !(to - from === 2 && isGivenNameWord(words[from]!) && !wordIs(words[to - 1]!, W_ORG_HEAD))
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
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
      // ("the civil servants union Unify Karen Holt": a name of more words runs on into a person's.)
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
