/**
 * An authority that silences a news outlet, told in the headline (wild38b ★7): "Niger junta suspends BBC for three
 * months", "Israel shuts Al Jazeera's offices", "Russia blocks access to independent news sites", "Government revokes
 * licence of opposition TV station", "Burkina junta expels French journalists". A desk files it under freedom of
 * the press, before the junta's or the war's words (the Niger headline listed conflict .94 first, media .56).
 * The verb takes the outlet within four words; "BBC suspends presenter" (the outlet as the subject) and "Apple shuts
 * stores" (no outlet) are none. An outlet only quoted as the source is none either (read38 ★8): the words
 * between take no comma, colon or lone dash and no verb of saying ("Trump suspends aid to Colombia - CNN", "Budapest
 * bans Pride march, police say, AFP reports", "Putin's close ally tells CNN"), and no "says/reports" follows it.
 */
// "close" only as a verb: "closes", "closed", "to close", never "close ally" (read38 ★8).
const CURB =
  /\b(?:suspend|ban|shut|clos(?=es|ed|ing)|(?<=\bto )close|block|revok|expel|raid|bar)(?:s|e|es|ed|ing|ned|ning|red|ring|led|ling|ting)?(?: down)?\b/gi;
const OUTLET =
  /^(?:\s+(?![-\u2013\u2014]+\s)(?!(?:tells?|told|says?|said|reports?|reported)\b)[^\s,;:]+){0,4}?\s+(?:(?:the\s+)?(?:licen[cs]es?|broadcasts?|offices?)\s+of\s+(?:\S+\s+){0,3})?(?:BBC|CNN|Al Jazeera|AFP|Reuters|VOA|RFI|France 24|Deutsche Welle|broadcasters?|newspapers?|(?:TV|television|radio) (?:stations?|channels?)|(?:news|media) (?:outlets?|agenc(?:y|ies)|sites?|websites?)|(?:foreign|independent|opposition) (?:media|press)|journalists|correspondents)\b(?!,?\s+(?:says?|said|reports?|reported|tells?|told)\b)/;

/** CURB's stems, asked first: a headline without one never compiles CURB (its look-behind) nor OUTLET. */
const CURB_STEM = /suspend|ban|shut|clos|block|revok|expel|raid|bar/i;

/** The words of the headline's curb on a news outlet ("suspends BBC"), if it tells one. */
export function pressCurbInTitle(title: string): string | undefined {
  if (!CURB_STEM.test(title)) return undefined;
  CURB.lastIndex = 0;
  for (let m = CURB.exec(title); m !== null; m = CURB.exec(title)) {
    const after = title.slice(m.index + m[0].length);
    const outlet = OUTLET.exec(after);
    if (outlet) return title.slice(m.index, m.index + m[0].length + outlet[0].length).trim();
  }
  return undefined;
}
