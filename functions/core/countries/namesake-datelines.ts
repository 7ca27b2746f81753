import type { TagDocument } from '../text/document.js';
import { cityNamesakes, countryName, lookupPlace } from './gazetteer.js';

/**
 * A US firm's words: a legal form after its name ("Nvidia Corp", "Adobe Inc") or the trade of the valleys
 * that file such copy (chips, software, AI, cloud, startups).
 */
const FIRM_COPY =
  /\b(?:Corp|Corporation|Inc|LLC)\b|\b(?:chips?|chipmakers?|semiconductors?|software|AI|cloud|startups?|Silicon Valley|data cent(?:er|re)s?)\b/;

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
  if (code === undefined || place === undefined || place.includes(',') || doc.language !== 'en') return code;
  const city = lookupPlace(place.replace(/\s*\(.*$/, '').trim());
  if (city?.kind !== 'city' || city.countryCode !== code) return code;
  const bigger = cityNamesakes(place).some(
    (n) => n.countryCode === 'US' && n.population > (city.population ?? 0),
  );
  if (!bigger) return code;
  const text = `${doc.title.text}\n${doc.body.text}`;
  if (!FIRM_COPY.test(text) || text.includes(countryName(code))) return code;
  return 'US';
}
