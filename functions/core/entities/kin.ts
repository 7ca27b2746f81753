import { lazyPattern } from '../text/lazy-pattern.js';

/**
 * "His son Eric Trump", "his son, congressman Eduardo Bolsonaro", "the president's son Hunter Biden": a
 * possessive, a kinship word, then at most two words (a title) and the name. News introduces a relative of
 * the story's person so, and then calls the relative by the given name, leaving the bare surname to the
 * person the story is about. "The son of President Donald Trump" names the parent, not a relative: "of"
 * is left out on purpose.
 */
const KIN_BEFORE = lazyPattern(
  () =>
    /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[Mm]y|[Oo]ur|[Yy]our)|\p{L}['’]s?) (?:sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|nephew|niece|cousin|uncle|aunt|grand(?:son|daughter|father|mother)|step(?:son|daughter|father|mother)|widow(?:er)?|[a-z]+-in-law)(?:,? (?:the )?(?!of\b)[\p{L}-]+){0,2},? $/u,
);

/**
 * "Eric Trump, the son of President Donald Trump": a name in apposition before "the <kin> of" is the
 * relative (a child, spouse or sibling; a parent named so may be the story's person).
 */
const KIN_AFTER = lazyPattern(
  () =>
    /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}, (?:the |a )?(?:sons?|daughters?|wife|husband|brothers?|sisters?|nephew|niece|grand(?:son|daughter)|step(?:son|daughter)|widow(?:er)?|[a-z]+-in-law) of /u,
);

/** How far before a name the kinship word may stand: "his son, the former congressman " fits. */
const LOOK_BACK = 48;
/** How far after a name's start "…, the son of " may end: a name of four words and the phrase fit. */
const LOOK_AHEAD = 64;

/** Whether the body introduces the name that starts at `start` as someone's relative. */
export function isNamedAsRelative(body: string, start: number): boolean {
  if (start < 0 || start >= body.length) return false;
  if (KIN_AFTER.test(body.slice(start, start + LOOK_AHEAD))) return true;
  if (start < 4) return false;
  const before = body.slice(Math.max(0, start - LOOK_BACK), start);
  // Within its sentence only: "… met his son. Police chief John Smith" names no relative.
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  return KIN_BEFORE.test(stop < 0 ? before : before.slice(stop + 2));
}
