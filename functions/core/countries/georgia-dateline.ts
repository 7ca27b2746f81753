import type { TagDocument } from '../text/document.js';
import { datelineCountry } from './dateline-place.js';
import { lookupPlace } from './gazetteer.js';
import { namesakeOfBareDateline } from './namesake-datelines.js';

/**
 * The country a story is filed from, with Georgia read as the US state where the dateline is written so:
 * "ATLANTA, Georgia", "ATHENS, Georgia", "COLUMBUS, Georgia" put a city of another country (or of the US) before
 * the state, the US convention "City, State"; "TBILISI, Georgia", "BATUMI, Georgia" name a city of the country.
 * A dateline of "Georgia" alone (a JSON article's "location": "Georgia", read32 F6) or after a town the gazetteer
 * lacks is read from the story, as a body's "Georgia" is: "runoff … in Fulton and Cobb counties", "Gov. Brian
 * Kemp" say the state; "Tbilisi", "Georgian Dream" the country.
 */
export function storyDatelineCountry(doc: TagDocument): string | undefined {
  if (!doc.dateline) return undefined;
  const code = datelineCountry(doc.dateline.place, doc.language);
  // "SAN JOSE - Nvidia Corp unveiled …": California's city, not Costa Rica's capital (namesake-datelines.ts).
  if (code !== 'GE') return namesakeOfBareDateline(doc, code);
  const parts = doc.dateline.place.split(',').map((p) => p.trim());
  if (!GEORGIA.test(parts[parts.length - 1] ?? '')) return code;
  const city = parts.length > 1 ? lookupPlace(parts[parts.length - 2]!) : undefined;
  if (city) return city.countryCode === 'GE' ? code : 'US';
  const { state, country } = georgiaSignals(`${doc.title.text}\n${doc.body.text}`);
  return state > country ? 'US' : code;
}

const GEORGIA = /^georgia\b/i;

/**
 * Words of the US state: its cities and neighbours, its offices, and (wild49 C11, the Hyundai raid of 2025) the
 * federal agencies that act there ("ICE", "Immigration and Customs Enforcement", "Homeland Security") and a firm's
 * plant or factory there ("Hyundai's Georgia plant", "a battery plant in Georgia"): foreign carmakers and battery
 * makers build in the state, and the news of their plants is the state's. Not a hydropower plant (the country's
 * dams on the Enguri and Rioni are built by Turkish and Chinese firms), and the country's own towns and regions
 * ("a cement factory in Georgia's Kutaisi region") weigh for the country (read50 R16).
 */
const STATE_SIGNALS =
  /\b(?:Ga|Gov)\.(?!\w)|\b(?:Atlanta|Savannah|Augusta|Macon|state of Georgia|Georgia state|Georgia's governor|Republicans?|Democrats?|Alabama|Florida|Carolina|Tennessee|Texas|county|counties|Senate|Congress|Peach|ICE|Immigration and Customs Enforcement|Homeland Security|Georgia (?:plant|factory|facility|plants|factories|battery plant|EV plant)|(?<!hydro\w+ )(?:plant|factory|facility|plants|factories) in Georgia)\b/g;
const COUNTRY_SIGNALS =
  /\b(?:Tbilisi|Caucasus|Soviet|Russia|Russian|Moscow|Abkhaz\w*|Ossetia\w*|Armenia|Azerbaijan|Ukraine|Black Sea|Kremlin|Georgian|Kutaisi|Batumi)\b/g;

/**
 * "Georgia's parliament passed a foreign agents law", "Georgia's prime minister": offices a US state does not have
 * (its legislature is a General Assembly, its head a governor) name the country (wild42 ★2).
 */
const COUNTRY_OFFICES =
  /\bGeorgia['\u2019]s\s+(?:president|prime\s+minister|parliament|foreign\s+minist(?:er|ry)|defen[cs]e\s+minist(?:er|ry)|central\s+bank)\b/gi;

/** How many words of the text speak of Georgia the US state and of Georgia the country. */
export function georgiaSignals(text: string): { state: number; country: number } {
  return {
    state: (text.match(STATE_SIGNALS) ?? []).length,
    country: (text.match(COUNTRY_SIGNALS) ?? []).length + (text.match(COUNTRY_OFFICES) ?? []).length,
  };
}
