/**
 * "the Davos crowd", "Davos man", "a Davos-style elite", "the Cannes circuit": a town known for one yearly
 * gathering, used for the kind of people who go there, says nothing of the town's country (read33 F8: fa49fd0f made
 * these towns place names, and a WASHINGTON story on "the Davos set" put Switzerland first). Only towns whose name
 * stands for their gathering; a city's crowd ("the London crowd") is in that city.
 */
const GATHERING_TOWNS = new Set(['davos', 'cannes', 'venice', 'gstaad', 'sundance', 'courchevel']);

/**
 * The words after the town that make it a figure: "-style", "crowd", "set" (not the verb: "Davos set to focus
 * on AI"), "man", "elite", "class", "circuit", "consensus", "types", "jet set".
 */
const FIGURE_AFTER =
  /^(?:-style\b|\s+(?:crowds?|set(?!\s+(?:to|for|up|off|out|on|a|an|the|its|their|new|record)\b)|man|men|elites?|class|circuit|consensus|types|jet\s+set)\b)/;

/** Whether the town `norm` (one word, as normalizeWord writes it) with `after` (the text following it) is a figure. */
export function namesGatheringFigure(norm: string, after: string): boolean {
  return GATHERING_TOWNS.has(norm) && FIGURE_AFTER.test(after);
}

/** Verbs that liken the subject to a place: "became a Mecca", "Becomes Mecca". */
const BECOMING = new Set(['become', 'becomes', 'became', 'becoming']);
/** What may follow the likened place: "a Mecca for cyclists", "a Mecca of jazz" (or the clause's end). */
const LIKENED_NEXT = new Set(['for', 'of']);

/**
 * "has become a Mecca for cyclists", "a Klondike for lawyers", "Town Becomes Mecca": a town after "a"/"an" or a verb
 * of becoming (`before`, lower case), before "for", "of" or the sentence's end (`after`: the next word in lower case,
 * or '' at a full stop or the text's end; a comma may open a state: "a Portland, Ore., company"), is what something
 * is likened to, no place of the story ("a Paris court", "an Iraq war veteran" name the place as a modifier). After a
 * verb of becoming alone the sentence's end likens only in a headline, which drops its article ("Town Becomes
 * Mecca"); in a sentence the place is the new one ("the seat of government became Ankara."). The entity typing asks
 * it too (entities/typing/place-figures.ts).
 */
export function likensToPlace(before: string, after: string, headline: boolean): boolean {
  if (before === 'a' || before === 'an') return after === '' || LIKENED_NEXT.has(after);
  return BECOMING.has(before) && (LIKENED_NEXT.has(after) || (after === '' && headline));
}
