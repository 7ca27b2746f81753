import { AGENCY } from './front-matter.js';
import { lazyPattern } from './lazy-pattern.js';

/**
 * A news aggregator's title names the paper after the headline: "Floods kill 12 in Kenya's Rift Valley - Sydney
 * Morning Herald", "Oil falls on surplus fears - The Japan Times", "… | Bangkok Post". The paper's name is the
 * source, not the story: read as the title's words, its place became a country in focus and a pair (wild56).
 * HTML titles lose a site's name that the page names (input/html.ts); Google News and Bing feeds name none.
 */

/** Words a news outlet's name holds: "Times", "Herald", "Post", "Tribune", "Daily" … */
const OUTLET_WORDS =
  'Times|Post|Herald|News|Journal|Tribune|Guardian|Telegraph|Gazette|Express|Mail|Star|Standard|Chronicle|Observer|Independent|Mirror|Daily|Press|Monitor|Inquirer|Globe|Courier|Dispatch|Examiner|Sentinel|Bulletin|Register|Statesman|Magazine|Radio|Television|TV';
/** Words that close an outlet's name after its word: "Herald Sun", "Mail Online". */
const OUTLET_TAILS = 'Sun|Online';
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}&'\u2019.-]*";
/**
 * " - " (or a dash or " | ") and then a name of at most six words that is an outlet's ("The Japan Times", "Times of
 * India", "Sydney Morning Herald") or a wire agency's ("Reuters", "AFP"), to the end of the title. The outlet's word
 * ends the name ("Daily" opens it: "Daily Nation"), or another's joins it ("Globe and Mail", "Star Tribune",
 * "Herald Sun"), or "of"/"on" and a place or a day follow it ("Mail on Sunday"): a firm quoted after a headline's
 * dash goes on past the word ("Oil to average $80 next year - Standard Chartered", "- Standard & Poor's",
 * "- Express Scripts") and stays in the title.
 */
const SOURCE_SUFFIX = lazyPattern(
  () =>
    new RegExp(
      `\\s+[-\u2013\u2014|]\\s+(?:(?:The\\s+)?(?:${NAME_WORD}\\s+){0,3}(?:${OUTLET_WORDS}|Daily\\s+${NAME_WORD})(?:\\s+(?:(?:and|&)\\s+)?(?:${OUTLET_WORDS}|${OUTLET_TAILS}))?(?:\\s+(?:of|on)\\s+${NAME_WORD}(?:\\s+${NAME_WORD})?)?|${AGENCY}|AP News|Associated Press)\\s*$`,
      'u',
    ),
);
const LOWER = lazyPattern(() => /\p{Ll}/u);
/** Words the headline before the paper's name has at least: "Wood - Ireland can win" is no paper's. */
const SPACES = /\s+/;
const MIN_HEADLINE_WORDS = 3;

/** The title with an aggregator's " - <paper>" suffix blanked (offsets kept); a title in capitals is left. */
export function withoutSourceSuffix(title: string): string {
  if (!title.includes(' ') || !LOWER.test(title)) return title;
  const m = SOURCE_SUFFIX.exec(title);
  if (!m || title.slice(0, m.index).trim().split(SPACES).length < MIN_HEADLINE_WORDS) return title;
  return title.slice(0, m.index) + ' '.repeat(title.length - m.index);
}
