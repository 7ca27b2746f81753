/**
 * A storm, an earthquake or an eruption that opens the headline as the subject of a verb of striking:
 * "Cyclone hits Vanuatu, Fiji sends aid", "Typhoon Haikui lashes Taiwan", "Earthquake rocks Nepal". Not a
 * headline about its costs, its aid or a debt deal ("Quake's economic costs emerging", "Tsunami debt deal
 * to be announced", "Blair says UK tsunami aid to soar"), nor a market's cause ("Oil exports not affected
 * by quake").
 */
const NATURAL_STRIKE =
  /^(?:\S+\s+){0,2}(?:cyclone|hurricane|typhoon|tornado|earthquake|quake|tsunami|volcano)(?:\s+[A-Z][a-z]+)?\s+(?:hits?|strikes?|struck|batters?|lashes|slams|pounds|rocks|shakes|devastates|sweeps|tears|makes landfall|erupts)\b/i;

/**
 * The natural disaster is the headline's event (signals.ts `applyDeadlyDisaster` asks it where no deaths are
 * told early): disaster before the leaders and navies that send aid (review23 ★9).
 */
export function naturalStrikeInTitle(title: string): boolean {
  return NATURAL_STRIKE.test(title);
}
