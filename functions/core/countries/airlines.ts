import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "Virgin Australia cancelled flights from Bali", "Turkish Airlines and Air France cancelled flights to Athens",
 * "Ryanair and Air Malta cancelled flights" (review32 ★C2/P7): a country's name or people's word inside an
 * airline's name names the airline, a firm, not the country. Read as a home firm (kind 'company'): in a story filed
 * from another country it gives nothing (resolve.ts withoutFirmsAbroad: a carrier flying to the place the news
 * happens is no party to it); at home or undated it stands for its country as a firm does ("Air France cut 2,000
 * jobs", KLM's "Royal Dutch Airlines" in Amsterdam). The AU in focus and AU-ID .85 of a Bali eruption came from it.
 */
const AIR_BEFORE = /\b(?:Air|AIR)\s+$/;
/** "Turkish Airlines", "Korean Air", "Pakistan International Airlines"; not "the Indian Air Force". */
const AIRLINE_AFTER =
  /^\s+(?:(?:International|Arabian)\s+)?(?:Airlines|AIRLINES|Airways|AIRWAYS|Airline|Air\s+Lines|(?:Air|AIR)\b)/;
/**
 * "Air" naming no carrier whatever its case: "Israeli Air Strikes Kill 12", "ISRAELI AIR STRIKES", "Ukrainian Air
 * Defences", "Indian Air Quality" (read32 F5) as well as the air force.
 */
const AIR_NOT_CARRIER =
  /^\s+air\s+(?:forces?|defen[cs]es?|strikes?|raids?|attacks?|assaults?|bombardments?|campaigns?|power|base|bases|command|marshal|staff|wing|corps|national|quality|pollution|space|traffic|travel|ambulances?|shows?|superiority|cover|support|drops?|bridge|guard)\b/i;
/**
 * "Virgin Australia cancelled", "Garuda Indonesia flights", "Virgin Australia and Fiji Airways cancelled": a known
 * carrier brand right before the country, then (after another carrier or none) a carrier's act or its planes. Only
 * a listed brand word: "Overnight Russian planes", "Some British passengers", "Twenty Chinese aircraft" are the
 * country's own planes or people (read32 F5).
 */
const BRAND_BEFORE = /(?:^|[^\w'\u2019-])(?:Virgin|Garuda|Jetstar|Royal|Cathay|Tigerair|Scoot)\s+$/;
const FLYING_AFTER =
  /^(?:['\u2019]s)?(?:\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s+(?:(?:has|had|have|also|said\s+it\s+(?:had|has|would))\s+)?(?:cancel(?:led|ed|s)?|suspend(?:ed|s)?|divert(?:ed|s)?|ground(?:ed|s)?|resum(?:ed|es)|flights?|planes?|jets?|aircraft|passengers|pilots|cabin\s+crew|flew|flies)\b/;

/**
 * Its own business reported, wherever the story is filed, makes it a party too: "Air France-KLM cut its capacity
 * forecast" (FRANKFURT, beside Lufthansa), "Air Canada reported a third-quarter loss" (NEW YORK) (read32 F5).
 * Not its flights to the place the news happens ("cancelled flights to Bali"): those stay a firm abroad.
 */
const OWN_RESULTS = String.raw`(?:cut|cuts|raised?|raises|lowere?d?|lowers|trim(?:s|med)?)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:forecasts?|guidance|outlook|targets?)|(?:reports?|reported|posts?|posted)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:profits?|loss(?:es)?|earnings|results|revenues?)`;

/**
 * An airline that is the story's party, the buyer, bidder or seller ("Air France-KLM wins race for TAP stake" filed
 * from LISBON, "Turkish Airlines orders 225 Boeing jets" from SEATTLE): its country stays a party (read32 F5).
 */
const PARTY_AFTER = new RegExp(
  String.raw`^(?:-[A-Z][\w]*)?(?:['\u2019]s)?(?:\s+(?:Airlines|Airways|Air|AIRLINES|AIRWAYS|AIR)(?:-[A-Z][\w]*)?)?\s+(?:(?:has|have|had|will|would|to|said\s+it\s+(?:had|has|would|will))\s+)?(?:wins?|won|buys?|bought|bids?|acquires?|acquired|merges?|merged|orders?|ordered|takes?\s+(?:over|a\s+stake)|took\s+(?:over|a\s+stake)|agrees?\s+to\s+(?:buy|acquire|merge)|agreed\s+to\s+(?:buy|acquire|merge)|signs?\s+for|signed\s+for|WINS?|BUYS?|BIDS?|ORDERS?|${OWN_RESULTS})\b`,
);

function isAirline(before: string, after: string): boolean {
  if (AIR_BEFORE.test(before)) return true;
  if (AIRLINE_AFTER.test(after)) return !AIR_NOT_CARRIER.test(after);
  return BRAND_BEFORE.test(before) && FLYING_AFTER.test(after);
}

/** The mentions, those inside an airline's name read as a firm of that country, unless that airline is a party. */
export function airlinesAsFirms(doc: TagDocument, found: CountryMention[]): CountryMention[] {
  let out: CountryMention[] | undefined;
  let parties: Set<string> | undefined;
  const airline: boolean[] = [];
  for (const m of found) {
    const text = fieldOf(doc, m.field).text;
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    const after = text.slice(m.end, m.end + 64);
    const isOne = m.kind !== 'company' && isAirline(before, after);
    airline.push(isOne);
    if (isOne && PARTY_AFTER.test(after)) {
      parties ??= new Set();
      parties.add(m.code);
    }
  }
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const firm = airline[i]! && !parties?.has(m.code);
    if (firm) out ??= found.slice(0, i);
    if (out) out.push(firm ? { ...m, kind: 'company' } : m);
  }
  return out ?? found;
}
