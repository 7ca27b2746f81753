import { plainKeyOf } from './normalize.js';

/**
 * "seized a tanker in the Gulf of Oman", "hijacked in the Gulf of Aden", "the Strait of Gibraltar": a sea, gulf,
 * bay or strait named after a country or a port names water, not the country (wild38a ★5: the Gulf of Oman put
 * Oman first and the Iranian actor out of focus; the Gulf of Aden put Yemen first in a Somali piracy story). The
 * press names these waters after their shore, so the word says where a ship was, nothing of the country's part.
 * Curated NOT_COUNTRIES already lists some whole ("Sea of Japan", "Gulf of Mexico"); this reads the kind.
 */
const WATER_WORDS = new Set(['gulf', 'sea', 'bay', 'strait', 'straits', 'bight']);

/** Whether the words before word `i` are "<Gulf|Sea|Bay|Strait(s)|Bight> of", the water word capitalised. */
export function namesWaterBody(
  text: string,
  words: readonly { readonly norm: string; readonly start: number }[],
  i: number,
): boolean {
  if (words[i - 1]?.norm !== 'of') return false;
  const water = words[i - 2];
  return water !== undefined && WATER_WORDS.has(water.norm) && /[A-Z]/.test(text[water.start] ?? '');
}

/**
 * Cities named like a great river of another country, with the city's country: "Migrants crossing the Rio Grande
 * near El Paso" is the US–Mexico border river, not Brazil's port (wild41 ★3: Brazil ranked first in border
 * stories, with a pair to the US). US copy names the river daily; Brazil's city comes with Brazil named
 * ("the port of Rio Grande in southern Brazil") or as its state, "Rio Grande do Sul", a name of its own.
 */
const RIVER_TOWNS: ReadonlyMap<string, string> = new Map([['rio grande', 'BR']]);

/**
 * The mentions without the cities of RIVER_TOWNS that stand alone for their country: a story that names
 * that country in no other way names the river.
 */
export function withoutRiverTowns<M extends RiverTownMention>(found: M[]): M[] {
  const towns = new Set<number>();
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    if (m.kind === 'city' && RIVER_TOWNS.get(plainKeyOf(m.text)) === m.code) towns.add(i);
  }
  if (towns.size === 0) return found;
  const riverOnly = [...towns].filter(
    (i) => !found.some((o, j) => !towns.has(j) && o.code === found[i]!.code),
  );
  if (riverOnly.length === 0) return found;
  const dropped = new Set(riverOnly);
  return found.filter((_, i) => !dropped.has(i));
}

interface RiverTownMention {
  readonly code: string;
  readonly kind: string;
  readonly text: string;
}

/**
 * The head word of a reef or shoal named after a town: "Scarborough Shoal", "Mischief Reef". Not "Bank" ("Saitama
 * Bank", "Saudi Cairo Bank" are firms of the city's country) nor "Island" or "Peninsula" ("Vancouver Island" is
 * the city's country's too).
 */
const FEATURE_AFTER = /^\s+(?:Shoal|Reef|Atoll|Cays?)\b/;

/**
 * The mentions without a city's that the story names only as the short form of a feature called after it:
 * "Philippines protests Chinese water cannon attack near Scarborough" over a body that says "near Scarborough
 * Shoal in the South China Sea" is the shoal, not Canada's Scarborough (wild41 item 7: Canada was in focus with
 * two pairs). Only while nothing else in the story names the city's country: "Suez" beside "the Suez Canal" and
 * Egypt stays Egypt's.
 */
export function withoutFeatureShortForms<M extends FeatureMention>(
  texts: readonly string[],
  found: M[],
): M[] {
  const dropped = new Set<string>();
  for (const m of found) {
    if (m.kind !== 'city' || dropped.has(m.text)) continue;
    const named = texts.some((text) => {
      for (let at = text.indexOf(m.text); at >= 0; at = text.indexOf(m.text, at + 1)) {
        if (FEATURE_AFTER.test(text.slice(at + m.text.length, at + m.text.length + 16))) return true;
      }
      return false;
    });
    if (!named) continue;
    const key = plainKeyOf(m.text);
    if (found.some((o) => o.code === m.code && plainKeyOf(o.text) !== key)) continue;
    dropped.add(m.text);
  }
  return dropped.size === 0 ? found : found.filter((m) => m.kind !== 'city' || !dropped.has(m.text));
}

interface FeatureMention extends RiverTownMention {}
