import { type SentencedText, sentenceTextAt } from '../text/sentences.js';
import { GAMBLING } from './gambling-words.js';
import { matchedWords } from './matched-words.js';

/**
 * A stake that is no share of a firm (mendT45, wild45 ★3): a visit that "raised the stakes in the trade dispute",
 * "high-stakes talks", "with so much at stake", "the stakes could not be higher", a race named "the Coronation
 * Stakes", bettors' "record stakes on the Grand National", a cap on "stakes on online slot machines". The lexicon's
 * "stake" (economy, merger or acquisition) is a holding; told this way it is none. The matcher skips the word there
 * (match.ts `NAME_OTHER_SENSE`).
 *
 * A holding keeps it: "bought a 20 percent stake in the miner", "sold its stake", "a controlling stake", "a minority
 * stake", "its stake of 9.9%" — also in a betting firm's story ("the fund sold its stake in Entain").
 */
/** The idioms: "at stake", "high stakes", "raise/up/double the stakes", "the stakes are high", "low-stakes". */
const STAKES_IDIOM =
  /\b(?:at\s+([Ss]take)\b|((?:[Hh]igh(?:er|est)?|[Ll]ow(?:er)?)-stakes)\b|(?:[Hh]igh(?:er|est)?|[Ll]ow(?:er)?)\s+(stakes)\b|(?:rais|up|upp|doubl|increas|lift|heighten)(?:e|es|ed|ing|s)?\s+the\s+(stakes)\b|(?:[Tt]he\s+)?(stakes)\s+(?:are|were|is|was|could\s+not\s+be|couldn't\s+be|have\s+never\s+been|have\s+rarely\s+been|remain|seem|appear)\s+(?:(?:so|very|too|extremely|incredibly|even|much|never|rarely|not)\s+)*(?:high|higher|huge|enormous|low|great|greater)\b)/g;
/**
 * "The stakes for/of" someone is the idiom only where its sentence tells of their size or their raising ("the stakes
 * for Europe are high", "raised the stakes of the dispute", "what is at stake"); "Siemens bought the stakes of Deutsche
 * Bank and Allianz" is a holding (fixT45, read45 s2).
 */
const STAKES_OF =
  /(?<=\b[Tt]he\s+)(stakes)\s+(?:for|of)\s+(?!(?:the\s+)?(?:company|firm|group|bank|fund|insurer|lender|business)\b)/g;
/** What tells "the stakes of" is the idiom: their height, their raising, what is at stake. */
const IDIOM_CUE =
  /\b(?:high|higher|highest|huge|enormous|momentous|existential|low|lower|rais(?:e|es|ed|ing)|upp?(?:ed|ing)?\s+the|doubl(?:e|es|ed|ing)|heighten\w*|at\s+stake|could\s+(?:not|n't)\s+be|never\s+been|spell(?:ed|s)?\s+out|underlin\w+)\b/i;
/** A horse race named "Stakes": "the Coronation Stakes", "the King George VI and Queen Elizabeth Stakes". */
const RACE_STAKES = /(?<=\b[A-Z][\w'\u2019-]*\s+)(Stakes)\b/g;
/**
 * A race is told as one: a horse, a jockey, a course, furlongs, a win (fixT45, read45 s1). A Title Case headline's
 * "Glencore Sells Stakes in Two Copper Mines" names no race, and its stakes are a holding.
 */
const RACE_CUE =
  /\b(?:horses?|race|races|raced|racing|racecourse|furlongs?|jockeys?|trainers?|trained|filly|fillies|colts?|mares?|stallions?|geldings?|favourite|favorite|odds-on|handicap|Group\s+(?:One|Two|Three|[123])|Grade\s+(?:One|Two|Three|[123]|I{1,3})|Derby|Guineas|Ascot|Newmarket|Epsom|Goodwood|Doncaster|Aintree|Cheltenham|Longchamp|Saratoga|Belmont|Curragh|Sandown|Kempton|York|lengths?|won|wins|win|winner|winning|runners?|ran|ride|rode)\b/i;
/** Any stake, to read a gambler's. */
const STAKE = /\b[Ss]takes?\b/g;
/** A holding: "a 20 percent stake", "its stake in", "stake of 9.9%", "a controlling/minority/majority stake". */
const HOLDING_BEFORE =
  /\b(?:its|their|his|her|our|a|an|the)\s+(?:[\d.,]+\s*(?:%|percent|per\s+cent|pct)\s+|(?:controlling|minority|majority|blocking|significant|small|large|sizeable|sizable|strategic|remaining|combined|direct|indirect|equity)\s+)?$/;
const HOLDING_AFTER =
  /^\s+(?:in|of)\s+(?:[A-Z]|[\d.,]+\s*(?:%|percent|per\s+cent|pct)|the\s+(?:company|firm|group|business|bank|lender|insurer|operator|bookmaker|club))/;

/** [start, end) of each "stake"/"stakes" that is no holding, in text order. */
export function stakesNotOwned(field: SentencedText): [number, number][] {
  const { text } = field;
  // Every pattern below holds "stake" or "Stake" as written: a text with neither has no span. (The gate was "take",
  // which "take", "taken", "mistake" pass: on a 1 MB page of them the three scans below, two of them opening with a
  // look-behind, read the whole text for nothing, ~35-60 ms.)
  if (!text.includes('stake') && !text.includes('Stake')) return [];
  const spans = matchedWords(text, [STAKES_IDIOM, STAKES_OF, RACE_STAKES], (pattern, m) => {
    const cue = pattern === STAKES_OF ? IDIOM_CUE : pattern === RACE_STAKES ? RACE_CUE : undefined;
    return cue === undefined || cue.test(sentenceTextAt(field, m.index) ?? text);
  });
  STAKE.lastIndex = 0;
  for (let m = STAKE.exec(text); m !== null; m = STAKE.exec(text)) {
    const end = m.index + m[0].length;
    if (
      !HOLDING_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
      !HOLDING_AFTER.test(text.slice(end, end + 40)) &&
      GAMBLING.test(sentenceTextAt(field, m.index) ?? text)
    )
      spans.push([m.index, end]);
  }
  return spans.sort((a, b) => a[0] - b[0]).filter((span, i, all) => i === 0 || span[0] !== all[i - 1]?.[0]);
}
