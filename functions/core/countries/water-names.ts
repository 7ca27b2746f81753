import { lazyPatternOf } from '../text/lazy-pattern.js';
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
  // The countries the story names other than by such a town, read once.
  const namedElse = new Set<string>();
  for (let i = 0; i < found.length; i++) if (!towns.has(i)) namedElse.add(found[i]!.code);
  const out = found.filter((m, i) => !towns.has(i) || namedElse.has(m.code));
  return out.length === found.length ? found : out;
}

interface RiverTownMention {
  readonly code: string;
  readonly kind: string;
  readonly text: string;
}

/**
 * A reef or shoal named after a town: "Scarborough Shoal", "Mischief Reef", with up to three capitalised words
 * before the head word. Not "Bank" ("Saitama Bank", "Saudi Cairo Bank" are firms of the city's country) nor
 * "Island" or "Peninsula" ("Vancouver Island" is the city's country's too).
 */
const FEATURE = lazyPatternOf("((?:[A-Z][\\p{L}'\\u2019-]*\\s+){1,3})(?:Shoal|Reef|Atoll|Cays?)\\b", 'gu');
/**
 * The words every `FEATURE` match ends with. `FEATURE` opens with a class, so it is tried at every capital of the
 * text (1% of warm tagging, speed43); this literal test skips the texts that hold none of its words.
 */
const FEATURE_WORD = /Shoal|Reef|Atoll|Cay/;

/** Whether `text` may name a feature: false only where `FEATURE` cannot match. */
export const mayNameFeature = (text: string): boolean => FEATURE_WORD.test(text);

/** The names a text gives features after: the last one, two and three words before "Shoal", "Reef" …. */
function featureNames(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    if (!mayNameFeature(text)) continue;
    for (const [, before] of text.matchAll(FEATURE)) {
      const words = before!.trim().split(/\s+/);
      for (let n = 1; n <= words.length; n++) names.add(words.slice(-n).join(' '));
    }
  }
  return names;
}

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
  if (!found.some((m) => m.kind === 'city')) return found;
  const features = featureNames(texts);
  if (features.size === 0) return found;
  // Per country, the keys of its mentions: a feature's town is dropped only when it is all its country has.
  const keysByCode = new Map<string, Set<string>>();
  for (const m of found) {
    const keys = keysByCode.get(m.code) ?? new Set<string>();
    keys.add(plainKeyOf(m.text));
    keysByCode.set(m.code, keys);
  }
  const dropped = new Set<string>();
  for (const m of found) {
    if (m.kind !== 'city' || !features.has(m.text.replace(/\s+/g, ' '))) continue;
    const keys = keysByCode.get(m.code)!;
    if (keys.size === 1) dropped.add(m.text);
  }
  return dropped.size === 0 ? found : found.filter((m) => m.kind !== 'city' || !dropped.has(m.text));
}

interface FeatureMention extends RiverTownMention {}
