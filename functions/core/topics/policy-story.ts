import type { Entity } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import { titleSubject } from './signals.js';

/**
 * Words that name a policy as a thing made or changed: proposals, guidelines, a bill, laws, a crackdown,
 * powers given to someone. Not "law enforcement", a "law firm" or "martial law", not "bills" (energy or
 * medical bills), not a "scheme" (a fraud's). Plans, targets and bans are asked separately (`nounAct`).
 */
const POLICY_ACT =
  /\b(?:proposals?|guidelines|legislation|(?<!martial )laws?(?! (?:enforcement|firms?|school|students?)\b)|bill(?!s)|crackdown|powers|power to|rethink|reforms?|overhaul|shake-?up|white paper|green paper|consultation)\b/i;

/** Plans, targets and bans: policies as nouns, but verbs too ("Doctors plan strike", "Gunman targets worshippers"). */
const PLAN_TARGET_BAN = /\b(?:plans?|targets?|bans?)\b/gi;
/** A word before that makes the next one a noun: a determiner, a possessive, the government's own. */
const NOUN_BEFORE =
  /(?:^\s*|\b(?:the|a|an|its|their|his|her|our|this|these|those|new|fresh|any|no|such|government|ministers|official|proposed|draft|blanket|outright|[a-z]+ing)\s+|['\u2019]s?\s+)$/i;
/** A word after that makes it a noun: "ban on", "target for", "plans unveiled", "target is", or the end. */
const NOUN_AFTER =
  /^(?:\s*$|\s*[,:;]|\s+(?:on|for|of|against|is|are|was|were|will|would|could|has|have|had|[a-z]+ed)\b)/i;

/** The word before, when it is one: "Nurses" in "Nurses plan walkout", not "($10bn)" in "a $10bn plan". */
const WORD_BEFORE = /\b([A-Za-z][A-Za-z-]*)\s+$/;

/** Plural subjects without an -s: "Police target drivers", "People plan" (the verb then has none either). */
const PLURAL_WITHOUT_S = new Set([
  'police',
  'people',
  'men',
  'women',
  'children',
  'staff',
  'youth',
  'cattle',
]);

/**
 * Plan(s), target(s) or ban(s) read as a noun: at the start, after a determiner, a possessive or an -ing
 * word, before a preposition or a verb. Otherwise it is a verb where its number agrees with the word before
 * as a subject's: "Nurses plan", "Gunman targets" (verbs); "put ban to the test", "a £5bn plan" (nouns).
 */
function nounAct(text: string): boolean {
  for (const m of text.matchAll(PLAN_TARGET_BAN)) {
    const end = m.index + m[0].length;
    if (NOUN_AFTER.test(text.slice(end, end + 16))) return true;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (NOUN_BEFORE.test(before)) return true;
    const subject = WORD_BEFORE.exec(before)?.[1];
    if (subject === undefined) return true;
    const plural = subject.endsWith('s') || PLURAL_WITHOUT_S.has(subject.toLowerCase());
    if (plural === m[0].endsWith('s')) return true;
  }
  return false;
}

/** Every policy-act word of a text, for the texts where a capitalised "Bill" may be a person. */
const POLICY_ACTS = new RegExp(POLICY_ACT.source, 'gi');
/** "Bill" and a given name before a person's name: "Bill and Melinda French Gates" (review24 r24-58). */
const BILL_AND = /^Bill and [A-Z]/;

/**
 * Whether a person's name opens at an offset of the field (the headline, or the body from `from`): "Bill"
 * there, or "Bill and" before it, is a given name, not a bill before parliament.
 */
type PersonAt = (offset: number) => boolean;

/**
 * The text names a policy act: a word that can only be one, or a plan, target or ban used as a noun. A
 * capitalised "Bill" opening a person's name, alone or before "and" and the second person ("Bill and Melinda
 * Gates"), is a given name.
 */
function namesPolicyAct(text: string, personAt: PersonAt): boolean {
  if (!POLICY_ACT.test(text)) return nounAct(text);
  // The first test is all a text without a capitalised "Bill" needs.
  if (!text.includes('Bill')) return true;
  for (const m of text.matchAll(POLICY_ACTS)) {
    if (m[0] !== 'Bill') return true;
    const at = m.index;
    if (personAt(at)) continue;
    if (BILL_AND.test(text.slice(at, at + 10)) && personAt(at + 9)) continue;
    return true;
  }
  return nounAct(text);
}

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
export function policyActInTitleOrLead(doc: TagDocument, lead: number, entities: readonly Entity[]): boolean {
  if (namesPolicyAct(titleSubject(doc.title.text), (at) => personOpensAt(entities, 'title', at))) return true;
  const sentence = doc.body.sentences[lead];
  if (!sentence) return false;
  const text = doc.body.text.slice(sentence.start, sentence.end);
  const adjunct = LEAD_ADJUNCT.exec(text);
  return namesPolicyAct(adjunct ? text.slice(0, adjunct.index) : text, (at) =>
    personOpensAt(entities, 'body', sentence.start + at),
  );
}

/** A person's name found by the recogniser opens at this offset of the field. */
function personOpensAt(entities: readonly Entity[], field: 'title' | 'body', offset: number): boolean {
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) if (m.start === offset && m.field === field) return true;
  }
  return false;
}
