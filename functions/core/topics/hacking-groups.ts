/**
 * Hacking groups named for the weather (fixT49, wild49 T10): security firms name state hacking groups by a weather word
 * for their country after a word of their own ("Volt Typhoon", "Salt Typhoon", "Flax Typhoon", "Midnight Blizzard",
 * "Forest Blizzard", "Mint Sandstorm", "Jade Sleet", "Octo Tempest", "Storm-0558"), and cyber news writes them daily.
 * "Salt Typhoon hackers breached U.S. telecom firms" led with a natural disaster (.75). In a story that tells of
 * hacking (hackers, cyber, malware, espionage, a breach), such a name is the group's: the matcher skips its weather word
 * (match.ts `NAME_OTHER_SENSE`), and the story's hacking words give it cyber crime.
 *
 * A storm keeps its word: the weather's own name after it ("Typhoon Haiyan" never matches: a capitalised word must
 * come before), a strength or a kind before it ("Super Typhoon", "Tropical Cyclone", "Severe Tropical Storm"), and any
 * story that tells of no hacking.
 */
const GROUP =
  /\b(?!(?:Super|Tropical|Severe|Great|Category|Deadly|Killer|Massive|Powerful|Strong|Violent|Winter|Summer|Snow|Ice|Dust|Sand|The|A|An|Another|This|That|Last|Next|First)\b)[A-Z][a-z]+\s+(Typhoon|Blizzard|Sandstorm|Sleet|Tempest)\b(?!\s+[A-Z][a-z])|\b(Storm)-\d{3,4}\b/g;
/** Words of hacking anywhere in the story. */
const HACKING =
  /\b(?:hack(?:s|er|ers|ing|ed)?|cyber\w*|malware|ransomware|spyware|phishing|espionage|breach(?:es|ed)?|intrusions?|threat actors?)\b/i;

/** A cheap gate: one of the weather words of the names at all. */
const WEATHER_WORD = /Typhoon|Blizzard|Sandstorm|Sleet|Tempest|Storm-/;

/** [start, end) of the weather word of each hacking group the story names, in text order. */
export function hackingGroupNames(text: string, story: string): [number, number][] {
  if (!WEATHER_WORD.test(text) || !HACKING.test(story)) return [];
  const spans: [number, number][] = [];
  GROUP.lastIndex = 0;
  for (let m = GROUP.exec(text); m !== null; m = GROUP.exec(text)) {
    // A numbered group ("Storm-0558") is one hyphenated word: the whole of it.
    if (m[2]) spans.push([m.index, m.index + m[0].length]);
    else {
      const word = m[1] ?? '';
      const start = m.index + m[0].lastIndexOf(word);
      spans.push([start, start + word.length]);
    }
  }
  return spans;
}
