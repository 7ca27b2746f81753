import { CURRENCY_NAMES } from '../text/currency-words.js';

/**
 * A figure in millions written with what it counts after it (wild50 T16, topics51): the BBC of 2004-05 and many wires
 * write "a fortune of 200m pounds", "a deal worth 400m dollars", "sold its stake for 800m euros", "a 790m pound offer",
 * and count people and things the same way: "100m users", "800m shares", "60m years ago". There the "m" is millions,
 * not metres, yet "100m", "200m", "400m", "800m" and "60m" are athletics' distances in the lexicon, and such stories
 * led to sport. A figure with a glued "m" right before a currency's name or a plural noun of counting is skipped; the
 * currency's own word still counts. A race keeps its distance: "won the 200m in 22.1 seconds", "the 400m hurdles",
 * "the 100m freestyle", "the 800m final" (none of them a currency or a count).
 *
 * Four of those words are also a race's: "won" (Korea's currency; "the 400m won by Wariner"), "marks", "crowns"
 * and "records" ("the 200m marks he set", "his 100m and 200m crowns", "holds the 400m records"; read51 R6). After
 * them the figure is millions only when it does not name an event: "the", a possessive or "and"/"or" (the next race
 * of a list) before it is the race's; "a fortune of 200m marks", "sold 100m records", "300m won" stay millions.
 * A money list or a loan keeps its millions even so (read52 R3): a race list writes the word once, after the last
 * figure ("his 100m and 200m crowns"), while money writes it after each figure ("the 500m marks and 200m marks
 * tranches"), and a word of lending or issuing after it is money's ("the 300m marks tranche", "a 200m won loan").
 *
 * Called from other-sense-words.ts; the matcher skips the spans (match.ts `NAME_OTHER_SENSE`).
 */

/** A currency's name, written out after the figure (singular too: "a 790m pound offer"). */
const CURRENCIES = `${CURRENCY_NAMES}|stg|dlrs|marks|lire|kronor|kroner|krona|krone|crowns|naira|shillings?|reais|zlotys?|forints?`;
/** Words of the lists that are also said of a race: "the 400m won by", "the 200m marks", "200m crowns", "records". */
const RACE_WORDS = /^(?:won|marks|crowns|records)$/i;
/** Before the figure, what names an event: "the 400m", "his 100m", "the men's 100m", "100m and 200m". */
const EVENT_BEFORE = /\b(?:the|his|her|their|its|and|or|men's|women's|men\u2019s|women\u2019s)\s+$/i;
/** The same word after another figure of the list: "500m marks and 200m marks", read around the figure. */
const LISTED_BEFORE = /\d(?:[.,]\d+)?m\s+(\w+)\s+(?:and|or)\s+$/i;
const LISTED_AFTER = /^\s+\w+\s+(?:and|or)\s+\d+(?:[.,]\d+)?m\s+(\w+)\b/i;
/** A word of lending or issuing after the money: "the 300m marks tranche", "a 200m won loan", "500m crowns bond". */
const FINANCE_AFTER =
  /^\s+\w+\s+(?:tranches?|bonds?|eurobonds?|issues?|loans?|notes|credits?|facility|facilities|placements?|deposits?|offering|financing|package)\b/i;

/**
 * The race word after the figure [start, end) is money's: the same word after each figure of a list, or a loan's
 * word after it. The patterns after the figure read its word first.
 */
function moneyListed(text: string, start: number, end: number, word: string): boolean {
  const after = text.slice(end, end + 48);
  if (FINANCE_AFTER.test(after)) return true;
  const same = (m: RegExpExecArray | null) => m !== null && (m[1] ?? '').toLowerCase() === word.toLowerCase();
  return (
    same(LISTED_AFTER.exec(after)) || same(LISTED_BEFORE.exec(text.slice(Math.max(0, start - 40), start)))
  );
}

/** Plural nouns of counting: what a figure in millions counts when it is no distance. */
const COUNTED =
  'people|users|customers|subscribers|viewers|listeners|readers|visitors|tourists|passengers|voters|members|workers|households|homes|jobs|shares|copies|units|barrels|tonnes|tons|acres|hectares|years|downloads|accounts|records|devices|phones|handsets|vehicles|cars|cases|doses|patients|children|adults|residents|fans|followers|songs|albums|tickets|hits|pages|emails|messages|items|products|animals|birds|trees|litres|gallons';
/** A figure with a glued "m" (for millions), then a currency or a counted noun. */
const MILLIONS_COUNTED = new RegExp(`\\b\\d+(?:[.,]\\d+)?m(?=\\s+(${CURRENCIES}|${COUNTED})\\b)`, 'gi');
/** A cheap gate before the pattern: a digit, "m" and a space. */
const GATE = /\dm\s/i;

/** [start, end) of each such figure in the text, in text order. */
export function millionsCounted(text: string): [number, number][] {
  if (!GATE.test(text)) return [];
  const spans: [number, number][] = [];
  MILLIONS_COUNTED.lastIndex = 0;
  for (let m = MILLIONS_COUNTED.exec(text); m !== null; m = MILLIONS_COUNTED.exec(text)) {
    const word = m[1] ?? '';
    if (
      RACE_WORDS.test(word) &&
      EVENT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
      !moneyListed(text, m.index, m.index + m[0].length, word)
    )
      continue;
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
