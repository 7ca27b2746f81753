import type { Country, Mention } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';

/**
 * "Nigeria's Dangote refinery has begun exporting petrol to Ghana and Cameroon", "sanctions on Russia and
 * Iran": two countries listed after one preposition are what a third party acts on, side by side; the
 * sentence links each of them to the actor, not to each other. Unlike a coordination in a sentence about
 * the two ("talks between Japan and South Korea", "Thailand and Cambodia agreed to a ceasefire"). Only two
 * countries alone: a longer list is read by list-mates.ts.
 */

/** A preposition whose object may be a list of countries, right before the first of them. */
const PREPOSITION_BEFORE = /\b(?:to|into|on|against|from)\s+(?:the\s+)?$/i;
/** "from" lists only as a headline writes them, with a comma alone: "cardinals from Mongolia, Tonga" (not
 * "pressure from Paris and Berlin": the two who press are together). */
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
/** The preposition right before a mention, as a word ("from"), for two objects of one verb in parallel. */
const PREPOSITION_WORD_BEFORE = /\b(to|into|on|against|from)\s+(?:the\s+)?$/i;
/**
 * Verbs of effect or reaction whose two objects stand side by side ("…, angering China and South Korea", "the ban
 * upset India and Vietnam", "tariffs that hit Japan and South Korea", "she visited Japan and South Korea"): the
 * subject acts on each. A closed list, not every participle: relational verbs link their two objects ("the Line of
 * Control dividing India and Pakistan", "fighting involving Thailand and Cambodia", "Trump hosted Armenia and
 * Azerbaijan", "reconciling", "mediating", "pitting"), so their pair stays. Stems with their endings.
 */
const EFFECT_VERB = [
  'anger(?:s|ed|ing)?',
  'infuriat(?:es?|ed|ing)',
  'irk(?:s|ed|ing)?',
  'upset(?:s|ting)?',
  'alarm(?:s|ed|ing)?',
  'worr(?:y|ies|ied|ying)',
  'rattl(?:es?|ed|ing)',
  'unsettl(?:es?|ed|ing)',
  'dismay(?:s|ed|ing)?',
  'surpris(?:es?|ed|ing)',
  'frustrat(?:es?|ed|ing)',
  'hit(?:s|ting)?',
  'str(?:uck|ikes|iking)',
  'hurt(?:s|ing)?',
  'spar(?:es?|ed|ing)',
  'affect(?:s|ed|ing)?',
  'exempt(?:s|ed|ing)?',
  'target(?:s|ed|ing)?',
  'blam(?:es?|ed|ing)',
  'accus(?:es?|ed|ing)',
  'sanction(?:s|ed|ing)?',
  'threaten(?:s|ed|ing)?',
  'critici[sz](?:es?|ed|ing)',
  'condemn(?:s|ed|ing)?',
  'prais(?:es?|ed|ing)',
  'thank(?:s|ed|ing)?',
  'exclud(?:es?|ed|ing)',
  'bar(?:s|red|ring)?',
  'ban(?:s|ned|ning)?',
  'punish(?:es|ed|ing)?',
  'pressur(?:es?|ed|ing)',
  'visit(?:s|ed|ing)?',
  'tour(?:s|ed|ing)?',
  'snub(?:s|bed|bing)?',
].join('|');
/** Right before the first of two objects: one of those verbs, lower-case (a headline's capitals are other words). */
const VERB_BEFORE = lazyPattern(
  () => new RegExp(String.raw`(?:^|[^\p{L}'\u2019-])(?:${EFFECT_VERB})\s+(?:the\s+)?$`, 'u'),
);
/**
 * VERB_BEFORE's stems with any lower-case ending, before the same end, in plain classes: whatever VERB_BEFORE matches
 * this matches too, and V8 compiles it in a fraction of the time. Asked first, so VERB_BEFORE (a Unicode pattern) is
 * compiled only where a verb of the list may end the text.
 */
const VERB_STEM_BEFORE =
  /(?:anger|infuriat|irk|upset|alarm|worr|rattl|unsettl|dismay|surpris|frustrat|hit|str|hurt|spar|affect|exempt|target|blam|accus|sanction|threaten|critici|condemn|prais|thank|exclud|bar|ban|punish|pressur|visit|tour|snub)[a-z]*\s+(?:the\s+)?$/;
/** Whether one of the verbs ends the text, before its object (VERB_BEFORE). */
const verbBefore = (text: string): boolean => VERB_STEM_BEFORE.test(text) && VERB_BEFORE.test(text);

/**
 * After the second object: what makes the two the subject of a clause of their own ("reported China and Japan had
 * signed", "expected Israel and Hamas would agree"), or the doers of what the verb asks ("urged India and Pakistan to
 * resume talks"): then they are no mere objects.
 */
const OWN_CLAUSE_AFTER =
  /^['\u2019]?\s+(?:to|would|will|could|can|should|may|might|must|had|have|has|are|were|was|is|did|do|does|also|both|jointly|together|closer|each|\w+ed)\b/i;

/**
 * Whether the two mentions are the two objects of one verb ("angering China and South Korea"): nothing but a
 * connective between them, no third item after, the verb right before the first, and no clause of their own after.
 */
function objectsOfOneVerb(s: SentenceSpan, first: Mention, second: Mention): boolean {
  if (!LIST_GAP.test(s.text.slice(first.end, second.start))) return false;
  if (MORE_ITEMS.test(s.text.slice(second.end, second.end + 24))) return false;
  if (OWN_CLAUSE_AFTER.test(s.text.slice(second.end, second.end + 16))) return false;
  return verbBefore(s.text.slice(Math.max(s.start, first.start - 24), first.start));
}

/**
 * Whether two coordinated mentions of a sentence are only the objects of one verb, with no word making them parties
 * to each other ("between", "jointly"): for coordination links (pairs.ts `coordinatedPairs`).
 */
export function verbObjectsIn(s: SentenceSpan, first: Mention, second: Mention): boolean {
  return objectsOfOneVerb(s, first, second) && !MUTUAL.test(s.text.slice(s.start, s.end));
}

/** Between two items of the list: a comma, "and", "or" or "&", nothing else. */
const LIST_GAP = /^\s*(?:,|,?\s*(?:and|or|&))\s*(?:the\s+)?$/;
/** Words that make the listed countries parties to one another ("between", "joint", "each other"). */
const MUTUAL = /\b(?:between|among|amongst|joint|jointly|trilateral|together|each other|one another)\b/i;

/**
 * Whether some mention of the country opens a list after such a preposition or is the second item of a
 * two-country list ("to Ghana and Cameroon"): asked first, so most pairs need no sentence read.
 */
export function mayBeCoObject(doc: TagDocument, c: Country): boolean {
  for (const m of c.mentions) {
    const { text } = fieldOf(doc, m.field);
    const before = text.slice(Math.max(0, m.start - 16), m.start);
    if (PREPOSITION_BEFORE.test(before) || LIST_END_BEFORE.test(before)) return true;
    if (verbBefore(text.slice(Math.max(0, m.start - 24), m.start))) return true;
    if (AGENDA_NEAR.test(text.slice(Math.max(0, m.start - 120), m.start))) return true;
  }
  return false;
}

/**
 * "The two leaders discussed Taiwan, the South China Sea, fentanyl and Russia's war in Ukraine", "the ministers
 * discussed Iran, the war in Sudan and trade with Brazil": the items of an agenda are what others talk about,
 * not parties to one another (review26 #15). The word that opens the agenda (one source for both patterns).
 */
const AGENDA_OPENER = String.raw`\b(?:discuss(?:ed|es|ing)?|talked\s+about|raised|agenda\s+(?:included|includes|will\s+include)|topics\s+(?:included|including|such\s+as))`;
/** The opener up to three words before the first item ("discussed trade with "). */
const AGENDA_BEFORE = new RegExp(String.raw`${AGENDA_OPENER}\s+(?:[\w'\u2019-]+\s+){0,3}$`, 'i');
/** The same word somewhere before a mention in its clause (for the cheap first question). */
const AGENDA_NEAR = new RegExp(String.raw`${AGENDA_OPENER}\s[^.;:()]*$`, 'i');
/** Between two items of an agenda: no clause of its own ("said", "while", "which", a second verb's "and will"). */
const AGENDA_BREAK =
  /[.;:()]|\b(?:said|says|while|but|which|who|whom|because|after|before|when|agreed|will|would)\b/i;
/** Right before an item after the first: a comma or "and", then up to four words of the item ("trade with "). */
const AGENDA_ITEM_BEFORE = /(?:,|\band)\s+(?:[\w'\u2019-]+\s+){0,4}$/i;

/**
 * Whether two mentions are items of one agenda: the first right after "discussed" (or up to three words after:
 * "discussed trade with China"), the second a later item.
 */
function agendaItems(s: SentenceSpan, first: Mention, second: Mention): boolean {
  if (!AGENDA_BEFORE.test(s.text.slice(Math.max(s.start, first.start - 32), first.start))) return false;
  const between = s.text.slice(first.end, second.start);
  return between.length <= 100 && !AGENDA_BREAK.test(between) && AGENDA_ITEM_BEFORE.test(between);
}

/** Before the second item: a comma, "and", "or" or "&" after a capitalised word. */
const LIST_END_BEFORE = /\S\s*(?:,|,?\s*(?:and|or|&))\s*(?:the\s+)?$/;

/** One sentence as the text of its field and its bounds. */
export interface SentenceSpan {
  readonly text: string;
  readonly field: 'title' | 'body';
  readonly start: number;
  readonly end: number;
}

/**
 * Whether, in this sentence, two countries are named only as items of one list after a preposition (or, with
 * `verbs`, as the two objects of one verb): every mention of each in it is in the list, and no word makes them
 * parties to each other. A survey sets its countries side by side anyway, and pairs them all: it asks without verbs.
 */
export function coObjectsIn(s: SentenceSpan, a: Country, b: Country, verbs = true): boolean {
  const inSentence = (c: Country) =>
    c.mentions.filter((m) => m.field === s.field && m.start >= s.start && m.end <= s.end);
  const as = inSentence(a);
  const bs = inSentence(b);
  if (as.length !== 1 || bs.length !== 1) return false;
  const [first, second] = as[0]!.start < bs[0]!.start ? [as[0]!, bs[0]!] : [bs[0]!, as[0]!];
  if (MUTUAL.test(s.text.slice(s.start, s.end))) return false;
  return (
    listStartsAfterPreposition(s, first, second) ||
    parallelObjects(s, first, second) ||
    (verbs && objectsOfOneVerb(s, first, second)) ||
    agendaItems(s, first, second)
  );
}

/**
 * "the first from Mongolia, the Apostolic Prefect of Ulaanbaatar, and a bishop from Tonga": each of the two
 * is the object of the same preposition, in two items of one list (no verb of its own between them).
 */
function parallelObjects(s: SentenceSpan, first: Mention, second: Mention): boolean {
  const p1 = PREPOSITION_WORD_BEFORE.exec(s.text.slice(Math.max(s.start, first.start - 16), first.start));
  const p2 = PREPOSITION_WORD_BEFORE.exec(s.text.slice(Math.max(s.start, second.start - 16), second.start));
  if (!p1 || !p2 || p1[1]!.toLowerCase() !== p2[1]!.toLowerCase()) return false;
  return /,\s*(?:and|or)\s/.test(s.text.slice(first.end, second.start));
}

/**
 * The two mentions are the two items of a list (a comma, "and" or "or" between, no third item after) that
 * opens right after a preposition: "to Ghana and Cameroon", "to Ghana, Cameroon".
 */
function listStartsAfterPreposition(s: SentenceSpan, first: Mention, second: Mention): boolean {
  const between = s.text.slice(first.end, second.start);
  if (!LIST_GAP.test(between)) return false;
  // A longer list ("to Tunisia, Egypt, Lebanon and Morocco") is read by list-mates.ts.
  if (MORE_ITEMS.test(s.text.slice(second.end, second.end + 24))) return false;
  const before = s.text.slice(Math.max(s.start, first.start - 16), first.start);
  if (FROM_BEFORE.test(before)) return /^\s*,\s*$/.test(between);
  return PREPOSITION_BEFORE.test(before);
}

/** After the second item: a third ("…, Lebanon", "… and Morocco"). */
const MORE_ITEMS = lazyPattern(() => /^\s*(?:,|,?\s*(?:and|or|&))\s*(?:the\s+)?\p{Lu}/u);
