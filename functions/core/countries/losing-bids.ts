/**
 * "Norway picks British frigates in $13.5 billion deal, snubbing U.S. and French bids", "India picks Rafale over
 * U.S. and Swedish offers": a headline's losing bidders are named beside the deal, not as its parties (review33
 * C11: the U.S. was in focus by the headline and paired with all three others at .75). Their mentions there give
 * no headline weight; named in the body they count as any mention does.
 */
const PASSED_OVER_BEFORE =
  /\b(?:snubb(?:ing|ed|s)|reject(?:ing|ed|s)|spurn(?:ing|ed|s)|ditch(?:ing|ed|es)|pass(?:ing|ed|es)\s+over|beat(?:ing|s)?|over|ahead\s+of|instead\s+of)\s+(?:the\s+)?(?:rival\s+)?(?:[A-Z][\w.'\u2019-]*\s*(?:,|and|or)\s+)*$/;
/**
 * After the bidder (and any coordinated with it): its bid or offer in a tender or takeover, or what it offered.
 * A proposal, or an offer of talks or of help, is no bid (read33 F12: "Ukraine wins EU backing after rejecting
 * Russian proposal" dropped RU-UA): refusing it answers the other side.
 */
const BID_AFTER =
  /^(?:['\u2019]s)?(?:\s*(?:,|and|or)\s+[A-Z][\w.'\u2019-]*)*\s+(?:rival\s+)?(?:bids?|offers?(?!\s+(?:of\s+(?:talks|dialogue|help|aid|support|mediation|a\s+truce|a\s+ceasefire)|to\s+(?:talk|negotiate|mediate|help|host|meet)))|tenders?|bidders?|rivals?|designs?|jets?|frigates?|submarines?)\b/;

/**
 * The winner chosen before it in the sentence ("picks", "chose", "orders", "awards"; "signs"/"wins" a deal, contract,
 * order or tender): without one, "Germany rejects U.S. offer" or "Zelenskiy signs decree rejecting …" is an answer
 * to the other side, a relation.
 */
const CHOICE_BEFORE =
  /\b(?:picks?|picked|chooses?|chose|chosen|selects?|selected|opts?\s+for|opted\s+for|awards?|awarded|buys?|bought|orders?|ordered|goes\s+for|went\s+for|(?:signs?|signed|wins?|won)\s+(?:(?:\$?[\d.,]+|[\w-]+)\s+){0,4}?(?:deal|contract|order|tender|bid|purchase))\b/i;

/** Whether a mention names a losing bidder ("picks British frigates …, snubbing U.S. and French bids"). */
export function namesLosingBidder(text: string, start: number, end: number): boolean {
  return (
    PASSED_OVER_BEFORE.test(text.slice(Math.max(0, start - 80), start)) &&
    CHOICE_BEFORE.test(text.slice(Math.max(0, start - 120), start)) &&
    BID_AFTER.test(text.slice(end, end + 60))
  );
}
