/**
 * The armed vocabulary the topic checks share (tidy43, read42's smell 2: the same armed men were written in four
 * lists that drifted apart). Each check builds its pattern from these and adds the words of its own question:
 *
 * - battles-of-arms.ts `ARMS`: who fights a battle, and with what (armies, guerrillas, gunmen, "<side> forces",
 *   gunfire, mortars);
 * - attack-in-words.ts `VIOLENCE`: anything that makes an attack one of force (deaths, weapons, blasts, victims);
 * - drones.ts `WAR_WORDS` (topics42): the words of a war story (with a wider "insurgen-", "jihadis-" and
 *   "shell(ed|ing)" beside these; its movements are its own list, without "Taleban", topics44);
 * - armed-group-deaths.ts and air-attack.ts: the movements named by name (`GOVERNING_MOVEMENTS`).
 *
 * Lists of the same words that ask another question keep their own, with the reason beside them: the fighting
 * that troops do (troops-in-battle.ts `FIGHTING`: not the troops themselves), the groups a state strikes
 * (air-attack.ts `ARMED_GROUP`: no state's troops), a coup's armed men (armed-overthrow.ts), a state's forces at
 * sea (signals.ts).
 */

/** Fighters named as such, on any side: "troops", "soldiers", "rebels", "militias", "militants", "insurgents". */
export const FIGHTERS = 'troops|soldiers|rebels?|militias?|militants?|insurgents?|jihadists?';

/** The fire of a war: "shelling", "artillery", "air strikes" ("airstrikes" too). */
export const WAR_FIRE = 'shelling|artillery|air ?strikes?';

/**
 * Armed movements that also govern or sit in parliaments, by name: the words of the senses row that reads them as
 * war only with deaths in their sentence (senses.ts, armed-group-deaths.ts).
 */
export const GOVERNING_MOVEMENTS = ['Taliban', 'Taleban', 'Hamas', 'Hezbollah', 'Hizbollah'];

/** A case-insensitive test for any of the alternatives (regular-expression sources) as a whole word. */
export function armedWords(...alternatives: readonly string[]): RegExp {
  return new RegExp(String.raw`\b(?:${alternatives.join('|')})\b`, 'i');
}
