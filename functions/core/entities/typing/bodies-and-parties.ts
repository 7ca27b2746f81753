// Bodies and parties: party members and cues, bodies in a country, general bodies and laws, known bodies,
// foreign bodies' lead words, leaders' bodies, initials of bodies.

import type { Field } from '../../schema.js';
import { endsWithText } from '../../text/chars.js';
import { letterPattern } from '../../text/letters.js';
import { CAPITAL_ENDED_ACRONYM } from '../acronym-shapes.js';
import type { Chunk, Word } from '../chunk.js';
import { GAZETTEER, LEADERS_BODIES, ORG_HEADS, ORG_LEADS, PLACE_HEADS } from '../lexicon.js';
import { gazetteerOfWord, isGivenNameWord, isKnownSurnameWord, isLowerWordWord } from '../word-facts.js';
import { MARKET_NOUNS } from './amounts-and-markets.js';
import { type Base, candidate, lookup, NO_CONTEXT } from './candidates.js';
import { type Candidate, type Context, lowerTokenText, norm, tokenText } from './context.js';
import { TEAM_VERBS } from './cue-words.js';
import { fullNameAfterPossessive } from './person-cues.js';
import { LIST_JOINERS } from './place-cues.js';
import { clubNameAt, inResultSentence, TOWN_OF_CLUB_BEFORE } from './sports-context.js';
import {
  ACRONYM,
  S_BARE_ACRONYM,
  S_ROMAN_NUMERAL,
  shapeIs,
  TWO_CAPITALS,
  W_COMPASS,
  W_FUNCTION,
  W_INSTITUTION,
  W_ORG_HEAD,
  W_PLACE_HEAD,
  W_PLACE_LEAD,
  W_TITLE,
  wordIs,
} from './word-tests.js';

/** Capitalised abbreviations that name no organisation. */
export const NOT_ORG_ACRONYMS = new Set(
  'GMT EDT EST BST CET PST GDP GNP CPI PPI PMI AIDS HIV CEO CFO COO IPO TV DNA RBI ERA NA PCT OT PC CD DVD AM PM UTC OK ID VAT AI EV ETF LNG LPG SUV ESG NFT GPS IVF PPE ICBM UAV KC QC FX GP'.split(
    ' ',
  ),
);
/** Lower-case nouns after a name that make it a body: "the Georgian Dream party". */
export const ORG_NOUNS_AFTER = new Set([
  'gang',
  'cartel',
  'party',
  'parties',
  'movement',
  'militia',
  'coalition',
  'bloc',
  'alliance',
  'faction',
  'union',
  'unions',
]);

/**
 * Words of bodies' names that open them as adjectives: "Union Pacific", "National Grid", "Royal Mail" ("Federal"
 * is left out: "the Federal Budget" is the budget).
 */
export const BODY_ADJECTIVES = new Set(['union', 'national', 'royal']);
/** Words after such an adjective that make a thing, a family or an idea, not a body ("the Union Jack", read28 F14). */
export const NOT_BODY_AFTER = new Set(
  'jack treasure treasures anthem family highness wedding flag holiday interest security debt'.split(' '),
);
/** The Group of Seven, Eight, Ten, Twenty, Seventy-Seven (not "G4", Apple's processor). */
export const GROUP_FORUMS = new Set(['g7', 'g8', 'g10', 'g20', 'g77', 'g-7', 'g-8', 'g-10', 'g-20', 'g-77']);
export const TAG_OPENERS = new Set([',', '(']);
/**
 * Nouns after a name of unknown words that make it a party or a body: "Shiv Sena leader", "Akali Dal MPs", "Frente
 * Amplio candidate Yamandu Orsi" (a person's name is never followed so).
 */
export const MEMBERS_AFTER = new Set(
  'leader leaders lawmaker lawmakers legislator legislators mp mps mla mlas councillor councillors candidate candidates'.split(
    ' ',
  ),
);
/** A party's members after its name: "Morena lawmakers", "Morena MPs". */
export const PARTY_MEMBERS_AFTER = new Set(
  'lawmakers legislators mps mlas councillors deputies senators'.split(' '),
);
export const PARTY_CUES_AFTER = new Set(
  'leader leaders leadership government party mp mps candidate candidates voters minister ministers won lost wins'.split(
    ' ',
  ),
);
/** "A spokesman for Eskom said": the weak body `spokenFor` reads; a speaker elsewhere may make it a person. */
export const SPOKEN_FOR: Base = { locative: false, prev: 'for' };
/** Whether a candidate is the one-word body only "a spokesman for" made one (see `SPOKEN_FOR`). */
export function spokenForBody(c: Candidate): boolean {
  return c.type === 'organization' && c.strength === 1 && c.prev === 'for' && c.words.length === 1;
}

/**
 * "Democrats had fled to Illinois", "The Republicans in the House": a party's members named alone are the
 * party; "a Republican" alone is a politician's affiliation, like a nationality word (the word lists'
 * place, the Republican River, is never what the press means).
 */
export function partyMembers(chunk: Chunk, at: number): Candidate[] {
  const type = endsWithText(chunk.words[at]!.lower, 's') ? 'organization' : 'other';
  return [candidate(chunk, at, at + 1, type, 2, NO_CONTEXT)];
}

/** Factions Indian and other parties write in brackets after the party's name. */
export const FACTIONS = new Set(['united', 'secular', 'marxist', 'socialist', 'democratic']);
/** "Scottish Labour", "Welsh Conservatives": parties named by what their members are called. */
export const PARTY_NOUNS = new Set(
  'labour labor conservatives tories greens liberals socialists nationalists unionists communists'.split(' '),
);

/**
 * "NHS England", "BBC Scotland", "Amnesty International Kenya": a country (one word) after a body's
 * acronym or a name the lists know as a body.
 */
export function bodyInCountry(words: readonly Word[], from: number, to: number, ctx: Context): boolean {
  const country = words[to - 1]!;
  if (to - from > 4 || gazetteerOfWord(country)?.kind !== 'country' || isLowerWordWord(country)) return false;
  if (to - from === 2) {
    const body = words[from]!;
    // "E.C. Jordan" is a person's initials and surname.
    return (
      shapeIs(body, S_BARE_ACRONYM) &&
      !NOT_ORG_ACRONYMS.has(body.core) &&
      !gazetteerOfWord(body)?.countryCode &&
      !shapeIs(body, S_ROMAN_NUMERAL)
    );
  }
  // "Turning Point USA": a name of ordinary words before the country (not a region of it: "East Coast
  // Mexico", "Port of Singapore", "Three Mile Island").
  if (
    words
      .slice(from, to - 1)
      .every(
        (w) =>
          isLowerWordWord(w) &&
          !wordIs(w, W_FUNCTION) &&
          !wordIs(w, W_COMPASS) &&
          !wordIs(w, W_PLACE_HEAD) &&
          !wordIs(w, W_PLACE_LEAD),
      )
  )
    return true;
  // "Amnesty International Kenya", "Oxfam Novib Foundation Uganda": a body's head word before the country
  // ("International" ends the names of bodies with national sections).
  const head = words[to - 2]!;
  if ((wordIs(head, W_ORG_HEAD) && !wordIs(head, W_PLACE_HEAD)) || head.lower === 'international')
    return true;
  const body = lookup(words, from, to - 1, ctx);
  return body !== undefined && ('kind' in body ? body.kind === 'organization' : body.type === 'organization');
}
/** Senior ranks that firms and bodies are named with: "General Motors", "Commodore International", "Admiral Group". */
export const RANK_FIRM_LEADS = new Set(['general', 'commodore', 'admiral']);
export const GENERAL_EVENTS = new Set(['election', 'elections', 'strike', 'debate']);
const LAW_ENDS = new Set(['regulation', 'act', 'directive', 'law', 'code']);
/** Whether the words after "General" are ordinary words, none a title, a given name or a surname. */
export function generalBody(words: readonly Word[], from: number): boolean {
  // "the General Data Protection Regulation": a law's name, left to the rules of works.
  if (LAW_ENDS.has(words[words.length - 1]!.lower)) return false;
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    if (wordIs(w, W_FUNCTION) && i > from) continue;
    if (!isLowerWordWord(w) || isKnownSurnameWord(w) || isGivenNameWord(w) || wordIs(w, W_TITLE))
      return false;
  }
  return true;
}
/** A plural ending: "Celtics", "Yankees" (not "Fed", "Labour"). */
const PLURAL_END = /[a-z]s$/;
/**
 * What a one-word group name WordNet lists (a people, a faith, "Fed") is, read from the words right beside it: a
 * body (`organization`), no name at all (`none`), or undefined when nothing there says, so the list's reading stands.
 */
export function groupWordByNeighbours(
  ctx: Context,
  chunk: Chunk,
  word: Word,
  nextToken: string,
): 'organization' | 'none' | undefined {
  // "the Fed": WordNet's group word (a federal agent) is the central bank in news.
  if (wordIs(word, W_INSTITUTION)) return 'organization';
  // "Asian shares rose", "European stocks fell": a region's adjective before the market is no name.
  if (MARKET_NOUNS.has(nextToken)) return 'none';
  if (chunk.caseless) return undefined;
  // "his Saracens side", "successes for Wasps and Bristol": on a sports page a people's name in the plural before
  // a side's noun, or listed with a club, is the club named after them.
  if (
    ctx.sports &&
    (TOWN_OF_CLUB_BEFORE.has(nextToken) ||
      (LIST_JOINERS.has(nextToken) && clubNameAt(ctx, chunk.field, word.index + 2)))
  )
    return 'organization';
  // "the Lakers beat the Celtics 110-102": a people's plural after "the" in a match's result is the club named
  // after them, as the other side's nickname is (wild39a ★8: Celtics typed `other` beside the Lakers).
  // ("Lakers beat Celtics": so beside a side's verb on a sports page, as a headline writes it.)
  if (PLURAL_END.test(word.core)) {
    const prev = lowerTokenText(ctx, chunk.field, word.index - 1);
    if (
      (prev === 'the' && inResultSentence(ctx, chunk.field, word.index)) ||
      (ctx.sports && (TEAM_VERBS.has(prev) || TEAM_VERBS.has(nextToken)))
    )
      return 'organization';
  }
  // "ahead of Alpine's Esteban Ocon": a people's word in the possessive (its own "'s": a people's plural with a
  // bare "'" is left to the rules after) before a full name is the team or the body the person belongs to (a
  // people has no members named so; review26 #35).
  if (word.possessive && fullNameAfterPossessive(ctx, chunk.field, word)) return 'organization';
  return undefined;
}

/** "FBI", "Tesla", "Delhi": a word before a title that names the office's body or place, not a person. */
export function knownBody(word: string): boolean {
  if (ACRONYM.test(word)) return true;
  const kind = GAZETTEER.get(norm(word))?.kind;
  return kind !== undefined && kind !== 'person' && kind !== 'group';
}
// "Met Éireann", "Bus Éireann", "Dáil Éireann": "of Ireland" ends the names of Irish bodies.
export const FOREIGN_ORG_HEAD = letterPattern(
  String.raw`(?:^|\p{Ll})(?:zeitung|partei|ministerium|bundesamt|verband|gericht|stiftung|gewerkschaft|konzern|beh\u00f6rde|kommission|agentur|rundfunk)$|^[\u00e9e]ireann$`,
);

export const FOREIGN_ARTICLES = new Set(['Le', 'La', 'Der', 'Die', 'Das', 'El', 'Il', 'Los', 'Las']);

/**
 * Whether a party's noun follows the name `first`..`last` past its acronym in brackets ("Law and Justice (PiS)
 * party"), or the name is that acronym ("(AfD) party"); or a party's leader or members do ("Shiv Sena (UBT) chief").
 */
export function partyNounPastBracket(
  ctx: Context,
  field: Field,
  first: Word,
  last: Word,
  prevToken: string,
  nextToken: string,
): boolean {
  const at = last.index;
  if (nextToken === '(') {
    const after = lowerTokenText(ctx, field, at + 4);
    return (
      CAPITAL_ENDED_ACRONYM.test(tokenText(ctx, field, at + 2)) &&
      tokenText(ctx, field, at + 3) === ')' &&
      // ("Shiv Sena (UBT) chief Uddhav Thackeray": a party's leader past its faction's letters.)
      (ORG_NOUNS_AFTER.has(after) || MEMBERS_AFTER.has(after) || after === 'chief')
    );
  }
  return (
    prevToken === '(' &&
    nextToken === ')' &&
    first === last &&
    CAPITAL_ENDED_ACRONYM.test(first.core) &&
    ORG_NOUNS_AFTER.has(lowerTokenText(ctx, field, at + 2))
  );
}

/**
 * "Food Corporation of India (FCI)", "Monetary Authority of Singapore (MAS)": a body's head word before "of"
 * (a name the chunker joined through "of" because the acronym after it spells it), no place's.
 */
export function hasOrgHeadOf(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to - 2; i++)
    if (words[i + 1]!.core === 'of')
      return ORG_HEADS.has(words[i]!.lower) && !PLACE_HEADS.has(words[i]!.lower);
  return false;
}

/**
 * "Bank of England", "U.S. Chamber of Commerce", "Organization for Security and Co-operation in
 * Europe": an organisation lead word followed by "of", "for" or "on".
 */
export function hasOrgLeadOf(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    const next = words[i + 1]!.core;
    // "Government of National Unity": the chunker joins "Government of" only before no country's name.
    if (words[i]!.lower === 'government' && next === 'of') return true;
    // "Intergovernmental Panel on Climate Change", "Campaign to End Loneliness": the chunker joins a panel through
    // "on" (chunk.ts PACT_LEADS) and a body's lead or a campaign through "to" and a verb's object.
    if (next === 'on' && (words[i]!.lower === 'panel' || words[i]!.lower === 'forum')) return true;
    if (next === 'to' && (words[i]!.lower === 'campaign' || ORG_LEADS.has(words[i]!.lower))) return true;
    if (!ORG_LEADS.has(words[i]!.lower)) continue;
    if (next === 'of' || next === 'for' || next === 'on') return true;
    // "Directorate General of Civil Aviation": a directorate's "General" before "of".
    if (next === 'General' && words[i + 2]?.core === 'of') return true;
  }
  return false;
}

/** A wire's desks, named by a place or a beat ("New York Energy Desk", "London Newsroom"). */
export const NEWSROOM_HEADS = new Set(['desk', 'newsdesk', 'newsroom']);
/** What opens a sign-off's desk: a dash opening the line, or the comma after the reporter's name. */
export const SIGN_OFF_BEFORE = new Set(['--', '-', '\u2014', ',']);

export function hasLeadOf(
  leads: ReadonlySet<string>,
  words: readonly Word[],
  from: number,
  to: number,
): boolean {
  for (let i = from; i < to - 1; i++)
    if (leads.has(words[i]!.lower) && words[i + 1]!.lower === 'of') return true;
  return false;
}
/** Nouns of a body's work in a place: "the OSCE Chechnya mission", "the EU Ukraine envoy". */
export const MISSION_NOUNS = new Set(
  'mission missions envoy envoys office delegation operation operations inspectors inspections monitors observers peacekeepers troops force representative'.split(
    ' ',
  ),
);
// "Te Pāti Māori", "Te Whatu Ora", "Te Papa", "Te Rūnanga o Ngāi Tahu", "Te Taura Whiri": words of Māori
// bodies after the article (unmarked).
export const TE_BODY_WORDS = new Set([
  'pati',
  'whatu',
  'papa',
  'puni',
  'runanga',
  'wananga',
  'kohanga',
  'kura',
  'wharekura',
  'ara',
  'hiringa',
  'taura',
  'arawhiti',
  'puna',
  'mangai',
  'kahui',
  'hiku',
  'matawaka',
  'kaunihera',
]);
/**
 * A party or a government after the possessive at `index`, past up to three capitalised words: "'s party",
 * "'s Likud party", "'s Republican Party", "'s Conservative government".
 */
export function leadersBodyAfter(ctx: Context, field: Field, index: number): boolean {
  let names = 0;
  for (let i = index + 1; i < index + 6; i++) {
    const text = tokenText(ctx, field, i);
    if (!text) return false;
    if (text === "'s" || text === '’s') continue;
    const lower = lowerTokenText(ctx, field, i);
    // "Syriza's party congress", "Fidesz's party leadership": the party's own congress, so the name
    // before it may as well be the party's ("Starmer's party conference" is typed by other cues).
    if (LEADERS_BODIES.has(lower)) return !PARTY_ORGANS.has(tokenText(ctx, field, i + 1));
    if (lower === text || ++names > 3) return false;
  }
  return false;
}
/** A party's own bodies and people, after "party": "party congress", "party leadership", "party members". */
const PARTY_ORGANS = new Set(
  'congress conference convention leadership members membership base faithful officials activists delegates headquarters executive committee chairman chairwoman chair secretary whip primary primaries'.split(
    ' ',
  ),
);

/**
 * "BT said … BT Wholesale", "HP … HP Vectra": two capitals the article also writes alone are a body's
 * initials, so the name they open is the body's unit or product, not a person with initials ("MS Dhoni").
 */
export function initialsOfBodies(candidates: Candidate[]): void {
  const alone = new Set<string>();
  for (const c of candidates)
    if (c.words.length === 1 && c.words[0]!.length <= 4 && TWO_CAPITALS.test(c.words[0]!))
      alone.add(c.words[0]!);
  if (alone.size === 0) return;
  for (const c of candidates)
    if (c.type === 'person' && c.words.length === 2 && c.strength === 1 && alone.has(c.words[0]!))
      c.type = 'organization';
}
