/**
 * Words of a disaster that business news borrows for markets and money (review31 T5): goods that "flood
 * the market", "cheap Chinese steel floods European market", investors who "flooded into gold funds",
 * orders that "flooded in", shares that "sank 20%". Told this way they are no flood and no shipwreck; the
 * matcher skips them as it skips a word inside a quoted title (match.ts `NAME_OTHER_SENSE`).
 *
 * A flood of water keeps its sense: "water flooded into the mine", "homes flooded in the storm", "floods hit
 * the market town", "the ferry sank off Crete". So does a crowd's word for filling a place (read34 ★5): "millions of
 * people are expected to flood its streets for Carnival", "Fans flood streets as Argentina celebrate", "protesters
 * flooded the streets of Belgrade" gave a dengue story, a victory parade and a protest a flood.
 */

/** A flood word before the market it fills: up to two determiners or names, then at most one noun. */
const FLOOD_MARKET =
  /\b[Ff]lood(?:s|ed|ing)?\s+(?:(?:the|its|their|a|an|this|global|domestic|local|world|home|[A-Z][\w-]*|[\w-]+(?:'s|\u2019s))\s+){0,2}(?:[a-z-]+\s+)?markets?\b/g;
/**
 * A flood word that pours "into" something, or "in" at a clause's end or before the time or reason ("Orders
 * flooded in after the price cut"): people, money and orders, unless water or mud is the subject.
 */
const FLOOD_INTO =
  /(?<!\b(?:[Ww]ater|[Ww]aters|[Ff]loodwaters?|[Ss]eawater|[Rr]ainwater|[Ss]ea|[Rr]ivers?|[Rr]ain|[Mm]ud|[Ss]ewage|[Ss]now|[Ll]ava)\s+)\b[Ff]lood(?:s|ed|ing)?\s+(?:into\b|in(?=\s*[,.;:!?]|\s*$|\s+(?:after|as|from|for|when|since|once|within|over|on)\b))/g;
/** A price, a share or an index that "sank 20%", "sank by a third", "sank to a record low". */
const SANK_BY =
  /\b[Ss]ank\s+(?:(?:by|as much as|nearly|almost|about|around|more than|some)\s+)*(?:[\d$\u20ac\u00a3]|a (?:third|quarter|fifth|half)|half\b)|\b[Ss]ank\s+to\s+(?:an?\s+|its\s+|their\s+|the\s+lowest\b|the\s+\w+est\b|[\d$\u20ac\u00a3]|record\b)/g;

/**
 * A crowd that floods a place: the crowd's word as the subject (its "of" phrase and auxiliaries between: "millions
 * of people are expected to flood"), then the street, square, city or stadium it fills. "Thousands fled as a
 * typhoon flooded the streets" names the typhoon as the subject and keeps its flood.
 */
const CROWD_FLOOD =
  /\b(?:people|crowds?|fans|protesters|demonstrators|supporters|tourists|visitors|revellers|shoppers|pilgrims|mourners|worshippers|thousands|millions)(?:\s+(?:of\s+[\w-]+|are|were|will|would|could|may|might|be|been|expected|set|due|about|to|have|has|had|again|also|then))*\s+(flood(?:s|ed|ing)?)\s+(?:(?:the|its|their|[\w-]+(?:'s|\u2019s))\s+)?(?:streets?|squares?|city|centre|center|capital|town|beaches|stadiums?|stands|venues?|avenues?|boulevards?|roads)\b/gi;

/** Water as the subject just before a flood word ("rain flooded the main market", "Rains flooded"): read32 F13. */
const WATER_BEFORE =
  /\b(?:[Ww]ater|[Ww]aters|[Ff]loodwaters?|[Ss]eawater|[Rr]ainwater|[Ss]ea|[Rr]ivers?|[Rr]ains?|[Mm]ud|[Ss]ewage|[Ss]now|[Ll]ava)\s+$/;
/** A distance or a time after "sank" ("sank about 3 km off the coast", "sank half an hour after"): read32 F13. */
const SANK_MEASURE =
  /^[Ss]ank\s+(?:(?:about|around|nearly|almost|some|more than)\s+)*(?:[\d.,]+\s*(?:km|kilomet|miles?\b|nautical|met(?:re|er)s?\b|m\b|feet\b|ft\b|yards\b|hours?\b|minutes?\b)|half\s+an?\s+(?:hour|mile)\b)/;

/**
 * A judgement, not an event: results that "were a disaster", a launch "proved a commercial disaster", a quarter
 * an analyst "called a disaster", sales a 'disaster' in quotation marks (the quote closing right after the word, or the
 * word in lower case). The earthquake that "was a disaster for the region" keeps its own words, and so does a quoted
 * sentence that opens with the word ('"Disaster has struck our village," an official said': read32 F9).
 */
const DISASTER_JUDGED =
  /(?:\b(?:was|were|is|are|been|be|being|proved|proving|prove|looks like|called it|call it|calls it|calling it|called|described as|describes it as|described it as)\s+(?:a|an)\s+(?:(?:total|complete|absolute|unmitigated|utter|financial|commercial|public relations|PR|real|bit of a)\s+)?|['\u2018"\u201c](?=[Dd]isasters?[,.!]?['\u2019"\u201d]|disaster))[Dd]isasters?\b/g;

/**
 * A wager as a firm's or a government's choice (lead's probe, session 37): Samsung "betting on premium devices", a
 * carmaker that "bets heavily on" hybrids, investors "betting that" rates will fall, a firm "betting its future on"
 * robotaxis. The verb is no gambling where
 * the text has no word of gambling itself (punters, odds, bookmakers, a casino, a wager).
 */
// wild39a ★6 kind (mendT39): also a stake named before "on": "Tesla is betting its future on robotaxis".
const BET_ON =
  /\b(?:[Bb]etting|[Bb]ets|[Bb]et)\s+(?:(?:big|heavily|hard)\s+|(?:its|their|his|her|our|the)\s+(?:\w+\s+)?(?:future|house|farm|reputation|company|business|career|presidency|fortunes?|strategy)\s+)?(?:on|that)\b/g;
const GAMBLING =
  /\b(?:bookmakers?|bookies|punters?|odds|gambl\w*|casinos?|wager\w*|lotter\w*|poker|betting (?:firm|compan|shop|industry|site|market|slip|exchange)\w*|placed? (?:a )?bets?)\b/i;

/**
 * The verb "shares" (wild41 ★1): a country "which shares a border with Venezuela", the Dominican Republic "which
 * shares the island of Hispaniola", a squad that "shares the same hunger", everyone who "shares responsibility". The
 * lexicon's "=shares" is the stock; the verb is read after a relative pronoun or a subject pronoun when an object
 * follows (a determiner, a possessive, "with"), or before a possessive or what is shared (a border, an island, the same
 * ..., responsibility). The noun keeps its sense: "Shares of Exxon rose 2%", "sold 2 million shares a day", "the price
 * at which shares will be offered", "shares in the company".
 */
const SHARES_VERB =
  /(?<=\b(?:[Ww]hich|[Ww]ho|[Ii]t|[Hh]e|[Ss]he|[Aa]lso)\s+)shares(?=\s+(?:its|their|his|her|our|my|your|with|a|an|the|this|these|those|some|many|much|similar|common)\b)|\bshares(?=\s+(?:its|their|his|her|our|my|your|responsibility|power|custody|credit|blame|borders?|frontiers?|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:border|borders|frontier|island|name|surname|view|views|concern|concerns|passion|vision|belief|goal|goals|aim|lead|blame|responsibility|language|culture|history|heritage|faith|roots|home|house|flat|stage|podium|platform|title)\b|(?:the|a)\s+(?:same|common|similar)\b))/g;

/** [start, end) of each borrowed word of the text (the verb alone), in text order. */
export function figurativeWords(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (text.includes('lood')) {
    for (const pattern of [FLOOD_MARKET, FLOOD_INTO]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        if (pattern === FLOOD_MARKET && WATER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)))
          continue;
        spans.push([m.index, m.index + verbLength(m[0])]);
      }
    }
    CROWD_FLOOD.lastIndex = 0;
    for (let m = CROWD_FLOOD.exec(text); m !== null; m = CROWD_FLOOD.exec(text)) {
      const verb = m[1] ?? '';
      const start = m.index + m[0].lastIndexOf(verb, m[0].length - 1);
      spans.push([start, start + verb.length]);
    }
  }
  if (text.includes('ank')) {
    SANK_BY.lastIndex = 0;
    for (let m = SANK_BY.exec(text); m !== null; m = SANK_BY.exec(text)) {
      if (SANK_MEASURE.test(text.slice(m.index, m.index + 60))) continue;
      spans.push([m.index, m.index + 4]);
    }
  }
  if (text.includes('isaster')) {
    DISASTER_JUDGED.lastIndex = 0;
    for (let m = DISASTER_JUDGED.exec(text); m !== null; m = DISASTER_JUDGED.exec(text)) {
      const end = m.index + m[0].length;
      spans.push([end - (m[0].endsWith('s') ? 9 : 8), end]);
    }
  }
  if (text.includes('shares')) {
    SHARES_VERB.lastIndex = 0;
    for (let m = SHARES_VERB.exec(text); m !== null; m = SHARES_VERB.exec(text))
      spans.push([m.index, m.index + 6]);
  }
  // The wagers first: most texts hold none, and the scan for a word of gambling is the longer one.
  const wagers: [number, number][] = [];
  BET_ON.lastIndex = 0;
  for (let m = BET_ON.exec(text); m !== null; m = BET_ON.exec(text))
    wagers.push([m.index, m.index + verbLength(m[0])]);
  if (wagers.length > 0 && !GAMBLING.test(text)) spans.push(...wagers);
  return spans.sort((a, b) => a[0] - b[0]);
}

/** The first word of a match: the verb ("flooded" of "flooded into"). */
function verbLength(match: string): number {
  const space = match.search(/\s/);
  return space < 0 ? match.length : space;
}
