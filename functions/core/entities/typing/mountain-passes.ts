// Climbs and passes of French, Italian and Spanish stage races: "the Col du Tourmalet", "Alpe d'Huez", "Plateau de
// Beille", "the Puy de Dome", "Mont Ventoux" (wild47 star 9: "Col" read as a colonel's title before the surname
// "du Tourmalet", the others as persons or firms).
import { lazyPattern } from '../../text/lazy-pattern.js';
import type { Word } from '../chunk.js';

/** First words of a climb's or pass's name that a particle follows: "Col du", "Passo dello", "Alto de l'". */
const CLIMB_LEADS = new Set(
  'col colle passo puerto alto alpe puy pic pico plateau cima cime mont monte'.split(' '),
);
/** The particles after them, the elided ones ("d'Huez", "l'Angliru") tested apart. */
const CLIMB_PARTICLES = new Set('du de des del della dello delle dei di la le'.split(' '));
/** Made on first use: few stories name a climb (test/unit/bundling/import-patterns.test.ts). */
const ELIDED_PARTICLE = lazyPattern(() => /^(?:d|l|dell)['\u2019]\p{Lu}/u);

/**
 * Whether the capitalised run `words` names a mountain climb or pass: a climb's first word ("Col", "Alpe", "Puy",
 * "Plateau", "Passo", "Mont") before a particle and a name ("Col de la Madeleine", "Alpe d'Huez"), or "Mont" before
 * one name ("Mont Ventoux": no given name). "Col Gaddafi", a title before a name with no particle, stays a person's.
 */
export function climbNamed(words: readonly Word[]): boolean {
  if (words.length < 2) return false;
  const first = words[0]!;
  if (!first.capitalised || first.possessive || first.caseless || !CLIMB_LEADS.has(first.lower)) return false;
  const second = words[1]!;
  if (CLIMB_PARTICLES.has(second.core) || ELIDED_PARTICLE.test(second.core))
    return words.length >= 3 || ELIDED_PARTICLE.test(second.core);
  return first.lower === 'mont' && words.length === 2 && second.capitalised;
}
