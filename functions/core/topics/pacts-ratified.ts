import type { TagDocument } from '../text/document.js';
import { someSentence } from './sentence-with-both.js';

/** Ratifying, in any form: "ratify", "ratified", "ratifies", "ratifying", "ratification". */
const RATIFY = /\bratif(?:y|ied|ies|ying|ication)\b/i;
/**
 * A contract of workers or a company's business as what is ratified, a few words on ("voted to ratify a new four-year
 * contract", "ratified the tentative agreement", "ratified the appointment of the auditor"), or before it ("the contract
 * ratification vote").
 */
const OTHER_THAN_PACT_RATIFIED = new RegExp(
  `${RATIFY.source}(?:\\s+of)?(?:\\s+\\S+){0,4}?\\s+(?:contracts?|tentative (?:agreement|deal)|labou?r (?:agreement|deal|contract)|collective (?:bargaining )?agreement|pay (?:deal|agreement|offer)|appointments?|auditors?|dividends?)\\b|\\bcontract ratification\\b`,
  'i',
);
/** Members of a legislature, who ratify for a state ("Members of Parliament ratified the deal with Ukraine"). */
const OF_LEGISLATURE = String.raw`\s+of\s+(?:the\s+)?(?:[A-Z]?[a-z]+\s+)?(?:[Pp]arliament|[Cc]ongress|[Ss]enate|[Hh]ouse|[Aa]ssembly|[Ll]egislature|[Dd]uma|[Kk]nesset|[Dd]iet)\b`;
/**
 * Those who ratify a contract or a company's business (workers, a union, members, strikers, shareholders) before the
 * ratifying. In lower case but for a sentence's first word: "the European Union has ratified it" is a pact's, which is
 * why walkout-words.ts's case-blind WORKERS is not used here. A strike or walkout itself is no ratifier: "Despite a
 * general strike, parliament ratified the deal with Russia" is a state's (ENDS_STRIKE reads the strike a vote ends).
 */
const MEMBERS_VOTE = new RegExp(
  String.raw`\b(?:union|[Uu]nions|[Uu]nionised|[Uu]nionized|[Ww]orkers|[Ee]mployees|[Mm]achinists|[Nn]urses|[Tt]eachers|[Dd]rivers|[Pp]ilots|[Dd]ockworkers|[Ss]hareholders|[Ss]tockholders|[Ss]trikers|[Ss]triking\s+[a-z]+s|[Mm]embers(?!${OF_LEGISLATURE}))\b`,
);
/**
 * A ratification that ends a strike or a lockout ("…, ending a seven-week strike", a headline's "Strike over as deal
 * ratified"); a state's ends a dispute.
 */
const ENDS_STRIKE =
  /\bend(?:s|ed|ing)?\s+(?:[^\s;,.]+\s+){0,3}?(?:strike|walkout|lockout)\b|\b(?:strike|walkout|lockout)s?\s+(?:is\s+|was\s+)?(?:over|ends|ended)\b/i;
/**
 * Members, workers or shareholders after "by" in a passive ("was ratified by 78% of members", "by union members"), not
 * members of a parliament.
 */
const BY_MEMBERS =
  /\bby\s+(?:[^\s;,.]+\s+){0,3}?(?:members(?!\s+of\s+(?:parliament|congress|the\s+(?:senate|house|assembly|parliament)))|union|unions|workers|employees|shareholders|stockholders)\b/i;
/**
 * A union opening the sentence before its verb (a headline's "Union ratifies deal"), not the European Union listed
 * with a country ("Union, Britain ratify deal").
 */
const UNION_FIRST = /^\s*(?:The\s+)?Unions?\s+(?:members\s+)?[a-z]/;
/** A pact by its own name, which keeps its sense whoever ratifies it. */
const PACT = /\b(?:treaty|treaties|accord|convention|protocol|pact|charter)\b/i;

/**
 * The story ratifies a pact between states or parties, not a union's contract or a company's business (review61:
 * grocery workers who "voted to ratify a three-year contract", machinists who "voted to ratify the agreement, ending a
 * seven-week strike", read as a treaty): some sentence ratifies a treaty, an accord, a convention, a protocol, a pact
 * or a charter by name, or no sentence tells a contract's or members' ratifying (a headline's bare "Deal ratified"
 * over a union's vote is the union's).
 */
export function pactRatified(doc: TagDocument): boolean {
  if (!RATIFY.test(doc.title.text) && !RATIFY.test(doc.body.text)) return false;
  if (someSentence(doc, (sentence) => RATIFY.test(sentence) && PACT.test(sentence))) return true;
  return !someSentence(
    doc,
    (sentence) =>
      RATIFY.test(sentence) && (OTHER_THAN_PACT_RATIFIED.test(sentence) || membersRatify(sentence)),
  );
}

/**
 * Members, workers or shareholders before the ratifying, as its subject, or after it in a passive, or a strike it ends;
 * workers who "staged a strike outside" as a parliament ratified a gas deal are no ratifiers (review61).
 */
function membersRatify(sentence: string): boolean {
  const at = sentence.search(RATIFY);
  const before = sentence.slice(0, at);
  const after = sentence.slice(at);
  return (
    MEMBERS_VOTE.test(before) ||
    UNION_FIRST.test(before) ||
    BY_MEMBERS.test(after) ||
    ENDS_STRIKE.test(sentence)
  );
}
