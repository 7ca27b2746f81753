/**
 * Travel as getting about, disrupted (wild44 item 11): snow that "disrupted travel across northern England", "Travel
 * disruption is likely", "travel chaos", "avoid all but essential travel", travel that "will be difficult". Weather,
 * strike and closure copy, not leisure and tourism: the word is skipped there. A holiday's travel keeps its desk
 * ("travel to Spain rose 12%", "the travel industry").
 *
 * Split out of other-sense-words.ts (tidy44); the matcher skips the spans (match.ts `NAME_OTHER_SENSE`).
 */

/** Travel disrupted: the verb before ("disrupted travel", "disrupting rail and road travel"). */
const DISRUPTED_TRAVEL =
  /\b(?:disrupt(?:s|ed|ing)?|affect(?:s|ed|ing)?|hamper(?:s|ed|ing)?|halt(?:s|ed|ing)?|paralys(?:e|es|ed|ing)|snarl(?:s|ed|ing)?|chaos\s+(?:for|to)|disruption\s+(?:for|to))\s+(?:(?:[a-z]+\s+and\s+)?[a-z]+\s+)?(travel)\b/gi;
/** Travel disrupted: the trouble after ("travel disruption", "travel chaos", "travel was disrupted", "travel will be difficult"). */
const TRAVEL_DISRUPTED =
  /\b(travel)(?:\s+(?:disruptions?|chaos|misery|problems|delays|conditions)\b|(?:\s+(?:is|was|were|will|would|could|may|might|be|been|being|likely|to|remain|remains|remained|became|becoming|made|very|extremely|particularly|also|still))+\s+(?:disrupted|affected|difficult|hazardous|dangerous|treacherous|impossible|halted|severely|badly|hampered)\b)/gi;
/** Travel advised against: "avoid all but essential travel", "non-essential travel". */
const ESSENTIAL_TRAVEL = /\b(?:essential|non-essential|unnecessary|unessential)\s+(travel)\b/gi;

/** [start, end) of each "travel" that is getting about, disrupted, in the order of the patterns. */
export function disruptedTravel(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (/travel/i.test(text))
    for (const pattern of [DISRUPTED_TRAVEL, TRAVEL_DISRUPTED, ESSENTIAL_TRAVEL]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const word = m[1] ?? '';
        const start = m.index + (pattern === TRAVEL_DISRUPTED ? 0 : m[0].length - word.length);
        spans.push([start, start + word.length]);
      }
    }
  return spans;
}
