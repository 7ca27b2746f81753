/**
 * Nouns of craft, weapons and rail services after the name of their model or line: "Hercules aircraft", "Reaper
 * drones", "the Gloria funicular", "Patriot missiles". The name before them is the model, a thing, not a person
 * named like it (Hercules, Gloria, Patriot).
 */
const CRAFT_NOUNS = new Set(
  `aircraft airliner airliners jet jets plane planes helicopter helicopters drone drones fighter fighters bomber
  bombers missile missiles rocket rockets tank tanks funicular tram trams railcar railcars`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether `next` (the lower-cased token after a name) is a noun of craft the name is the model of. */
export function craftNounAfter(next: string): boolean {
  return CRAFT_NOUNS.has(next);
}
