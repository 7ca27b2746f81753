import { lazyPatternOf } from '../text/lazy-pattern.js';
import { candidateWith } from './candidate-copy.js';
import type { Candidate } from './classify.js';

/**
 * "Care4Calais", "Tech4Good", "Hope2Kids": two capitalised words glued by a figure (a pun on "for", "to")
 * are how charities, campaigns and start-ups write their names; no person is named so.
 */
const DIGIT_GLUED = /^[A-Z][a-z]+\d{1,2}[A-Z][a-z]+$/;

/** Whether a word is a body's name glued by a figure. */
export const isDigitGluedName = (core: string) => DIGIT_GLUED.test(core);

/** Figures glued before a name's first word, at a word's start: the "23" of "23XI Racing", the "1" of "1MDB". */
const LEADING_FIGURES = lazyPatternOf('(?:^|[^\\p{L}\\p{N}.,$\\u00a3\\u20ac-])(\\d{1,3})$', 'u');

/** Units written after a figure ("2Mbps", "512K", "40GB"): a measure, never a name. */
const UNITS = new Set(
  'k m bn mb gb tb kb mbps gbps kbps mbit gbit ghz mhz khz hz kw mw gw kwh mwh gwh mph kph km kg mm cm'.split(
    ' ',
  ),
);

/** The endings of ordinals ("4th", "21ST"). */
const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th']);

/**
 * "23XI Racing", "1MDB", "3Com", "4Kids Entertainment": the tokenizer splits figures from the capitals after
 * them, and the name was read from its letters alone ("XI Racing", "MDB"). A name of a firm or a thing whose
 * first word is glued to figures at a word's start is written with them; a unit so glued ("2Mbps", "512K")
 * is a measure and no name (type `none`). `texts` are the fields' texts.
 */
export function withLeadingFigures(texts: {
  readonly title: string;
  readonly body: string;
}): (c: Candidate) => Candidate {
  return (c) => {
    if (c.type !== 'organization' && c.type !== 'other') return c;
    const text = texts[c.field];
    const before = c.start > 0 ? text.charCodeAt(c.start - 1) : 0;
    const first = c.words[0]!;
    // Cheap first: a digit right before the name.
    if (before < 48 || before > 57 || !c.text.startsWith(first)) return c;
    const figures = LEADING_FIGURES.exec(text.slice(Math.max(0, c.start - 5), c.start))?.[1];
    if (figures === undefined) return c;
    const letters = first.toLowerCase();
    // "4TH QTR NET": an ordinal's ending, left as it was read.
    if (ORDINAL_ENDINGS.has(letters)) return c;
    if (c.words.length === 1 && UNITS.has(letters.replace(/\.$/, '')))
      return candidateWith(c, { type: 'none' });
    const canonical = c.canonical?.toLowerCase().startsWith(first.toLowerCase())
      ? figures + c.canonical
      : undefined;
    return candidateWith(c, {
      start: c.start - figures.length,
      text: figures + c.text,
      words: [figures + first, ...c.words.slice(1)],
      canonical,
    });
  };
}
