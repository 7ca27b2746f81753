import type { TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * A table of output by country sent as plain text, its cells run together in spaces:
 *
 *     Country-by-country production figures are as follows, in mln bpd -
 *      ALGERIA        0.64           0.64        0.635
 *      ECUADOR        0.26           0.26        0.210
 *
 * Under a headline that names a group or a market and no country ("OPEC OUTPUT SEEN BELOW CEILING", "FISH MEAL
 * PRODUCTION AT RECORD HIGH"), each producer with a row is a country the story reports on, however rarely its
 * running text names it: resolve.ts puts it in focus, so every two producers pair. Only output: a table of one
 * country's imports or quotas by supplier ("sugar imports from individual countries … ARGENTINA nil 39,130")
 * is that importer's story, and its rows stay background. So does a table of where goods went or who bought them
 * ("Shipments by destination", "Registrations by country", "CAR SALES FALL"): a "production" word in the prose
 * before it ("automakers cut production") does not make buyers producers.
 */
const MIN_ROWS = 4;
/** A figure (or "nil") after two or more spaces or a run of dots right after the row's country. */
const FIGURES_AFTER = /^(?:[ \t]{2,}|[ \t]*\.{2,}[ \t]*)(?:[-(.]?\d|nil\b|n\/a\b)/i;
/** The table reports output: in the headline, or in the words that introduce the table. */
const OUTPUT = /\b(?:output|production|producers?|producing|produced|produces)\b/i;
/** The headline or the line introducing the rows is about trade or buyers, not output. */
const NOT_OUTPUT =
  /\b(?:exports?|exported|imports?|imported|shipments?|shipped|destinations?|buyers?|sales|sold|registrations?|suppliers?|deliveries|purchases?)\b/i;
/** How far before the first row its introduction is read. */
const INTRO_SPAN = 240;

export function outputTableProducers(
  doc: TagDocument,
  mentions: readonly CountryMention[],
): ReadonlySet<string> {
  if (doc.language !== 'en' || mentions.some((m) => m.field === 'title')) return NONE;
  const text = doc.body.text;
  // Most stories have no line opening with blanks and a country: one pass over the body's mentions.
  const rows = new Map<string, number>();
  for (const m of mentions) {
    if (m.field !== 'body' || m.currency || rows.has(m.code)) continue;
    if (!opensLine(text, m.start) || !FIGURES_AFTER.test(text.slice(m.end, m.end + 24))) continue;
    rows.set(m.code, m.start);
  }
  if (rows.size < MIN_ROWS) return NONE;
  const first = Math.min(...rows.values());
  const intro = text.slice(Math.max(0, first - INTRO_SPAN), first);
  if (NOT_OUTPUT.test(doc.title.text) || NOT_OUTPUT.test(introducingLine(intro))) return NONE;
  return OUTPUT.test(doc.title.text) || OUTPUT.test(intro) ? new Set(rows.keys()) : NONE;
}

/** The last sentence of the introduction: the words that say what the rows are. */
function introducingLine(intro: string): string {
  const end = intro.trimEnd();
  const cut = Math.max(end.lastIndexOf('. '), end.lastIndexOf('.\n'));
  return cut < 0 ? end : end.slice(cut + 1);
}

/** Whether only blanks stand between the start of its line and an offset. */
function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

const NONE: ReadonlySet<string> = new Set();
