import type { Country, Mention } from '../schema.js';
import { isInInlineDateline } from '../text/dateline.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { isCurrencyMention } from './currency-names.js';
import { lookupDemonym } from './gazetteer.js';
import { POSSESSIVE } from './mentions.js';

/**
 * Market wraps report each market in turn: "Australia's S&P/ASX 200 eased 0.3%. South Korea's KOSPI
 * dipped 0.4%. Japan's Nikkei 225 rose 0.5%, while the Shanghai Composite index in China slipped 0.1%."
 * Markets moving in the same hour are set side by side, not linked: a country the story names only as
 * the owner of a market or a figure that moved is a party to no pair through that (pairs.ts).
 */

/** A verb of a market or a figure moving, and what it moved by ("rose 0.5%", "was flat"). */
const MOVE =
  '(?:rose|rises|fell|falls|gained|gains|added|adds|lost|loses|slipped|slips|eased|eases|dipped|dips|climbed|climbs|jumped|jumps|dropped|drops|declined|declines|advanced|advances|rallied|slid|tumbled|surged|sank|firmed|edged\\s+(?:up|down|higher|lower)|(?:closed|ended|finished)\\s+(?:up|down|higher|lower))\\s+(?:by\\s+)?(?:about\\s+|nearly\\s+|almost\\s+)?[\\d.,]+\\s*(?:%|percent\\b|per\\s+cent\\b|pct\\b|points?\\b)|(?:was|were|closed|ended|finished)\\s+(?:flat|steady|unchanged|little\\s+changed)\\b';

/**
 * After the country: the market or figure it owns, then the move ("'s Nikkei 225 rose 0.5%", "n shares
 * fell 1%"). A few words of a name, with no comma, no clause and no word that links two parties between.
 */
const OWNER_OF_MOVE = new RegExp(
  `^(?:['’]s)?\\s+(?:(?!(?:to|from|with|against|than|and|but|while|after|as)\\b)[\\w&/.+-]+\\s+){1,5}(?:${MOVE})`,
  'i',
);
/** "Japanese chip stocks", "China's stock market": the country's market, whatever it did. */
const OWNER_OF_MARKET =
  /^(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,2}(?:stocks|shares|equities|stock\s+markets?|bourses?|bonds?|blue[\s-]chips)\b/i;
/** Before the country: "the Shanghai Composite index in China" (the move follows the country). */
const MARKET_IN_BEFORE =
  /\b(?:index|indices|indexes|benchmark|shares|stocks|equities|market|bourse)\s+in\s+$/i;
const MOVE_AFTER = new RegExp(`^\\s+(?:${MOVE})`, 'i');
/**
 * "In China, the Shanghai Composite was flat", "In Japan, the Nikkei 225 rose 0.5%": the country opens the sentence
 * as where the market is, and its market moves after the comma.
 */
const IN_OPENING_BEFORE = /[\n.;:]\s*In\s+(?:the\s+)?$/;
const MARKET_AFTER_COMMA = new RegExp(
  `^,\\s+(?:the\\s+)?(?:(?!(?:to|from|with|against|than|and|but|while|after|as)\\b)[\\w&/.+-]+\\s+){1,5}(?:${MOVE})`,
  'i',
);

/**
 * What every MOVE ends with: its unit ("%", "percent", "per cent", "pct", "points") or the flat market's word. The
 * patterns with MOVE run only where the text after the mention holds one, so most texts never compile them.
 */
const MOVED_BY = /%|percent|per\s+cent|pct|point|flat|steady|unchanged|little\s+changed/i;

/** Whether a mention names a country only as the owner of a market or figure that moved. */
export function ownsMove(text: string, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 80);
  const moved = MOVED_BY.test(after);
  if ((moved && OWNER_OF_MOVE.test(after)) || OWNER_OF_MARKET.test(after)) return true;
  if (
    moved &&
    MARKET_AFTER_COMMA.test(after) &&
    IN_OPENING_BEFORE.test(`\n${text.slice(Math.max(0, m.start - 12), m.start)}`)
  )
    return true;
  return (
    moved &&
    MARKET_IN_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) &&
    MOVE_AFTER.test(text.slice(m.end, m.end + 40))
  );
}

/**
 * Whether every mention of the country (outside the body's dateline, where the story was filed) names
 * it as the owner of a market or figure that moved: the country of a market in a wrap, nothing more.
 */
export function namedOnlyByMoves(doc: TagDocument, country: Country): boolean {
  let any = false;
  for (const m of country.mentions) {
    if (isInInlineDateline(doc.dateline, m.field, m.start)) continue;
    if (!ownsMove(fieldOf(doc, m.field).text, m)) return false;
    any = true;
  }
  return any;
}

/**
 * After a country: a market or a currency it owns ("Kenyan shilling", "South Africa's rand", "Lagos
 * stocks", "Japan's Nikkei index", "Turkish government bonds").
 */
const OWNER_OF_MONEY_OR_MARKET =
  /^(['\u2019]s)?\s+((?:[\w-]+\s+){0,2})(?:(won|real|sol)\b|stocks|shares|equities|stock\s+markets?|bourses?|bonds?|blue[\s-]chips|index|indices|yields|currency|currencies|shilling|naira|rand|lira|cedi|dollar|peso|rupee|rupiah|ringgit|baht|yen|yuan|renminbi|euro|pound|sterling|franc|zloty|forint|koruna|krona|krone|rouble|ruble|hryvnia|shekel|riyal|dirham|dinar|kwacha|birr|leu|lev|tenge|dong|taka|guarani|bolivar)s?\b/i;

/** The sentence a pair shares, as its field's text and bounds. */
interface Span {
  readonly text: string;
  readonly field: 'title' | 'body';
  readonly start: number;
  readonly end: number;
}

/**
 * "Kenyan shilling steady, Nigerian naira weakens", "South African rand firms; Turkish lira hits record
 * low": a sentence that names each of two countries only as the owner of a market or a currency sets the
 * two markets side by side in a roundup; it says nothing of the countries' relations.
 */
export function marketsSideBySide(doc: TagDocument, span: Span, a: Country, b: Country): boolean {
  return ownsOnlyMarkets(doc, span, a) && ownsOnlyMarkets(doc, span, b);
}

/** Every mention of the country in the sentence (but the dateline's) owns a market or a currency. */
function ownsOnlyMarkets(doc: TagDocument, span: Span, c: Country): boolean {
  for (const m of c.mentions) {
    if (m.field !== span.field || m.start < span.start || m.end > span.end) continue;
    if (isCurrencyMention(m.text) || isInInlineDateline(doc.dateline, m.field, m.start)) continue;
    const after = span.text.slice(m.end, m.end + 40);
    const owned = OWNER_OF_MONEY_OR_MARKET.exec(after);
    if (!owned || (owned[3] && !namesMoneyWord(m.text, owned, after))) return false;
  }
  return true;
}

/** After "the real" or "Brazil's real": what follows money that moved or is named (a verb or a mark). */
const AFTER_MONEY =
  /^\s*(?:[^\s\w]|$|(?:is|was|has|had|hit|fell|rose|fall|rise|slid|sank|lost|held|eas|firm|weak|strength|slip|gain|trad|jump|drop|rall|tumbl|surg|climb|edg|stay|end|clos|open|extend|recover|touch)\w*)/;

/**
 * "won", "real", "sol" are words before they are money: "South Korea won the vote", "Brazil's real concern".
 * The currency right after an owner or a demonym ("Brazil's real", "the South Korean won"), then a verb or
 * a mark ("firmed", ","), nothing else.
 */
function namesMoneyWord(mention: string, owned: RegExpExecArray, after: string): boolean {
  if (owned[2]) return false;
  const owner = owned[1] !== undefined || POSSESSIVE.test(mention);
  if (!owner && lookupDemonym(mention.slice(mention.lastIndexOf(' ') + 1)) === undefined) return false;
  return AFTER_MONEY.test(after.slice(owned[0].length));
}
