import { type TagDocument, toldIn } from '../text/document.js';

/**
 * Shares that trade (topics42, read41 ★2): "Shares of Wingstop fell 15% ... after the chicken wing restaurant chain
 * cut its sales forecast", "Shares in Whitbread, owner of the Premier Inn chain, fell 6%", "Wingstop shares slide".
 * The shares row (senses.ts) yields to lifestyle and human interest for a lottery winner who "shares" a prize; a
 * restaurant, hotel or travel firm's shares that rise or fall on the market are stock however much its diners, inns
 * and food weigh. The move follows the shares within the sentence (a firm's name and an apposition between).
 */
const SHARES_MOVE =
  /\bshares\b[^.!?]{0,80}?\b(?:fell|fall(?:s|ing)?|rose|ris(?:e|es|ing)|jump(?:ed|s|ing)?|slid(?:e|es|ing)?|drop(?:ped|s|ping)?|climb(?:ed|s|ing)?|gain(?:ed|s|ing)?|lost|los(?:e|es|ing)|tumbl(?:ed|es|ing)|plung(?:ed|es|ing)|soar(?:ed|s|ing)?|surg(?:ed|es|ing)|rall(?:ied|ies|ying)|slump(?:ed|s|ing)?|sank|sink(?:s|ing)?|dipp(?:ed|ing)|dips?|edg(?:ed|es|ing)|closed|traded|were (?:up|down)|are (?:up|down))\b|\bshare prices?\b/i;

export function sharesTraded(doc: TagDocument): boolean {
  return toldIn(doc, SHARES_MOVE);
}
