/**
 * A Nobel prize that only describes a person (wild41 ★6): "opposition leader Maria Corina Machado, a Nobel Peace
 * Prize laureate", "the interim government led by Nobel laureate Muhammad Yunus", "a Nobel Prize-winning economist",
 * a prize won in a past year ("won the Nobel Peace Prize in 2019") or for a deal the story recalls ("a peace deal in
 * 2018, for which Abiy won the Nobel Peace Prize"). Outside the headline such an epithet tells who someone is, not
 * that a prize is news: the matcher skips it (match.ts `NAME_OTHER_SENSE`), so it gives no award topic. The
 * headline's Nobel ("Machado accepts Nobel Peace Prize in Oslo"), and a body that tells the prize as news ("was
 * awarded the Nobel Peace Prize on Friday"), keep theirs.
 */

/** A prize's name: "Nobel", "Nobel Peace Prize", "Nobel peace prize", "Nobel Prize in Literature". */
const PRIZE = String.raw`Nobel(?:\s+(?:[Pp]eace|[Ll]iterature|[Cc]hemistry|[Pp]hysics|[Mm]edicine|[Ee]conomics|[Ee]conomic))?(?:\s+[Pp]rize(?:\s+(?:in|for)\s+(?:[Pp]eace|[Ll]iterature|[Cc]hemistry|[Pp]hysics|[Mm]edicine|[Ee]conomics))?)?`;
/** Who holds it: "laureate", "winner", or "-winning" before the holder's trade. */
const HOLDER = String.raw`(?:-winning|\s+(?:laureates?|prizewinners?|winners?|co-laureates?))`;

const EPITHET = new RegExp(
  [
    // "a Nobel Peace Prize laureate", "a Nobel Prize-winning economist", "the Nobel laureate", "fellow Nobel laureate"
    String.raw`\b(?:[Aa]n?|[Tt]he|[Ff]ellow)\s+(?:\d{4}\s+)?${PRIZE}${HOLDER}\b`,
    // "Nobel laureate Muhammad Yunus", "Nobel Prize-winning author Olga Tokarczuk": the epithet before a name
    String.raw`\b(?:\d{4}\s+)?${PRIZE}${HOLDER}(?=\s+(?:[a-z]+\s+)?[A-Z])`,
    // "won the Nobel Peace Prize in 2019", "was awarded the Nobel Prize for Literature in 2016"
    String.raw`\b(?:won|received|was awarded|were awarded|shared)\s+(?:the|a)\s+${PRIZE}\s+in\s+\d{4}\b`,
    // "for which Abiy won the Nobel Peace Prize": a prize for a deal the story recalls
    String.raw`\bfor which\s+(?:[A-Z][\w'-]*\s+){1,3}(?:won|received|was awarded|shared)\s+(?:the|a)\s+(?:\d{4}\s+)?${PRIZE}`,
  ].join('|'),
  'g',
);

/** [start, end) of each Nobel epithet in a body's text, in text order. */
export function nobelEpithets(text: string): [number, number][] {
  if (!text.includes('Nobel')) return [];
  const spans: [number, number][] = [];
  EPITHET.lastIndex = 0;
  for (let m = EPITHET.exec(text); m !== null; m = EPITHET.exec(text))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}
