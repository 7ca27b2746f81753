/**
 * What a list shows of a story without a headline: its first sentence, after the dateline, cut at a word
 * boundary to `LEAD_MAX` characters. A plain-text story whose first line is already a paragraph has no
 * title, and a list of ids and dates alone is of no use to a reader.
 */
export const LEAD_MAX = 160;
/** How much of the body's opening is read for its first sentence (one longer is cut at `LEAD_MAX` anyway). */
const OPENING_READ = 2000;
/** A sentence shorter than this ("Reuters."), or a list starting with an abbreviation, reads on. */
const MIN_SENTENCE = 40;
/** A sentence ends at . ! or ? (and a closing quote or bracket) before a blank and a capital, digit or quote. */
const SENTENCE_END = /[.!?]["'\u2019\u201d)]?(?=\s+["'\u2018\u201c(]?[A-Z0-9])/g;
/** The dash, hyphen or colon that ends a dateline ("TAIPEI, Taiwan —", "LONDON (Reuters) -"). */
const AFTER_DATELINE = /^\s*[-\u2013\u2014:]+\s*/;

export function leadOf(body: string, dateline: string | undefined): string | undefined {
  let text = body.trimStart();
  if (dateline !== undefined && dateline !== '' && text.startsWith(dateline)) {
    text = text.slice(dateline.length).replace(AFTER_DATELINE, '');
  }
  // The first sentence is all a lead shows: a long body is not normalised beyond its opening.
  text = text.slice(0, OPENING_READ).replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  let end = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop >= MIN_SENTENCE) {
      end = stop;
      break;
    }
  }
  const sentence = text.slice(0, end);
  if (sentence.length <= LEAD_MAX) return sentence;
  const cut = sentence.lastIndexOf(' ', LEAD_MAX - 1);
  return `${sentence.slice(0, cut > LEAD_MAX / 2 ? cut : LEAD_MAX - 1).replace(/[\s,;:]+$/, '')}\u2026`;
}
