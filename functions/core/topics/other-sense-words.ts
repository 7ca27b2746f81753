import { wordKey } from './compile.js';
import { sentenceAround } from './figurative-words.js';

/**
 * Words of one desk that news of another borrows, told by their sentence (wild44, mendT44). The matcher skips them as
 * it skips figurative-words.ts's (match.ts `NAME_OTHER_SENSE`).
 *
 * An election that was "stolen" (wild44 ★6): the opposition said "the election had been stolen", accused a president
 * "of stealing the July election", marched against "a stolen mandate", refused the result, "saying it had been
 * stolen". A claim of fraud at the polls, no theft: the verb is skipped where what is stolen is an election, a vote, a
 * poll, a result, a mandate, a victory or a seat (up to three words between: "stole the presidential election"), or
 * the steal-word's subject is one of them ("the vote was stolen"), or "it"/"they" was stolen in a sentence that named
 * one before. Things taken keep the crime: "stole three ballot boxes from a polling station on election day",
 * "thieves stole 40 voting machines before the election". A contest word that only qualifies the thing taken (its
 * records, data, day, officials, campaign's computers, boxes) names no contest: "stole the election records of 40,000
 * voters", "reported a ballot box missing on election day and said it had been stolen".
 *
 * A ransomware gang that "claimed responsibility" (wild44 ★9): "A ransomware gang claimed responsibility for a cyber
 * attack on a pathology firm", "The Rhysida group, which claimed responsibility, published 600GB of stolen files" (after
 * a lead that names the ransomware attack). The claim is terrorism's where a bomb, gunmen or a killing is told; where
 * the field tells of an attack on computers (ransomware, hackers, a cyber attack, a data breach, malware) and the
 * claim's sentence names no weapon and no death, it is the hackers' claim, and the phrase is skipped.
 *
 * Travel as getting about, disrupted (wild44 item 11): snow that "disrupted travel across northern England", "Travel
 * disruption is likely", "travel chaos", "avoid all but essential travel", travel that "will be difficult". Weather,
 * strike and closure copy, not leisure and tourism: the word is skipped there. A holiday's travel keeps its desk
 * ("travel to Spain rose 12%", "the travel industry").
 *
 * A fact check's rating (wild44 item 13): "VERDICT: False.", "Verdict: Misleading.", "Our verdict: the claim is
 * fabricated" judge a claim, not a defendant. "verdict" is skipped where it is a label (a colon or a dash after it) and a
 * rating follows, or where the field tells of a fact check and the verdict's sentence names a rating and no court. A
 * jury's verdict keeps the court ("The jury returned a guilty verdict", "Verdict: guilty").
 *
 * A model's or a flight's designation (wild44 item 17): "48 FA-50 fighter jets" are no Football Association, an "AI-171"
 * flight no artificial intelligence, an "IT-2" rifle no computing. Capitals glued by a hyphen to a number name a
 * machine or a flight; the capitals are skipped. Names whose number is their edition or their strain keep their word:
 * COVID-19, SARS-CoV-2, COP-28, G-20, GROUP-77, EU-27, HIV-1, HPV-16, PD-1, IL-6 (read44); and so does a designation the lexicon writes whole ("F-35s" are
 * defence, "GLP-1" drugs health).
 */

/** What an election's loser says was stolen. */
const CONTESTS =
  'elections?|votes?|polls?|results?|mandates?|victor(?:y|ies)|wins?|presidency|count|referendums?|seats?|majority|nomination|primar(?:y|ies)|races?';
/** After a contest word: the thing it qualifies, which is what is taken ("the election records", "election day"). */
const QUALIFIED =
  "(?!['\\u2019]s\\b|\\s+(?:data|records?|files?|documents?|databases?|servers?|rolls?|registers?|lists?|day|night|officials?|workers?|staff|offices?|headquarters|commission|committee|equipment|machines?|materials?|box|boxes|papers?|ballots|funds?|money|cash|signs?|posters?|cards?|campaign(?:s|'s|\\u2019s)?|computers?|laptops?|vans?|cars?|trucks?)\\b)";
/** A steal-word, then up to three words (determiners, names, adjectives), then the contest: "stealing the July election". */
const STEAL_CONTEST = new RegExp(
  `\\b([Ss]te(?:al|als|aling)|[Ss]tole|[Ss]tolen)\\s+(?:(?!(?:from|in|on|at|during|after|before|ahead|since|by|with|for|to|into)\\b)(?:the|a|an|this|that|these|their|his|her|its|our|my|your|last|next|[A-Z][\\w-]*|[\\w-]+(?:'s|\\u2019s)|[a-z-]+)\\s+){0,3}?(?:${CONTESTS})\\b${QUALIFIED}`,
  'g',
);
/** The contest, then auxiliaries, then "stolen": "the election had been stolen", "the vote was not stolen". */
const CONTEST_STOLEN = new RegExp(
  `\\b(?:${CONTESTS})(?:\\s+(?:had|has|have|was|were|is|are|been|being|be|would|will|could|not|never|already|simply))+\\s+(stolen)\\b`,
  'g',
);
/** A pronoun stolen: "saying it had been stolen" (its contest named earlier in the sentence). */
const PRONOUN_STOLEN =
  /\b(?:it|they)(?:\s+(?:had|has|have|was|were|is|are|been|being|be|would|will|could|not|never|already|simply))+\s+(stolen)\b/g;
/** A contest that is an election's by its word; a result, a win, a seat or a count is one only where the sentence tells of an election. */
const ELECTION_CONTEST =
  /\b(?:elections?|votes?|polls?|mandates?|presidency|referendums?|nomination|primar(?:y|ies))\b/i;
const ELECTION_TOLD =
  /\b(?:elect\w*|vot(?:e|es|ed|ers?|ing)|polls?|polling|ballots?|presidential|parliamentary|candidates?|opposition|campaign\w*|referendums?)\b/i;
const CONTEST_NAMED = new RegExp(`\\b(?:${CONTESTS}|electoral|elected)\\b${QUALIFIED}`, 'i');
/** The rally's name: "Stop the Steal". */
const STOP_THE_STEAL = /\b[Ss]top\s+[Tt]he\s+(Steal)\b/g;

const CLAIMED_RESPONSIBILITY = /\b[Cc]laim(?:s|ed|ing)?\s+responsibility\b/g;
const ATTACK_ON_COMPUTERS =
  /\b(?:ransomware|cyber[- ]?attacks?|cyberattacks?|cyber[- ]?criminals?|cyber[- ]?gangs?|hack(?:ers?|ed|ing|s)?|data breach(?:es)?|malware|DDoS|denial[- ]of[- ]service)\b/i;
/** Terrorism's own words in the claim's sentence: the claim then is a bombing's or a shooting's. */
const VIOLENCE =
  /\b(?:bomb\w*|blasts?|explosi\w+|explod\w+|suicide|gunm[ae]n|shoot\w*|shot|kill\w*|dead|deaths?|wounded|injured|militants?|insurgents?|jihadi\w*|rockets?|grenades?|stabb\w*|massacre|soldiers?|troops|hostages?|kidnap\w*)\b/i;

/** Travel disrupted: the verb before ("disrupted travel", "disrupting rail and road travel"). */
const DISRUPTED_TRAVEL =
  /\b(?:disrupt(?:s|ed|ing)?|affect(?:s|ed|ing)?|hamper(?:s|ed|ing)?|halt(?:s|ed|ing)?|paralys(?:e|es|ed|ing)|snarl(?:s|ed|ing)?|chaos\s+(?:for|to)|disruption\s+(?:for|to))\s+(?:(?:[a-z]+\s+and\s+)?[a-z]+\s+)?(travel)\b/gi;
/** Travel disrupted: the trouble after ("travel disruption", "travel chaos", "travel was disrupted", "travel will be difficult"). */
const TRAVEL_DISRUPTED =
  /\b(travel)(?:\s+(?:disruptions?|chaos|misery|problems|delays|conditions)\b|(?:\s+(?:is|was|were|will|would|could|may|might|be|been|being|likely|to|remain|remains|remained|became|becoming|made|very|extremely|particularly|also|still))+\s+(?:disrupted|affected|difficult|hazardous|dangerous|treacherous|impossible|halted|severely|badly|hampered)\b)/gi;
/** Travel advised against: "avoid all but essential travel", "non-essential travel". */
const ESSENTIAL_TRAVEL = /\b(?:essential|non-essential|unnecessary|unessential)\s+(travel)\b/gi;

/** A fact check's ratings. */
const RATINGS =
  'false|true|misleading|mostly|partly|half|fabricated|missing|lacks|needs|unproven|unsupported|unsubstantiated|satire|altered|doctored|manipulated|fake|inaccurate|accurate|correct|incorrect|exaggerated|wrong|mixed|mixture|unverified|out\\s+of\\s+context|pants\\s+on\\s+fire|no\\s+evidence';
/** "VERDICT: False", "Our verdict - misleading": a label, then (up to three words on) a rating. */
const VERDICT_LABEL = new RegExp(
  `\\b(VERDICT|[Vv]erdict)\\s*(?:[:\\u2013\\u2014]|\\s-)\\s*(?:[\\w'\\u2019]+\\s+){0,3}?(?:${RATINGS})\\b`,
  'gi',
);
const FACT_CHECK = /\b(?:fact[- ]?check\w*|CLAIM:|Claim:|debunk\w*)/i;
const RATING_WORD = new RegExp(`\\b(?:${RATINGS})\\b`, 'i');
const COURT =
  /\b(?:jur(?:y|ors?)|judges?|courts?|trial|guilty|acquitt\w*|convict\w*|sentenc\w*|defendants?)\b/i;
const VERDICT = /\b(?:VERDICT|[Vv]erdicts?)\b/g;

/** Capitals, a hyphen and a number: "FA-50", "AI-171", "MQ-9B". */
const DESIGNATION = /\b([A-Z]{1,5})-\d+[A-Za-z]?\b/g;
/** Capitals whose number is an edition, a strain or a count of members. */
const NUMBERED_NAMES = new Set([
  'COVID',
  'SARS',
  'MERS',
  'COP',
  'G',
  'GROUP',
  'EU',
  'UN',
  'ATP',
  'WTA',
  'UFC',
  'WWE',
  'HIV',
  'HPV',
  'HSV',
  'HTLV',
  'RSV',
  'PD',
  'IL',
  'CD',
]);

/**
 * [start, end) of each word of the text told in another desk's sense, in text order. `hyphenated`: the keys of the
 * hyphenated words the lexicon knows whole (compile.ts), designations that keep their desk.
 */
export function otherSenseWords(
  text: string,
  hyphenated: ReadonlySet<string> = new Set(),
): [number, number][] {
  const spans: [number, number][] = [];
  if (/[Ss]te[a]?l|[Ss]tol/.test(text)) spans.push(...stolenContests(text));
  if (/travel/i.test(text))
    for (const pattern of [DISRUPTED_TRAVEL, TRAVEL_DISRUPTED, ESSENTIAL_TRAVEL]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const word = m[1] ?? '';
        const start = m.index + (pattern === TRAVEL_DISRUPTED ? 0 : m[0].length - word.length);
        spans.push([start, start + word.length]);
      }
    }
  if (/verdict/i.test(text)) spans.push(...ratings(text));
  if (text.includes('-')) {
    DESIGNATION.lastIndex = 0;
    for (let m = DESIGNATION.exec(text); m !== null; m = DESIGNATION.exec(text)) {
      const letters = m[1] ?? '';
      if (!NUMBERED_NAMES.has(letters) && !hyphenated.has(wordKey(m[0])))
        spans.push([m.index, m.index + letters.length]);
    }
  }
  if (text.includes('responsibility') && ATTACK_ON_COMPUTERS.test(text)) {
    CLAIMED_RESPONSIBILITY.lastIndex = 0;
    for (let m = CLAIMED_RESPONSIBILITY.exec(text); m !== null; m = CLAIMED_RESPONSIBILITY.exec(text))
      if (!VIOLENCE.test(sentenceAround(text, m.index))) spans.push([m.index, m.index + m[0].length]);
  }
  return spans.sort((a, b) => a[0] - b[0]).filter((span, i, all) => i === 0 || span[0] !== all[i - 1]?.[0]);
}

/** The verdicts of fact checks. */
function ratings(text: string): [number, number][] {
  const spans: [number, number][] = [];
  VERDICT_LABEL.lastIndex = 0;
  for (let m = VERDICT_LABEL.exec(text); m !== null; m = VERDICT_LABEL.exec(text))
    if (!COURT.test(m[0])) spans.push([m.index, m.index + (m[1] ?? '').length]);
  if (!FACT_CHECK.test(text)) return spans;
  const labelled = new Set(spans.map(([s]) => s));
  VERDICT.lastIndex = 0;
  for (let m = VERDICT.exec(text); m !== null; m = VERDICT.exec(text)) {
    if (labelled.has(m.index)) continue;
    const sentence = sentenceAround(text, m.index);
    if (RATING_WORD.test(sentence) && !COURT.test(sentence)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** The steal-words of elections said to be stolen. */
function stolenContests(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of [STEAL_CONTEST, CONTEST_STOLEN, STOP_THE_STEAL, PRONOUN_STOLEN]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const word = m[1] ?? '';
      const start = m.index + m[0].lastIndexOf(word);
      if (pattern === PRONOUN_STOLEN && !CONTEST_NAMED.test(sentenceBefore(text, m.index))) continue;
      // read44: 'Hackers stole the exam results of 10,000 students' names no election.
      if (
        (pattern === STEAL_CONTEST || pattern === CONTEST_STOLEN) &&
        !ELECTION_CONTEST.test(m[0]) &&
        !ELECTION_TOLD.test(sentenceAround(text, m.index))
      )
        continue;
      spans.push([start, start + word.length]);
    }
  }
  return spans;
}

/** The sentence up to `at`: from the last full stop (or blank line) before it, within 300 characters. */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - 300);
  let start = from;
  for (const m of text.slice(from, at).matchAll(/[.!?]\s+|\n\s*\n/g)) start = from + m.index + m[0].length;
  return text.slice(start, at);
}
