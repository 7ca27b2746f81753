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
const LINKS = new Set(['de', 'di', 'del', 'do', 'da']);

/** The words before `start` and after `end` on the same line, as far as `count` words. */
function wordsBefore(text: string, start: number, count: number): string[] {
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return line.split(/\s+/).filter(Boolean).slice(-count);
}

function wordAfter(text: string, end: number): string {
  const newline = text.indexOf('\n', end);
  const line = text.slice(end, newline < 0 ? undefined : newline);
  return line.trimStart().split(/\s+/, 1)[0] ?? '';
}

const bare = (word: string) => word.replace(/^[\p{P}\d]+|[\p{P}]+$/gu, '').toLowerCase();

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
