/**
 * Performers known by a stage name the typing rules cannot read as a person's: ordinary words ("Bad Bunny",
 * "Ice Cube"), a title before a word no list knows ("Lady Gaga", "Dr. Dre") or a place's name ("Bruno Mars").
 * Read word by word, the sentence-initial "Bad" is dropped and "Lady" taken for a title, which left
 * `person:bunny` and `person:gaga`. The team's own list of today's most-named performers; single-word names
 * ("Drake", "Rihanna") are left to the rules (a verb of speech makes them a person). Review yearly.
 */
const STAGE_NAMES: readonly string[] = [
  'Bad Bunny',
  'Lady Gaga',
  'Snoop Dogg',
  'Ice Cube',
  'Cardi B',
  'Doja Cat',
  'Lil Nas X',
  'Lil Wayne',
  'Lil Baby',
  'Post Malone',
  'Bruno Mars',
  'Dr. Dre',
  'Dr Dre',
  'Megan Thee Stallion',
  'The Weeknd',
  'Young Thug',
  'Burna Boy',
  'Central Cee',
  'Little Simz',
  'Charli XCX',
  'Kid Rock',
  'Iggy Pop',
  'Boy George',
  'Marilyn Manson',
  'Busta Rhymes',
  'Method Man',
  'Big Sean',
  'Kid Cudi',
  'Tinie Tempah',
  'Sexyy Red',
  'Ice Spice',
];

/** Each name's words in lower case, by its first word: most chunks open with no such word. */
const BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const name of STAGE_NAMES) {
    const words = name.toLowerCase().split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  return byFirst;
})();

/** How many words from `from` make a listed stage name (0 when none). */
export function stageNameLength(words: readonly { readonly lower: string }[], from: number): number {
  const names = BY_FIRST_WORD.get(words[from]!.lower);
  if (!names) return 0;
  for (const name of names) {
    if (from + name.length > words.length) continue;
    let all = true;
    for (let k = 1; k < name.length && all; k++) all = words[from + k]!.lower === name[k];
    if (all) return name.length;
  }
  return 0;
}

/**
 * "hosted by Cardi B. Taylor Swift won": whether the words before a letter with a period, and the letter,
 * make a listed stage name that ends in the letter ("Cardi B", "Lil Nas X"); the period then ends the
 * sentence, no initial of a longer name. `lowerAt(k)` is the lower-case text k tokens before the letter.
 */
export function stageNameEndsInLetter(letter: string, lowerAt: (k: number) => string): boolean {
  for (const names of BY_FIRST_WORD.values())
    for (const name of names) {
      if (name.length < 2 || name[name.length - 1] !== letter) continue;
      let all = true;
      for (let k = 1; k < name.length && all; k++) all = lowerAt(k) === name[name.length - 1 - k];
      if (all) return true;
    }
  return false;
}
