import type { Entity, Mention } from '../schema.js';
import { codeUnitAt } from '../text/chars.js';
import type { TagDocument } from '../text/document.js';
import { lazyPattern, lazyPatternOf } from '../text/lazy-pattern.js';
import { sentenceIndex } from '../text/sentences.js';
import type { CountryMention } from './mentions.js';

/** Words of an office between a country and its holder: "Russian President", "India's Prime Minister". */
const OFFICE_WORDS = new Set([
  'president',
  'vice',
  'prime',
  'minister',
  'premier',
  'chancellor',
  'leader',
  'supreme',
  'king',
  'queen',
  'crown',
  'prince',
  'emir',
  'sultan',
  'foreign',
  'defence',
  'defense',
  'finance',
  'secretary',
  'state',
  'of',
  'general',
  'chief',
  'top',
  'diplomat',
  'envoy',
  'ambassador',
]);
/** The words that make the run an office, not just any capitalised words. */
const OFFICE_HEADS = new Set([
  'president',
  'minister',
  'premier',
  'chancellor',
  'leader',
  'king',
  'queen',
  'prince',
  'emir',
  'sultan',
  'secretary',
  'diplomat',
  'envoy',
  'ambassador',
]);
// Regular expressions with \p{…} at module level: esbuild (target node20) rebuilds such a literal on
// every call of the function holding it.
const GAP_WORD = lazyPatternOf('[\\p{L}.]+', 'gu');
const OFFICE_GAP = lazyPatternOf("^[\\s\\p{L}.'\\u2019-]+$", 'u');
const POSSESSIVE = /^['\u2019]s?/;
/** How far before a name its office may start, in characters. */
const MAX_OFFICE_CHARS = 60;
const MAX_OFFICE_WORDS = 4;
const MENTIONS_ASKED = 3;
const ANCHOR_KINDS = new Set(['demonym', 'name', 'code', 'abbreviation']);

/**
 * Countries of the people a headline names: "Trump and Putin to meet" is about Russia when the story
 * introduces "Russian President Vladimir Putin". A person counts for the country of the office the body
 * gives them (a country, a demonym or a possessive right before the office and the name).
 */
export function headlinePeopleCountries(
  doc: TagDocument,
  entities: readonly Entity[],
  mentions: readonly CountryMention[],
): Set<string> {
  const codes = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'person' || !e.mentions.some((m) => m.field === 'title')) continue;
    // A headline in capitals tells no person's name from a word ("ISLAMIC BANK MAKES LOANS" … "a Malaysian Bank").
    // A full name the body gives ("JOHNSON WINS 200 METRES" over "Michael Johnson of the United States won") is a
    // person's all the same (wild50 C3).
    const anchor =
      officeCountry(doc, e, mentions) ??
      (doc.titleIsAllCaps && !FULL_NAME.test(e.name)
        ? undefined
        : attachedCountry(doc, e, mentions, entities));
    if (anchor) codes.add(anchor);
  }
  return codes;
}

/** Two or more words of a name, each capitalised and not in capitals throughout: "Michael Johnson". */
const FULL_NAME = /^[A-Z][a-z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*\s+[A-Z][a-z][\w'-]*$/;

/** The country of the office the body gives person `e` ("Colombian President Gustavo Petro"), if it gives one. */
export function officeCountry(
  doc: TagDocument,
  e: Entity,
  mentions: readonly CountryMention[],
): string | undefined {
  // The office comes with the first mentions of a name, if at all.
  let asked = 0;
  for (const pm of e.mentions) {
    if (pm.field !== 'body') continue;
    const anchor = officeAnchor(doc.body.text, mentions, pm.start);
    if (anchor) return anchor;
    if (++asked === MENTIONS_ASKED) return undefined;
  }
  return undefined;
}

/** An inline dateline before the lead's first word: "GENEVA — ", "EUGENE, Oregon (Reuters) - ". */
const INLINE_DATELINE = /^[^.!?\n]{2,60}\s[-\u2013\u2014]+\s*$/;
/** Opening the sentence after the person's: "The 38-year-old Serbian", "The Kenyan" (up to three words between). */
const THE_OPENS = /^\s*The\s+(?:[\w-]+\s+){0,3}$/;
/** After that people's word: the phrase's end or a verb ("The 38-year-old Serbian joined"), not a noun. */
const PERSON_VERB_AFTER =
  /^(?:\s*[,;:]|\s+(?:[a-z]+(?:ed|s)|to|who|has|had|was|is|said|won|beat|took|will|would|now)\b)/;
/** How far into the next sentence the people's word may stand, in characters. */
const PEOPLE_WORD_WITHIN = 40;

/**
 * "GENEVA — Novak Djokovic won the 100th title of his career …, beating Hubert Hurkacz of Poland … The 38-year-old
 * Serbian joined Jimmy Connors …": sports copy names the subject's country by a people's word opening the next
 * sentence. The headline's person opens a sentence (after the dateline), and the next one opens "The … <people's
 * word>" and a verb; not the people of another person that sentence attaches to a country ("… of Poland. The Pole").
 */
function peopleWordAfterSubject(
  doc: TagDocument,
  e: Entity,
  mentions: readonly CountryMention[],
  entities: readonly Entity[],
): string | undefined {
  const first = e.mentions.find((m) => m.field === 'body');
  if (!first) return undefined;
  const { sentences, text } = doc.body;
  const at = sentenceIndex(sentences, first.start);
  const sentence = sentences[at];
  const next = sentences[at + 1];
  if (!sentence || !next) return undefined;
  const opens = Math.max(sentence.start, doc.storyStart);
  const before = text.slice(opens, first.start);
  if (before.trim() !== '' && !INLINE_DATELINE.test(before)) return undefined;
  for (const m of mentions) {
    if (m.field !== 'body' || m.kind !== 'demonym' || m.start < next.start) continue;
    if (m.start > next.start + PEOPLE_WORD_WITHIN) continue;
    if (!THE_OPENS.test(text.slice(next.start, m.start))) return undefined;
    if (!PERSON_VERB_AFTER.test(text.slice(m.end, m.end + 16))) return undefined;
    // "… beat Hubert Hurkacz of Poland. The Pole saved …": the people of another person named there.
    const other = mentions.some(
      (o) =>
        o !== m &&
        o.code === m.code &&
        o.field === 'body' &&
        o.start >= sentence.start &&
        o.end <= sentence.end,
    );
    if (other) return undefined;
    // "Jannik Sinner beat Carlos Alcaraz … The Spaniard had beaten him in September": with another person in the
    // lead, "The Spaniard" is the opponent's as often as the subject's; it is the subject's only when the lead gives
    // every such person a country of their own, attached to their name ("beating Hubert Hurkacz of Poland"), not a
    // venue's ("in Turin, Italy"; read49 #19).
    const opponents = entities.flatMap((o) =>
      o !== e && o.type === 'person'
        ? o.mentions.filter((om) => om.field === 'body' && om.start >= first.end && om.end <= sentence.end)
        : [],
    );
    const ownCountry = (om: Mention) => {
      const code = countryAttachedTo(text, mentions, om);
      return code !== undefined && code !== m.code;
    };
    return opponents.every(ownCountry) ? m.code : undefined;
  }
  return undefined;
}

/** The country of the office written right before a name at `start`, if the text has one there. */
function officeAnchor(body: string, mentions: readonly CountryMention[], start: number): string | undefined {
  let best: CountryMention | undefined;
  for (const m of mentions) {
    if (m.field !== 'body' || m.end > start) continue;
    if (start - m.end > MAX_OFFICE_CHARS) continue;
    if (!best || m.end > best.end) best = m;
  }
  if (!best || !ANCHOR_KINDS.has(best.kind)) return undefined;
  const gap = body.slice(best.end, start).replace(POSSESSIVE, '');
  if (!OFFICE_GAP.test(gap) || gap.includes('\n\n')) return undefined;
  const words = gap.match(GAP_WORD) ?? [];
  if (words.length === 0 || words.length > MAX_OFFICE_WORDS) return undefined;
  let head = false;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (!OFFICE_WORDS.has(lower)) return undefined;
    if (OFFICE_HEADS.has(lower)) head = true;
  }
  return head ? best.code : undefined;
}

/** Portfolios an office may name between a country and its holder: "U.S. Treasury Secretary Scott Bessent". */
const PORTFOLIOS = new Set([
  'treasury',
  'trade',
  'commerce',
  'energy',
  'economy',
  'interior',
  'home',
  'deputy',
  'justice',
  'agriculture',
  'industry',
  'oil',
  'security',
  'national',
]);
const NAME_WORD = lazyPattern(() => /^\p{Lu}\p{Ll}/u);
/** A word: the text between runs of white space. */
const WORD = /\S+/g;

/**
 * Whether a country mention ending at `end` opens an office and its holder's name: "U.S. President Donald
 * Trump", "India's Prime Minister Narendra Modi", "U.S. Treasury Secretary Scott Bessent". The office
 * holder acts for the country in the sentence.
 */
export function opensOfficeHolder(text: string, end: number): boolean {
  // Asked for every country mention: the text after the name (past a possessive) is looked at only when
  // a space follows, and its words one by one, since most names are followed by no office at all.
  // (Every read below is within the text: one read past its end makes V8 stop inlining `codeUnitAt`.)
  if (end >= text.length) return false;
  const stop = Math.min(end + MAX_OFFICE_CHARS, text.length);
  let at = end;
  const first = codeUnitAt(text, at);
  if (first === 39 || first === 0x2019) at += at + 1 < stop && codeUnitAt(text, at + 1) === 115 ? 2 : 1;
  if (at >= stop || codeUnitAt(text, at) !== 32) return false;
  const rest = text.slice(at, stop);
  let head = false;
  WORD.lastIndex = 0;
  for (let i = 0, word = WORD.exec(rest); word !== null; i++, word = WORD.exec(rest)) {
    const lower = word[0].toLowerCase();
    if (OFFICE_WORDS.has(lower) || PORTFOLIOS.has(lower)) {
      if (i === MAX_OFFICE_WORDS) return false;
      if (OFFICE_HEADS.has(lower)) head = true;
      continue;
    }
    return head && i > 0 && NAME_WORD.test(word[0]);
  }
  return false;
}

/** Between a country and a name it is attached to: a possessive ("Kenya's Faith Kipyegon"). */
const POSSESSIVE_GAP = /^['\u2019]s?\s$/;
/** Between a name and the country after it: "Hubert Hurkacz of Poland", "Djokovic (Serbia)". */
const OF_GAP = /^(?:,?\s+of\s+(?:the\s+)?|\s*\(\s*)$/;
/** The longest such gap, in characters (", of the "). */
const MAX_ATTACH_GAP = 9;

/**
 * The country the body attaches to person `e` in one of their first mentions, as sports and news copy introduce
 * a person by their country alone: "Kenya's Faith Kipyegon", "Serbian Novak Djokovic", "Hubert Hurkacz of Poland",
 * "Djokovic (Serbia)". A person the headline names is the story's subject ("Kipyegon smashes world record"), so the
 * country so attached is the headline's (as an office is, `officeCountry`), not a passing one the dateline's venue
 * outranks. A firm or club before the name ("Chelsea's John Terry") is no country mention and gives nothing.
 */
export function attachedCountry(
  doc: TagDocument,
  e: Entity,
  mentions: readonly CountryMention[],
  entities: readonly Entity[],
): string | undefined {
  const body = doc.body.text;
  let asked = 0;
  for (const pm of e.mentions) {
    if (pm.field !== 'body') continue;
    const code = countryAttachedTo(body, mentions, pm);
    if (code !== undefined) return code;
    if (++asked === MENTIONS_ASKED) break;
  }
  return peopleWordAfterSubject(doc, e, mentions, entities);
}

/** The country written against one body mention of a person: before it as "Kenya's " or "Serbian ", after it as " of
 * Poland" or " (Serbia)". */
function countryAttachedTo(
  body: string,
  mentions: readonly CountryMention[],
  pm: Mention,
): string | undefined {
  for (const m of mentions) {
    if (m.field !== 'body' || !ANCHOR_KINDS.has(m.kind)) continue;
    if (m.end <= pm.start && pm.start - m.end <= MAX_ATTACH_GAP) {
      const gap = body.slice(m.end, pm.start);
      if (m.kind === 'demonym' ? gap === ' ' : POSSESSIVE_GAP.test(gap)) return m.code;
    } else if (m.start >= pm.end && m.start - pm.end <= MAX_ATTACH_GAP) {
      if (OF_GAP.test(body.slice(pm.end, m.start)) && m.kind !== 'demonym') return m.code;
    }
  }
  return undefined;
}
