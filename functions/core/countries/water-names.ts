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
