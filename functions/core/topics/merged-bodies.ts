/**
 * A state that merges its own bodies (review32 ★T2): "Vietnam merges provinces", "merged the ministries of trade
 * and industry", "merge 98 municipalities into 60", "merge the police forces of two provinces", "merging several
 * districts". Provinces, ministries and districts are no firms: the merge word is no merger or acquisition, and the
 * matcher skips it (match.ts `NAME_OTHER_SENSE`). Firms that merge, even their regional units ("merge their regional
 * operations"), or advertising agencies, stay deals.
 */
const MERGED_BODIES =
  /\b(?:[Mm]erg(?:e|es|ed|ing)|[Mm]erger|[Aa]malgamat(?:e|es|ed|ing|ion))\s+(?:of\s+)?(?:(?:\d+|(?!with\b)[a-z]+)\s+){0,3}(?:provinces?|ministr(?:y|ies)|municipalit(?:y|ies)|districts?|regions?|counties|county|communes?|prefectures?|oblasts?|governorates?|cantons?|boroughs?|councils?|police forces?|state agenc(?:y|ies)|government agenc(?:y|ies)|government departments?)\b/g;

/** [start, end) of each merge word whose object is a state's own bodies, in text order. */
export function mergedBodies(text: string): [number, number][] {
  if (!/[Mm]erg|[Aa]malgamat/.test(text)) return [];
  const spans: [number, number][] = [];
  MERGED_BODIES.lastIndex = 0;
  for (let m = MERGED_BODIES.exec(text); m !== null; m = MERGED_BODIES.exec(text)) {
    const word = /^\S+/.exec(m[0])?.[0] ?? '';
    spans.push([m.index, m.index + word.length]);
  }
  return spans;
}
