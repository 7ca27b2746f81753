import { candidateWith } from './candidate-copy.js';
import type { Candidate } from './classify.js';

/** Where something happens on a boundary: "along the", "across the", "north of the". */
const ON_A_LINE_BEFORE =
  /\b(?:along|across|beyond|behind|astride|straddling|over|near|crossed|crossing|cross|(?:north|south|east|west)\s+of)\s+the\s+$/i;

/**
 * "fighting along the Durand Line", "troops massed across the Green Line": a name ending in "Line" that a
 * boundary's preposition takes is a place, in every mention of the article ("Durand" a given name made it a
 * person; review30 E1). Elsewhere "Line" names a firm as often ("Japan Line", "Soo Line", "New Line"), so it is
 * no place's head word by itself.
 */
export function withBorderLines(
  candidates: Candidate[],
  texts: { readonly title: string; readonly body: string },
): Candidate[] {
  let lines: Set<string> | undefined;
  for (const c of candidates) {
    if (c.words.length < 2 || c.words[c.words.length - 1] !== 'Line' || c.type === 'place') continue;
    const text = texts[c.field];
    if (ON_A_LINE_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) {
      lines ??= new Set();
      lines.add(c.words.join(' '));
    }
  }
  if (lines === undefined) return candidates;
  const found = lines;
  return candidates.map((c) =>
    c.type !== 'place' && found.has(c.words.join(' ')) ? candidateWith(c, { type: 'place', strength: 2 }) : c,
  );
}
