import { type TagDocument, toldIn } from '../text/document.js';

/**
 * The story names the weather itself (rain, drought, frost, a storm): its "forecast" is the weather's even where
 * business leads ("Kenyan coffee needs rain … forecast"), while a money market's "shortage forecast" or a company's
 * annual forecast is none (senses.ts, the forecast row). Lower case only: "Snowflake (NYSE: SNOW)" names no snow.
 */
const WEATHER_WORD =
  /\b(?:rains?|rainfall|showers|drought|dry weather|frost|snow|storms?|monsoon|heatwave|temperatures|weather)\b/;

export function weatherNamed(doc: TagDocument): boolean {
  return toldIn(doc, WEATHER_WORD);
}
