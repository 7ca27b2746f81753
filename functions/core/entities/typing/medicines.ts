// Medicines named by their brands: an apposition that calls a name a drug, and a brand listed beside one.
import type { Field } from '../../schema.js';
import { type Candidate, type Context, fieldsOf, lowerTokenText, tokenText } from './context.js';

/** Nouns that end an apposition calling the name before it a medicine: "Kisunla, Eli Lilly's Alzheimer's treatment,". */
const MEDICINE_NOUNS = new Set(
  'drug treatment vaccine medicine pill therapy injection medication jab'.split(' '),
);
/** Words that may open such an apposition: a determiner or an owner's name. */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'its', 'their']);
/**
 * What may follow the medicine's noun where the apposition ends there ("Johnson, a drug dealer," goes on to
 * another noun and calls a person something else).
 */
const AFTER_MEDICINE_NOUN = new Set(
  ', . ; ) ( that which for made developed sold marketed is was has had won and'.split(' '),
);

/**
 * Nouns of a firm that an "and" after the medicine's noun may lead on to: "Valneva, a vaccine and drug
 * developer," and "Biocon, a drug and biosimilars maker," call a firm by what it makes (read35, item 3).
 */
const MAKER_NOUNS = new Set(
  'maker makers developer developers company firm manufacturer producer group supplier distributor'.split(
    ' ',
  ),
);

/** Whether a maker's noun stands within three tokens after the "and" at `index`. */
function makerAfterAnd(ctx: Context, field: Field, index: number): boolean {
  for (let k = index + 1; k <= index + 3; k++)
    if (MAKER_NOUNS.has(lowerTokenText(ctx, field, k))) return true;
  return false;
}

/**
 * Whether a comma after the token at `index` opens an apposition that ends in a medicine's noun within a few
 * words: "Keytruda, Merck's cancer drug,", "Mounjaro, a weight-loss injection that". The apposition opens
 * with a determiner or a capitalised owner ("Smith, whose treatment" does not).
 */
export function medicineApposedAfter(ctx: Context, field: Field, index: number): boolean {
  if (tokenText(ctx, field, index + 1) !== ',') return false;
  const opener = tokenText(ctx, field, index + 2);
  const lowerOpener = opener.toLowerCase();
  if (!APPOSITION_OPENERS.has(lowerOpener) && (opener === lowerOpener || opener === '')) return false;
  for (let i = index + 2; i < index + 9; i++) {
    const lower = lowerTokenText(ctx, field, i);
    if (lower === '' || lower === ',' || lower === '.' || lower === ';') return false;
    if (MEDICINE_NOUNS.has(lower)) {
      const next = lowerTokenText(ctx, field, i + 1);
      return AFTER_MEDICINE_NOUN.has(next) && !(next === 'and' && makerAfterAnd(ctx, field, i + 1));
    }
  }
  return false;
}

/**
 * "Wegovy and Ozempic", "Zepbound or Mounjaro": the words that join two names of one kind. Not a comma alone:
 * "iTunes, OD2, mycokemusic.com and Napster" lists shops of songs by a thing's name beside firms' names.
 */
const LIST_JOIN = /^,? (?:and|or) $/;

/**
 * Whether the single word no cue typed at `k` is listed beside a single-word name a cue made a thing
 * ("sales of Wegovy and Ozempic", "the drug Leqembi or Kisunla"): names of one list are of one kind.
 */
export function listedBesideThing(ctx: Context, candidates: readonly Candidate[], k: number): boolean {
  const c = candidates[k]!;
  if (c.words.length !== 1) return false;
  const text = fieldsOf(ctx, c.field).field.text;
  const thing = (o: Candidate | undefined) =>
    o !== undefined && o.field === c.field && o.type === 'other' && o.strength >= 2 && o.words.length === 1;
  const before = k > 0 ? candidates[k - 1] : undefined;
  if (thing(before) && LIST_JOIN.test(text.slice(before!.end, c.start))) return true;
  const after = candidates[k + 1];
  return thing(after) && LIST_JOIN.test(text.slice(c.end, after!.start));
}
