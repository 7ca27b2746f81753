import type { TagDocument } from '../text/document.js';
import { letterPattern } from '../text/letters.js';
import type { Candidate } from './classify.js';
import { royalStyleAliases } from './royal-styles.js';

/** Titles of monarchs and royals that news uses alone, capitalised, for the one bearer a story names. */
const ROYAL_TITLES = new Set([
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Emir',
  'Sultan',
  'Pope',
  'Duke',
  'Duchess',
]);

/** One or two capitalised words between the comma and the name: "Sheikh", "Crown Prince". */
const TITLE_GAP = letterPattern(String.raw`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$`);

/**
 * Names the text gives a person by a title or a short form (review24 ★4), for `aliasesInText`:
 * - "King Charles III … greeted the King", "Queen Camilla … The Queen visited": a royal title alone after
 *   "the" is the one person of the story the title stands before (was `person:king`);
 * - "The Princess of Wales, Catherine,", "the Emir, Sheikh Tamim bin Hamad Al Thani,": a title after "the" and
 *   a comma, then a person's name, is that person;
 * - "MBS and Sheikh Tamim", "MBS, as Crown Prince Mohammed bin Salman is known": a word in capitals spelling the
 *   first letters of a person's name in the story.
 * Each alias's text goes with the mention it names; merge.ts joins every mention of the alias to it.
 */
export function titleAliases(
  candidates: readonly Candidate[],
  doc: TagDocument,
  aliases: Map<string, Candidate> | undefined,
): Map<string, Candidate> | undefined {
  const body = doc.body.text;
  // Titles the story writes before one person's name (undefined: before two people's).
  let titled: Map<string, Candidate | undefined> | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.field !== 'body' || c.type !== 'person') continue;
    const title = c.prev === undefined ? undefined : ROYAL_TITLE_OF.get(c.prev);
    if (title !== undefined && c.words.length >= 1 && !ROYAL_TITLES.has(c.words[0]!)) {
      titled ??= new Map();
      const other = titled.get(title);
      titled.set(
        title,
        other === undefined && !titled.has(title) ? c : sameName(other, c) ? other : undefined,
      );
    }
    // "The Princess of Wales, Catherine,", "the Emir, Sheikh Tamim …": a title after "the", then ", " and a name.
    if (ROYAL_TITLES.has(c.words[0]!) && body.charCodeAt(c.end) === 44 && afterThe(body, c.start)) {
      const next = candidates[i + 1];
      if (
        next?.type === 'person' &&
        next.field === 'body' &&
        next.start <= c.end + 10 &&
        next.words.length >= 1
      ) {
        // ("Sheikh", "Crown Prince": a title before the name.)
        const gap = body.slice(c.end + 1, next.start).trim();
        if ((gap === '' || TITLE_GAP.test(gap)) && !opensList(body, next.end, candidates[i + 2])) {
          aliases ??= new Map();
          // merge.ts resolves longer names first: the shorter joins the longer ("Catherine" the Princess of Wales).
          if (next.words.length >= c.words.length) aliases.set(c.text, next);
          else aliases.set(next.text, c);
        }
      }
    }
  }
  // "MBS and Sheikh Tamim", "MBZ": a word in capitals made of the first letters of every word of a person's name
  // of three or four words, particles and all, that the story gives (Mohammed bin Salman, Mohamed bin Zayed).
  // Words that spell no person's name: each is looked for once, not at each of its mentions (a long page
  // names "BBC" hundreds of times among thousands of candidates).
  // The people whose names' first letters spell a word are read once, at the first such word (a page of
  // thousands of distinct acronyms searched every candidate for each).
  let spelled: ReadonlyMap<string, Candidate> | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.type === 'person' || c.words.length !== 1 || c.end - c.start < 3 || c.end - c.start > 4) continue;
    const word = c.words[0]!;
    if (!CAPITALS.test(word) || aliases?.has(word)) continue;
    spelled ??= peopleByInitials(candidates);
    const person = spelled.get(word);
    if (person === undefined) continue;
    aliases ??= new Map();
    aliases.set(word, person);
  }
  if (titled !== undefined)
    for (const [title, person] of titled) {
      if (person === undefined || aliases?.has(title)) continue;
      // Only where the story writes the title alone after "the": "the King", "The Queen" ("the Pope Evans board"
      // is a firm's name).
      if (!candidates.some((a) => a.field === 'body' && a.text === title && afterThe(body, a.start)))
        continue;
      aliases ??= new Map();
      aliases.set(title, person);
    }
  return royalStyleAliases(candidates, aliases);
}

// After the name: "and"/"&" goes on with a list ("The Princess of Wales, Prince George and Princess Charlotte").
const AND_AFTER = /^\s+(?:and|&)\s/;

/**
 * Whether the name after "the <title>," is the first of a list, not an apposition that closes (read24 F3): "and"
 * follows it, or a comma and another person within a title's reach ("The Princess of Wales, Prince George,
 * Princess Charlotte and Prince Louis"); "The Duke of Sussex, Prince Harry, said" closes.
 */
function opensList(body: string, end: number, after: Candidate | undefined): boolean {
  const code = body.charCodeAt(end);
  if (code === 32) return AND_AFTER.test(body.slice(end, end + 6));
  return code === 44 && after?.type === 'person' && after.field === 'body' && after.start <= end + 20;
}

/** The title by the lower-cased word before a name ("king" → "King"). */
const ROYAL_TITLE_OF = new Map([...ROYAL_TITLES].map((t) => [t.toLowerCase(), t]));

const afterThe = (body: string, start: number) => {
  const before = body.slice(Math.max(0, start - 4), start);
  return before === 'the ' || before === 'The ';
};

const sameName = (a: Candidate | undefined, b: Candidate) => a !== undefined && a.text === b.text;

const CAPITALS = /^[A-Z]{3,4}$/;

/**
 * The first person among `candidates` whose name spells each word it can in capitals: the first letter of each of
 * its three or four words, upper-cased, one of them a particle's lower-case letter ("Mohammed bin Salman" → MBS).
 */
export function peopleByInitials(candidates: readonly Candidate[]): ReadonlyMap<string, Candidate> {
  const people = new Map<string, Candidate>();
  for (const p of candidates) {
    if (p.type !== 'person' || p.words.length < 3 || p.words.length > 4) continue;
    let initials = '';
    let particle = false;
    for (const w of p.words) {
      const first = w.charAt(0);
      const upper = first.toUpperCase();
      // A letter whose capital is two ("ß" → "SS") or an empty word spells no letter of a word in capitals.
      if (upper.length !== 1) {
        initials = '';
        break;
      }
      initials += upper;
      if (first !== upper) particle = true;
    }
    if (particle && initials.length === p.words.length && !people.has(initials)) people.set(initials, p);
  }
  return people;
}
