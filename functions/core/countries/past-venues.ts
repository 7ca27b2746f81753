/**
 * "Europe's leaders left The Hague last month pleased with themselves": a city that people left some time ago
 * is where something happened before the story, not what the story is about (review29 C2: an opinion column on
 * pension bills had the Netherlands as its only focus country, from the NATO summit's venue in its first
 * sentence, and not Italy, the country it argues about). Such a mention weighs in salience as little as the
 * seat of a firm (resolve.ts) and is no country of the lead (lead-focus.ts). Only a departure with a time in
 * the past right after the place: "Residents left Kherson as shelling intensified" is the news itself.
 */
const LEFT_BEFORE = /\b(?:left|departed(?:\s+from)?|quit|flew\s+out\s+of)\s+$/i;
const PAST_AFTER =
  /^,?\s+(?:last\s+(?:week|month|year|summer|autumn|fall|winter|spring|weekend)|(?:a|one|two|three|several)\s+(?:weeks?|months?|years?)\s+ago|earlier\s+this\s+(?:week|month|year))\b/i;

/** Whether the mention `start`..`end` of a city in `text` is a place left in the past ("left Rome last week"). */
export function isPastVenue(text: string, start: number, end: number): boolean {
  return (
    PAST_AFTER.test(text.slice(end, end + 24)) && LEFT_BEFORE.test(text.slice(Math.max(0, start - 24), start))
  );
}
