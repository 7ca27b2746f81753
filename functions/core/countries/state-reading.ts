import { type SentencedText, sentenceOrFieldAt } from '../text/sentences.js';
import { reportsAsPerson, speaksAsGovernment } from './capital-speaker.js';
import type { CountryMention } from './mentions.js';

/**
 * Words only a state has or does, for an ambiguous country word (Turkey, Jordan, Chad, Niger, Mali, Georgia, Guinea,
 * Israel, Cuba): its government and offices, its army and its strikes, its central bank and money, its borders and
 * its ties to other states. Not what a US state, a person or a bird also has: governor, senate, election, vote,
 * police, prices, taxes, court, team.
 */
const STATE_WORD =
  '(?:central\\s+bank|government|govt|junta|regime|president|presidency|prime\\s+minister|premier|(?:foreign|finance|defen[cs]e|interior)\\s+minist(?:er|ry)|ministry|king|queen|emir|parliament|army|military|troops|soldiers|ruling\\s+party|opposition\\s+party|ambassador|embassy|envoy|diplomats?|borders?|pact|treaty|accord|ties|relations|sanctions|embargo|tariffs|ceasefire|truce|air\\s*strikes|(?:missile|drone|rocket)\\s+(?:strikes|attacks)|strikes\\s+on|coup|interest\\s+rates?|rates|inflation|economy|lira|dinar|ECOWAS|NATO|IMF|United\\s+Nations|U\\.?N\\.?)';

/** "Turkey's central bank", "Niger junta", "Georgia's ruling party": the state's own, right after the word. */
const OWN_AFTER = new RegExp(`^(?:['\\u2019]s)?\\s+(?:former\\s+|new\\s+|ousted\\s+)?${STATE_WORD}\\b`, 'i');
/** "ambassador to Turkey", "border with Jordan", "troops in Mali", "sanctions on Niger": a state's tie to it. */
const TIE_BEFORE = new RegExp(`${STATE_WORD}\\s+(?:to|with|from|in|on|against|of)\\s+$`, 'i');
/** A headline's clause ends here: "Jordan scores 40 as Bulls win", "Chad wins; army …". */
const CLAUSE_END = /\s+(?:as|after|while|amid|but)\s+|[;:|]/i;
/** The rest of the clause names what a state does: "Turkey raises interest rates", "Chad ends defence pact". */
const STATE_IN_CLAUSE = new RegExp(`\\b${STATE_WORD}\\b`, 'i');
/** A colon right after the word: it labels the headline ("Turkey: central bank raises rates"). */
const LABEL_COLON = /^\s*:\s*/;
/** Only other subjects of a list before the word: "Mali, Niger quit ECOWAS", "Burkina Faso and Niger …". */
const LIST_BEFORE = /^(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s*(?:,|and|&)\s*)*$/;

/** A list of subjects opening a headline is short: no scan of a long title's words. */
const LIST_LENGTH = 80;

/**
 * Whether a headline reads an ambiguous country word as the state (wild38b ★1): "Turkey raises interest rates
 * again", "Niger junta frees former president", "Germany names new ambassador to Turkey" lost their country when
 * the body did not name it again, as "Jordan scores 40 as Bulls win" and "Turkey prices rise before Thanksgiving"
 * should. The word counts when the state's own follows it (possessive or modifier), when a tie of states governs
 * it, or when it opens the headline (alone or in a list of subjects) and its clause says what a state does.
 */
export function headlineReadsAsState(title: string, m: CountryMention): boolean {
  if (m.field !== 'title' || !m.ambiguous) return false;
  const after = title.slice(m.end);
  if (OWN_AFTER.test(after)) return true;
  if (TIE_BEFORE.test(title.slice(Math.max(0, m.start - 48), m.start))) return true;
  const before = title.slice(0, m.start).trim();
  if (before.length > LIST_LENGTH || !LIST_BEFORE.test(before)) return false;
  // "Turkey: central bank raises rates": the word as a label before a colon is the subject of what follows.
  const label = LABEL_COLON.exec(after);
  const clause = label ? after.slice(label[0].length) : after;
  const clauseEnd = clause.search(CLAUSE_END);
  return STATE_IN_CLAUSE.test(clauseEnd < 0 ? clause : clause.slice(0, clauseEnd));
}

/**
 * Between two countries of a list or a pair: "India & Pakistan", "Jordan and Egypt", "Chad or the Sudan", "Mali,
 * Niger", "India-Pakistan tensions", "Jordan v Kenya".
 */
const LIST_GAP =
  '(?:\\s*,\\s*(?:(?:and|or)\\s+|&\\s*)?|\\s+(?:and|or|vs?\\.?|versus)\\s+|\\s*&\\s*|[-\\u2013/])(?:the\\s+)?';
const LIST_GAP_AFTER = new RegExp(`^${LIST_GAP}`);
const LIST_GAP_BEFORE = new RegExp(`${LIST_GAP}$`);
/** A comma alone: a list in a headline ("Mali, Niger quit ECOWAS"), not in a sentence ("in Kenya, Jordan said"). */
const COMMA_ONLY = /^\s*,\s*$/;
/** The longest such gap read: ", and the " and a little room. */
const MAX_LIST_GAP = 12;

/** Where the countries of a field that may stand beside another in a list start and end, each with its code. */
export interface CountryEdges {
  readonly starts: ReadonlyMap<number, string>;
  readonly ends: ReadonlyMap<number, string>;
}

/** The edges of a field's country names and codes that `counts` accepts (no currency: "the rupee and the dollar"). */
export function countryEdges(
  mentions: readonly CountryMention[],
  field: CountryMention['field'],
  counts: (m: CountryMention) => boolean,
): CountryEdges {
  const starts = new Map<number, string>();
  const ends = new Map<number, string>();
  for (const m of mentions) {
    if (m.field !== field || (m.kind !== 'name' && m.kind !== 'code') || m.currency || !counts(m)) continue;
    starts.set(m.start, m.code);
    ends.set(m.end, m.code);
  }
  return { starts, ends };
}

/**
 * Whether a country word stands in a list beside another country (review59 ★2): "India & Pakistan trade fire",
 * "Jordan and Egypt sign gas deal", "Israel and Jordan sign water deal" lost the ambiguous word to a given name's
 * reading, as a headline's word alone needs the body ("Jordan scores 40"). A country coordinated with a country is
 * a state beside a state. The caller says which mentions count as the other country (`countryEdges`): a word a
 * person of the story bears as a given name does not. A comma alone joins a list only in a headline.
 */
export function coordinatedWithCountry(
  text: string,
  m: Pick<CountryMention, 'field' | 'start' | 'end' | 'code'>,
  others: CountryEdges,
): boolean {
  const commas = m.field === 'title';
  const after = LIST_GAP_AFTER.exec(text.slice(m.end, m.end + MAX_LIST_GAP));
  if (after !== null && after[0].length > 0 && (commas || !COMMA_ONLY.test(after[0]))) {
    const code = others.starts.get(m.end + after[0].length);
    if (code !== undefined && code !== m.code) return true;
  }
  const before = LIST_GAP_BEFORE.exec(text.slice(Math.max(0, m.start - MAX_LIST_GAP), m.start));
  if (before === null || before[0].length === 0 || (!commas && COMMA_ONLY.test(before[0]))) return false;
  const code = others.ends.get(m.start - before[0].length);
  return code !== undefined && code !== m.code;
}

/** A speech verb right after the word: "Israel said it would …" (capital-speaker.ts reads what it reports). */
const SPEECH_AFTER = /^\s+(?:said|says|announced|announces)\b/;

/**
 * Whether a sentence of the story reads an ambiguous country word as the state, though a person of the story bears
 * the word (wild58 ★3: "Israel Adesanya lost his fight … Israel launched strikes on Gaza", "Cuba Gooding Jr. …
 * Cuba's government said", "Jordan Bardella … Jordan's foreign ministry said" lost the country to the person). As in
 * a headline: the state's own follows the word, a tie of states governs it, or the word opens its sentence (alone
 * or in a list of subjects) and the rest of the sentence names what a state does; or it speaks of itself as a
 * government ("Israel said it would …"). A sentence that takes the word up as a person ("Israel said he would fight
 * again") is the person's.
 */
export function readsAsState(field: SentencedText, start: number, end: number, code: string): boolean {
  const { text } = field;
  const after = text.slice(end, end + 64);
  if (OWN_AFTER.test(after) || TIE_BEFORE.test(text.slice(Math.max(0, start - 48), start))) return true;
  const speech = SPEECH_AFTER.exec(after);
  if (speech !== null) return speaksAsGovernment(text, end + speech[0].length, code);
  const sentence = sentenceOrFieldAt(field, start);
  // (A list of subjects is short: a sentence that opened further back is not cut and read again for each mention.)
  if (start - sentence.start > 2 * LIST_LENGTH) return false;
  const before = text.slice(sentence.start, start).trim();
  if (before.length > LIST_LENGTH || !LIST_BEFORE.test(before)) return false;
  const rest = text.slice(end, Math.min(sentence.end, end + 240));
  const clauseEnd = rest.search(CLAUSE_END);
  const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
  return STATE_IN_CLAUSE.test(clause) && !reportsAsPerson(clause, 0);
}
