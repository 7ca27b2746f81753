import type { Entity } from '../schema.js';

/** A news outlet's name: a radio, a television, a newspaper, a news service ("Radio Free Europe", "Voice of America"). */
const OUTLET = /\b(?:Radio|Television|TV|News|Times|Post|Press|Herald|Journal|Gazette|Tribune|Voice of)\b/;
/**
 * The outlet as the story's source: "Radio Free Europe/Radio Liberty reported", "Radio Free Europe's Radio Farda
 * reported", "… reported on Sunday", "… quoted"; not "said" (an outlet that "said it would cut jobs" is the news).
 */
const SOURCE_AFTER =
  /^(?:\s*\/\s*[\w -]{1,40}?|['\u2019]s\s+(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*)?,?\s+(?:reported|reports|quoted|cited)\b/;
/** "according to Radio Free Europe", "told Voice of America", "in an interview with the Washington Post". */
const SOURCE_BEFORE = /\b(?:according to|told|interview with|cited by|quoted by)\s+(?:the\s+)?$/i;

/**
 * [start, end) of each mention of a news outlet that is the story's source in this field (review33 leftover:
 * "Police detained an opposition leader, Radio Free Europe/Radio Liberty reported" listed media > radio [radio] and
 * politics [liberty]). Its name's words are the outlet's, not the story's; an outlet that is the subject of its own
 * news ("Radio Free Europe to cut Balkan services") keeps them.
 */
export function mediaSourceMentions(
  text: string,
  field: 'title' | 'body',
  entities: readonly Entity[],
): [number, number][] {
  const spans: [number, number][] = [];
  for (const entity of entities) {
    if (entity.type !== 'organization' || !OUTLET.test(entity.name)) continue;
    for (const m of entity.mentions) {
      if (m.field !== field) continue;
      const after = text.slice(m.end, m.end + 80);
      const before = text.slice(Math.max(0, m.start - 30), m.start);
      if (SOURCE_AFTER.test(after) || SOURCE_BEFORE.test(before)) spans.push([m.start, m.end]);
    }
  }
  return spans;
}
