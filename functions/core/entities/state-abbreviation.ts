import { keyOf, lookupPhrase } from '../countries/gazetteer.js';
import type { Entity, Mention } from '../schema.js';

/** The comma and spaces (a line break) between a town and its state: "Salem, Ore.", "Salem ,\nOre.". */
const TOWN_COMMA = /,\s{1,3}$/;

/**
 * "GREEN BAY , Wis. 1996-09-14", "St. Petersburg , Fla. , for about …", "Salem, Ore., and …": a state's or
 * province's AP abbreviation after a town and its comma keeps its own period, which the tokenizer split off
 * before a capital, a digit or a comma (wild52 X22; "N.Y." and "N.H." keep theirs as initials). The period is
 * the abbreviation's even where it also ends the sentence, as "Norwest Corp." keeps its own. Read on the
 * typed places only, so the typing rules see the words as before; without the comma before it the word is
 * left alone ("to celebrate Mass.").
 */
export function withStatePeriods(entities: Entity[], body: string): Entity[] {
  if (!body.includes('.,') && !body.includes('. ') && !body.includes('.\n') && !body.endsWith('.'))
    return entities;
  let changed = false;
  const out = entities.map((e) => {
    if (e.type !== 'place') return e;
    let mentions: Mention[] | undefined;
    e.mentions.forEach((m, i) => {
      if (!keepsPeriod(m, body)) return;
      mentions ??= e.mentions.slice();
      mentions[i] = { ...m, end: m.end + 1, text: `${m.text}.` };
    });
    if (!mentions) return e;
    changed = true;
    return { ...e, mentions };
  });
  return changed ? out : entities;
}

function keepsPeriod(m: Mention, body: string): boolean {
  if (m.field !== 'body' || body.charCodeAt(m.end) !== 46 || m.text.endsWith('.')) return false;
  if (
    body.slice(m.start, m.end) !== m.text ||
    !TOWN_COMMA.test(body.slice(Math.max(0, m.start - 4), m.start))
  )
    return false;
  const first = m.text.charCodeAt(0);
  if (first < 65 || first > 90) return false;
  return lookupPhrase(keyOf(m.text))?.kind === 'abbreviation';
}
