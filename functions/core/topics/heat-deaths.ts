import { type TagDocument, toldIn } from '../text/document.js';

/**
 * Heat that kills people (topics43, read42 ★3): the object of "heat kills" or "heat killed" decides its sense. People,
 * or a number of them, are a disaster's dead, whatever leads the story: "Heat kills dozens in India as hospitals
 * overflow" is told through its hospitals (health leads), "Heat killed 62,000 in Europe in 2022, study finds" through
 * its study (science leads), and both are a deadly heatwave. What cooking or pasteurising heat kills ("the heat kills
 * salmonella and other bacteria") is no one: the heat row (senses.ts) keeps its rivals there.
 */
const HEAT_KILLS_PEOPLE =
  /\bheat\s+(?:kills|killed)\s+(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|an estimated|as many as|hundreds of|thousands of|tens of thousands of)\s+)?(?:\d[\d,.]*|dozens|scores|hundreds|thousands|millions|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|(?:[\w-]+\s+)?(?:people|persons|residents|workers|labou?rers|pilgrims|migrants|children|elderly|pensioners|farmers|tourists|hikers|patients|men|women|villagers|citizens))\b/i;

export function heatKillsPeople(doc: TagDocument): boolean {
  return toldIn(doc, HEAT_KILLS_PEOPLE);
}
