/**
 * A planet or moon whose name a firm bears, told as the firm (lead60, review59): "Mars recalled chocolate bars sold in
 * 55 countries" (the confectioner) led with astronomy .77; Jupiter the fund manager, Saturn the electronics retailer,
 * Titan the watchmaker. A body in space does none of a firm's deeds: where the name is followed at once by one
 * (said, recalled, bought, sold, reported, hired, its chief executive…) or by a firm's word ("Mars Inc", "Mars
 * Wrigley", "Titan Company"), the word is the firm's: its span replaces the firm's name (a body's name counts its words: score/name-spans.ts) and
 * the matcher skips it (match.ts `NAME_OTHER_SENSE`).
 *
 * The sky keeps its words: "Mars rover", "Mars has two moons", "Jupiter's moons", "Saturn V", "NASA said Mars was
 * once warm" (the verb after Mars is no firm's deed). Not read as deeds: "shares" and "makes", which a planet does too
 * ("Mars shares many features with Earth", "Mars makes its closest approach": review60).
 */
const FIRM_DEED =
  /\b(Mars|Jupiter|Saturn|Titan)\b(?=\s+(?:(?:also|has|had|have|will|would|previously|recently|later|then)\s+)?(?:said|says|recalled|recalls|recalling|agreed|agrees|bought|buys|sold|sells|reported|reports|posted|posts|announced|announces|launched|hired|acquired|acquires|employs|owns|confirmed|apologi[sz]ed|declined|denied|cut|cuts|raised|lifted|plans|planned|Inc\b|Incorporated|Wrigley|Petcare|Food|Foods|Group|Company|Asset|Fund|Funds|Ltd|plc|PLC|Limited|Corp|Corporation|spokes(?:man|woman|person)|chief|CEO))\b/g;

/** [start, end) of each planet's name in the text that a firm's deed or word tells as the firm, in text order. */
export function celestialFirms(text: string): [number, number][] {
  const spans: [number, number][] = [];
  FIRM_DEED.lastIndex = 0;
  for (let m = FIRM_DEED.exec(text); m !== null; m = FIRM_DEED.exec(text))
    spans.push([m.index, m.index + (m[1]?.length ?? 0)]);
  return spans;
}
