import type { TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "SAPPORO FOREST BANK ISSUES 80 MLN SFR NOTES" (ZURICH), "MANITOBA POWER ISSUES CANADIAN DLR BOND" (LONDON),
 * "NORWEGIAN SHIP CREDIT LAUNCHES NEW ZEALAND DLR BOND" (LONDON): a brief on securities placed in a market abroad is
 * about that market, as agencies index it; the country the issuer's name carries (a city, a province, a people's
 * word) is no side of it. The same policy as resolve.ts withoutFirmsAbroad for firms the lists know ("LONDON —
 * Sumitomo Bank launched a eurobond"), for the issuers they do not. A sovereign or its bank stays: "DENMARK ISSUES
 * 40 BILLION YEN EUROBOND", "KINGDOM OF SPAIN ISSUES …", "STATE BANK OF AUSTRIA ISSUES …" (reuters-dev: those
 * were indexed under the issuer's country too).
 */
export function namedOnlyInIssuerAbroad(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): boolean {
  if (!datelineCode || mentions.length === 0 || mentions[0]?.code === datelineCode) return false;
  const title = doc.title.text;
  const issue = SECURITIES_PAPER.test(title) ? SECURITIES_ISSUE.exec(title) : null;
  if (!issue) return false;
  const issuerEnd = issue[1]?.length ?? 0;
  const inTitle = mentions.filter((m) => m.field === 'title');
  if (inTitle.length === 0 || DOMESTIC.test(title)) return false;
  // The body names it only as the issuer again ("Hydro Quebec is issuing") or by its currency: "Saudi Aramco,
  // Saudi Arabia's state oil company," names the country as itself.
  const issuerWords = new Set(inTitle.map((m) => m.text.toLowerCase().replace(/['\u2019]s$/, '')));
  const onlyAsIssuer = mentions.every(
    (m) =>
      m.field === 'title' || m.currency || issuerWords.has(m.text.toLowerCase().replace(/['\u2019]s$/, '')),
  );
  return (
    onlyAsIssuer &&
    inTitle.every(
      (m) =>
        m.end <= issuerEnd &&
        !OF_BEFORE.test(title.slice(0, m.start)) &&
        // "NORWAY ISSUES …": the country itself is the issuer.
        !(title.slice(0, m.start).trim() === '' && title.slice(m.end, issuerEnd).trim() === ''),
    )
  );
}

/**
 * The issuer, a verb of issue, then the paper: "<issuer> ISSUES 100 MLN DLR EUROBOND", "<issuer> HAS CP PROGRAM".
 * A facility only as credit or paper ("60 MLN DLR FACILITY", "REVOLVING FACILITY"): "Russian drone sets fire to
 * Ukrainian energy facility", "Indian drugmaker gets FDA nod for new US plant facility" are a plant, no placement.
 */
const SECURITIES_ISSUE =
  /^(.*?)\b(?:issues|issuing|to\s+issue|launch(?:es|ing)|plans|sets|has|gets|raises|arranges)\b.*?\b(?:bonds?|eurobonds?|notes|euronotes?|frns?|cp|cd|warrants?|placement|issue|(?:credit|loan|revolving|paper|advance|standby|cp|cd|dlrs?|dollars?|stg|sterling|sfr|francs?|yen|marks?|guilders?|crowns?|lire|ecus?)\s+facility)\b/i;
/** The paper every match of SECURITIES_ISSUE ends with, asked first: a title without one never compiles it. */
const SECURITIES_PAPER = /bond|note|frn|\bc[pd]\b|warrant|placement|issue|facility/i;
/** "TO ISSUE DOMESTIC BOND": placed at home, no market abroad. */
const DOMESTIC = /\bdomestic\b/i;
/** "BANK OF FINLAND", "CREDIT FONCIER DE FRANCE": the country's own institution. */
const OF_BEFORE = /\b(?:of|de|du|des)\s+$/i;
