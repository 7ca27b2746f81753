import { lazyPatternOf } from '../text/lazy-pattern.js';

/**
 * Sports copy in other languages names clubs by their city: "la Roma ha battuto la Lazio", "il Napoli",
 * "el Sevilla", "Real Madrid", "FC Bayern M\u00fcnchen", "1. FC K\u00f6ln", "Olympique de Marseille". Italian,
 * Spanish, Portuguese and French put no article before a city's own name (the gazetteer keeps the ones
 * that have it: "La Paz", "Le Havre"), so a definite article right before a city is the club; so is a
 * club word before it (with "de"/"di" between) or after it ("Roma FC").
 */
const ARTICLES_BEFORE_CLUBS = new Set(['il', 'lo', 'la', 'el', 'le', 'o']);
const CLUB_LEADS = new Set([
  'fc',
  'ac',
  'as',
  'sc',
  'sv',
  'cf',
  'cd',
  'ca',
  'rc',
  'vfb',
  'vfl',
  'tsv',
  'tsg',
  'rb',
  'bayern',
  'borussia',
  'eintracht',
  'hertha',
  'fortuna',
  'real',
  'atl\u00e9tico',
  'atletico',
  'sporting',
  'racing',
  'olympique',
  'stade',
  'dynamo',
  'dinamo',
  'lokomotiv',
  'inter',
]);
const CLUB_TAILS = new Set(['fc', 'cf', 'calcio', 'united', 'city']);

/** Whether a lower-case word opens a club's name before its city ("Dynamo Kiev", "Real Madrid", "Inter Milan"). */
export function isClubLead(lower: string): boolean {
  return CLUB_LEADS.has(lower);
}
const LINKS = new Set(['de', 'di', 'del', 'do', 'da']);

/** A white-space character, as `\s` reads one (no line break splits a word: the line is read to its break). */
const SPACE = /\s/;
const NEWLINE = 10;

/**
 * The words before `start` and after `end` on the same line, as far as `count` words: read from the mention
 * outwards, a word at a time, not the line split whole (a page with no line break is one line, and a slice of it
 * to each mention costs the page's length at every mention).
 */
function wordsBefore(text: string, start: number, count: number): string[] {
  const words: string[] = [];
  let i = start;
  while (words.length < count) {
    while (i > 0 && text.charCodeAt(i - 1) !== NEWLINE && SPACE.test(text[i - 1]!)) i--;
    if (i === 0 || text.charCodeAt(i - 1) === NEWLINE) break;
    let j = i;
    while (j > 0 && text.charCodeAt(j - 1) !== NEWLINE && !SPACE.test(text[j - 1]!)) j--;
    words.unshift(text.slice(j, i));
    i = j;
  }
  return words;
}

function wordAfter(text: string, end: number): string {
  let i = end;
  while (i < text.length && text.charCodeAt(i) !== NEWLINE && SPACE.test(text[i]!)) i++;
  let j = i;
  while (j < text.length && text.charCodeAt(j) !== NEWLINE && !SPACE.test(text[j]!)) j++;
  return text.slice(i, j);
}

const EDGE_PUNCTUATION = lazyPatternOf('^[\\p{P}\\d]+|[\\p{P}]+$', 'gu');
const bare = (word: string) => word.replace(EDGE_PUNCTUATION, '').toLowerCase();

/** Whether a city mention at [start, end) of `text` is part of a club's name rather than the city. */
export function isCityInClubName(text: string, start: number, end: number): boolean {
  const before = wordsBefore(text, start, 2);
  const last = before[before.length - 1];
  if (last !== undefined) {
    // "l'Inter" keeps its article glued; "la Roma" writes it apart.
    if (ARTICLES_BEFORE_CLUBS.has(last.toLowerCase()) || /^l['\u2019]$/i.test(last)) return true;
    if (CLUB_LEADS.has(bare(last))) return true;
    const first = before[0];
    if (before.length === 2 && LINKS.has(last) && first !== undefined && CLUB_LEADS.has(bare(first)))
      return true;
  }
  return CLUB_TAILS.has(bare(wordAfter(text, end)));
}
