import { endsWithText } from '../text/chars.js';
import type { FieldText, TagDocument } from '../text/document.js';

/**
 * The climbs of the great stage races, and a stage report's phrases for the last of them, as the cycling lexicon writes
 * them (lexicon/sport.ts, 20000892): the words of the senses row that keeps them for sport only where `climbRaced` holds
 * (senses.ts), and the climbs `CLIMB` finds. One list, so the row and its check cannot drift apart (tidy48).
 */
export const RACE_CLIMBS: readonly string[] = [
  "Alpe d'Huez",
  'Mont Ventoux',
  'Tourmalet',
  'Galibier',
  'Planche des Belles Filles',
  'final climb',
  'summit finish',
];

/** A regex metacharacter, escaped in a climb's phrase. */
const METACHARACTER = /[.*+?^${}()|[\]\\]/g;

/**
 * A climb's phrase as a pattern: its characters as written (a '.', '(' or '?' of a future climb, "St. Gotthard", is
 * read as itself; read48), any white space between its words, the apostrophe straight or curly (white space may
 * follow it), and a last word in -sh in its plural too ("summit finishes"; no plural in -s is read, "final climbs").
 */
function climbPattern(phrase: string): string {
  const words = phrase
    .replace(METACHARACTER, String.raw`\$&`)
    .replaceAll("'", String.raw`['\u2019]\s*`)
    .replaceAll(' ', String.raw`\s+`);
  return endsWithText(words, 'sh') ? `${words}(?:es)?` : words;
}

/** Any of the climbs (`RACE_CLIMBS`), as a whole phrase, in any case. */
const CLIMB = new RegExp(String.raw`\b(?:${RACE_CLIMBS.map(climbPattern).join('|')})\b`, 'i');
/** A word of the race: a stage, the Tour, the peloton, a rider, the yellow jersey, a breakaway, a cyclist. */
const RACE =
  /\b(?:stages?|peloton|riders?|yellow\s+jersey|maillot\s+jaune|breakaways?|cyclists?|cycling|Giro|Vuelta|time\s+trial)\b|\bTour\b/i;

/**
 * A climb told beside a word of the race in its own sentence (fixT47, read47 on e5b9c9fc) or in the sentence right
 * before or after it (topics48): "attacked on the final climb to Alpe d'Huez to win the stage" is cycling, and so is
 * "Pantani attacked on the Galibier. He won the stage by two minutes", where a stage report tells the climb and the race
 * in two sentences; skiers who "flocked to Alpe d'Huez" or climbers who "began the final climb to the summit of Mount
 * Everest" are not. The climbs' row keeps them for sport only where this holds (senses.ts). The title and the body are
 * read apart; each sentence is asked for the race at most once, so the reading stays linear.
 */
export function climbRaced(doc: TagDocument): boolean {
  return climbRacedIn(doc.title) || climbRacedIn(doc.body);
}

function climbRacedIn({ text, sentences }: FieldText): boolean {
  if (!CLIMB.test(text)) return false;
  if (sentences.length === 0) return RACE.test(text);
  // Whether sentence i names the race, asked once each.
  const race: (boolean | undefined)[] = [];
  const raced = (i: number): boolean => {
    const s = sentences[i];
    if (!s) return false;
    let holds = race[i];
    if (holds === undefined) {
      holds = RACE.test(text.slice(s.start, s.end));
      race[i] = holds;
    }
    return holds;
  };
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!s || !CLIMB.test(text.slice(s.start, s.end))) continue;
    if (raced(i) || raced(i - 1) || raced(i + 1)) return true;
  }
  return false;
}
