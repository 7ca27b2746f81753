import { type SentencedText, sentenceTextAt } from '../text/sentences.js';

/**
 * A team named for the weather (mendT45, wild45 ★11): Super Rugby's "Hurricanes", the NRL's "Storm", the NHL's
 * "Lightning" and "Avalanche", the NBA's "Thunder" and "Heat", MLS's "Earthquakes" and "Fire", the "Cyclones" of a
 * college. "The Hurricanes beat the Crusaders 28-17" led with a natural disaster (windstorms .75, sport .38); a
 * results line "Hurricanes 28 Waratahs 17" listed windstorms. The capitalised word is the team's, not the weather's,
 * where its sentence tells of a match (a score, a win or a defeat, a coach, a final, a league): the matcher skips it
 * there (match.ts `NAME_OTHER_SENSE`).
 *
 * The weather keeps its word: in lower case ("two hurricanes hit Florida"), before its own name ("Hurricane Beryl",
 * "Storm Ciaran"), and at a sentence's start unless a score, a win or a side's role follows at once ("Hurricanes
 * battered the Caribbean this season" is weather). A headline is read only for a score ("Hurricanes 28 Waratahs 17"):
 * Title Case writes every weather word with a capital.
 *
 * topics47 (wild47 ★4): a firm named for the weather is no weather either. "Georgia May Jagger has signed with Storm
 * model agency", "Models 1 and Storm are the two largest agencies", "Storm founder Sarah Doukas" led with weather
 * (.64-.85). Inside a sentence, a weather word that only a name writes with a capital (Storm, Lightning, Thunder,
 * Avalanche, the plural Hurricanes...; not Heat, Fire or Floods, which a heat-health alert or a fire and rescue service
 * writes so) names a team or a firm whatever the sentence tells; at a sentence's start, a firm's role or deed right
 * after it ("Storm founder ...", "Storm signed Kate Moss") names one too.
 */
const TEAM_WORD =
  '(?:Hurricanes|Storm|Storms|Avalanche|Lightning|Thunder|Tornadoes|Tornados|Cyclones|Typhoons|Blizzard|Heat|Earthquakes|Quakes|Fire|Flames|Floods|Tsunami|Twisters|Monsoon)';
/** The word, not before a capitalised name ("Storm Ciaran", "Hurricane Beryl" never match: singular names). */
const TEAM = new RegExp(String.raw`\b(${TEAM_WORD})\b(?!\s+[A-Z][a-z])`, 'g');
/** Right after it, the team's own words: a score, a win, a side's role. */
const TEAM_AFTER =
  /^\s*(?:\d{1,3}\b|(?:founder|founders|boss|owner|owners|model\s+agency|agency|records|label|company|signed|signs|beat|beats|thrashed|edged|defeated|routed|hammered|stunned|upset|overcame|drew|trailed|led|coach|captain|head\s+coach|skipper|fans|supporters|winger|wing|fly-half|flanker|lock|prop|hooker|centre|fullback|full-back|halfback|scrum-half|forward|forwards|guard|goalkeeper|goalie|defenceman|defenseman|striker|quarterback|pitcher|side|squad|roster|franchise|team)\b)/;
/** A match in the sentence: a score, a result, a side's people, a competition. */
const MATCH =
  /\b(?:\d{1,3}-\d{1,3}|beat|beats|beaten|beating|defeat|defeats|defeated|thrashed|edged|won|win|wins|winning|lost|lose|loses|losing|drew|draw|score|scored|scores|scoring|coach|captain|fans|title|titles|final|finals|semi-final|play-?offs?|league|ladder|standings|match|matches|game|games|fixture|tries|try|touchdowns?|goals?|overtime|innings|Super\s+Rugby|NRL|NBA|NHL|NFL|MLS|WNBA|AFL|rugby|hockey|basketball|netball|football|soccer|baseball)\b/;

/** Weather words written with a capital inside a sentence only as a name ("Storm Ciaran" is excluded by `TEAM`). */
const NAME_ONLY =
  /^(?:Storm|Storms|Lightning|Thunder|Avalanche|Hurricanes|Cyclones|Typhoons|Tornadoes|Tornados|Twisters|Blizzard|Earthquakes)$/;
/** A sentence opens just before (the field's start, a full stop, a colon, a quotation mark or a line). */
const OPENS = /(?:^|[.!?:"\u201c]\s*|\n\s*)$/;
/** A score right after: "Hurricanes 28". */
const SCORE_AFTER = /^\s*\d/;

/** [start, end) of each weather word of the field that names a team, in text order. */
export function weatherNamedTeams(field: SentencedText, title = false): [number, number][] {
  const { text } = field;
  const spans: [number, number][] = [];
  TEAM.lastIndex = 0;
  for (let m = TEAM.exec(text); m !== null; m = TEAM.exec(text)) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 30);
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    const opens = OPENS.test(before);
    const told = TEAM_AFTER.test(after);
    if (
      title
        ? SCORE_AFTER.test(after)
        : opens
          ? told
          : told || NAME_ONLY.test(m[1] ?? '') || MATCH.test(sentenceTextAt(field, m.index) ?? text)
    )
      spans.push([m.index, end]);
  }
  return spans;
}
