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
