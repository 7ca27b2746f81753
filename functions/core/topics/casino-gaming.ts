import { CASINO_GAMBLING } from './gambling-words.js';

/**
 * Gaming that is gambling (mendT45, wild45 ★9): "Macau's gaming revenue rose 12 percent as mainland visitors returned
 * to the casinos", "the Betting and Gaming Council", "gaming licences", "the Gaming Inspection and Coordination
 * Bureau". The lexicon's "gaming" is a video game's word (lifestyle and technology); where the story tells of
 * casinos, betting or gambling and names no video game, it is the casino's, and counts for no video game. The matcher
 * skips it there (match.ts `NAME_OTHER_SENSE`); the story's casinos and bets keep gaming and lottery ("gaming
 * machines" is that desk's own phrase and keeps it).
 *
 * A video game keeps its word: "Sony said gaming revenue rose as PlayStation 5 sales doubled", an esports story
 * sponsored by a betting firm that names consoles or gamers.
 */
const GAMING = /\b[Gg]aming\b/g;
/** A video game anywhere in the story. */
const VIDEO_GAME =
  /\b(?:video\s*games?|videogames?|computer\s+games?|consoles?|PlayStation|Xbox|Nintendo|Switch\s+2|Steam|gamers?|e-?sports|Twitch|Fortnite|Roblox|Minecraft|Call\s+of\s+Duty|Activision|Ubisoft|Electronic\s+Arts|Tencent\s+Games|cloud\s+gaming|game\s+(?:developers?|studios?|publishers?)|games\s+(?:developers?|studios?|publishers?|industry))\b/;

/** [start, end) of each "gaming" of a story of casinos or betting that names no video game. */
export function casinoGaming(text: string, story: string): [number, number][] {
  if (!text.includes('aming') || !CASINO_GAMBLING.test(story) || VIDEO_GAME.test(story)) return [];
  const spans: [number, number][] = [];
  GAMING.lastIndex = 0;
  for (let m = GAMING.exec(text); m !== null; m = GAMING.exec(text)) spans.push([m.index, m.index + 6]);
  return spans;
}
