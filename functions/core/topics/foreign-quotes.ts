/**
 * A quote in German inside an English story (wild40 ★5): "Das war notwendig", Merz said — "war" is German for "was",
 * yet it listed conflict, war and peace .61; a Bundesliga coach's "Das war eine richtige Mannschaftsleistung" gave
 * war .34. A quoted run that holds at least two of German's short function words that English lacks, or opens as
 * German does ("Das war ..."), is in German: none of its words is the story's topic evidence (score.ts, spans of
 * another sense).
 */
const QUOTED =
  /["\u201c\u201e]([^"\u201c\u201d\u201e]{3,400})["\u201d\u201c]|['\u2018]([^'\u2018\u2019]{3,400})['\u2019]/g;
// German function words that are no English words (not "die", "also", "war", "will", "rat", "gift").
const GERMAN_WORD =
  /\b(?:das|ist|ein|eine|einen|nicht|und|ich|wir|sind|mit|f\u00fcr|auf|sehr|noch|auch|aber|dass|haben|wird|werden|wurde|kein|keine|nur|schon|jetzt|hier|immer|mehr|unsere?|richtige?)\b/gi;
const MIN_GERMAN_WORDS = 2;
/** A short quote that opens as German does ("Das war notwendig" in a headline): one German word is enough. */
const GERMAN_OPENING = /^(?:Das|Ich|Wir|Es ist|Es war)\s+[a-z\u00e4\u00f6\u00fc\u00df]/;

/** [start, end) of each quoted run in German. */
export function germanQuotes(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!/\b(?:das|ist|und|nicht|eine?)\b/i.test(text)) return spans;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    const inner = m[1] ?? m[2] ?? '';
    const germanWords = inner.match(GERMAN_WORD)?.length ?? 0;
    if (germanWords >= MIN_GERMAN_WORDS || (germanWords > 0 && GERMAN_OPENING.test(inner)))
      spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
