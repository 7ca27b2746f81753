import { lookupPhrase } from './gazetteer.js';
import { keyOf } from './normalize.js';

/**
 * When a capital before "said" is its government. "Canberra said the tariffs imposed by Beijing", "Vilnius said it
 * would stop buying gas from Moscow": a government speaking by its seat, answering another. "Santiago said he would
 * step down", "Colombo said the plan was unworkable", "Kingston said the deal was fair": a surname or a firm that
 * shares the capital's name (read38 ★10 on ef6cce19, which took every capital before "said" for its government).
 * "Athens says it regards the deal as void": a government speaking of itself.
 */

/** The clause a speaker reports: from the speech verb to the end of its sentence or clause. */
function reportedClause(text: string, from: number): string {
  const rest = text.slice(from, from + 240);
  const stop = rest.search(/[.;!?\n]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** "Santiago said he would step down", "... grilled him": a pronoun of a person in what is reported. */
const PERSON_PRONOUN = /\b(?:he|she|him|his|her|himself|herself)\b/i;

/** A speaker the reported clause takes up as a person ("X said he ..."): no government. */
export function reportsAsPerson(text: string, verbEnd: number): boolean {
  return PERSON_PRONOUN.test(reportedClause(text, verbEnd));
}

/**
 * "Athens says it regards the deal as void": a speaker that reports on itself as "it" is no person. Wire copy
 * puts the day, the channel or "that" between the verb and "it" ("Oslo said on Monday it would respond", "Vilnius
 * said late on Tuesday that it would", "Ottawa said in a statement it was"; wild50 C1: 25 of 75 capitals gave no
 * country so).
 */
const SPEAKS_AS_IT =
  /^\s*(?:(?:(?:late|early|earlier|again|also|previously|separately|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|in\s+an?\s+(?:statement|post|letter|note|communique|notice)|on\s+(?:Twitter|X|Telegram|social\s+media)|that),?\s+){1,4})?it\b/;

/**
 * A capital before a speech verb is its government: it speaks of itself as "it" or names another state's seat,
 * and the report does not take it up as a person.
 */
export function speaksAsGovernment(text: string, verbEnd: number, code: string): boolean {
  if (reportsAsPerson(text, verbEnd)) return false;
  return (
    (SPEAKS_AS_IT.test(text.slice(verbEnd, verbEnd + 64)) &&
      !FIRM_REPORT.test(reportedClause(text, verbEnd))) ||
    namesOtherSeat(text, verbEnd, code)
  );
}

/**
 * What a firm reports of itself, not a government: "Wellington said in a statement it had sold its entire stake …,
 * according to a filing", "Kingston said on Tuesday it would cut prices of its memory cards" (read50 R20: Wellington
 * Management, Kingston Technology). A government's "it" sells no products to customers and files no results. Money
 * words a treasury uses too count only as the firm's own ("its quarterly earnings", "quarterly results", "per
 * share"): "it would publish quarterly trade figures", "cut dividends tax", "expects tax revenues to rise" are a
 * government's (read51 R13).
 */
const FIRM_REPORT =
  /\b(?:(?:regulatory|securities|stock\s+exchange)\s+)?filings?\b|\b(?:shareholders|stockholders|net\s+(?:income|profit|loss)|per\s+share|its\s+(?:customers|stores|products|shares|(?:(?:first|second|third|fourth)[-\s]quarter\s+|quarterly\s+|annual\s+)?(?:earnings|revenues?|dividends?|results|profits?|sales))|quarterly\s+(?:results|earnings|profits?|dividends?|sales)|prices\s+of\s+its)\b/i;

/**
 * A run of up to three capitalised words, joined by a space or by a lower-case word inside a city's name ("Port of
 * Spain", "Dar es Salaam", "Andorra la Vella"): a place name's words and what follows them.
 */
const CAPITALISED = /\b[A-Z][A-Za-z'-]*(?:\s+(?:(?:of|es|la|de|du|da|al|el)\s+)?[A-Z][A-Za-z'-]*){0,2}/g;
/** A run's word that ends a name: a capitalised one. */
const NAME_WORD = /^[A-Z]/;

/**
 * The reported clause names another state by its seat ("... imposed by Beijing", "... gas from Moscow", "... the
 * Kremlin"): the second state cue that makes a capital speaking a government.
 */
function namesOtherSeat(text: string, verbEnd: number, code: string): boolean {
  const clause = reportedClause(text, verbEnd);
  for (const m of clause.matchAll(CAPITALISED)) {
    const words = m[0].split(/\s+/);
    // The longest name first: "Kuwait City" before "Kuwait", "The Hague" before "The".
    for (let n = words.length; n > 0; n--) {
      if (!NAME_WORD.test(words[n - 1]!)) continue;
      const entry = lookupPhrase(keyOf(words.slice(0, n).join(' ')));
      if (entry && entry.code !== code && (entry.capital === true || entry.kind === 'metonym')) return true;
    }
  }
  return false;
}

/** Nothing reported after the verb of a closing attribution but its day or channel: "…, Wellington said (on Monday)." */
const CLOSING_VERB_REST =
  /^(?:\s+(?:on\s+[A-Z][a-z]+|late\s+[A-Z][a-z]+|in\s+a\s+statement|on\s+(?:Twitter|X|Telegram)))?\s*[.!?]/;
/** The speaker right after the comma (or a closing quotation mark) that ends what it reports. */
const COMMA_BEFORE_SPEAKER = /,["\u201d]?\s+$/;
/** "We fled Ukraine in 2022, Kingston said": a quoted person's own words (review59 ★2), no government's. */
const FIRST_PERSON = /\b(?:I|we|We|my|My|our|Our|me|us)\b/;
/** The white space between a name's words. */
const WHITE_SPACE = /\s+/;
/** How far back the reported clause of a closing attribution is read. */
const REPORT_REACH = 240;

/** "…, Paris said in a statement.": a government's statement, whatever its grammar person. */
const STATEMENT_AFTER = /^\s+(?:on\s+[A-Z][a-z]+\s+)?in\s+an?\s+(?:statement|communique|note)\b/;

/** A person's own words in the singular, which no government speaks in: "I", "my", "me". */
const FIRST_PERSON_SINGULAR = /\b(?:I|my|My|me|mine)\b/;

/**
 * "My parents came from Mexico with nothing, Santiago said.", "We fled Russia in 2022 with two suitcases, Sofia
 * said.": a place's name closing the attribution of a report in the first person is a person quoted in their own
 * words (review59 ★2: Chile and Bulgaria were read as speaking), not a government, which a story has speak of itself
 * as "it" ("Sofia said it would …"). In the singular always; in the plural only a name people bear
 * (`personalName`: Sofia, Santiago, Kingston, Victoria), as a government says "we" too ("We will respond to any
 * attack, Tehran said."). Such a name closing a match's report is a player or a coach ("India played well in the
 * first half, Kingston said."). Not a report its statement gives ("We condemn the attack, Paris said in a
 * statement.").
 */
export function closesOwnWords(
  text: string,
  nameStart: number,
  verbEnd: number,
  personalName: boolean,
): boolean {
  const before = text.slice(Math.max(0, nameStart - REPORT_REACH), nameStart);
  if (!COMMA_BEFORE_SPEAKER.test(before) || STATEMENT_AFTER.test(text.slice(verbEnd, verbEnd + 40)))
    return false;
  const report = before.slice(lastSentenceStart(before));
  return ownWords(report, personalName) || (personalName && MATCH_REPORT.test(report));
}

/** A report in a person's own words: "I", "my", "me"; "we", "our", "us" too after a name people bear. */
const ownWords = (report: string, personalName: boolean): boolean =>
  (personalName ? FIRST_PERSON : FIRST_PERSON_SINGULAR).test(report);

/**
 * Words of the pitch in a report ("India played well in the first half, Kingston said."): a player's or a coach's
 * comment on the other side, no government's (mend59, left).
 */
const MATCH_REPORT =
  /\b(?:(?:first|second)\s+half|the\s+(?:match|game)|innings|wickets?|bowl(?:ers|ing)|batting|batsmen|batters|striker|goalkeeper|hat-trick)\b/i;

/**
 * "Australia deported 40 New Zealanders last month, Wellington said.": a capital closing its sentence's attribution
 * speaks for its government where what it reports, before the comma, names another state (by its name, its people,
 * its seat or a body that stands for it), takes up no one as "he" or "she" ("He never played better, Wellington
 * said" is the player's coach), is no one's own words (`ownWords`: "We fled Russia …, Wellington said"; a
 * government's "our" after a name no one bears is its own: "China has imposed tariffs on our wine, Canberra said."),
 * tells no firm's results (FIRM_REPORT: Kingston Technology) and no match (MATCH_REPORT). Only the words after the
 * verb were read before (mend58).
 */
export function closesReportOfOtherState(
  text: string,
  nameStart: number,
  verbEnd: number,
  code: string,
  personalName: boolean,
): boolean {
  if (!CLOSING_VERB_REST.test(text.slice(verbEnd, verbEnd + 32))) return false;
  const before = text.slice(Math.max(0, nameStart - REPORT_REACH), nameStart);
  if (!COMMA_BEFORE_SPEAKER.test(before)) return false;
  const report = before.slice(lastSentenceStart(before));
  if (
    PERSON_PRONOUN.test(report) ||
    ownWords(report, personalName) ||
    FIRM_REPORT.test(report) ||
    MATCH_REPORT.test(report)
  )
    return false;
  for (const m of report.matchAll(CAPITALISED)) {
    const words = m[0].split(WHITE_SPACE);
    for (let n = words.length; n > 0; n--) {
      if (!NAME_WORD.test(words[n - 1]!)) continue;
      const entry = lookupPhrase(keyOf(words.slice(0, n).join(' ')));
      if (
        entry &&
        entry.code !== '' &&
        entry.code !== code &&
        (entry.capital === true || STATE_KINDS.has(entry.kind))
      )
        return true;
    }
  }
  return false;
}

/** How a reported clause names a state: its name, its people, its seat or a body that stands for it. */
const STATE_KINDS: ReadonlySet<string> = new Set(['name', 'demonym', 'metonym']);

/** A capital letter or an opening quotation mark: what a sentence starts with. */
const SENTENCE_OPENING = /["\u201cA-Z]/;
const SPACE = /\s/;

/**
 * Where the last sentence of `text` starts: after the last ".", "!" or "?" before white space and a capital, read
 * back from the end once (a pattern anchored at the end tried every full stop against the rest of the text).
 */
function lastSentenceStart(text: string): number {
  // The first character after the white space that follows `i`.
  let opening = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    if (SPACE.test(c)) continue;
    const stop = c === '.' || c === '!' || c === '?';
    if (stop && opening > i + 1 && SPACE.test(text[i + 1]!) && SENTENCE_OPENING.test(text[opening]!))
      return i + 1;
    opening = i;
  }
  return 0;
}
