import { titleSubject } from './signals.js';

/**
 * A Nobel prize in a science named in the headline's subject: "Three share Nobel chemistry prize for …",
 * "Nobel Prize in Physiology or Medicine goes to …", "Physics Nobel for quantum circuits".
 */
const NOBEL_SCIENCE =
  /\bNobel (?:Prize (?:in|for) )?(chemistry|physics|physiology|medicine|medical)\b|\b(chemistry|physics|medicine) Nobel\b/i;

/**
 * The science of a Nobel prize the headline names, where a desk files the story (science and technology, the
 * award second), however much the discovery's uses weigh (fuel, farm waste, water: economy): 'natural' for
 * chemistry and physics, 'medical' for physiology or medicine; undefined for no such headline.
 */
export function nobelScienceInTitle(title: string): 'natural' | 'medical' | undefined {
  const m = NOBEL_SCIENCE.exec(titleSubject(title));
  if (!m) return undefined;
  const field = (m[1] ?? m[2] ?? '').toLowerCase();
  return field === 'chemistry' || field === 'physics' ? 'natural' : 'medical';
}
