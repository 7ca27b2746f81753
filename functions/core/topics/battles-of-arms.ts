import type { TagDocument } from '../text/document.js';
import { armedWords, FIGHTERS, WAR_FIRE } from './armed-words.js';
import { someSentence } from './sentence-with-both.js';

/** The battle words of the clashes row (senses.ts). */
const BATTLE = /\b(?:battles?|clash(?:es|ed)?)\b/i;
/**
 * Armed sides or arms in the battle's sentence: "Battles between the army and the Rapid Support Forces raged around
 * a hospital", "clashes between government forces and rebels", "heavy shelling". The fighters and the fire of any
 * war (armed-words.ts), and a battle's own: an army (not "an army of volunteers"), guerrillas, gunmen, a side's
 * forces, gunfire, mortars (not "bricks-and-mortar").
 */
const ARMS = armedWords(
  FIGHTERS,
  WAR_FIRE,
  String.raw`armies|army(?! of\b)|guerrillas?|paramilitar\w+|gunmen|(?:armed|government|security|rebel|special|support|defen[cs]e|allied|enemy|opposition|pro-government|coalition|Russian|Ukrainian|Israeli) forces|gunfire|(?<!bricks[- ]and[- ])mortars?`,
);
/** A game's players who "battle robots, pirates, dragons" fight no war (bbc-dev: a video game review). */
const PLAYERS = /\b(?:players?|gamers?)\b/i;
/**
 * What firefighters, doctors, farmers and volunteers battle (read42 ★1): troops sent to help them fight no war
 * ("Soldiers were deployed to help residents battle rising floodwaters", "T-cells, the immune system's soldiers,
 * battle tumours").
 */
const NATURE_OR_ILLNESS =
  /\b(?:flood\w*|(?:wild|bush|forest)fires?|blazes?|firefighters?|locusts?|outbreaks?(?! of (?:fighting|violence|war|hostilities|clashes))|epidemics?|measles|cholera|cancers?|tumou?rs?|virus\w*|infections?|diseases?|droughts?|storms?|snowstorms?|heatwaves?)\b/i;
/** A team named like an armed side (read42 ★1): "Ole Miss Rebels battle past LSU", "Melbourne Rebels". */
const TEAM_REBELS = /\b[A-Z][a-z]+ Rebels\b/;

const armedBattle = (told: string) =>
  BATTLE.test(told) &&
  ARMS.test(told) &&
  !PLAYERS.test(told) &&
  !NATURE_OR_ILLNESS.test(told) &&
  !TEAM_REBELS.test(told);

/**
 * A battle fought by armed sides (topics42, read41 ★8): "Battles between the army and the Rapid Support Forces raged
 * around a hospital in Khartoum" is war, though the hospital's patients, doctors and cholera make health lead; the
 * clashes row's health, disaster and weather rivals are for firefighters who "battled" a blaze and a patient who
 * "battled" cancer, where no army, rebels or shelling share the sentence.
 */
export function battlesOfArms(doc: TagDocument): boolean {
  // Each sentence read once (not once per battle word in it: a page-long sentence of battles stays linear).
  return someSentence(doc, armedBattle);
}
