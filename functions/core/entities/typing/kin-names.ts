// Given names that kinship words introduce in obituaries and family stories: "survived by his wife, Nancy,", "the
// father of Andre, Kerry-Ann and Damion", "brother of Lloyd and the late Sonia".
import type { Field } from '../../schema.js';
import { startsUpper } from '../../text/letters.js';
import { type Context, fieldsOf, lowerTokenText, tokenText } from './context.js';
import { isKinBefore } from './person-cues.js';

/** Whose kin the word before a kinship word makes them: "his wife", "whose son". */
const KIN_OWNERS = new Set(['his', 'her', 'their', 'my', 'our', 'whose']);
/** Words a list of kin's names holds between the names: "Lloyd and the late Sonia". */
const LIST_WORDS = new Set([',', 'and', 'the', 'late']);
/** What may follow a kin's name that ends its list or its clause: a mark, "and", the verb of the relative. */
const LIST_ENDS = new Set([
  ',',
  '.',
  ';',
  ':',
  ')',
  '',
  'and',
  'or',
  'who',
  'whom',
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'said',
  'died',
]);
/** How far back a list of names is read for the kinship word that opens it. */
const LIST_REACH = 16;

/**
 * How a kinship word introduces the one-word name whose token is at `index`, reading back over a list of
 * capitalised names, commas, "and" and "the late": 'owner' after "his/her/whose" and the kinship word, with or
 * without a comma ("his wife, Nancy", "his sons Tariq and Omar"); 'of' after the kinship word and "of" ("the father of
 * Andre, Kerry-Ann and Damion"; the caller leaves out a place after it: "the father of Pakistan", "the Seaman brothers of
 * Calgary");
 * undefined otherwise, or when a noun follows the name ("the son of Liverpool legend Kenny Dalglish").
 */
export function kinIntroducing(ctx: Context, field: Field, index: number): 'owner' | 'of' | undefined {
  // (Most stories have no kinship word: asked of each name of a page that is one long list, the walk back cost a
  // sixth of its time.)
  if (!kinWordIn(ctx, field)) return undefined;
  // ("the son of Liverpool legend Kenny Dalglish": a name before a noun modifies it.)
  if (!LIST_ENDS.has(lowerTokenText(ctx, field, index + 1))) return undefined;
  for (let i = index - 1; i >= 0 && i >= index - LIST_REACH; i--) {
    const lower = lowerTokenText(ctx, field, i);
    if (lower === 'of') return isKinBefore(lowerTokenText(ctx, field, i - 1)) ? 'of' : undefined;
    if (isKinBefore(lower)) return KIN_OWNERS.has(lowerTokenText(ctx, field, i - 1)) ? 'owner' : undefined;
    // ("Son of the Mask" is a film's title: "the" only as "the late".)
    if (lower === 'the' && lowerTokenText(ctx, field, i + 1) !== 'late') return undefined;
    if (LIST_WORDS.has(lower) || (i < index - 1 && startsUpper(tokenText(ctx, field, i)))) continue;
    return undefined;
  }
  return undefined;
}

const fieldsWithKin = new WeakMap<Context['fields'], { title?: boolean; body?: boolean }>();

/** Whether the field holds a kinship word anywhere, read once per field of an article. */
function kinWordIn(ctx: Context, field: Field): boolean {
  let found = fieldsWithKin.get(ctx.fields);
  if (found === undefined) {
    found = {};
    fieldsWithKin.set(ctx.fields, found);
  }
  let has = found[field];
  if (has === undefined) {
    has = false;
    const count = fieldsOf(ctx, field).field.tokens.length;
    for (let i = 0; i < count && !has; i++) has = isKinBefore(lowerTokenText(ctx, field, i));
    found[field] = has;
  }
  return has;
}
