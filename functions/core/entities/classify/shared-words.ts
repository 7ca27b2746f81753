// Words and shapes that several of classify.ts's stages read.
import { letterPattern } from '../../text/letters.js';
import type { Base } from '../typing/candidates.js';

/** A verb or an auxiliary after a name opening a sentence, which makes the name its subject. */
export const SUBJECT_VERB = letterPattern(
  String.raw`^(?:has|had|have|is|was|will|would|could|can|may|might|must|should|also|then|later|\p{Ll}+ed)$`,
);
export const CENTRE = new Set(['centre', 'center']);
/** A place named where "in" would name it ("Trenton, Nova Scotia"): other mentions of it keep the place. */
export const AS_IN: Base = { locative: true, prev: 'in' };
/** A number of digits alone: "10" in "Block 10". */
export const ALL_DIGITS = /^\d+$/;
/** Kinds of a listed word that name a people: "Indian", "Irishman" (demonyms), "African" (a group word). */
export const PEOPLES_KINDS = new Set(['demonym', 'group']);

/** Verbs a side takes in British copy and a town never does ("Liverpool have", "Everton are"). */
export const PLURAL_VERBS = new Set(['have', 'are', 'were', "'ve"]);
