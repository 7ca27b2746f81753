import type { FieldText, TagDocument } from '../text/document.js';

/** The strike word itself. */
const STRIKE = /\bstrik(?:e|es|ing)\b/i;
/**
 * Who walks out: workers, staff, a trade (nurses, drivers, civil servants, air traffic controllers, pilots, dockers,
 * cabin crew, firefighters, lecturers, prison guards, journalists) or their union. Lawmakers, diplomats, delegates,
 * students and players who walk out are no trade (read32 F10).
 */
export const WORKERS =
  /\b(?:workers|employees|staff|nurses|midwives|paramedics|doctors|teachers|lecturers|academics|drivers|pilots|(?:cabin|train|ambulance) crews?|controllers|dockers|dockworkers|longshoremen|miners|machinists|firefighters|(?:prison|security) guards|postal staff|journalists|(?:civil|public) servants|unions?|union leaders)\b/i;
/** Who walks out and over what: workers, a union, staff, pay, a picket or a ballot (read28 F4). */
const WALKOUT = new RegExp(
  `${WORKERS.source}|\\b(?:pay|wages?|walkouts?|walked out|walk out|pickets?|picketing|ballot|industrial action)\\b`,
  'i',
);

function walkoutIn(field: FieldText): boolean {
  const { text, sentences } = field;
  if (!STRIKE.test(text)) return false;
  if (sentences.length === 0) return WALKOUT.test(text);
  for (const { start, end } of sentences) {
    const sentence = text.slice(start, end);
    if (STRIKE.test(sentence) && WALKOUT.test(sentence)) return true;
  }
  return false;
}

/**
 * A strike in a sentence with the words of a walkout ("the threat of a strike by 55,000 oil workers"): a
 * labour strike even where troops sent to the refineries make war the heavier desk. A nine-hour strike of
 * missiles or a batter on strike has none. Asked only when the strike-length row leans to a rival.
 */
export function walkoutWordsNamed(doc: TagDocument): boolean {
  return walkoutIn(doc.title) || walkoutIn(doc.body);
}

/** Walking out: "walk out", "walked out", "walks out", "walking out", and the noun, "a walkout". */
const WALK_OUT = /\bwalk(?:s|ed|ing)? out\b|\bwalkouts?\b/i;
/** Who walks out over what, beside the verb: workers, staff, a union, pay or wages. */
const WORKERS_OR_PAY = new RegExp(`${WORKERS.source}|\\b(?:pay|wages?)\\b`, 'i');

/**
 * Workers, a union or pay in a sentence that tells of walking out ("Train drivers across England walked out
 * on Monday in a row over pay"): a walkout, however much the ministers who answer it weigh. Ministers who
 * walk out of a cabinet meeting or envoys who walk out of a speech have none (review31 T4), nor diplomats who
 * "staged a walkout" during a speech.
 */
export function workersWalkOut(doc: TagDocument): boolean {
  for (const field of [doc.title, doc.body]) {
    const { text, sentences } = field;
    if (!WALK_OUT.test(text)) continue;
    if (sentences.length === 0) {
      if (WORKERS_OR_PAY.test(text)) return true;
      continue;
    }
    for (const { start, end } of sentences) {
      const sentence = text.slice(start, end);
      if (WALK_OUT.test(sentence) && WORKERS_OR_PAY.test(sentence)) return true;
    }
  }
  return false;
}
