import type { TagDocument } from '../text/document.js';
import { electionTold } from './election-told.js';
import { someSentence } from './sentence-with-both.js';

/** "landslide", "landslides". */
const LANDSLIDE = /\blandslides?\b/i;
/**
 * An election's landslide is told with its votes (fixT48, wild48 ★3): "won a landslide victory", "a landslide in the
 * polls", "taking 240 of 300 seats", "re-elected by a landslide", "a landslide majority".
 */
const VOTE =
  /\b(?:won|wins?|winning|victor(?:y|ies|ious)|votes?|voted|voters?|voting|polls?|seats|(?:re-?)?elect\w*|majority|mandate|ballots?|MPs|lawmakers|electoral|candidates?)\b/i;
/**
 * A falling hillside is told with what it struck and what carried it: buried homes and villages, rain, mud and rocks,
 * its dead, missing and rescuers, a blocked road. A disaster story that quotes a prime minister or the UN is no
 * election for that.
 */
const NATURE =
  /\b(?:bur(?:y|ied|ies|ying)|rain\w*|downpours?|monsoons?|villages?|villagers|homes|houses|killed|kill(?:s|ing)?|dead|deaths?|bodies|missing|mud\w*|debris|rubble|rocks?|soil|boulders?|hillsides?|slopes?|mountainsides?|rescu\w+|survivors?|swept|block(?:s|ed|ing)|triggered|earthquakes?|quakes?|floods?|storms?|typhoons?|cyclones?)\b/i;

/** Some headline or body sentence with a landslide also holds `beside`. */
function landslideWith(doc: TagDocument, beside: RegExp): boolean {
  if (!LANDSLIDE.test(doc.title.text) && !LANDSLIDE.test(doc.body.text)) return false;
  return someSentence(doc, (sentence) => LANDSLIDE.test(sentence) && beside.test(sentence));
}

/**
 * A landslide of votes: a landslide told beside a vote's words, or, with no fallen earth beside any landslide, in a
 * story of an election ("after his 2019 landslide").
 */
export function landslideOfVotes(doc: TagDocument): boolean {
  return landslideWith(doc, VOTE) || (!landslideWith(doc, NATURE) && electionTold(doc));
}

/** A landslide of earth: one told beside what it buried, killed or blocked, or the rain that set it off. */
export function landslideOfEarth(doc: TagDocument): boolean {
  return landslideWith(doc, NATURE);
}
