/**
 * A leg of a journey (wild60): "Pope Leo XIV arrived in Beirut on the second leg of his first foreign trip" led with
 * sport .74 (the lexicon's "second leg" is a two-legged tie's). A leg of someone's trip, tour, visit or journey, or of
 * the trip, the visit or the journey, is travel: the matcher skips the words (match.ts `NAME_OTHER_SENSE`). A match's
 * leg keeps them ("the second leg of their semi-final", "the first leg in Madrid"), and so does a sport's tour without
 * a traveller ("the Asian leg of the tour").
 */
const TRIP_LEG =
  /\b(?:(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ff]inal|[Ll]ast|[Nn]ext|[Oo]pening|[Cc]losing|[Ll]atest)\s+)?legs?\b(?=\s+of\s+(?:(?:his|her|their|its|our|my|your|[A-Z][\w'\u2019.-]*(?:'s|\u2019s))\s+(?:[\w'\u2019-]+\s+){0,4}?(?:trips?|tours?|visits?|journeys?|voyages?|travels|swing|pilgrimage|odyssey)|(?:the|a|this)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:trip|visit|journey|voyage|pilgrimage|state\s+visit|diplomatic\s+tour|regional\s+tour|Gulf\s+tour|Asia\s+tour|world\s+tour))\b)/g;

/** [start, end) of each leg of a journey in the text, in text order. */
export function tripLegs(text: string): [number, number][] {
  if (!text.includes('leg')) return [];
  const spans: [number, number][] = [];
  TRIP_LEG.lastIndex = 0;
  for (let m = TRIP_LEG.exec(text); m !== null; m = TRIP_LEG.exec(text))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}
