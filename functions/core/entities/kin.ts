import { lazyPattern } from '../text/lazy-pattern.js';

/**
 * "His son Eric Trump", "his son, congressman Eduardo Bolsonaro", "the son of the actor Walter Keller":
 * a kinship word, then at most two words (a title, "of the") and the name. News introduces a relative of
 * the story's person so, and then calls the relative by the given name, leaving the bare surname to the
 * person the story is about.
 */
const KIN_BEFORE = lazyPattern(
  () =>
    /\b(?:sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|nephew|niece|cousin|uncle|aunt|grand(?:son|daughter|father|mother)|step(?:son|daughter|father|mother)|widow(?:er)?|[a-z]+-in-law)(?:,? (?:of )?(?:the |his |her |their )?[\p{L}-]+){0,2},? $/u,
);

/** How far before a name the kinship word may stand: "the son of the former president " fits. */
const LOOK_BACK = 48;

/** Whether the body introduces the name that starts at `start` as someone's relative. */
export function isNamedAsRelative(body: string, start: number): boolean {
  if (start < 4 || start > body.length) return false;
  const before = body.slice(Math.max(0, start - LOOK_BACK), start);
  // Within its sentence only: "… met his son. Police chief John Smith" names no relative.
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  return KIN_BEFORE.test(stop < 0 ? before : before.slice(stop + 2));
}
