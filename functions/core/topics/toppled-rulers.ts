/**
 * A fall from power is a ruler's (wild37 ★1): "toppled the president", "ousted the elected government", "the
 * ousted prime minister", "the regime was toppled", "toppled from power". Winds that "toppled trees", a tornado that
 * "topples homes", a quake that "toppled buildings", "Italy toppled Spain 2-1" and a side "ousted from the FA Cup"
 * overthrow no one: there the verb is no coup and no war, and the matcher skips it (match.ts `NAME_OTHER_SENSE`).
 * A ruler named by name alone ("toppled Assad") is not read: the verb is skipped there too.
 */
const TOPPLED_VERB = /\b(?:[Tt]oppl(?:e|es|ed|ing)|[Oo]ust(?:s|ed|ing)?)\b/g;

/** Whom a fall from power befalls (a league's or a race's "leader" is none). */
const RULER =
  /\b(?:presidents?|prime minister|premier|governments?|regimes?|king|queen|monarch\w*|dictator\w*|rulers?|(?<!(?:league|table|race|series) )leaders?|emperor|shah|sultan|emir|junta|chancellor|head of state|from power|from office)\b/i;

/** An auxiliary right before the verb: the ruler, if any, is named before it ("the president was ousted"). */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|be(?:en|ing)?|g[eo]ts?)\s+$/i;
/** The verb's clause before and after it: what is toppled, six words either way. */
const CLAUSE_BREAK = /[.;:!?\u2014()]/;
const LAST_WORDS = /(?:\S+\s+){0,6}$/;
const FIRST_WORDS = /^(?:\s*\S+){0,6}/;

/** [start, end) of each toppling verb of the text that names no ruler toppled, in text order. */
export function toppledNonRulers(text: string): [number, number][] {
  if (!/oppl|ust/i.test(text)) return [];
  const spans: [number, number][] = [];
  for (const m of text.matchAll(TOPPLED_VERB)) {
    const start = m.index;
    const end = start + m[0].length;
    const clauseBefore =
      text
        .slice(Math.max(0, start - 80), start)
        .split(CLAUSE_BREAK)
        .pop() ?? '';
    const before = PASSIVE_BEFORE.test(clauseBefore) ? (LAST_WORDS.exec(clauseBefore)?.[0] ?? '') : '';
    const after = FIRST_WORDS.exec(text.slice(end, end + 80).split(CLAUSE_BREAK)[0] ?? '')?.[0] ?? '';
    if (!RULER.test(`${before} ${after}`)) spans.push([start, end]);
  }
  return spans;
}
