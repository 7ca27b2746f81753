import type { TagDocument } from '../text/document.js';
import { sentenceTextOf } from '../text/sentences.js';

/** Words of films in cinemas: a studio's takings from them are the film's news. */
const CINEMA =
  /\b(?:films?|movies?|cinemas?|box[ -]office|biopic|sequel|blockbuster|opening weekend|ticket sales|screens)\b/i;
/** Words of a results report: its period, its profit or loss, the forecasts and shares it speaks to. */
const REPORTING =
  /\b(?:quarter(?:ly)?|half|annual|fiscal|full-year|year to|months to|results|reported|forecasts?|analysts?|shares|net|operating|profits?|earnings|income|loss(?:es)?|dividend)\b/i;

/**
 * The revenue in the headline and lead is a film's takings, not a results report ("Universal's revenue from
 * Oppenheimer passes $900m"): the title, the lead or the sentence after it speaks of films or cinemas, and
 * neither the title nor the lead names a reporting period, a profit or loss, forecasts or shares ("Disney
 * revenue tops forecasts as Inside Out 2 takings soar" is the studio's quarter). Asked only where the
 * results-report raise would apply (score.ts).
 */
export function filmTakings(doc: TagDocument, lead: number): boolean {
  const title = doc.title.text;
  const leadText = sentenceTextOf(doc.body, lead);
  if (REPORTING.test(title) || REPORTING.test(leadText)) return false;
  return CINEMA.test(title) || CINEMA.test(leadText) || CINEMA.test(sentenceTextOf(doc.body, lead + 1));
}
