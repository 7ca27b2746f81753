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
  /^\s+(?:(?:International|Arabian)\s+)?(?:Airlines|AIRLINES|Airways|AIRWAYS|Airline|Air\s+Lines|(?:Air|AIR)(?!\s+(?:Forces?|FORCES?|Defen[cs]e|Base|Command|Marshal|Staff|Wing|Corps|National)\b))\b/;
/**
 * "Virgin Australia cancelled", "Garuda Indonesia flights", "Virgin Australia and Fiji Airways cancelled": a brand
 * right before the country, then (after another carrier or none) a carrier's act or its planes. Not a word that opens a phrase ("In Australia flights …") nor a day or month.
 */
const BRAND_BEFORE =
  /(?:^|[^\w'\u2019-])(?!(?:In|From|To|And|Of|For|At|On|By|With|The|Across|Into|Over|Both|As|Via|Near|Unlike|Like|But|While|When|After|Before|Since|Outside|Inside|Northern|Southern|Eastern|Western|Central|North|South|East|West|Greater|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\s)[A-Z][a-z]{2,}\s+$/;
const FLYING_AFTER =
  /^(?:['\u2019]s)?(?:\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s+(?:(?:has|had|have|also|said\s+it\s+(?:had|has|would))\s+)?(?:cancel(?:led|ed|s)?|suspend(?:ed|s)?|divert(?:ed|s)?|ground(?:ed|s)?|resum(?:ed|es)|flights?|planes?|jets?|aircraft|passengers|pilots|cabin\s+crew|flew|flies)\b/;

/** The mentions, those inside an airline's name read as a firm of that country. */
export function airlinesAsFirms(doc: TagDocument, found: CountryMention[]): CountryMention[] {
  let out: CountryMention[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const text = fieldOf(doc, m.field).text;
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    const after = text.slice(m.end, m.end + 48);
    const airline =
      m.kind !== 'company' &&
      (AIR_BEFORE.test(before) ||
        AIRLINE_AFTER.test(after) ||
        (BRAND_BEFORE.test(before) && FLYING_AFTER.test(after)));
    if (airline) out ??= found.slice(0, i);
    if (out) out.push(airline ? { ...m, kind: 'company' } : m);
  }
  return out ?? found;
}
