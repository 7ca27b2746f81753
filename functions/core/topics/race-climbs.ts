import type { TagDocument } from '../text/document.js';
import { sentenceWithBoth } from './sentence-with-both.js';

/**
 * A climb of the great stage races, or a stage report's phrase for the last of them: the cycling lexicon's Alpe d'Huez,
 * Mont Ventoux, Tourmalet, Galibier, Planche des Belles Filles, "final climb", "summit finish" (apostrophe straight or
 * curly).
 */
const CLIMB =
  /\b(?:Alpe\s+d['\u2019]\s*Huez|Mont\s+Ventoux|Tourmalet|Galibier|Planche\s+des\s+Belles\s+Filles|final\s+climb|summit\s+finish(?:es)?)\b/i;
/** A word of the race: a stage, the Tour, the peloton, a rider, the yellow jersey, a breakaway, a cyclist. */
const RACE =
  /\b(?:stages?|peloton|riders?|yellow\s+jersey|maillot\s+jaune|breakaways?|cyclists?|cycling|Giro|Vuelta|time\s+trial)\b|\bTour\b/i;

/**
 * A climb told beside a word of the race in its own sentence (fixT47, read47 on e5b9c9fc): "attacked on the final climb
 * to Alpe d'Huez to win the stage" is cycling; skiers who "flocked to Alpe d'Huez" or climbers who "began the final
 * climb to the summit of Mount Everest" are not. The climbs' row keeps them for sport only where this holds (senses.ts).
 */
export function climbRaced(doc: TagDocument): boolean {
  return sentenceWithBoth(doc, CLIMB, RACE);
}
