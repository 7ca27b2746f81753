import type { Entity } from '../schema.js';

/**
 * A fall from power is a ruler's (wild37 ★1): "toppled the president", "ousted the elected government", "the
 * ousted prime minister", "the regime was toppled", "toppled from power". Winds that "toppled trees", a tornado that
 * "topples homes", a quake that "toppled buildings", "Italy toppled Spain 2-1" and a side "ousted from the FA Cup"
 * overthrow no one: there the verb is no coup and no war, and the matcher skips it (match.ts `NAME_OTHER_SENSE`).
 * A ruler named by name alone ("Assad was toppled", "oust Nicolas Maduro") counts where the story is one of
 * rulers, rebels or armies (`rulersByName`); elsewhere ("Federer ousted Nadal") the verb is skipped there too.
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

/** Those who topple a ruler: a person toppled in a story of theirs is a ruler (read37 ★6: "toppled by rebels"). */
const COUP_STORY = /\b(?:rebels?|army|military|armed forces|troops|junta|coup|uprising|protesters)\b/i;
/** A head of state's title right before a person's name ("President Nicolas Maduro", "Syrian leader Assad"). */
const RULER_TITLE_BEFORE =
  /\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|King|Queen|Emperor|[Dd]ictator|strongman|leader)\s+$/;
/** Between a ruler's name and the verb of the passive ("Assad was toppled"). */
const NAME_THEN_PASSIVE = /^\s+(?:was|were|is|are|ha[sd] been|have been|being)\s+$/i;

/**
 * The people a story may topple as rulers: in a story of rebels, armies or a coup every person, elsewhere one the
 * story titles head of state ("President Maduro"); a player who "ousted Alcaraz" is none.
 */
export function rulersByName(
  entities: readonly Entity[],
  textOf: (field: 'title' | 'body') => string,
): Set<Entity> | undefined {
  const texts = [textOf('title'), textOf('body')];
  if (!texts.some((text) => /toppl|oust/i.test(text))) return undefined;
  const coupStory = texts.some((text) => COUP_STORY.test(text));
  const titled = (entity: Entity) =>
    entity.mentions.some((m) =>
      RULER_TITLE_BEFORE.test(textOf(m.field).slice(Math.max(0, m.start - 40), m.start)),
    );
  return new Set(entities.filter((entity) => entity.type === 'person' && (coupStory || titled(entity))));
}

/**
 * [start, end) of each toppling verb of the text that names no ruler toppled, in text order. `rulerSpans`: where
 * the text names a ruler by name (`rulersByName`), right after the verb or before its passive.
 */
export function toppledNonRulers(
  text: string,
  rulerSpans: readonly [number, number][] = [],
): [number, number][] {
  if (!/toppl|oust/i.test(text)) return [];
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
    const namedRuler = rulerSpans.some(
      ([s, e]) =>
        (s >= end && /^\s+$/.test(text.slice(end, s))) ||
        (e <= start && NAME_THEN_PASSIVE.test(text.slice(e, start))),
    );
    if (!namedRuler && !RULER.test(`${before} ${after}`)) spans.push([start, end]);
  }
  return spans;
}
