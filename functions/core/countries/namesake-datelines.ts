import type { TagDocument } from '../text/document.js';
import { agencyHome, languageAgencyHome } from './agency-homes.js';
import { cityNamesakes, countryName, datelineNamesakes, lookupDemonym, lookupPlace } from './gazetteer.js';
import { leadNamesTownsCountry, namesakePlacedByLead } from './lead-namesakes.js';

/**
 * The trade of the valley that files such copy (chips, software, AI, startups), in the title or the lead, and a listed
 * firm's results ("Adobe, based in San Jose, reported higher quarterly revenue", "rose on the Nasdaq"). Not a
 * legal form ("Chiquita Brands International Inc", "Meta Platforms Inc" report from Costa Rica too) nor "cloud"
 * ("cloud cover during the harvest"): read39 ★4.
 */
const VALLEY_TRADE =
  /\b(?:chips?|chipmakers?|semiconductors?|software|AI|startups?|Silicon Valley|data cent(?:er|re)s?|Nasdaq|quarterly (?:revenue|results|earnings|profit|sales))\b/;
/** The lead: the body up to its first sentence's end. */
const LEAD = /^[\s\S]{0,400}?[.!?](?=\s+["\u201cA-Z]|\s*$)/;
/**
 * The capital's neighbours: a story that names one (a Nicaraguan exile, a Panamanian ship) is about the
 * capital's region, not the US namesake's (read39 ★4: "SAN JOSE - Nicaraguan exiles … Meta Platforms Inc").
 */
const NEIGHBOURS: Readonly<Record<string, ReadonlySet<string>>> = {
  CR: new Set(['NI', 'PA', 'HN', 'GT', 'SV', 'BZ', 'MX', 'CO', 'CU', 'VE']),
};
/** A dateline's parenthesis after the town: "SAN JOSE (Reuters)". */
const PAREN_TAIL = /\s*\(.*$/;
const CAPITALISED = /\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b/g;

/** Whether the text names a neighbour of `code` by its name or demonym. */
function namesNeighbour(text: string, code: string): boolean {
  const near = NEIGHBOURS[code];
  if (!near) return false;
  for (const [word] of text.matchAll(CAPITALISED)) {
    const named = lookupDemonym(word) ?? lookupPlace(word)?.countryCode;
    if (named !== undefined && near.has(named)) return true;
  }
  return false;
}

/**
 * The country of a bare dateline ("SAN JOSE -", no state or country after the city) whose city, a capital
 * abroad, has a bigger namesake in the United States (wild39a ★7: "SAN JOSE - Nvidia Corp unveiled new AI
 * chips" had Costa Rica in focus). English firm copy that never names the capital's country is filed from the
 * namesake. Reuters' bare "SAN JOSE" datelines stay Costa Rica's: they report its coffee, sugar and debt, name
 * Costa Rica or no firm, and the 1987 wire wrote "SAN JOSE, Calif." for California's (docs/countries.md:
 * reading every "San Jose" as California's cost −1 true and +3 false countries).
 */
export function namesakeOfBareDateline(doc: TagDocument, code: string | undefined): string | undefined {
  const place = doc.dateline?.place;
  if (code === undefined || place === undefined || place.includes(',')) return code;
  const town = place.replace(PAREN_TAIL, '').trim();
  // An agency's own language writes a town abroad with its country: "LEÓN, 9 dic (EFE).-" is Spain's.
  if (doc.language !== 'en') return languageAgencyTown(doc, town, code) ?? code;
  const county = countyOfDatelineTown(doc, place, code);
  if (county !== undefined) return county;
  const home = agencyHome(doc.dateline?.text ?? '');
  if (home !== undefined && home !== code && namesakeAt(town, home)) return home;
  // "HYDERABAD — A bus crash near Hyderabad in Sindh province": the namesake the lead places the town in (lead-namesakes.ts).
  const placed = namesakePlacedByLead(doc, town, code);
  if (placed !== undefined) return placed;
  const prior = languageAgencyTown(doc, town, code);
  if (prior !== undefined) return prior;
  const city = lookupPlace(place.replace(PAREN_TAIL, '').trim());
  if (city?.kind !== 'city' || city.countryCode !== code) return code;
  const bigger = cityNamesakes(place).some(
    (n) => n.countryCode === 'US' && n.population > (city.population ?? 0),
  );
  if (!bigger) return code;
  return readsAsValleyCopy(doc, code) ? 'US' : code;
}

/**
 * Whether the headline or the lead tells of the valley's trade (chips, software, AI …) and the text names neither
 * the country `code` nor a neighbour of it: English firm copy of the Californian namesake of that country's city
 * ("SAN JOSE - Nvidia Corp unveiled …", "… at its developer conference in San Jose": namesakes.ts).
 */
export function readsAsValleyCopy(doc: TagDocument, code: string): boolean {
  const lead = LEAD.exec(doc.body.text)?.[0] ?? doc.body.text.slice(0, 400);
  if (!VALLEY_TRADE.test(`${doc.title.text}\n${lead}`)) return false;
  const text = `${doc.title.text}\n${doc.body.text}`;
  return !text.toLowerCase().includes(countryName(code).toLowerCase()) && !namesNeighbour(text, code);
}

/**
 * The home of an agency of a language's world (agency-homes.ts) that its dateline's town has a namesake in, unless
 * the headline or the lead names the country the town reads as: "LEÓN, Dec 9 (EFE) - … the city's Gothic cathedral"
 * is Spain's, "LEÓN, Dec 9 (EFE) - Mexican carmakers …" Mexico's.
 */
function languageAgencyTown(doc: TagDocument, town: string, code: string): string | undefined {
  const home = languageAgencyHome(doc.dateline?.text ?? '');
  if (home === undefined || home === code || !namesakeAt(town, home)) return undefined;
  return leadNamesTownsCountry(doc, town, code) ? undefined : home;
}

/** The units a local paper names its dateline town's district by: "Embu County", "Kasese District". */
const DISTRICT_HEADS = ['county', 'district', 'province', 'region'];

/**
 * The country of a bare dateline town whose headline or lead names "<the town> County" (or District, Province,
 * Region) of another country than the town's own reading: local papers file from a county's seat and name the
 * county in the lead ("EMBU — Farmers in Embu County have protested …" is Kenya's Embu, not Brazil's Embu das
 * Artes, which the story never names: wild53 Y23). The county must be a listed region of that country.
 */
function countyOfDatelineTown(doc: TagDocument, place: string, code: string): string | undefined {
  const town = place.replace(PAREN_TAIL, '').trim();
  if (!town) return undefined;
  const lead = LEAD.exec(doc.body.text)?.[0] ?? doc.body.text.slice(0, 400);
  const text = `${doc.title.text}\n${lead}`.toLowerCase();
  const key = town.toLowerCase();
  for (const head of DISTRICT_HEADS) {
    if (!text.includes(`${key} ${head}`)) continue;
    const region = lookupPlace(`${town} ${head}`);
    if (region?.kind === 'region' && region.countryCode !== code) return region.countryCode;
  }
  return undefined;
}

/** A namesake this share of the town's size or more may be what a national agency's dateline means by the name. */
const AGENCY_NAMESAKE_SHARE = 0.1;

/**
 * Whether the town has a namesake in `home` that a national agency's dateline means ("KOCHI, Dec 9 (PTI)": Kerala's
 * Kochi, not Japan's; agency-homes.ts): a capital, or a city a tenth of the town's size or more ("LONDON (CP)" stays
 * London's: Ontario's is a twentieth of it).
 */
function namesakeAt(town: string, home: string): boolean {
  const own = lookupPlace(town)?.population ?? 0;
  return datelineNamesakes(town).some(
    (n) => n.countryCode === home && (n.capital || n.population >= own * AGENCY_NAMESAKE_SHARE),
  );
}
