import type { TagDocument } from '../text/document.js';
import { sentenceTextOf } from '../text/sentences.js';

/**
 * A video game as the subject of the headline or the lead (wild51 W21): "Sales of computer games rose 20% in the
 * run-up to Christmas, helped by strong demand for football titles", "Football game Pro Evolution Soccer 4 has topped
 * the UK games chart", "The current slew of sports games offers fans …". The teams, leagues and players such a story
 * names are the game's content; a desk files it under technology (video games), as a game review is (review-label.ts),
 * not under the sport the game plays. score.ts asks it only where sport leads and a word of video games (console,
 * gameplay, computer games, games chart …) is in the story.
 *
 * The game's words open the headline or the lead (at most four words before them: "Sales of", "The current slew
 * of"): a football report that mentions the club's captain on a game's cover, or a console maker that sponsors a
 * club ("Games console maker Sega has signed a shirt deal with Arsenal": the maker is the subject), keeps its sport.
 * A "football game" or a "sports game" that is a match ("the football game on Saturday") is a game only when a
 * title in capitals follows it ("Football game Pro Evolution Soccer 4").
 */
const GAME_OPENS =
  /^\W*(?:[\w'\u2019-]+\s+){0,4}?(?:[Vv]ideo\s*-?\s*games?|[Cc]omputer\s+games?|[Cc]onsole\s+games?|PC\s+games?|[Oo]nline\s+games?|[Ss]ports?\s+games?|(?:[Ff]ootball|[Ss]occer|[Rr]acing|[Gg]olf|[Tt]ennis|[Bb]asketball|[Cc]ricket|[Rr]ugby|[Ss]ports?)\s+(?:video\s+)?games?\s+(?=[A-Z0-9])|[Gg]ames?\s+(?:charts?|consoles?)|[Gg]amers)\b(?!\s+(?:maker|makers|firm|firms|company|companies|giant|giants|retailer|retailers|publisher|publishers|developer|developers|group|industry)\b)/;

/** Whether the headline or the lead opens with a video game as its subject (see `GAME_OPENS`). */
export function videoGameInTitleOrLead(doc: TagDocument, lead: number): boolean {
  return GAME_OPENS.test(doc.title.text) || (lead >= 0 && GAME_OPENS.test(sentenceTextOf(doc.body, lead)));
}
