import { type TagDocument, toldIn } from '../text/document.js';

/**
 * People who stage a rally ("Hundreds of tenants staged a rally", "opposition supporters staged a rally"): a
 * demonstration. A market stages one too ("Wall Street staged a rally", "the dollar staged a rally"), so the phrase
 * is a demonstration's only where a crowd's word comes shortly before it in the same sentence.
 */
const PEOPLE_STAGE_RALLY =
  /\b(?:thousands|hundreds|dozens|crowds?|people|protest(?:e|o)rs|demonstrators|supporters|activists|campaigners|residents|tenants|students|workers|farmers|teachers|nurses|doctors|unions?|opposition|members|families|women|veterans|pensioners|citizens)\b[^.!?]{0,60}?\bstag(?:e|ed|es|ing) (?:an? )?(?:[\w-]+ )?rall(?:y|ies)\b/i;

/** The story has people, not a market, stage a rally. */
export function peopleStageRally(doc: TagDocument): boolean {
  return toldIn(doc, PEOPLE_STAGE_RALLY);
}
