import type { Mention } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';

// The word before a city in its club's name: "AC Milan", "Inter Milan", "Real Madrid", "Bayern Munich".
const CLUB_BEFORE =
  /\b(?:AC|AS|FC|SC|SS|CF|CD|Inter|Real|Atletico|Athletic|Olympique|Sporting|Dynamo|Dinamo|Racing|Deportivo|Bayern|Borussia|Eintracht|Hertha|Werder|Lokomotiv|Spartak|Hapoel|Maccabi)\s+$/;
// The words after it: "Leicester City", "Bolton Wanderers", "the Genoa club", "the Parma side".
const CLUB_AFTER = /^\s+(?:United|City|Rovers|Wanderers|Athletic|Albion|Hotspur|FC|CF|club|side)\b/;

/**
 * A city the mention names as its football club ("AC Milan", "Inter Milan", "the Genoa club", "Leicester
 * City"): on the sports page a side of the country's league, not where a match is played (venues.ts).
 * The first letter is tested before the patterns: most mentions are neither after a capital nor before one.
 */
export function namesClub(doc: TagDocument, m: Mention): boolean {
  const text = fieldOf(doc, m.field).text;
  const before = m.start > 1 ? text.charCodeAt(m.start - 2) : 0;
  if (before >= 65 && before <= 122 && CLUB_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)))
    return true;
  return text.charCodeAt(m.end) === 32 && CLUB_AFTER.test(text.slice(m.end, m.end + 12));
}
