import type { Country, Mention } from '../schema.js';
import { isInInlineDateline } from '../text/dateline.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { sentenceAt } from '../text/sentences.js';

/**
 * "Canada intends to recognise the State of Palestine", "Israel's recognition of Somaliland": one state recognising
 * another is an act between the two, wherever the sentence stands in the story and however often each is named (a
 * press conference's answer line is no lead, and "recognise" is no cue word of the pairs: wild38b ★9).
 */
const RECOGNISED_BEFORE =
  /\b(?:recogni[sz](?:e|es|ed|ing)|recognition\s+of)\s+(?:the\s+)?(?:(?:state|republic|independence|sovereignty|statehood)\s+of\s+(?:the\s+)?)?$/i;
/** "recognised a Palestinian state": a state named by its people's word after "a" (the state follows). */
const RECOGNISED_A_BEFORE =
  /\b(?:recogni[sz](?:e|es|ed|ing)|recognition\s+of)\s+an?\s+(?:(?:independent|sovereign|future)\s+)?$/i;
const STATE_AFTER = /^\s+state\b/i;
/** The recogniser is named this close before the word ("Canada intends to recognise"), in the same clause. */
const MAX_GAP = 60;
const CLAUSE_BREAK = /[;:\n]|,\s*(?:while|but|whereas)\b/;

/** Between two items of a list of countries: "Britain, Canada and Australia". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$/i;

/** The country named right before `m` in one list with it, if any. */
function listMateBefore(
  text: string,
  m: Mention,
  all: readonly { m: Mention; code: string }[],
): { m: Mention; code: string } | undefined {
  let mate: { m: Mention; code: string } | undefined;
  for (const o of all)
    if (o.m.field === m.field && o.m.end <= m.start && (!mate || o.m.end > mate.m.end)) mate = o;
  return mate && LIST_GAP.test(text.slice(mate.m.end, m.start)) ? mate : undefined;
}

/** The pairs of codes (recogniser, recognised) that a sentence names as one recognising the other. */
export function recognitions(doc: TagDocument, countries: readonly Country[]): [string, string][] {
  const out: [string, string][] = [];
  if (!/recogni/i.test(doc.body.text) && !/recogni/i.test(doc.title.text)) return out;
  const all: { m: Mention; code: string }[] = [];
  for (const c of countries) for (const m of c.mentions) all.push({ m, code: c.code });
  for (const { m, code } of all) {
    if (isInInlineDateline(doc.dateline, m.field, m.start)) continue;
    const field = fieldOf(doc, m.field);
    const sentence = sentenceAt(field.sentences, m.start);
    if (!sentence) continue;
    const before = field.text.slice(Math.max(sentence.start, m.start - MAX_GAP), m.start);
    const word =
      RECOGNISED_BEFORE.exec(before) ??
      (STATE_AFTER.test(field.text.slice(m.end, m.end + 8)) ? RECOGNISED_A_BEFORE.exec(before) : null);
    if (!word) continue;
    const wordStart = m.start - before.length + word.index;
    // The nearest other country named before the word, in its clause: the one that recognises.
    let actor: { m: Mention; code: string } | undefined;
    for (const o of all) {
      if (o.code === code || o.m.field !== m.field || o.m.end > wordStart) continue;
      if (o.m.start < sentence.start || wordStart - o.m.end > MAX_GAP) continue;
      if (isInInlineDateline(doc.dateline, o.m.field, o.m.start)) continue;
      if (CLAUSE_BREAK.test(field.text.slice(o.m.end, wordStart))) continue;
      if (!actor || o.m.end > actor.m.end) actor = o;
    }
    if (!actor) continue;
    out.push([actor.code, code]);
    // "Britain, Canada and Australia recognised the State of Palestine": each of the list recognises it (wild60).
    for (
      let mate = listMateBefore(field.text, actor.m, all);
      mate;
      mate = listMateBefore(field.text, mate.m, all)
    )
      if (mate.code !== code) out.push([mate.code, code]);
  }
  return out;
}
