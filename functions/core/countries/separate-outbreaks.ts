import type { Country } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import { sentenceAt } from '../text/sentences.js';
import { RELATION_CUE } from './cues.js';

/**
 * "Poland reported an outbreak of bird flu on a turkey farm … Separately, Hungary reported an outbreak on a duck
 * farm", "The Philippines also reported an outbreak": two countries each with its own outbreak are set side by side
 * under one headline ("Bird flu outbreaks reported in Poland and Hungary"), not linked: the pair scored .70 as if
 * the story related them (review33 P3). Each country has a body sentence of its own (not naming the other) that
 * reports an outbreak, and one of them says it is another ("separate", "separately", "also"). Only the score
 * drops (pairs.ts caps it as a list's): agencies index both countries of such a story, so the pair stays.
 */
const OUTBREAK =
  /\b(?:outbreaks?|epidemics?|clusters?\s+of|(?:new|suspected|confirmed)\s+(?:\w+\s+)?(?:cases|infections))\b/i;
const ANOTHER = /\b(?:separate|separately|also)\b/i;

/** Whether the country has a body sentence of its own, not naming `other`, that reports an outbreak. */
function ownOutbreak(doc: TagDocument, c: Country, other: Country, marked: boolean): boolean {
  return c.mentions.some((m) => {
    if (m.field !== 'body') return false;
    const s = sentenceAt(doc.body.sentences, m.start);
    if (!s || m.end > s.end) return false;
    if (other.mentions.some((o) => o.field === 'body' && o.start >= s.start && o.end <= s.end)) return false;
    const text = doc.body.text.slice(s.start, s.end);
    return OUTBREAK.test(text) && (!marked || ANOTHER.test(text));
  });
}

/**
 * Whether the body reports an outbreak and tells of another one anywhere: once per article, since pairs.ts asks
 * for every pair of its countries and the two scans of the whole body were ~1% of tagging (session 35).
 */
const bodyMayTellSeparateOutbreaks = new WeakMap<TagDocument, boolean>();
function mayTellSeparateOutbreaks(doc: TagDocument): boolean {
  let may = bodyMayTellSeparateOutbreaks.get(doc);
  if (may === undefined) {
    // "separate/also" first: its scan is the cheaper (fewer positions start a try), and most bodies lack one
    // or the other; 2,000 Reuters dev bodies: ~2 us a body against ~4.5 for the outbreak scan.
    may = ANOTHER.test(doc.body.text) && OUTBREAK.test(doc.body.text);
    bodyMayTellSeparateOutbreaks.set(doc, may);
  }
  return may;
}

/** Whether each of the two countries has its own outbreak and one is told as another one. */
export function separateOutbreaks(doc: TagDocument, a: Country, b: Country): boolean {
  if (!mayTellSeparateOutbreaks(doc)) return false;
  return (
    ownOutbreak(doc, a, b, false) &&
    ownOutbreak(doc, b, a, false) &&
    (ownOutbreak(doc, a, b, true) || ownOutbreak(doc, b, a, true))
  );
}

/**
 * "Mpox clade Ib spreads to Malaysia and Pakistan", "Malaysia and Pakistan reported their first cases", "Cholera
 * cases have surged in Sudan and Chad", "H5N1 was detected on farms in Poland and Hungary": a disease (an outbreak, a
 * strain) reaching two countries names them as the places it reached, side by side, as two outbreaks are (wild38a
 * ★8). "spread from Sudan to Chad" links the two and is not this (no "and" between them). Disasters too: "Wildfires in
 * Spain and Portugal burned 400,000 hectares", "Floods in Spain and Portugal killed 12 people" are each country's own
 * fires and floods, told side by side (read50 R21: the pair scored .70).
 */
const REACHED_BOTH =
  /\b(?:spread(?:s|ing)?\s+(?:\w+\s+)?(?:to|into|across)|cases|infections|outbreaks?|epidemics?|detected\s+(?:\w+\s+){0,3}?in|(?:wild|forest|bush)?fires|floods|flooding|storms|heatwaves?|heat\s+waves?|droughts?|blizzards|earthquakes|quakes|landslides|mudslides)\b/i;

/**
 * Whether the sentence reports what a disease did in two countries it coordinates (the caller checks the
 * coordination): a spread to them or cases in them, with no word of a relation between them ("agreed", "talks").
 */
export function reachedSideBySide(sentence: string): boolean {
  return REACHED_BOTH.test(sentence) && !RELATION_CUE.test(sentence);
}
