import type { TagDocument } from '../text/document.js';

/**
 * "Europe's leaders left The Hague last month pleased with themselves": a city that people left some time ago
 * is where something happened before the story, not what the story is about (review29 C2: an opinion column on
 * pension bills had the Netherlands as its only focus country, from the NATO summit's venue in its first
 * sentence, and not Italy, the country it argues about). Such a mention weighs in salience as little as the
 * seat of a firm (resolve.ts) and is no country of the lead (lead-focus.ts). Only a departure with a time in
 * the past right after the place: "Residents left Kherson as shelling intensified" is the news itself.
 */
const LEFT_BEFORE = /\b(?:left|departed(?:\s+from)?|quit|flew\s+out\s+of)\s+$/i;
const PAST_AFTER =
  /^,?\s+(?:last\s+(?:week|month|year|summer|autumn|fall|winter|spring|weekend)|(?:a|one|two|three|several)\s+(?:weeks?|months?|years?)\s+ago|earlier\s+this\s+(?:week|month|year))\b/i;

/** Whether the mention `start`..`end` of a city in `text` is a place left in the past ("left Rome last week"). */
export function isPastVenue(text: string, start: number, end: number): boolean {
  return (
    PAST_AFTER.test(text.slice(end, end + 24)) && LEFT_BEFORE.test(text.slice(Math.max(0, start - 24), start))
  );
}

/**
 * "levels agreed to by six major nations last month in Paris", "their agreement in Paris last month", "At a meeting
 * in Paris last month, Britain, Canada, France … agreed", "In Paris on February 22, six nations … pledged": the city
 * where a meeting was held or an accord was reached before the story is where the parties met, no party to what the
 * story reports (the news of the Tokyo finance minister is not about France). Session 45 (pairs45): on reuters-dev
 * a country named so, outside the dateline, is in the gold 2 times in 48 when out of focus, and the G-6's Paris put
 * France in focus and in its pairs in eight stories on Japan, the U.S. or Britain that the gold gives no France.
 * Only a past meeting or accord: a clause with a word of meeting or accord before the city and a time in the past
 * (last month, earlier this week, recently, a year ago) or a verb of one done (agreed, reached, struck, met, signed,
 * pledged, held); "will hold talks in Washington", "talks due to be held in Cairo in June" are still to come.
 */
/**
 * A meeting of parties or an accord: no bare "met" ("a man who met his victim in Sydney last year") or "decision" ("a
 * court decision in Paris last week"), which a crime or court story has of no parties meeting (read45 on a61e78d5).
 */
const MEETING_WORD =
  /\b(?:agreed|agreements?|accords?|pacts?|deals?|talks|meetings?|(?:ministers|leaders|nations|delegates|delegations|negotiators|envoys|governments|presidents|premiers|sides|parties)\s+(?:had\s+|have\s+)?(?:recently\s+)?met|communiques?|signed|summit|conference|pledged)\b/gi;
/** A word every match of MEETING_WORD holds, asked first: a clause without one never compiles the long pattern. */
const MEETING_STEM =
  /agree|accord|pact|deal|talks|meeting|met\b|communique|signed|summit|conference|pledged/i;
/**
 * Named parties met: "West Germany, France, Britain, Japan and Canada met recently in Paris" (names, so case kept; a
 * pronoun's or an article's word is no name, which only capitals need to be told).
 */
const NAMES_MET = String.raw`\band\s+(?:the\s+)?(?!(?:his|her|its|their|my|our|your|a|an)\b)[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?:had\s+|have\s+)?(?:recently\s+)?met\b`;
/** The months by name, "May" as `may` writes it. */
const monthNames = (may: string) =>
  `January|February|March|April|${may}|June|July|August|September|October|November|December`;
/** The abbreviations of months that news copy writes ("Feb. 22", "Sept. 3"). */
const MONTH_ABBREVIATIONS = 'Jan|Feb|Aug|Sept?|Oct|Nov|Dec';
const DONE = new RegExp(
  String.raw`\b(?:last\s+(?:week|month|year|weekend|autumn|spring|summer|winter|fall|${monthNames('May')})|earlier\s+this\s+(?:week|month|year)|recently|ago)\b`,
  'i',
);
/** A date before the story's day: "in February", "in late February", "on February 22", "February 22". */
const doneOn = (month: string) =>
  String.raw`\b(?:in\s+(?:early\s+|late\s+|mid-)?|on\s+)?${month}\b\.?(?:\s+\d{1,2}\b)?`;
const TO_COME =
  /\b(?:will|would|next|due|scheduled|expected|plans?|planned|to\s+be|to\s+hold|to\s+meet|set\s+to|hopes?\s+to|aims?\s+to|intends?\s+to|seeks?\s+to|upcoming|forthcoming)\b/i;
/**
 * A date says the meeting is past only with a verb of one held or done in the clause ("signed in Paris on May 3"), or
 * an accord that exists ("their February 22 agreement in Paris").
 */
const PAST_VERB =
  /\b(?:held|met|signed|agreed|reached|struck|pledged|concluded|sealed|endorsed|adopted|approved|took\s+place|ended|was|were|agreements?|accords?|pacts?|communiques?)\b/i;
const INFINITIVE = /\bto\s+(?!by\b|the\b|an?\b|its\b|their\b)[a-z]+/;
const CLAUSE_WORD = /\b(?:when|after|before|while|where|which|who|because|as|but|and)\b/i;
const MAX_GAP = 60;
const BASED_AFTER = /^-?\s*based\b/i;
const IN_AT_BEFORE = /\b(?:in|at)\s+$/i;
/** The clause up to the city: back to the last comma, semicolon, colon or sentence end. */
const CLAUSE_START = /[,;:.!?]\s|\n\s*\n/g;
/** "In Paris on February 22, six nations …", "In Paris last month, …", "At a meeting in Paris in February, …". */
const openingTimeAfter = (month: string) =>
  String.raw`^\s+(?:on\s+${month}\.?\s+\d{1,2}|last\s+(?:week|month|year|weekend)|earlier\s+this\s+(?:week|month|year)|in\s+${month})\s*,`;
const OPENING_IN_BEFORE =
  /(?:^|[.!?]\s+|\n\s*)(?:In|At\s+(?:a|the|their|its)\s+(?:[a-z-]+\s+){0,2}(?:meeting|talks|conference|summit)\s+in)\s+$/;
/**
 * A sentence's end, not the point of an abbreviation ("the U.S. And West Germany agreed"): in normal case a full stop
 * before a capitalised word and a lower-case one; in capitals, where case says nothing, any full stop but an
 * initialism's ("U.S.").
 */
const SENTENCE_CLOSE = /[;!?]|\.\s+(?=[A-Z][a-z]*\s+[a-z])/;
const SENTENCE_CLOSE_IN_CAPITALS = /[;!?]|(?<![A-Z]\.[A-Z])\.\s+/;
const DONE_VERB = /\b(?:agreed|pledged|signed|struck|reached|met|decided)\b/;
const CLAUSE_WINDOW = 200;

/**
 * The case-bound patterns above, written once in normal case and read in copy set in capitals too ("AT A MEETING IN
 * TOKYO LAST MONTH, THE TWO PRIME MINISTERS AGREED"; session 46, places46: the same story in capitals kept a venue that
 * normal case drops). In capitals a pattern's words are written in capitals (`inCapitals`) or read case-blind, and case
 * says nothing: a sentence ends at any full stop but an initialism's, and "MAY" is a month only before a day or a
 * comma, being the modal too ("TALKS IN DOHA WERE STALLED AND MAY COLLAPSE"; read46).
 */
interface Casing {
  readonly openingIn: RegExp;
  readonly openingTime: RegExp;
  readonly sentenceClose: RegExp;
  readonly doneVerb: RegExp;
  readonly doneOn: RegExp;
  readonly infinitive: RegExp;
  readonly namesMet: RegExp;
}
/** "May" in capitals: the modal too, so a month only before a day or a comma ("MAY 3", "IN MAY,"). */
const MAY_IN_CAPITALS = String.raw`May(?=\s+\d|\s*,)`;
/** A pattern's pieces: an escape, a character class, a run of lower-case letters (a word or a word's tail). */
const PATTERN_PIECE = /\\.|\[(?:\\.|[^\]\\])*\]|[a-z]+/g;

/** A pattern's source with its words in capitals; escapes (`\s`, `\b`) and character classes (`[A-Z]`) as written. */
function inCapitals(source: string): string {
  return source.replace(PATTERN_PIECE, (piece) =>
    piece.startsWith('\\') || piece.startsWith('[') ? piece : piece.toUpperCase(),
  );
}

/**
 * The case-bound patterns for copy in normal case or, with `capitals`, set in capitals: the words of the date and the
 * named parties written in capitals, the opening, the verbs of one done and the infinitive read case-blind.
 */
function casing(capitals: boolean): Casing {
  const cased = capitals ? inCapitals : (source: string) => source;
  const caseBlind = (pattern: RegExp) => (capitals ? new RegExp(pattern.source, 'i') : pattern);
  const month = `(?:${monthNames(capitals ? MAY_IN_CAPITALS : 'May')}|${MONTH_ABBREVIATIONS})`;
  return {
    openingIn: caseBlind(OPENING_IN_BEFORE),
    openingTime: new RegExp(cased(openingTimeAfter(month))),
    sentenceClose: capitals ? SENTENCE_CLOSE_IN_CAPITALS : SENTENCE_CLOSE,
    doneVerb: caseBlind(DONE_VERB),
    doneOn: new RegExp(cased(doneOn(month))),
    infinitive: caseBlind(INFINITIVE),
    namesMet: new RegExp(cased(NAMES_MET), 'g'),
  };
}
const NORMAL_CASE = casing(false);
const CAPITALS = casing(true);
const LOWER_CASE = /[a-z]/;
const LETTER = /[A-Z]/;

/** Whether the city named at `start`..`end` of `text` is where a meeting was held or an accord reached before. */
export function isPastMeetingVenue(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - CLAUSE_WINDOW);
  const window = text.slice(from, start);
  if (!IN_AT_BEFORE.test(window)) return false;
  const near = window + text.slice(end, end + CLAUSE_WINDOW);
  const c = LETTER.test(near) && !LOWER_CASE.test(near) ? CAPITALS : NORMAL_CASE;
  // A clause opening with the venue and a date, whose own verb is an accord reached or a meeting held.
  if (c.openingIn.test(window) && c.openingTime.test(text.slice(end, end + 30))) {
    const rest = text.slice(end, end + 200);
    const close = rest.search(c.sentenceClose);
    return c.doneVerb.test(close < 0 ? rest : rest.slice(0, close));
  }
  let clauseStart = 0;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(window); m; m = CLAUSE_START.exec(window))
    clauseStart = m.index + m[0].length;
  const clause = window.slice(clauseStart);
  let meeting = -1;
  MEETING_WORD.lastIndex = 0;
  if (MEETING_STEM.test(clause))
    for (let m = MEETING_WORD.exec(clause); m; m = MEETING_WORD.exec(clause)) meeting = m.index + m[0].length;
  c.namesMet.lastIndex = 0;
  for (let m = c.namesMet.exec(clause); m; m = c.namesMet.exec(clause))
    meeting = Math.max(meeting, m.index + m[0].length);
  if (meeting < 0) return false;
  // "agreed to acquire the Santa Barbara Biltmore Hotel in California", "agreed to buy a stake in Paris-based DIM":
  // the place of what the accord is about, or of a firm's seat, not where it was reached.
  // "the Coffee Agreement -- were suspended a year ago when prices soared in reaction to a drought in Brazil": a
  // clause of its own stands between the accord and the place.
  const gap = clause.slice(meeting);
  if (
    gap.length > MAX_GAP ||
    c.infinitive.test(gap) ||
    CLAUSE_WORD.test(gap) ||
    BASED_AFTER.test(text.slice(end, end + 8))
  )
    return false;
  const after = text.slice(end, end + 40);
  const close = after.search(/[,;:.!?]/);
  const afterClause = close < 0 ? after : after.slice(0, close);
  // "Japan will keep currencies stable in line with their agreement last month in Paris": the meeting itself is past,
  // whatever the clause's own act. A date alone says so only in a clause of no time to come ("will make a visit to
  // the United States from April 29 and hold talks in Washington") and with a verb of one held or done.
  if (TO_COME.test(gap + afterClause)) return false;
  const reach = clause + afterClause;
  // A date alone is any date, past or to come ("the AI summit in Paris on February 10 are set to sign"): it says past
  // only with a verb of a meeting held or an accord done in the clause (read45 on a61e78d5).
  // The date's pattern last: the longest of the three, it is compiled only for a clause the others let through.
  return DONE.test(reach) || (!TO_COME.test(clause) && PAST_VERB.test(reach) && c.doneOn.test(reach));
}

/** What a city named in the body was before the story: where parties met (`met`), a place left (`left`). */
export interface PastVenue {
  readonly met: boolean;
  readonly left: boolean;
}
export const NO_PAST_VENUE: PastVenue = { met: false, left: false };
const MET: PastVenue = { met: true, left: false };
const LEFT: PastVenue = { met: false, left: true };
const BOTH: PastVenue = { met: true, left: true };

/** Each document's judgements, by the mention's start and length. */
const pastVenues = new WeakMap<TagDocument, Map<number, PastVenue>>();
/** Mentions longer than this are judged each time they are asked (none are). */
const MAX_KEYED_LENGTH = 4096;

/**
 * The one judgement of a body mention at `start`..`end` as a past venue (`isPastMeetingVenue`, `isPastVenue`), made
 * once a document and mention and read by the three that ask it, each with its own guard: resolve.ts (a city's
 * salience), lead-focus.ts (no country of the lead) and pairs.ts (no party to a pair).
 */
export function pastVenueAt(doc: TagDocument, start: number, end: number): PastVenue {
  const length = end - start;
  if (length >= MAX_KEYED_LENGTH) return judged(doc.body.text, start, end);
  let memo = pastVenues.get(doc);
  if (memo === undefined) {
    memo = new Map();
    pastVenues.set(doc, memo);
  }
  const key = start * MAX_KEYED_LENGTH + length;
  let venue = memo.get(key);
  if (venue === undefined) {
    venue = judged(doc.body.text, start, end);
    memo.set(key, venue);
  }
  return venue;
}

function judged(text: string, start: number, end: number): PastVenue {
  const met = isPastMeetingVenue(text, start, end);
  const left = isPastVenue(text, start, end);
  return met ? (left ? BOTH : MET) : left ? LEFT : NO_PAST_VENUE;
}
