import type { TagDocument } from '../text/document.js';

/**
 * A football code other than soccer named by its bodies, competitions or grounds (wild37 ★11): Gaelic football and
 * hurling (GAA, All-Ireland, Croke Park), Australian rules (AFL), rugby league (NRL, State of Origin) and American
 * football (NFL, the Super Bowl, high school and college football, touchdowns and quarterbacks). There
 * "football" and its "goals" are that code's, no soccer: "Kerry beat Donegal to win the All-Ireland football final",
 * "the Lions kicked 15 goals in the AFL grand final". (The "AFL-CIO" is a union; "Super League" names soccer leagues
 * too, so neither counts.)
 */
// mendT41 (wild41 item 11): American football by its league, its school and college games and its plays: "the high
// school football coach", "the Pro Football Hall of Fame", "a touchdown pass". fixT48 (wild48 ★2): and its
// conferences' divisions and play-off rounds ("the AFC divisional round", "NFC East").
const OTHER_CODE =
  /\b(?:GAA|Gaelic football|All-Ireland|Croke Park|AFLW?(?!-)|Australian [Rr]ules|NRLW?|[Rr]ugby league|State of Origin|NFL|Super Bowl|[Hh]igh school football|[Cc]ollege football|Pro Football|[Aa]merican football|gridiron|touchdowns?|quarterbacks?|linebackers?|[AN]FC (?:East|West|North|South|championship|title game|divisional|wild[- ]card|playoffs?))\b/g;
/**
 * Soccer's own words where the other codes are played: a soccer story may name them in passing (read37 ★4:
 * "the Matildas ... compete with the AFL and NRL for fans").
 */
const SOCCER =
  /\b(?:[Ss]occer|FIFA|UEFA|A-Leagues?|Matildas|Socceroos|FAI|League of Ireland|Premier League|Champions League)\b/g;

const count = (words: RegExp, text: string) => text.match(words)?.length ?? 0;

/**
 * The story is another football code's than soccer: it names the code, and soccer's words either not at all or
 * fewer times and not in the headline.
 */
export function otherFootballCode(doc: TagDocument): boolean {
  const texts = [doc.title.text, doc.body.text];
  const other = texts.reduce((n, text) => n + count(OTHER_CODE, text), 0);
  if (other === 0) return false;
  const soccer = texts.reduce((n, text) => n + count(SOCCER, text), 0);
  return soccer === 0 || (soccer < other && count(SOCCER, doc.title.text) === 0);
}
