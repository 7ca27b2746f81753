import { type SentencedText, sentenceIndex, sentenceTextOf } from '../text/sentences.js';

/**
 * A match result told with its sides (topics46, from session 45's leftovers): "The Avalanche won 4-1 at home", "The
 * Senators beat the Kings 3-2 in overtime", "The Jazz lost 98-95 to the Suns", "The Pirates lost to the Cardinals
 * 5-3". A side named by a capitalised word and a result verb followed by a score is a match: the score is a word of
 * sport, and the sides' names are the teams', not the words of other desks they spell (NHL and NBA nicknames such as
 * Avalanche, Lightning, Wild, Heat, Magic, Jazz, Thunder, Senators, Kings, Cardinals, Pirates, Rockets). Before,
 * "The Avalanche won 4-1" had no topic at all (its only words, "won" and "home", are weak) and "The Senators beat the
 * Kings 3-2" was politics.
 *
 * A score is one or two digits a side, or up to 199 (a basketball game): "Trump won 312-226" is electoral votes. No
 * result where the score counts something else ("lost 2-3 percent", "won 5-4 seats", a share price that "fell
 * 1-3/8 to 47-3/4") or the sentence tells of a vote or a ruling ("the justices ruled 6-3", "Democrats won the vote
 * 51-49").
 */
/** A side: one to three capitalised words ("Avalanche", "Maple Leafs", "Golden State Warriors"). */
const SIDE = String.raw`[A-Z][A-Za-z'.\u2019]*(?:\s+[A-Z][A-Za-z'.\u2019]*){0,2}`;
/**
 * What a results page writes after a name (topics47): the player's country or seed, "Jannik Sinner (Italy) beat
 * Marcos Giron (U.S.) 6-1 6-4 6-2", "Iga Swiatek (1) beat ...", "( Britain )", "(ITA)": a seed, a country's name in
 * one to three Title Case words or its three-letter code. Not a ticker ("Apple (AAPL.O) beat Samsung (005930.KS) 3-2
 * in a patent fight") nor a party ("Smith (R) beat Jones (D-Ohio) 52-48", "Tom Brown (Ind) beat Ann Lee (Lib)
 * 52-48", "(SNP)", "(Green)"; read47 on 0683d50a).
 */
const AFTER_SIDE = String.raw`(?:\s+\(\s*(?!(?:SNP|DUP|UUP|SDP|Green|Labour|Conservative|Liberal|Independent|Democrat|Republican|Reform)\b)(?:\d{1,2}|U\.S\.(?:A\.)?|[A-Z]{3}|[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+){0,2})\s*\))?`;
/** A score: "4-1", "3\u20132", "110-102" (each side below 200). */
const SCORE = String.raw`(?:1\d\d|\d{1,2})[-\u2013](?:1\d\d|\d{1,2})`;
/** The result verbs, lower case, and the particles that name the other side. */
const VERBS =
  'won|wins|beat|beats|defeated|defeats|edged|thrashed|routed|downed|blanked|trounced|hammered|crushed|topped|stunned|upset|outlasted|overcame';
const DRAWN = 'lost|loses|fell|falls|drew|draws|tied|ties';
/**
 * A side that lost or drew, told in the passive ("The Rebels were thrashed 40-7 by the Crusaders", "Sundowns were held
 * 0-0 by Orlando Pirates"); not by a body that votes (`VOTE_OR_RULING`), nor before a month ("Talks were held 3-4
 * December", `NOT_A_SCORE`: review59).
 */
const BEATEN = 'beaten thrashed defeated edged routed hammered crushed stunned upset held'
  .split(' ')
  .flatMap((participle) => [`were ${participle}`, `was ${participle}`])
  .join('|');
const PARTICLES = 'to|with';
/**
 * A result verb, with the particle that names the other side, in lower case, in capitals ("THE AVALANCHE BEAT THE
 * KINGS 6-1") or in a headline's Title Case ("Avalanche Beat Kings 4-1"; fixT46, read46 on bd2a3b24).
 */
const VERB = [
  (w: string) => w,
  (w: string) => w.toUpperCase(),
  (w: string) => w.charAt(0).toUpperCase() + w.slice(1),
]
  .map((cased) => {
    const words = (list: string) => list.split('|').map(cased).join('|');
    return String.raw`${words(VERBS)}|${words(BEATEN)}|(?:${words(DRAWN)})(?:\s+(?:${PARTICLES}|${PARTICLES.toUpperCase()}))?`;
  })
  .join('|');
/**
 * The clause: a side, the verb, the other side or not, the score ("won 4-1", "beat the Kings 3-2", "lost to the
 * Cardinals 5-3"), or the score then the other side ("lost 98-95 to the Suns"). Groups: 1 the first side, 2 the
 * result as written, 3 the other side before the score, 4 the other side after it.
 */
const RESULT = new RegExp(
  String.raw`(?<![\w'\u2019])(${SIDE})${AFTER_SIDE}\s+((?:${VERB})\s+(?:(?:the\s+)?(${SIDE})${AFTER_SIDE}\s+)?${SCORE})(?![\w\u2013/-])(?:\s+(?:to|against|over|with|at|by)\s+(?:the\s+)?(${SIDE}))?`,
  'g',
);
/** What the score counts when it is no match's: a share, seats, votes, years. */
const NOT_A_SCORE =
  /^\s*(?:%|to\s+\$?\d|(?:percent|per\s+cent|pct|points?\s+(?:higher|lower|up|down)|seats|votes|years|months|weeks|days|hours|minutes|million|billion|margin|majority|decision|ruling|verdict|vote|electoral|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b)/i;
/**
 * A sentence that tells of a vote, an election, a poll, a court or a market, in any case: "Harris beat Trump 48-45
 * among independents" (a poll), "Trump won 6-3 at the Supreme Court", "Apple won 9-3 before the jury", "Democrats
 * beat Republicans 14-12 in the judiciary committee", "Labour beat the Conservatives 32-28 on the council", "Airbus
 * beat Boeing 52-48 in orders" (fixT46, read46 on bd2a3b24). A court is a court of law only by its kind or its
 * ruling: "won 110-102 on their home court" and "on Court Philippe Chatrier" are sport; a council only as a body that
 * votes ("on the council", "council vote", councillors): a city council in a hockey report is none.
 */
const VOTE_OR_RULING =
  /\b(?:vote|votes|voted|voting|ballots?|electoral|elections?|seats|referendum|delegates|caucus(?:es)?|Senate|Congress|parliament|lawmakers|legislators|MPs|justices|judges|ruling|ruled|polls?|polled|polling|pollsters?|surveys?|surveyed|respondents|independents|voters|electorate|(?:supreme|high|appeals?|federal|district|constitutional|crown|magistrates'?) court|in court|courtroom|the court (?:ruled|found|decided|sided)|jury|jurors|committee|on the council|council (?:vote|voted|meeting|chamber|seats)|councillors|councilmembers|orders|sales|deliveries|market share|contracts|by\s+(?:the\s+)?(?:(?:city|town|county|district|state|regional|parish)\s+)?(?:council|senate|house|assembly|parliament|board|cabinet|legislature))\b/i;
/** A field with no digits joined by a dash tells no score: its results are not looked for. */
const DIGITS_DASHED = /\d[-\u2013]\d/;
/** "The" opening a side is no word of its name. */
const THE = /^(?:The|THE)\s+/;

/** One match result of a field: where it stands, the result as written ("won 4-1"), and its sides' names. */
export interface TeamResult {
  readonly result: string;
  readonly sides: readonly (readonly [start: number, end: number])[];
}

/** Each match result the field tells, in text order. */
export function teamResults(field: SentencedText): TeamResult[] {
  const { text } = field;
  if (!DIGITS_DASHED.test(text)) return [];
  const results: TeamResult[] = [];
  // Asked once a sentence: a page of results in one 1 MB sentence read the whole sentence again for each result.
  const voteOrRuling = new Map<number, boolean>();
  RESULT.lastIndex = 0;
  for (let m = RESULT.exec(text); m !== null; m = RESULT.exec(text)) {
    const end = m.index + m[0].length;
    const scoreEnd = m.index + m[0].indexOf(m[2] ?? '') + (m[2] ?? '').length;
    if (NOT_A_SCORE.test(text.slice(scoreEnd, scoreEnd + 20))) continue;
    const index = sentenceIndex(field.sentences, m.index);
    let told = voteOrRuling.get(index);
    if (told === undefined) {
      told = VOTE_OR_RULING.test(index < 0 ? text : sentenceTextOf(field, index));
      voteOrRuling.set(index, told);
    }
    if (told) continue;
    const sides: [number, number][] = [];
    const first = m[1] ?? '';
    const lead = THE.exec(first)?.[0].length ?? 0;
    sides.push([m.index + lead, m.index + first.length]);
    const resultAt = m.index + m[0].indexOf(m[2] ?? '');
    if (m[3]) {
      const at = resultAt + (m[2] ?? '').indexOf(m[3]);
      sides.push([at, at + m[3].length]);
    }
    if (m[4]) sides.push([end - m[4].length, end]);
    results.push({ result: m[2] ?? '', sides });
  }
  return results;
}
