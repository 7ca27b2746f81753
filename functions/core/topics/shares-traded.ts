import { type TagDocument, toldIn } from '../text/document.js';
import { sentenceTextOf } from '../text/sentences.js';
import { titleSubject } from './signals.js';

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

/**
 * A share move told as the story's news (topics50, read49 #5): the headline's subject ("Defence stocks jump after NATO
 * pledge", "Rheinmetall shares soar on German orders") or, under no headline or one that tells a move too, the lead's
 * subject before its first adjunct ("Shares of Rheinmetall rose 4% after Germany approved new weapons orders for
 * Ukraine's war against Russia"). Not a store of goods that fell (mendT50, read50 R9): "ammunition stocks fall",
 * "artillery shell stocks fell", "food stocks dropped" tell an inventory, not a market. The war, the budget or the drug trial after "after" is why the shares moved; a
 * markets desk files the move, and tags the cause beside it.
 */
const STOCKS_MOVE =
  /\b(?:shares|(?<!\b(?:ammunition|ammo|munitions?|shells?|artillery|missiles?|weapons?|grain|wheat|food|fuel|fish|cod|blood|vaccines?|medicines?|fertili[sz]er|coal|seed)(?:\s+|-))stocks)\b[^.!?]{0,60}?\b(?:fell|fall(?:s|ing)?|rose|ris(?:e|es|ing)|jump(?:ed|s|ing)?|slid(?:e|es|ing)?|drop(?:ped|s|ping)?|climb(?:ed|s|ing)?|gain(?:ed|s|ing)?|tumbl(?:e|ed|es|ing)|plung(?:e|ed|es|ing)|soar(?:ed|s|ing)?|surg(?:e|ed|es|ing)|rall(?:y|ied|ies|ying)|slump(?:ed|s|ing)?|sank|sink(?:s|ing)?|hit (?:a )?record|(?:were|are) (?:up|down))\b/i;
/** A headline that tells some move of a market ("Rheinmetall jumps on orders"), under which the lead may tell the shares'. */
const TITLE_MOVE =
  /\b(?:shares|stocks?|fell|falls?|rose|rises?|jump(?:s|ed)?|slides?|soars?|surges?|rall(?:y|ies|ied)|slumps?|tumbles?|plunges?|record high)\b/i;

export function shareMoveTold(doc: TagDocument, lead: number): boolean {
  const title = doc.title.text;
  if (title.trim() !== '') {
    const head = titleSubject(title);
    if (STOCKS_MOVE.test(head)) return true;
    if (!TITLE_MOVE.test(head)) return false;
  }
  const sentence = doc.body.sentences[lead];
  return sentence !== undefined && STOCKS_MOVE.test(titleSubject(sentenceTextOf(doc.body, lead)));
}
