import { titleSubject } from './signals.js';

/** A contract won, before the word: "GETS 312 MLN DLR NAVY CONTRACT", "wins £1bn frigate contract". */
const AWARDED = /\b(?:gets?|got|wins?|won|awarded|receives?|received|lands?|landed|secures?|secured)\b/i;
const CONTRACT = /\bcontracts?\b/i;

/**
 * The headline's subject tells of a contract won ("LOCKHEED <LK> GETS 312 MLN DLR NAVY CONTRACT", "Boeing
 * awarded $2bn tanker contract"): where a firm is named in the headline or the lead, a desk files it under
 * business, before the navy, the ministry or the missiles that are the customer and the goods (review21).
 * score.ts raises business information just above that setting; sport (a player's contract), crime (a
 * contract fraud) and war read contracts their own way.
 */
export function contractWonInTitle(title: string): boolean {
  if (!CONTRACT.test(title)) return false;
  const head = titleSubject(title);
  const contract = CONTRACT.exec(head);
  return contract !== null && AWARDED.test(head.slice(0, contract.index));
}
