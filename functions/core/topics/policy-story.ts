import type { TagDocument } from '../text/document.js';
import { titleSubject } from './signals.js';

/**
 * Words that name a policy as a thing made or changed: plans, proposals, guidelines, a bill, laws, a ban,
 * a crackdown, targets, powers given to someone. Not "law enforcement", a "law firm" or "martial law", not
 * "bills" (energy or medical bills), not a "scheme" (a fraud's).
 */
const POLICY_ACT =
  /\b(?:plans?|proposals?|guidelines|legislation|(?<!martial )laws?(?! (?:enforcement|firms?|school|students?)\b)|bill(?!s)|bans?|crackdown|targets?|powers|power to|rethink|reforms?|overhaul|shake-?up|white paper|green paper|consultation)\b/i;

/** Where a lead's subject and verb end: the words of a title's adjunct, "against" and "in protest (at) …". */
const LEAD_ADJUNCT =
  /\b(?:after|amid|as|before|despite|following|from|over|since|with|against|in protest)\b/i;

/**
 * The headline's subject or the lead's, before any adjunct, names a policy act ("Burglar defence guidelines
 * issued", "Plans to give murderers lighter sentences have been watered down", "The government will only hit
 * its target for adult literacy"): the story is the policy, told through the crime, schools or health it
 * governs, and a politics desk files it so. An event told with a law in its adjunct ("unions strike over
 * labour law", "dockers staged lightning strikes in protest at government plans") stays with the event.
 */
export function policyActInTitleOrLead(doc: TagDocument, lead: number): boolean {
  if (POLICY_ACT.test(titleSubject(doc.title.text))) return true;
  const sentence = doc.body.sentences[lead];
  if (!sentence) return false;
  const text = doc.body.text.slice(sentence.start, sentence.end);
  const adjunct = LEAD_ADJUNCT.exec(text);
  return POLICY_ACT.test(adjunct ? text.slice(0, adjunct.index) : text);
}
