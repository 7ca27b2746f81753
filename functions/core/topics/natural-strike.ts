/**
 * A storm, an earthquake or an eruption that opens the headline as the subject of a verb of striking:
 * "Cyclone hits Vanuatu, Fiji sends aid", "Typhoon Haikui lashes Taiwan", "Earthquake rocks Nepal". Not a
 * headline about its costs, its aid or a debt deal ("Storm's economic toll mounts", "Flood relief debt deal
 * due", "Minister says UK flood aid to double"), nor a market's cause ("Oil exports not affected
 * by quake").
 */
const NATURAL_STRIKE =
  /^(?:\S+\s+){0,2}(?:cyclone|hurricane|typhoon|tornado|earthquake|quake|tsunami|volcano)(?:\s+([a-z]+))?\s+(?:hits?|strikes?|struck|batters?|lashes|slams|pounds|rocks|shakes|devastates|sweeps|tears|makes landfall|erupts)\b/i;

/** A storm's name as a headline in sentence or title case writes it: "Typhoon Haikui", not "Earthquake insurance". */
const STORM_NAME = /^[A-Z][a-z]+$/;
/** A headline in capitals ("HURRICANE GILBERT HITS JAMAICA") cannot show a name's case: any word may be one. */
const LOWER_LETTER = /[a-z]/;
/**
 * Words that make a disaster word a market's or a fund's, never a storm's name: "EARTHQUAKE INSURANCE HITS
 * RECORD", "Hurricane Claims Hit Insurers" (capitals or title case, where case cannot tell).
 */
const NOT_A_NAME = new Set([
  'insurance',
  'insurers',
  'claims',
  'losses',
  'damage',
  'costs',
  'bonds',
  'cover',
  'fund',
  'aid',
  'relief',
  'fears',
  'risk',
  'season',
  'debt',
]);

/**
 * The natural disaster is the headline's event (signals.ts `applyDeadlyDisaster` asks it where no deaths are
 * told early): disaster before the leaders and navies that send aid (review23 ★9).
 */
export function naturalStrikeInTitle(title: string): boolean {
  const strike = NATURAL_STRIKE.exec(title);
  if (!strike) return false;
  const name = strike[1];
  if (name === undefined) return true;
  if (NOT_A_NAME.has(name.toLowerCase())) return false;
  return STORM_NAME.test(name) || !LOWER_LETTER.test(title);
}
