import type { TagDocument } from '../text/document.js';

/**
 * What makes a vote an election (wild37 ★3): candidates, polls, voters, an electorate, a referendum or an election
 * itself, or ballots and turnout outside a strike. A school board that "votes to close two schools", a zoning board
 * that "voted 4-1", shareholders who "voted down the pay package", a parliament's vote on a bill and a union's
 * strike ballot with its turnout elect no one. A presidential or mayoral vote, or one "to choose a new president",
 * does (read37).
 */
const ELECTION_WORDS =
  /\b(?:(?:re-?|by-)?elect(?:ions?|oral|orate|ed)?|candida\w+|polls?|polling|voters?|referend\w+|primaries|run-?offs?|constituenc\w+|presidential|mayoral|(?:choose|elect)s? a (?:new )?(?:president|leader|mayor|parliament|governor))\b/i;
const BALLOT_WORDS = /\b(?:ballots?|turnout)\b/i;
const STRIKE_WORDS = /\b(?:strikes?|walkouts?|industrial action)\b/i;

const PROTEST_WORDS =
  /\b(?:protest\w*|demonstrat\w*|against|police|tear gas|water cannon|riot\w*|marche[sd]|marchers|opposition supporters)\b/i;

/**
 * Rallies held in a story of an election and of no protest are the candidates' campaign rallies, no demonstration
 * (topics41: "The two main candidates held rallies across the country on Friday, the final day of campaigning").
 * A rally against a result, or one the police disperse, stays a demonstration.
 */
export function protestRally(doc: TagDocument): boolean {
  const told = (words: RegExp) => words.test(doc.title.text) || words.test(doc.body.text);
  return !electionTold(doc) || told(PROTEST_WORDS);
}

/** The story tells of an election: one of its words in the headline or the body. */
export function electionTold(doc: TagDocument): boolean {
  const told = (words: RegExp) => words.test(doc.title.text) || words.test(doc.body.text);
  return told(ELECTION_WORDS) || (told(BALLOT_WORDS) && !told(STRIKE_WORDS));
}
