// A speaker named after the verb, as wires write a quotation's source: '" We are ready , " said Kinkel .', "The plan is
// dead, said Juppe.", '" The market is calm , " said Wormald , a dealer at a London bank .' (wild50 E23).
import type { Field } from '../../schema.js';
import { startsWithDigit } from '../../text/chars.js';
import {
  bodyAppositionAfter,
  callingApposedAfter,
  firmAppositionAfter,
  titleApposedAfter,
} from './appositions.js';
import { type Context, lowerTokenText, tokenText } from './context.js';
import { ageAfter } from './person-cues.js';

/** Verbs of speech a wire puts before the speaker's name after a quotation. */
const INVERTED_SPEECH = new Set([
  'said',
  'says',
  'added',
  'adds',
  'asked',
  'explained',
  'noted',
  'continued',
  'insisted',
  'declared',
  'stressed',
  'replied',
  'recalled',
  'admitted',
  'conceded',
  'argued',
  'complained',
]);

/** What closes a quotation before the inverted verb: its closing mark or the comma of reported speech. */
const QUOTATION_CLOSES = new Set([',', '"', "''", '\u201d', "'", '\u2019']);

/** What may end the speaker's clause. */
const CLAUSE_ENDS = new Set(['.', '!', '?', ';', '', '"', "''", '\u201d']);

/**
 * Heads of an apposition that calls the speaker a broking house or a news outlet when nothing follows them: '"
 * Prices will fall , " said Kleinwort , a broker .', "said Fena , the Bosnian news agency ." (a person's calling
 * names the firm: "a broker at Kleinwort Benson").
 */
const HOUSE_HEADS = new Set([
  'broker',
  'stockbroker',
  'broking',
  'agency',
  'newspaper',
  'daily',
  'broadcaster',
]);

/** What may open an apposition after the speaker: ", the German foreign minister", ", who met …", ", 45 ,". */
const APPOSITION_OPENS = new Set(['the', 'a', 'an', 'who', 'whose', 'adding', 'referring']);

/**
 * Whether the one word at `index` is the speaker of an inverted "said X": the verb of speech before it follows a
 * quotation's close, and the name ends the clause or opens an apposition of a person (not of a firm: '" Sales rose , "
 * said Dorvex , the Dutch retailer .'). "said Trump would …" is another shape: the name opens the reported clause.
 */
export function invertedSpeakerAt(ctx: Context, field: Field, index: number): boolean {
  if (!INVERTED_SPEECH.has(lowerTokenText(ctx, field, index - 1))) return false;
  if (!QUOTATION_CLOSES.has(tokenText(ctx, field, index - 2))) return false;
  const next = tokenText(ctx, field, index + 1);
  if (CLAUSE_ENDS.has(next)) return true;
  if (next !== ',') return false;
  const opens = lowerTokenText(ctx, field, index + 2);
  if (APPOSITION_OPENS.has(opens))
    return (
      !bodyAppositionAfter(ctx, field, index + 1) &&
      !firmAppositionAfter(ctx, field, index + 1, HOUSE_HEADS, 4)
    );
  // ", 45 ,": an age.
  return opens.length <= 2 && startsWithDigit(opens) && tokenText(ctx, field, index + 3) === ',';
}

/**
 * "Oduya , the German foreign minister , said …", "Mbeki , a former central banker , formed …", "Ferris , 26 , won …":
 * one word opening the sentence, then an apposition of a person's title or calling, or an age. Opening a sentence a
 * word no list knows is dropped as an ordinary word the lexicon lacks; this apposition says it is a person's name
 * (", a Dutch retailer ," a firm's).
 */
export function personApposedAfterOpening(ctx: Context, field: Field, index: number): boolean {
  if (tokenText(ctx, field, index + 1) !== ',') return false;
  // (", Treasury Secretary James Baker told …" after an opening adverb is another name's title: the article opens it.)
  const article = lowerTokenText(ctx, field, index + 2);
  return (
    ((article === 'the' || article === 'a' || article === 'an') &&
      (titleApposedAfter(ctx, field, index) || callingApposedAfter(ctx, field, index)) &&
      !bodyAppositionAfter(ctx, field, index + 1)) ||
    ageAfter(ctx, field, index)
  );
}
