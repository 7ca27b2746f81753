/**
 * Words of travel that sport and the arts borrow, told as travel: a leg of someone's journey, and an official's tour.
 *
 * A leg of a journey (wild60): "Pope Leo XIV arrived in Beirut on the second leg of his first foreign trip" led with
 * sport .74 (the lexicon's "second leg" is a two-legged tie's). A leg of someone's trip, tour, visit or journey, or of
 * the trip, the visit or the journey, is travel: the matcher skips the words (match.ts `NAME_OTHER_SENSE`). A match's
 * leg keeps them ("the second leg of their semi-final", "the first leg in Madrid"), and so does a sport's tour without
 * a traveller ("the Asian leg of the tour").
 */
const TRIP_LEG =
  /\b(?:(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ff]inal|[Ll]ast|[Nn]ext|[Oo]pening|[Cc]losing|[Ll]atest)\s+)?legs?\b(?=\s+of\s+(?:(?:his|her|their|its|our|my|your|[A-Z][\w'\u2019.-]*(?:'s|\u2019s))\s+(?:[\w'\u2019-]+\s+){0,4}?(?:trips?|tours?|visits?|journeys?|voyages?|travels|swing|pilgrimage|odyssey)|(?:the|a|this)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:trip|visit|journey|voyage|pilgrimage|state\s+visit|diplomatic\s+tour|regional\s+tour|Gulf\s+tour|Asia\s+tour|world\s+tour))\b)/g;

/**
 * An official's tour (wild60): "The president's Gulf tour took him to Doha" led with the arts (a concert "tour"). A tour
 * that belongs to an office or a leader's title ("the president's", "the prime minister's Asian tour", "the foreign
 * minister's regional tour") is a state visit; a band's or a singer's keeps the arts, and so does one named by a title
 * word without "the" ("Prince's 1984 tour", "Queen's last tour": review60), and a band leader's.
 */
const TOUR = /\btours?\b/g;
/**
 * What owns the tour, just before it: "the", an office's or a leader's title in the possessive ("the Saudi crown prince's"),
 * up to two words between.
 */
const OFFICIAL_BEFORE =
  /\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Pp]rince|[Ee]mir|[Ss]ultan|[Mm]inister|[Ss]ecretary|[Pp]ope|[Ee]nvoy|[Aa]mbassador|[Gg]overnor|[Mm]ayor|[Dd]elegation)(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,2}$/;

/** [start, end) of each leg of a journey and each official's tour in the text, in text order. */
export function travelWords(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (text.includes('leg')) {
    TRIP_LEG.lastIndex = 0;
    for (let m = TRIP_LEG.exec(text); m !== null; m = TRIP_LEG.exec(text))
      spans.push([m.index, m.index + m[0].length]);
  }
  if (text.includes('tour')) {
    TOUR.lastIndex = 0;
    for (let m = TOUR.exec(text); m !== null; m = TOUR.exec(text))
      if (OFFICIAL_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)))
        spans.push([m.index, m.index + m[0].length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
