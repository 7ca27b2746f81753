import { type SentencedText, sentenceIndex, sentenceTextOf } from '../text/sentences.js';

/**
 * A loan of no money (mendT45, wild45 ★2): a state that "will lend its support to the resolution", evidence that
 * "lends weight to claims", a museum that will "lend the painting to the Louvre", a voice that "lent credibility to"
 * a campaign. The lexicon's "lending" (banking) takes "lend", "lends" and "lent" by its stem; told of support, weight
 * or a painting they are no bank's. The verb keeps banking where its sentence names money: "The bank will lend 2
 * billion dollars", "banks are reluctant to lend to first-time buyers", "the IMF agreed to lend Pakistan $3 billion",
 * "lending rates". The matcher skips the word there (match.ts `NAME_OTHER_SENSE`).
 *
 * The noun "lending" is a bank's wherever it stands ("mortgage lending fell"), save in the idioms of the verb
 * ("lending its support", "lending weight to").
 */
const LEND = /\b(?:[Ll]end(?:s|ing)?|[Ll]ent)\b/g;
/** The idioms: what is lent is support, weight, a voice, a hand, an air, credibility, colour, a name or oneself. */
const LENT_IDIOM =
  /^\s+(?:(?:its|their|his|her|my|our|your|the|a|an|some|much|more|further|added|extra|new|considerable|real|full|strong|political|moral|public)\s+){0,2}(?:support|backing|weight|credence|credibility|legitimacy|voice|voices|name|names|hand|ear|air|colour|color|flavour|flavor|force|strength|impetus|momentum|authority|substance|urgency|dignity|gravitas|itself|themselves|himself|herself)\b/;
/** Money in the sentence: a sum, a currency, a loan, credit, a rate, a bank, a borrower. */
const MONEY =
  /[$\u20ac\u00a3\u00a5]|\b(?:money|cash|funds?|funding|loans?|credit|credits|debt|mortgages?|interest|rates?|banks?|banking|lenders?|borrow\w*|billions?|millions?|bn|mln|dlrs?|stg|pct|dollars?|euros?|pounds|yen|yuan|rupees?|francs?|IMF|World\s+Bank|capital|liquidity|bonds?|financ\w*)\b/i;

/**
 * Money in the verb's sentence or the next one (fixT45, read45 l1): "China agreed to lend Sri Lanka more. The loan,
 * worth $1.5 billion, will help the island repay debt." lends money. The whole field where no sentence holds the verb.
 */
function namesMoney(field: SentencedText, at: number): boolean {
  const index = sentenceIndex(field.sentences, at);
  if (index < 0) return MONEY.test(field.text);
  return MONEY.test(sentenceTextOf(field, index)) || MONEY.test(sentenceTextOf(field, index + 1));
}

/** [start, end) of each "lend", "lends", "lent" (and "lending" in an idiom) that lends no money, in text order. */
export function lentWithoutMoney(field: SentencedText): [number, number][] {
  const { text } = field;
  if (!text.includes('len') && !text.includes('Len')) return [];
  const spans: [number, number][] = [];
  LEND.lastIndex = 0;
  for (let m = LEND.exec(text); m !== null; m = LEND.exec(text)) {
    const end = m.index + m[0].length;
    const idiom = LENT_IDIOM.test(text.slice(end, end + 60));
    if (m[0].endsWith('ing') && !idiom) continue;
    if (idiom || !namesMoney(field, m.index)) spans.push([m.index, end]);
  }
  return spans;
}
