import { type TagDocument, toldIn } from '../text/document.js';

/**
 * The story tells of storms as weather (wild53 Y4): "Powerful storms knocked out power to a million homes", "Storms
 * forced the cancellation of hundreds of flights", "Dust storms closed a highway", "A winter storm dumped a foot of
 * snow", "the storm made landfall". Local and wire desks quote officials, witnesses and mayors in every such story,
 * and the storm row of senses.ts (protesters who "storm" a palace, troops who "storm" a town, a political "storm")
 * then gave the words to politics, crime or war, and the story lost its weather. The words keep their weather where
 * the story holds one of:
 * - "storms" as the noun: after a word of weather or size ("severe storms", "dust storms"), or before what storms do
 *   or where they are ("storms hit", "storms knocked out", "storms in the Midwest", "storms, officials said"). The
 *   verb takes an object or a direction ("the army storms the town", "Federer storms into the final", "storms to
 *   victory") and is left out, as is "a storm of protest".
 * - "storm" after a word of weather ("a tropical storm", "the winter storm", "a severe storm"), or "the storm" before
 *   what a storm does ("the storm hit", "the storm made landfall", "storm damage", "storm surge"). A "political
 *   storm", "a storm over expenses", "protesters storm parliament" tell none.
 * - a storm named as the weather services name them, in running text: "Storm Darragh brought winds of 90mph".
 */
const WEATHER_BEFORE =
  '(?:tropical|winter|summer|spring|autumn|snow|dust|sand|ice|hail|rain|wind|thunder|electrical|solar|geomagnetic|severe|powerful|deadly|violent|heavy|massive|huge|major|strong|big|fierce|monster|freak|late-season|early-season|torrential)';
/** What a storm does, right after the word. */
const STORM_DOES =
  '(?:hit|hits|lashed|lashes|lash|battered|batters|batter|swept|sweeps|sweep|knocked|knock|caused|causes|forced|force|brought|brings|bring|dumped|dumps|killed|kill|left|leave|moved|moves|pounded|pounds|rolled|struck|strike|spawned|flooded|damaged|destroyed|disrupted|disrupt|cut|toppled|uprooted|made landfall|makes landfall|weakened|strengthened|intensified|hammered|ravaged|tore|felled|closed|grounded|delayed|stranded)';
/** Where or when storms are, or a verb's helper, right after "storms". */
const STORMS_ARE =
  '(?:are|were|have|had|will|could|may|might|continued|continue|in|across|over|on|at|along|that|which|during|earlier|this|last|overnight)';
/** The noun "storms", by what stands before or after it. */
const STORMS_NOUN = new RegExp(
  String.raw`\b${WEATHER_BEFORE}\s+storms\b(?!\s+(?:of|over)\b)|\bstorms(?:\s+(?:${STORM_DOES}|${STORMS_ARE})\b|\s*[,.;:]|$)`,
  'i',
);
/** The noun "storm" after a word of weather ("a tropical storm", "Tropical Storm Kristine"), not "a storm of". */
const STORM_AFTER_WEATHER = new RegExp(String.raw`\b${WEATHER_BEFORE}\s+storm\b(?!\s+(?:of|over)\b)`, 'i');
/** "The storm" doing what storms do, a storm's damage or surge, a storm named in running text doing it. */
const STORM_DOING = new RegExp(
  String.raw`\b[Tt]he\s+storm\s+${STORM_DOES}\b|\bstorm\s+(?:surge|damage|drains?|warnings?|season|shelters?)\b|(?<![A-Z][\w'\u2019-]*\s)\bStorm\s+[A-Z][a-z]+\s+${STORM_DOES}\b`,
);

export function weatherStorms(doc: TagDocument): boolean {
  return toldIn(doc, STORMS_NOUN) || toldIn(doc, STORM_AFTER_WEATHER) || toldIn(doc, STORM_DOING);
}
