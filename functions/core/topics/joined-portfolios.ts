/**
 * A ministry named for three or more portfolios (mendT45, wild45 ★9): the "Department for Culture, Media and Sport",
 * the "Department for Environment, Food and Rural Affairs", the "Federal Office of Industry, Trade and Labour", China's
 * "Ministry of Agriculture, Animal Husbandry and Fisheries". The first portfolio names the body's own desk; the ones
 * joined after it say what else it covers, not what the story is about: a licence-fee review by DCMS listed sport
 * (.48), a cap on slot-machine stakes listed sport too, a Swiss jobs index read "Labour" as the party. No word of the
 * joined portfolios counts (score.ts gives that part of the mention `NAME_TITLE`); the body's own head and first
 * portfolio keep theirs ("Department for Culture", "Ministry of Agriculture"). A ministry of one or two portfolios keeps
 * every word: "the Ministry of Health", "the Ministry of Justice and Public Security". Only a government's body: a
 * research centre "for the Study of Children, Youth and Media" says what it studies.
 */
const PORTFOLIO = String.raw`[A-Z][\w'-]*(?:\s+(?!(?:Committee|Department|Ministry|Select|Office)\b)[A-Z][\w'-]*)?`;
/** The first portfolio after "for"/"of" (or at the start), then ", Y" at least once, then "and Z". */
const JOINED = new RegExp(
  String.raw`(?:^|\s(?:for|of)\s)${PORTFOLIO}((?:,\s+${PORTFOLIO})+,?\s+(?:and|&)\s+${PORTFOLIO})`,
);
/** A government's body: a department, a ministry, its secretary or minister, a committee, a federal office. */
const GOVERNMENT_BODY =
  /\b(?:Department|Dept|Ministry|Secretary|Minister|Committee|Directorate|Federal\s+Office)\b/;

/**
 * [start, end) within `name` of the portfolios joined after the first ("Department for Culture, Media and Sport":
 * ", Media and Sport"), or undefined where the name is no government body's of three or more portfolios.
 */
export function joinedPortfolios(name: string): [number, number] | undefined {
  if (!name.includes(',') || !GOVERNMENT_BODY.test(name)) return undefined;
  const m = JOINED.exec(name);
  const tail = m?.[1];
  if (!m || tail === undefined) return undefined;
  const start = m.index + m[0].length - tail.length;
  return [start, start + tail.length];
}
