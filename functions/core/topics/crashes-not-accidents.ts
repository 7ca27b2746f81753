import { type SentencedText, sentenceTextAt } from '../text/sentences.js';
import { matchedWords } from './matched-words.js';

/**
 * A crash that is no accident (mendT45, wild45 ★4): a player or a team that "crashed out of the US Open", "crashes out
 * at Wimbledon", "crashed to a first-round defeat"; sterling that "crashed against the dollar", shares that "crashed
 * 40 percent", "the stock market crash"; a website, an app or a server that "crashed". Sport pages write the exit
 * weekly and business pages the fall: told this way the word is no transport accident and no disaster. The matcher
 * skips the word there (match.ts `NAME_OTHER_SENSE`).
 *
 * A crash of a vehicle keeps it: "a car crashed into a bus shelter", "the helicopter crashed out of control", "the
 * plane crashed shortly after take-off", a racing driver who "crashed out of the Monaco Grand Prix" on a wet track
 * (a driver's crash is a crash: the motor-racing words in the sentence keep it).
 */

/** A crash verb. */
const CRASH = '(?:crash(?:es|ed|ing)?)';

/**
 * An exit from a contest: "crashed out of the Cup", "crashes out at Wimbledon", "crash out in the first round". The
 * contest is named after "out of/at/in": a name, a number, or a contest's word (fixT45, read45 c6: "a light aircraft
 * crashed out of the sky onto the M40" is a crash).
 */
const CRASHED_OUT =
  /\b([Cc]rash(?:es|ed|ing)?)\s+out(?!\s+of\s+control\b)(?=\s+(?:of|at|in|on|to|against|with)\s+(?:(?:the|this|last|next|their|his|her|its|a|an)\s+)?(?:[A-Z0-9]|(?:[\w'-]+\s+){0,2}?(?:tournaments?|cups?|competitions?|championships?|rounds?|race|contest|quarter-?finals?|semi-?finals?|finals?|play-?offs?|knockout|league|group|stages?|qualif\w*|events?|draw|series|heats?|games?|match|matches|ties?|primar(?:y|ies)|elections?|leadership|polls?|shows?|markets?|index|indices)\b)|\s+(?:after|before|early|again|without)\b|\s*[,.;:!?'"\u2019\u201d]|\s*$)/g;
/**
 * A fall to a defeat: "crashed to a first-round defeat", "crash to a 3-0 loss", "crashed to defeat"; or a batting side's
 * fall to a cricket total (fixT48, wild48 ★2): "Pakistan crash to 92 all out", "crashed to 45 for six", "crashed to 120-7".
 */
const CRASHED_TO_DEFEAT =
  /\b([Cc]rash(?:es|ed|ing)?)\s+to\s+(?:(?:(?:a|an|their|his|her|its)\s+)?(?:[\w-]+\s+){0,3}?(?:defeats?|loss|losses|exit|elimination)\b|\d+(?:\s+all\s+out\b|\s*[-/]\s*\d+\b|\s+for\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine)\b))/g;
/**
 * A price, a market or a currency that falls: the falling thing just before the verb ("Sterling crashed", "shares
 * have crashed", "the pound crashed"), or the size of the fall after it ("crashed 40 percent", "crashed by a third",
 * "crashed to a record low", "crashed against the dollar"). And the noun of such a fall: "the stock market crash".
 */
const MARKET_CRASHED = new RegExp(
  String.raw`\b(?:[Ss]hares|[Ss]tocks|[Ss]tock\s+markets?|[Mm]arkets?|[Ss]terling|[Pp]ound|[Dd]ollar|[Ee]uro|[Yy]en|[Yy]uan|[Rr]ouble|[Rr]uble|[Rr]upee|[Ll]ira|[Pp]eso|[Rr]and|[Cc]urrenc(?:y|ies)|[Pp]rices?|[Vv]alues?|[Ii]ndex|[Bb]onds?|[Yy]ields|[Bb]itcoin|[Cc]rypto(?:currenc(?:y|ies))?|[Ee]quities|[Vv]aluations?|[Ss]ales|[Pp]rofits?|[Ee]arnings|[Rr]atings)\s+(?:(?:have|has|had|then|later|briefly|promptly|duly|also|all|nearly|almost)\s+)*(${CRASH})\b|\b(${CRASH})\s+(?:(?:by|as\s+much\s+as|nearly|almost|about|around|more\s+than|some|over)\s+)*(?:[\d$\u20ac\u00a3]|a\s+(?:third|quarter|fifth|half)\b|half\b|to\s+(?:an?\s+|its\s+|their\s+)?(?:record|all-time|historic|multi-year|\d+-(?:year|month|week))\b|against\s+the\s+(?:dollar|euro|pound|yen|greenback)\b)|\b(?:[Ss]tock[- ]market|[Mm]arket|[Ss]hare[- ]price|[Ss]tock|[Pp]rice|[Hh]ousing|[Pp]roperty|[Cc]rypto|[Bb]itcoin|[Cc]urrency|[Dd]otcom|[Dd]ot-com|[Ff]lash)\s+(crash(?:es)?)\b`,
  'g',
);
/**
 * A machine that stops working: "the website crashed", "its servers crashed", "the app keeps crashing", "a bug caused
 * the banking app to crash" (topic63, review62 ★2).
 */
const SYSTEM_CRASHED = new RegExp(
  String.raw`\b(?:[Ww]ebsites?|[Ss]ites?|[Aa]pps?|[Ss]ystems?|[Ss]ervers?|[Cc]omputers?|[Nn]etworks?|[Ss]oftware|PCs?|[Ll]aptops?|[Pp]hones?|[Pp]latforms?|[Pp]ortals?|[Pp]rograms?|[Bb]rowsers?)\s+(?:(?:have|has|had|then|later|briefly|repeatedly|kept|keeps|keep|all|also|again|to|would|will|could|can|did|does|may|might)\s+)*(${CRASH})\b`,
  'g',
);
/**
 * Motor racing or cycling in the sentence: a driver's crash is a crash ("crashed out of the Monaco Grand Prix"). No
 * track, wall, corner or stage alone: a football team's "group stage" and a tennis court's "fast indoor track" are
 * no racing (fixT45, read45 c9, c10); a cyclist's stage is numbered or has riders.
 */
const RACING =
  /\b(?:Grand\s+Prix|F1|Formula\s+(?:One|1|E)|NASCAR|IndyCar|MotoGP|rally|rallies|lap|laps|pit\s+lane|circuit|barrier|barriers|car|cars|bike|motorbike|crashed\s+into|rider|riders|drivers?|cyclists?|peloton|stage\s+\d+)\b/i;

/** A cheap gate: a crash at all. */
const CRASH_WORD = /rash/;

/** [start, end) of each crash of the text that is no accident, in text order. */
export function crashesNotAccidents(field: SentencedText): [number, number][] {
  const { text } = field;
  if (!CRASH_WORD.test(text)) return [];
  const spans = matchedWords(
    text,
    [CRASHED_OUT, CRASHED_TO_DEFEAT, MARKET_CRASHED, SYSTEM_CRASHED],
    (pattern, m) =>
      !(
        (pattern === CRASHED_OUT || pattern === CRASHED_TO_DEFEAT) &&
        RACING.test(sentenceTextAt(field, m.index) ?? text)
      ),
  );
  return spans.sort((a, b) => a[0] - b[0]).filter((span, i, all) => i === 0 || span[0] !== all[i - 1]?.[0]);
}
