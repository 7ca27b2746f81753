import { POSSESSIVE_END } from '../text/chars.js';
import { KINDS_OF_WORK } from './named-works.js';

/**
 * Titles of works written without quotation marks, found in the body: a run of title-case words
 * ("It Was Just an Accident", "One Battle After Another") that follows a word for its kind ("the film It
 * Was Just an Accident") or that capitalises a pronoun or an auxiliary verb in mid-sentence, as only a
 * title does ("Panahi's It Was Just an Accident won"). Their words are the title's, wherever the story
 * repeats them (the headline too): a film called an accident is no accident. A title of one word is left
 * to the entity pass (named-works.ts). Returns the titles as written, or undefined.
 */
export function unquotedWorkTitles(body: string): string[] | undefined {
  let titles: string[] | undefined;
  const add = (title: string | undefined): void => {
    if (!title || titles?.includes(title)) return;
    titles ??= [];
    titles.push(title);
  };
  AFTER_KIND.lastIndex = 0;
  for (let m = AFTER_KIND.exec(body); m !== null; m = AFTER_KIND.exec(body))
    add(titleFrom(body, AFTER_KIND.lastIndex));
  TITLE_CUE.lastIndex = 0;
  for (let m = TITLE_CUE.exec(body); m !== null; m = TITLE_CUE.exec(body)) {
    // The run may open before the cue ("Everything Everywhere All at Once" has none; "Now You See Me" has
    // "Now"): step back over capitalised words, not over a possessive ("Panahi's") or a sentence's start.
    let start = m.index + 2;
    for (;;) {
      const before = body.lastIndexOf(' ', start - 2);
      const word = body.slice(before + 1, start - 1);
      if (
        before < 0 ||
        !CAPITALISED.test(word) ||
        POSSESSIVE_END.test(word) ||
        /[.!?:;,"\u201c\u201d]$/.test(word)
      )
        break;
      start = before + 1;
    }
    if (!/[a-z0-9,]$/.test(body.slice(Math.max(0, start - 3), start - 1))) continue;
    add(titleFrom(body, start));
  }
  return titles;
}

/** A word for a kind of work and the space after it, before a capital: "film It", "novel The". */
const AFTER_KIND = new RegExp(`\\b(?:${[...KINDS_OF_WORK].join('|')}) (?=[A-Z0-9\\u00c0-\\u00de])`, 'g');
/**
 * A capitalised pronoun or auxiliary verb after a word and a space, before another title-case word: "It
 * Was", "Was Just". Names rarely hold them ("Her Majesty's", "Will Smith", "World War I", "Your Party" are left out).
 */
const TITLE_CUE =
  /[^\s.!?] (?:It|Was|Is|Are|Were|Be|Been|Am|You|We|They|Me|My|Them|Him|Do|Does|Did|Don't|Can't|Won't|Have|Has|Had|Not|Just)(?= (?:[A-Z0-9\u00c0-\u00de]|(?:a|an|the|of|to|in|on|at|and|for|with) [A-Z]))/g;
const CAPITALISED = /^[A-Z0-9\u00c0-\u00de]/;
/** Short words a title writes in lower case between its capitalised ones. */
const LOWER_TITLE_WORDS = new Set(
  'a an and as at but by for from in into nor of on or the to with'.split(' '),
);
const LONGEST_TITLE_WORDS = 10;

/** The run of title-case words that opens at `start`, up to its last capitalised word; two words or more. */
function titleFrom(text: string, start: number): string | undefined {
  let end = start;
  let lastCapitalEnd = start;
  let capitalised = 0;
  for (let i = start, words = 0; words < LONGEST_TITLE_WORDS; words++) {
    let wordEnd = i;
    while (wordEnd < text.length && !/[\s.,;:!?()"\u201c\u201d]/.test(text[wordEnd]!)) wordEnd++;
    const word = text.slice(i, wordEnd);
    if (CAPITALISED.test(word)) {
      capitalised++;
      lastCapitalEnd = wordEnd;
      // A possessive ends the title: "It Was Just an Accident's director".
      if (POSSESSIVE_END.test(word)) break;
    } else if (!LOWER_TITLE_WORDS.has(word)) break;
    end = wordEnd;
    if (text[wordEnd] !== ' ') break;
    i = wordEnd + 1;
  }
  if (capitalised < 2 || end <= start) return undefined;
  return text.slice(start, lastCapitalEnd).replace(POSSESSIVE_END, '');
}
