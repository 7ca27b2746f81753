import { lazyPattern } from '../text/lazy-pattern.js';

// The kinship words, once, in the groups the readings below take (a plural where news writes one before names, "his
// sons Eric and Donald Jr."). typing/person-cues.ts reads them as tokens (`isKinWord`).

/** Children, siblings, nephews and nieces, grandchildren: of the person's generation or younger. */
const YOUNGER_KIN = [
  'son',
  'sons',
  'daughter',
  'daughters',
  'brother',
  'brothers',
  'sister',
  'sisters',
  'nephew',
  'niece',
  'grandson',
  'grandsons',
  'granddaughter',
  'granddaughters',
];
/** Parents, uncles and aunts, grandparents: the generations before. */
const ELDER_KIN = [
  'father',
  'mother',
  'uncle',
  'aunt',
  'grandfather',
  'grandfathers',
  'grandmother',
  'grandmothers',
];
/** "son-in-law", "sisters-in-law" (a regular-expression alternative): relatives by marriage. */
const IN_LAW = '[a-z]+-in-law';
/** Relatives by marriage of the person's generation or younger: spouses, widows, stepchildren, in-laws. */
const YOUNGER_BY_MARRIAGE = ['wife', 'husband', 'widow', 'widower', 'stepson', 'stepdaughter', IN_LAW];
/** The rest: step-parents and cousins. */
const OTHER_KIN = ['stepfather', 'stepmother', 'cousin'];
const alternatives = (words: readonly string[]) => `(?:${words.join('|')})`;

/** The kinship words of every group but the in-laws, as written (lower case). */
const KIN_WORDS: ReadonlySet<string> = new Set(
  [...YOUNGER_KIN, ...ELDER_KIN, ...YOUNGER_BY_MARRIAGE, ...OTHER_KIN].filter((w) => w !== IN_LAW),
);
const IN_LAW_WORD = new RegExp(`^${IN_LAW}$`);
/** Whether a lower-case token is a kinship word ("son", "grandmothers", "sister-in-law"). */
export const isKinWord = (token: string): boolean => KIN_WORDS.has(token) || IN_LAW_WORD.test(token);

/**
 * "His son Eric Trump", "his son, congressman Eduardo Bolsonaro", "the son of the actor Walter Keller":
 * a kinship word (any of the above), then at most two words (a title, "of the") and the name. News introduces a
 * relative of the story's person so, and then calls the relative by the given name, leaving the bare surname to the
 * person the story is about.
 */
const KIN_BEFORE = lazyPattern(
  () =>
    new RegExp(
      `\\b${alternatives([...YOUNGER_KIN, ...ELDER_KIN, ...YOUNGER_BY_MARRIAGE, ...OTHER_KIN])}(?:,? (?:of )?(?:the |his |her |their )?[\\p{L}-]+){0,2},? $`,
      'u',
    ),
);

/**
 * "Eric Trump, the son of President Donald Trump": a full name in apposition before "the <kin> of" is the
 * relative, and the name after "of" the parent, the story's person ("Paz, 58, the son of former president
 * Jaime Paz Zamora" — a bare surname there is the story's person, its parent the relative). A relative of the
 * person's generation or younger only (`YOUNGER_KIN`, `YOUNGER_BY_MARRIAGE`): a parent named so may be the story's
 * person.
 */
const KIN_AFTER = lazyPattern(
  () =>
    new RegExp(
      `^\\p{Lu}[\\p{L}.'\\u2019-]*(?: \\p{Lu}[\\p{L}.'\\u2019-]*){1,3}, (?:the |a )?${alternatives([...YOUNGER_KIN, ...YOUNGER_BY_MARRIAGE])} of `,
      'u',
    ),
);
/** A full name (two capitalised words or more) and the apposition's comma just before a kinship word. */
const FULL_NAME_APPOSITION = lazyPattern(
  () => /\p{Lu}[\p{L}.'\u2019-]* \p{Lu}[\p{L}.'\u2019-]*, (?:the |a )?$/u,
);

/** "He is the ", "She was a ": the sentence opens with a pronoun and "is"/"was" before the kinship word. */
const PRONOUN_KIN = lazyPattern(() => /^(?:He|She) (?:is|was) (?:the |a )?$/);
/** An office before the parent's name after "of" ("the son of President "), not a past one ("former", "late"). */
const SITTING_TITLE = lazyPattern(
  () => /of (?:the )?(?:President|Prime Minister|King|Queen|Chancellor|Premier|Governor|Senator|Sheikh) $/,
);

/** How far before a name the kinship word may stand: "the son of the former president " fits. */
const LOOK_BACK = 48;
/** How far after a name's start "…, the son of " may end: a name of four words and the phrase fit. */
const LOOK_AHEAD = 64;

/**
 * "his son", "her father", "Sr.": a word of family anywhere in the text — a blood relative (`YOUNGER_KIN`,
 * `ELDER_KIN`; no cousin), or, beyond the kinship words, "dynasty", "family" or "Sr". "Martin Luther King Jr. …
 * Martin Luther King" is one man where no relative is named; a story that tells a father from a son names the
 * kinship. A spouse, in-law or step-relative says nothing of two generations sharing a name ("King Jr. and his wife").
 */
const FAMILY_WORD = lazyPattern(
  () => new RegExp(`\\b${alternatives([...YOUNGER_KIN, ...ELDER_KIN, 'dynasty', 'family'])}\\b|\\bSr\\b`),
);

/** Whether the text names a relation of family at all (`FAMILY_WORD`). */
export const namesFamily = (text: string): boolean => FAMILY_WORD.test(text);

/** Whether the body introduces the name that starts at `start` as someone's relative. */
export function isNamedAsRelative(body: string, start: number): boolean {
  if (start < 0 || start >= body.length) return false;
  if (KIN_AFTER.test(body.slice(start, start + LOOK_AHEAD))) return true;
  if (start < 4) return false;
  const from = Math.max(0, start - LOOK_BACK);
  const before = body.slice(from, start);
  // Within its sentence only: "… met his son. Police chief John Smith" names no relative.
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const sentence = stop < 0 ? before : before.slice(stop + 2);
  const kin = KIN_BEFORE.exec(sentence);
  if (kin === null) return false;
  // "Eric Trump, the son of President Donald Trump": the name after "of" is the parent.
  if (!kin[0].includes(' of ')) return true;
  // "Eric Trump launched … He is the son of President Donald Trump": so after a pronoun when the parent holds
  // an office ("He is the son of former president Jaime Paz Zamora": a past one's holder stays the relative).
  if (PRONOUN_KIN.test(sentence.slice(0, kin.index)) && SITTING_TITLE.test(kin[0])) return false;
  const kinAt = start - sentence.length + kin.index;
  return !FULL_NAME_APPOSITION.test(body.slice(Math.max(0, kinAt - LOOK_BACK), kinAt));
}
