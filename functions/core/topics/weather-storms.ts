import { type TagDocument, toldIn } from '../text/document.js';

/**
 * The story tells of storms as weather (wild53 Y4): "Powerful storms knocked out power to a million homes", "Storms
 * forced the cancellation of hundreds of flights", "Dust storms closed a highway", "A winter storm dumped a foot of
 * snow", "the storm made landfall". Local and wire desks quote officials, witnesses and mayors in every such story,
 * and the storm row of senses.ts (protesters who "storm" a palace, troops who "storm" a town, a political "storm")
 * then gave the words to politics, crime or war, and the story lost its weather. The words keep their weather where
 * the story holds one of:
 * - "storms" as the noun: before what storms do or where they are ("storms hit", "storms knocked out", "storms in
 *   the Midwest", "storms, officials said"), not after a row's word or an idiom's ("political storms are nothing
 *   new", "weathered many storms"). The verb takes an object or a direction ("the army storms the town", "Federer
 *   storms into the final", "storms to victory") and is left out, as is "a storm of protest".
 * - "storm(s)" after a kind of storm ("a tropical storm", "dust storms", "a severe storm"), a storm's damage or surge,
 *   "the storm made landfall", a storm named in running text doing what storms do ("Storm Darragh brought winds").
 * - a storm of some size ("a major storm", "powerful storms"), or "the storm" doing what storms do ("the storm hit",
 *   "the storm left 200,000 homes without power"), only beside a word of weather elsewhere (rain, winds, snow, floods,
 *   mph, power cuts): a row is as "major" and "the storm" a row "caused" or "left" as well (read53 R5).
 * A "political storm", "a storm over expenses", "protesters storm parliament" tell none.
 */
/** Words of weather before "storm(s)": a kind of storm, never a row ("a tropical storm", "dust storms"). */
const WEATHER_KIND =
  '(?:tropical|winter|summer|spring|autumn|snow|dust|sand|ice|hail|rain|wind|thunder|electrical|solar|geomagnetic|severe|deadly|torrential|freak|late-season|early-season)';
/** Words of size before "storm(s)": a row's as often as the weather's ("a major storm erupted at Westminster"). */
const SIZE = '(?:powerful|violent|heavy|massive|huge|major|strong|big|fierce|monster)';
/** What a storm does, right after the word. */
const STORM_DOES =
  '(?:hit|hits|lashed|lashes|lash|battered|batters|batter|swept|sweeps|sweep|knocked|knock|caused|causes|forced|force|brought|brings|bring|dumped|dumps|killed|kill|left|leave|moved|moves|pounded|pounds|rolled|struck|strike|spawned|flooded|damaged|destroyed|disrupted|disrupt|cut|toppled|uprooted|made landfall|makes landfall|weakened|strengthened|intensified|hammered|ravaged|tore|felled|closed|grounded|delayed|stranded)';
/** Where or when storms are, or a verb's helper, right after "storms". */
const STORMS_ARE =
  '(?:are|were|have|had|will|could|may|might|continued|continue|in|across|over|on|at|along|that|which|during|earlier|this|last|overnight)';
/**
 * Before "storms", what makes them a row's or an idiom's: "political storms", "weathered many storms". A lookbehind read
 * after the word (so only where "storms" stands, not at every position of the text).
 */
const FIGURATIVE_BEFORE = String.raw`(?<!\b(?:political|media|diplomatic|legal|public|social|financial|market|online|perfect|weather|weathered|weathering|survived|survive|ridden|rode|ride)\s+(?:out\s+)?(?:many\s+|several\s+|the\s+|previous\s+|past\s+|such\s+)?storms)`;
/**
 * Told as weather by the words alone: "storms" as the noun (after a kind of storm, or before what storms do or where
 * they are), "storm" after a kind of storm, a storm's damage or surge, "the storm made landfall", a storm named in
 * running text doing what storms do ("Storm Darragh brought …").
 */
const STORMS_OF_WEATHER = new RegExp(
  String.raw`\b${WEATHER_KIND}\s+storms?\b(?!\s+(?:of|over)\b)|\bstorms${FIGURATIVE_BEFORE}(?:\s+(?:${STORM_DOES}|${STORMS_ARE})\b|\s*[,.;:]|$)`,
  'i',
);
const STORM_OF_WEATHER = new RegExp(
  String.raw`\bstorm\s+(?:surge|damage|drains?|warnings?|season|shelters?)\b|\b[Tt]he\s+storm\s+(?:made|makes)\s+landfall\b|\bStorm(?<![A-Z][\w'\u2019-]*\sStorm)\s+[A-Z][a-z]+\s+${STORM_DOES}\b`,
);
/**
 * Told as weather only beside a word of weather elsewhere in the story (read53 R5): a storm of some size, "the storm"
 * doing what a row does too ("the storm caused by the leaked memo", "the storm left the party divided").
 */
const STORM_IF_WEATHER = new RegExp(
  String.raw`\b${SIZE}\s+storms?\b(?!\s+(?:of|over)\b)|\b[Tt]he\s+storm\s+${STORM_DOES}\b`,
  'i',
);
/** Words of weather, to tell a storm of size or "the storm hit" as weather: rain, winds, snow, floods, landfall, mph. */
const WEATHER_WORD =
  /\b(?:rain|rains|rainfall|downpours?|winds|gusts?|gales?|snow|snowfall|sleet|hail|lightning|thunder\w*|tornado(?:e?s)?|hurricanes?|typhoons?|cyclones?|blizzards?|landfall|floods?|flooding|floodwaters?|forecasters?|meteorolog\w*|mph|km\/h|power cuts?|power outages?|without power)\b/i;

export function weatherStorms(doc: TagDocument): boolean {
  return (
    toldIn(doc, STORMS_OF_WEATHER) ||
    toldIn(doc, STORM_OF_WEATHER) ||
    (toldIn(doc, STORM_IF_WEATHER) && toldIn(doc, WEATHER_WORD))
  );
}
