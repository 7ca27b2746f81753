import type { Country } from '../schema.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { hasLower } from '../text/letters.js';
import { type Sentence, sentenceIndex } from '../text/sentences.js';
import { TextMemo } from '../text/text-memo.js';
import { lookupPhrase, placeWords } from './gazetteer.js';
import { isLongText } from './long-form.js';

/** A story that names this many countries in its body and none in its headline surveys them. */
export const SURVEY_SIZE = 10;
/**
 * A short story (this many sentences at most) naming this many countries by name in its body, and none
 * in its headline, surveys them too: a short story made of a list is about the list. By name, because a
 * list of ports ("Rotterdam/Karachi 20,000 mt") or of victims by nationality is not a list of countries.
 */
export const SHORT_SURVEY_SIZE = 6;
export const SHORT_SURVEY_SENTENCES = 8;
/**
 * A short survey reports on its countries in turn, in at least this many sentences, or is made of one list
 * of SHORT_SURVEY_SIZE or more: a sentence listing countries is one report however many it lists. "Cases
 * fell in Congo, Burundi, Sierra Leone and Uganda" beside an aside on "the United States and Britain" in
 * 2022 is a story about an outbreak, not a survey of six countries.
 */
export const SHORT_SURVEY_REPORTS = 3;

/**
 * A survey: the headline is about a group or a market, not a country ("OPEC OUTPUT BELOW CEILING",
 * "EC MINISTERS MEET"), and the body reports on many countries in turn. Such a story is about each
 * country it reports on, and compares them, so each is in focus and every two are linked.
 */
export function isSurvey(countries: readonly SurveyView[], body: readonly Sentence[], text: string): boolean {
  if (countries.some((c) => c.inTitle)) return false;
  const reported = countries.filter((c) => c.inBody);
  if (dominated(reported)) return false;
  if (reported.length >= SURVEY_SIZE) return !isLongText(text) || reportedWithFigures(reported, body, text);
  if (body.length > SHORT_SURVEY_SENTENCES || reported.length < SHORT_SURVEY_SIZE) return false;
  const named = reported.filter((c) => namedInBody(c.mentions));
  return named.length >= SHORT_SURVEY_SIZE && reportsInTurn(named, body, text);
}

/**
 * Whether a short story's countries named by name are reported on in SHORT_SURVEY_REPORTS sentences or
 * more, or SHORT_SURVEY_SIZE of them in one sentence (a story made of one list: "MCAs are plus 2.4 points
 * for West Germany and the Netherlands, minus two for Denmark, …").
 */
function reportsInTurn(named: readonly SurveyView[], body: readonly Sentence[], text: string): boolean {
  const countIn = new Map<number, number>();
  for (const c of named) {
    // A country named twice in one sentence counts there once.
    const seen = new Set<number>();
    for (const m of c.mentions) {
      if (m.field !== 'body' || !isNameOrCode(m.text)) continue;
      const s = sentenceIndex(body, m.start);
      if (seen.has(s)) continue;
      seen.add(s);
      countIn.set(s, (countIn.get(s) ?? 0) + 1);
    }
  }
  if (countIn.size >= SHORT_SURVEY_REPORTS) return true;
  for (const [s, n] of countIn)
    if (n >= SHORT_SURVEY_SIZE && longestList(named, body[s]!, text) >= SHORT_SURVEY_SIZE) return true;
  return false;
}

/**
 * In long form (long-form.ts) a survey still reports a figure for country after country ("beet plantings in Britain
 * are put at 200,000 hectares, …"), as a wire survey does. A feature under a headline naming no country ("The race to
 * read the oldest ice on Earth", "Trapped in the scam compounds") names ten or more in passing ("the generator came
 * from Turkey, and the tents were made in Pakistan") and gives few of them a figure: it is no survey, and its
 * countries are weighed as any story's. A survey here: at least two thirds of the countries it reports on named in
 * a sentence holding a figure other than a year (reuters-dev's long surveys: 11 of 12 and 13 of 14; wild40 s07 11 of
 * 20, long40's features 2-3 of 18).
 */
const FIGURE_SHARE = 2 / 3;
const FIGURE = /[0-9]/;
const YEAR = /\b(?:1[89]|20)[0-9]{2}\b/g;
function reportedWithFigures(
  reported: readonly SurveyView[],
  body: readonly Sentence[],
  text: string,
): boolean {
  // Each sentence is read once, not once a mention: a page naming every country in one long sentence made this
  // quadratic (1 MB: 180 s).
  const figureIn = new Map<number, boolean>();
  const holdsFigure = (index: number): boolean => {
    let holds = figureIn.get(index);
    if (holds === undefined) {
      const s = body[index];
      holds = s !== undefined && FIGURE.test(text.slice(s.start, s.end).replace(YEAR, ''));
      figureIn.set(index, holds);
    }
    return holds;
  };
  let withFigure = 0;
  for (const c of reported)
    if (c.mentions.some((m) => m.field === 'body' && holdsFigure(sentenceIndex(body, m.start)))) withFigure++;
  return withFigure >= FIGURE_SHARE * reported.length;
}

/**
 * Two countries named this close (a figure or a few words apart: "plus 2.4 points for West Germany and the
 * Netherlands, minus two points for Denmark") are items of one list; further apart, of two.
 */
const LIST_ITEM_GAP = 40;

/**
 * The most countries one list of the sentence names by name: "MCAs are plus 2.4 points for West Germany and
 * the Netherlands, minus two for Denmark, …" is one list; "partnership with Kazakhstan, Kyrgyzstan, Tajikistan,
 * Turkmenistan and Uzbekistan, and underlines the importance of connectivity through the Trans-Caspian
 * Transport Corridor, which links Central Asia to Europe via the Caspian Sea, Azerbaijan, Georgia and
 * Türkiye" two, of five and three.
 */
function longestList(named: readonly SurveyView[], sentence: Sentence, text: string): number {
  const inSentence: Named[] = [];
  for (const c of named)
    for (const m of c.mentions)
      if (m.field === 'body' && m.start >= sentence.start && m.start < sentence.end && isNameOrCode(m.text))
        inSentence.push(m);
  inSentence.sort((a, b) => a.start - b.start);
  let longest = 0;
  let run = 0;
  let end = -1;
  for (const m of inSentence) {
    run =
      end >= 0 && m.start - end <= LIST_ITEM_GAP && !text.slice(end, m.start).includes('\n\n') ? run + 1 : 1;
    longest = Math.max(longest, run);
    end = m.start + m.text.length;
  }
  return longest;
}

/**
 * A story that keeps coming back to one country (named at least DOMINANT_MIN times, and at least twice as
 * often as the third country) is about it, whatever it lists: "China's exports rose… Chinese firms expanded
 * in Brazil, Mexico, Vietnam, … and Malaysia… China's commerce ministry said…". A survey reports on its
 * countries in turn, none dominating (OPEC output by member, EC beet plantings by country).
 */
const DOMINANT_MIN = 4;
function dominated(reported: readonly SurveyView[]): boolean {
  if (reported.length < 3) return false;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  for (const c of reported) {
    const n = c.mentions.length;
    if (n > c1) [c1, c2, c3] = [n, c1, c2];
    else if (n > c2) [c2, c3] = [n, c2];
    else if (n > c3) c3 = n;
  }
  return c1 >= DOMINANT_MIN && c1 >= 2 * c3;
}

/**
 * The roster of a story about one country that reports on many (SURVEY_SIZE or more named by name in
 * running text): Brazil's coffee policy against every producer at the ICO talks, a country's exports
 * by destination. The headline is about that country, so the story is no survey (the listed countries
 * stay out of focus), but it sets each of its countries beside every listed one: the codes named by
 * name, to pair with the countries in focus. Empty for any other story.
 */
export function rosterOf(countries: readonly Country[]): ReadonlySet<string> {
  // Most stories name a few countries: only a long list is worth looking up by name.
  if (countries.length < SURVEY_SIZE) return NONE;
  if (!countries.some((c) => c.mentions.some((m) => m.field === 'title'))) return NONE;
  const named = countries.filter((c) => namedInBody(c.mentions));
  return named.length >= SURVEY_SIZE ? new Set(named.map((c) => c.code)) : NONE;
}

const NONE: ReadonlySet<string> = new Set();

export interface SurveyView {
  readonly inTitle: boolean;
  readonly inBody: boolean;
  readonly mentions: readonly Named[];
}

/** Named by its name or code in the body's running text ("Peru", "the Netherlands", "U.S."). */
export function namedInBody(mentions: readonly Named[]): boolean {
  return mentions.some((m) => m.field === 'body' && isNameOrCode(m.text));
}

// Regular expressions with \p{…} at module level: esbuild (target node20) turns such a literal into a
// `new RegExp(…)` built on every call.
const LOWER_OR_PERIOD = lazyPattern(() => /\p{Ll}|\./u);

// Stories listing many countries ask this of the same few mention texts over and over (bounded).
const NAME_OR_CODE = new TextMemo<boolean>(10_000);

function isNameOrCode(text: string): boolean {
  let answer = NAME_OR_CODE.get(text);
  if (answer === undefined) {
    if (!LOWER_OR_PERIOD.test(text)) answer = false;
    else {
      const kind = lookupPhrase(placeWords(text).join(' '))?.kind;
      answer = kind === 'name' || kind === 'code';
    }
    NAME_OR_CODE.set(text, answer);
  }
  return answer;
}

type Named = { readonly field: 'title' | 'body'; readonly text: string; readonly start: number };

/** Reported on in the body: named in running text, not only in a table of capitals ("ARGENTINA 12,345"). */
export function reportedInBody(mentions: readonly Named[]): boolean {
  return mentions.some((m) => m.field === 'body' && hasLower(m.text));
}

/** The survey view of resolved or tallied countries (title and body mentions). */
export function surveyView(countries: readonly { readonly mentions: readonly Named[] }[]): SurveyView[] {
  return countries.map((c) => ({
    inTitle: c.mentions.some((m) => m.field === 'title'),
    inBody: reportedInBody(c.mentions),
    mentions: c.mentions,
  }));
}
