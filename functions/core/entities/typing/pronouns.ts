// Pronouns that take a name up: "he"/"she" after a person, "it"/"its" after a firm or thing.
import type { Field } from '../../schema.js';
import { startsLower } from '../../text/letters.js';
import { gazetteerOfWord, placeOfWord } from '../word-facts.js';
import { type Context, fieldsOf, lowerTokenText } from './context.js';
import { FIRM_OWNER_VERBS, firmObjectOfIts } from './firm-deeds.js';
import { personNounOpens } from './person-cues.js';
import { FIRM_PRODUCTS } from './products-and-models.js';
import {
  CALENDAR_WORD,
  CASED,
  OPENING_WORD,
  ORG_CUE_AFTER,
  PERSON_PRONOUN,
  PRONOUN_STOP,
  SENTENCE_END,
  STAFF_WORD,
  THING_PRONOUN,
  TITLE_WORD,
  tokenBits,
} from './token-bits.js';

const PERSONAL_PRONOUNS = new Set(['He', 'She']);

/**
 * Whether the sentence after the one holding the token at `index` takes up a person first: "He said …",
 * "The order, which he signed …" (no other name, title or staff noun before the pronoun).
 */
export function pronounOpensNextSentence(
  ctx: Context,
  field: Field,
  index: number,
  verbNext: boolean,
): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  const end = Math.min(tokens.length - 1, index + 40);
  for (let i = index + 1; i < end; i++) {
    const text = tokens[i]!.text;
    if (text === '.' || text === '!' || text === '?')
      return (
        PERSONAL_PRONOUNS.has(tokens[i + 1]!.text) ||
        personNounOpens(ctx, field, i + 1) ||
        (verbNext &&
          pronounFrom(ctx, field, tokens, i + 1, Math.min(tokens.length, i + 14), true) === 'person')
      );
  }
  return false;
}
/** Words after which a name may be the subject of its clause. */
export const SUBJECT_OPENERS = new Set(
  'and but while as when after before because since if that where although though whereas'.split(' '),
);

/**
 * "Jannik Sinner won his first title", "Disney said in a statement that its parks …": the first personal
 * or possessive pronoun after a name in its clause, before any other name, title or staff noun (which the
 * pronoun could be about), says whether the name is a person's or a thing's.
 */
export function pronounAfter(
  ctx: Context,
  field: Field,
  start: number,
  index: number,
): 'person' | 'thing' | undefined {
  // Only for a subject: after "told Reuters as he …", "at the al-Ram checkpoint that he …" the pronoun is
  // about the sentence's subject.
  const tokens = fieldsOf(ctx, field).field.tokens;
  const before = start > 0 ? tokens[start - 1]!.text : '';
  // "Britain ' s Naseem Hamed retained his title": pre-tokenised text splits the possessive's "s" off.
  const possessiveBefore =
    before === 's' && start > 1 && (tokens[start - 2]!.text === "'" || tokens[start - 2]!.text === '’');
  if (startsLower(before) && !SUBJECT_OPENERS.has(before) && !possessiveBefore) return undefined;
  const end = Math.min(tokens.length, index + 13);
  return pronounFrom(ctx, field, tokens, index + 1, end);
}

/**
 * "Walt Disney founded the studio with his brother Roy. Walt Disney's studios in Burbank were his pride": whether
 * a person's pronoun takes up another mention of the same name (its words `names`, written as in the text, the
 * last without a possessive) somewhere in the story, outside the mention whose first token is `start` in `field`.
 */
export function personPronounTakesUpElsewhere(
  ctx: Context,
  field: Field,
  start: number,
  names: readonly string[],
): boolean {
  const n = names.length;
  for (const other of ['title', 'body'] as const) {
    const tokens = fieldsOf(ctx, other).field.tokens;
    for (let i = 0; i + n <= tokens.length; i++)
      if (
        (other !== field || i !== start) &&
        names.every((name, j) => tokens[i + j]!.text === name) &&
        pronounAfter(ctx, other, i, i + n - 1) === 'person'
      )
        return true;
  }
  return false;
}
/**
 * The names (lower case, the words of each capitalised run joined by a space) that a person's pronoun takes up
 * somewhere in the story: "Icahn said on Friday he completed the acquisition" puts "icahn" in it. Read once per
 * article (a page of thousands of names asks it of each name; a per-name rescan of the story grew superlinearly).
 */
export function namesPersonPronounsTakeUp(ctx: Context): ReadonlySet<string> {
  let found = takenUpByPersonPronoun.get(ctx.fields);
  if (found === undefined) {
    found = new Set();
    for (const field of ['title', 'body'] as const) {
      const words = fieldsOf(ctx, field).words;
      let start = -1;
      for (let i = 0; i < words.length; i++) {
        const word = words[i];
        if (word == null || !word.capitalised) {
          start = -1;
          continue;
        }
        if (start < 0) start = i;
        const next = words[i + 1];
        // The run ends here (a possessive ends it too: "Icahn 's stake").
        if (next?.capitalised && !word.possessive) continue;
        if (pronounAfter(ctx, field, start, i) === 'person') {
          found.add(lowerNameOf(words as readonly { lower: string }[], start, i + 1));
        }
        start = -1;
      }
    }
    takenUpByPersonPronoun.set(ctx.fields, found);
  }
  return found;
}
const takenUpByPersonPronoun = new WeakMap<Context['fields'], Set<string>>();
/** The words [from, to) of a name in lower case, joined by a space: the key of namesPersonPronounsTakeUp. */
export function lowerNameOf(words: readonly { lower: string }[], from: number, to: number): string {
  let name = words[from]!.lower;
  for (let k = from + 1; k < to; k++) name += ` ${words[k]!.lower}`;
  return name;
}
/** The first pronoun from token `from` on, in its clause, before any name or word it could be about. */
function pronounFrom(
  ctx: Context,
  field: Field,
  tokens: readonly { text: string }[],
  from: number,
  end: number,
  sentenceStart = false,
): 'person' | 'thing' | undefined {
  for (let i = from; i < end; i++) {
    const text = tokens[i]!.text;
    const bits = tokenBits(ctx, field, i);
    if (bits & PERSON_PRONOUN) return 'person';
    if (bits & THING_PRONOUN) return 'thing';
    if (bits & SENTENCE_END) return undefined;
    // A clause of the next sentence may still be about the last sentence's subject ("The order, which he …").
    if ((text === ',' || bits & PRONOUN_STOP) && !sentenceStart) return undefined;
    if (i === from && (text === "'s" || text === '’s' || text === "'" || text === '’')) return undefined;
    const openingWord = i === from && sentenceStart && (bits & OPENING_WORD) !== 0;
    // "Pfizer said on Monday it would …": a day or a month is nothing a pronoun could be about.
    if (bits & CALENDAR_WORD) continue;
    if ((bits & CASED && !openingWord) || bits & (TITLE_WORD | STAFF_WORD | ORG_CUE_AFTER)) return undefined;
  }
  return undefined;
}
/** Whether the first pronoun after the name ending at `index`, in its clause, is a person's ("said she"). */
export function personPronounNext(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  return pronounFrom(ctx, field, tokens, index + 1, Math.min(tokens.length, index + 13)) === 'person';
}
/**
 * "Enzo Ferrari's factories at Maranello built racing cars before he turned to road cars": a person's pronoun later
 * in the sentence of the name ending at `index` (within 30 tokens), whatever stands between.
 */
export function personPronounLaterInSentence(
  ctx: Context,
  field: Field,
  index: number,
  subjectOnly = false,
): boolean {
  const prepared = fieldsOf(ctx, field);
  const end = Math.min(prepared.field.tokens.length, index + 31);
  for (let i = index + 1; i < end; i++) {
    const bits = tokenBits(ctx, field, i);
    if (bits & PERSON_PRONOUN) {
      const text = lowerTokenText(ctx, field, i);
      if (!subjectOnly || text === 'he' || text === 'she') return true;
      continue;
    }
    if (bits & SENTENCE_END) return false;
    // ("… parks unit will cut jobs, chief executive Bob Iger said …, adding that he": the pronoun is another name's,
    // read47; a place named between, "at Maranello", is no one the pronoun could be.)
    if (bits & (TITLE_WORD | STAFF_WORD)) return false;
    if (bits & CASED) {
      const w = prepared.words[i];
      if (w != null && placeOfWord(w) === undefined && gazetteerOfWord(w)?.kind !== 'place') return false;
    }
  }
  return false;
}
/** Whether a firm's "it" or a thing's pronoun takes up the name ending at `index` ("said it would cut jobs"). */
export function thingPronounNext(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  return (
    firmItAfter(ctx, field, index) ||
    pronounFrom(ctx, field, tokens, index + 1, Math.min(tokens.length, index + 13)) === 'thing'
  );
}
/**
 * "Pfizer said on Monday it would invest …", "Walmart says its sales …": the firm's "it" or "its" right
 * after its verb of speech, before a verb of plans or of what firms do, or a firm's result ("it would
 * take years", "its army" are as often a leader's words about the matter or the country).
 */
export function firmItAfter(ctx: Context, field: Field, index: number): boolean {
  const i = pronounAfterSaid(ctx, field, index);
  if (i < 0) return false;
  const pronoun = lowerTokenText(ctx, field, i);
  // "Walmart said its sales …" ("Tshisekedi said its army …" is a country's).
  // ("Transnet said its ports were congested": what a firm runs and whom it serves or employs.)
  if (pronoun === 'its') {
    const owned = lowerTokenText(ctx, field, i + 1);
    return (
      FIRM_PRODUCTS.has(owned) ||
      FIRM_HOLDINGS.has(owned) ||
      // "Prada said its chief executive would step down", "Saab said its board…" (orgs51, wild50 E13).
      FIRM_OFFICERS.has(owned) ||
      (owned === 'chief' && FIRM_CHIEF_OFFICES.has(lowerTokenText(ctx, field, i + 2)))
    );
  }
  if (pronoun !== 'it') return false;
  const verb = lowerTokenText(ctx, field, i + 1);
  if (FIRM_PLAN_VERBS.has(verb)) return true;
  // "Texaco said it sold its stake in the refinery", "said it had closed its plant": what a firm did to what a firm
  // owns ("it raised its council tax" is left out with a town's objects: firmObjectOfIts).
  const done = verb === 'had' || verb === 'has' ? lowerTokenText(ctx, field, i + 2) : verb;
  if (FIRM_OWNER_VERBS.has(done) && firmObjectOfIts(ctx, field, i + 1)) return true;
  // "Meralco said on Tuesday it would refund 2 billion pesos to its customers": whatever "it" is to do, the
  // same clause's "its" before what a firm sells, makes or serves takes up a firm ("it would take years to
  // repair its network" is the matter spoken of).
  if (!IMPERSONAL_VERBS.has(lowerTokenText(ctx, field, i + 2)) && firmsOwnLater(ctx, field, i + 1))
    return true;
  // "it would invest", "it will cut", "it may implement power cuts" ("it would take years" is about the matter
  // spoken of).
  const act = lowerTokenText(ctx, field, i + 2);
  if (verb === 'would' || verb === 'will') return FIRM_ACTS.has(act);
  // "it may implement power cuts", "it could import more fuel", "it may cut power": a maybe takes up a firm by its
  // trade only; a union's or party's spokesperson says "it may appeal the ruling", "it could cut services" (read38).
  if (!TENTATIVE_MODALS.has(verb) || !FIRM_ACTS.has(act) || SPOKESPERSON_ACTS.has(act)) return false;
  return act !== 'cut' || FIRM_CUTS.has(lowerTokenText(ctx, field, i + 3));
}
/**
 * "Unison said on Monday its members would vote", "Unite said it would ballot drivers": the "its" or "it"
 * right after a name's verb of speech takes up a body with members (a union, a party, a league), no person;
 * firmItAfter leaves members and votes out, as a firm's test.
 */
export function bodyItAfter(ctx: Context, field: Field, index: number): boolean {
  const i = pronounAfterSaid(ctx, field, index);
  if (i < 0) return false;
  if (lowerTokenText(ctx, field, i) === 'its') return lowerTokenText(ctx, field, i + 1) === 'members';
  // "Unison said it would back the offer", "Unite said it will ballot drivers": a body's "it" before what a
  // union, party or league resolves to do with a vote or a deal (a person's "it" is the matter spoken of).
  if (lowerTokenText(ctx, field, i) !== 'it') return false;
  const modal = lowerTokenText(ctx, field, i + 1);
  if (modal !== 'would' && modal !== 'will') return false;
  const act = lowerTokenText(ctx, field, i + 2);
  return BODY_STANDS.has(act === 'not' ? lowerTokenText(ctx, field, i + 3) : act);
}
/**
 * Where the pronoun after the name ending at `index` and its verb of speech stands: "said it", "said on Monday it",
 * "said on Monday that it" (-1 when no "said"/"says" follows the name).
 */
function pronounAfterSaid(ctx: Context, field: Field, index: number): number {
  const said = lowerTokenText(ctx, field, index + 1);
  if (said !== 'said' && said !== 'says') return -1;
  let i = index + 2;
  if (lowerTokenText(ctx, field, i) === 'on' && tokenBits(ctx, field, i + 1) & CALENDAR_WORD) i += 2;
  return lowerTokenText(ctx, field, i) === 'that' ? i + 1 : i;
}
/**
 * Whether "it" or "its" right after the name's verb of speech may take the name up, whatever follows ("said on
 * Monday that it would review", "said its clerics"): not "it" before what is said of the matter spoken of ("it
 * would take years", "it was wrong"). For names a person seldom bears alone (an Arabic article's "Al-Azhar").
 */
export function anyItAfterSaid(ctx: Context, field: Field, index: number): boolean {
  const i = pronounAfterSaid(ctx, field, index);
  if (i < 0) return false;
  const pronoun = lowerTokenText(ctx, field, i);
  if (pronoun === 'its') return true;
  if (pronoun !== 'it') return false;
  // ("it would review", "it had suspended": the verb after a modal or "had"; "it has been" is the matter's.)
  const verb = lowerTokenText(ctx, field, i + 1);
  const act = AUXILIARIES.has(verb) ? lowerTokenText(ctx, field, i + 2) : verb;
  return !IMPERSONAL_VERBS.has(act) && act !== 'not' && act !== 'been' && act !== 'is' && act !== 'was';
}
/** Whether a firm's or a body's "it" or "its" right after the name's verb of speech takes the name up. */
export function bodyOrFirmItAfter(ctx: Context, field: Field, index: number): boolean {
  return firmItAfter(ctx, field, index) || bodyItAfter(ctx, field, index);
}
/**
 * What a union, party or league resolves to do: ballot its members, back or fight an offer, vote or abstain on a bill,
 * name or field its candidates ("Likud said it would vote against the bill"; a person "would vote" as "he").
 */
const BODY_STANDS = new Set(
  'ballot back endorse recommend oppose boycott vote abstain nominate field contest'.split(' '),
);
const TENTATIVE_MODALS = new Set(['may', 'could', 'might']);
/** Modals and "had"/"has" before the verb of what "it" does. */
const AUXILIARIES = new Set(['would', 'will', 'may', 'could', 'might', 'had', 'has']);
/** What "it" does when it is the matter spoken of, no firm: "it would take years", "it would be costly". */
const IMPERSONAL_VERBS = new Set(
  'take takes took be is was has have had mean means cost costs need require seem'.split(' '),
);
/** A clause's "its" (within 12 tokens of `from`) before what a firm sells, makes, runs or serves. */
function firmsOwnLater(ctx: Context, field: Field, from: number): boolean {
  for (let i = from; i < from + 12; i++) {
    const bits = tokenBits(ctx, field, i);
    if (bits & SENTENCE_END || lowerTokenText(ctx, field, i) === ',') return false;
    if (lowerTokenText(ctx, field, i) !== 'its') continue;
    const owned = lowerTokenText(ctx, field, i + 1);
    return FIRM_PRODUCTS.has(owned) || FIRM_HOLDINGS.has(owned);
  }
  return false;
}
const SPOKESPERSON_ACTS = new Set('appeal close shut comply cooperate'.split(' '));
const FIRM_CUTS = new Set('power output production jobs prices supply supplies costs dividend'.split(' '));
// What a firm runs and whom it serves (not "its workers"/"its members": a union's as much).
export const FIRM_HOLDINGS: ReadonlySet<string> = new Set(
  'ports network networks stores branches customers clients subscribers shareholders'.split(' '),
);
/** A firm's officers and its board, after "its" ("its chief executive": see FIRM_CHIEF_OFFICES). */
const FIRM_OFFICERS = new Set('chairman chairwoman board ceo cfo workforce employees'.split(' '));
/** The officers only a firm has after "its chief": "its chief executive", "its chief financial officer". */
const FIRM_CHIEF_OFFICES = new Set(['executive', 'financial', 'operating']);
const FIRM_PLAN_VERBS = new Set(
  'plans planned intends intended expects expected aims agreed signed'.split(' '),
);
const FIRM_ACTS = new Set(
  'invest buy sell cut close build acquire hire launch expand raise spend list merge shut supply produce open appeal comply cooperate implement import export'.split(
    ' ',
  ),
);
