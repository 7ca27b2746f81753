import { type SentencedText, sentenceOrFieldAt, sentenceTextAt } from '../text/sentences.js';
import { matchedWords } from './matched-words.js';

/**
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
 * Split out of other-sense-words.ts (tidy44); the matcher skips the spans (match.ts `NAME_OTHER_SENSE`).
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

/**
 * The steal-words of elections said to be stolen, in the order of their patterns. A sentence is the splitter's
 * (text/sentences.ts; tidy44: before, figurative-words.ts `sentenceAround` and a local cut at the last full stop).
 */
export function stolenContests(field: SentencedText): [number, number][] {
  const { text } = field;
  if (!/[Ss]te[a]?l|[Ss]tol/.test(text)) return [];
  // Each pattern's one group is its steal-word.
  return matchedWords(text, [STEAL_CONTEST, CONTEST_STOLEN, STOP_THE_STEAL, PRONOUN_STOLEN], (pattern, m) => {
    if (pattern === PRONOUN_STOLEN) return CONTEST_NAMED.test(sentenceBefore(field, m.index));
    // read44: 'Hackers stole the exam results of 10,000 students' names no election.
    return (
      (pattern !== STEAL_CONTEST && pattern !== CONTEST_STOLEN) ||
      ELECTION_CONTEST.test(m[0]) ||
      ELECTION_TOLD.test(sentenceTextAt(field, m.index) ?? text)
    );
  });
}

/** The sentence up to `at`: from the start of the splitter's sentence holding it (the field's, where none does). */
function sentenceBefore(field: SentencedText, at: number): string {
  return field.text.slice(sentenceOrFieldAt(field, at).start, at);
}
