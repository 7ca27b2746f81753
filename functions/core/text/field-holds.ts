/**
 * A whole-text question asked of each mention of a field, answered once a field: `fieldHolds(PATTERN)` says
 * whether a text holds a match of PATTERN anywhere, and remembers the answer for the last two texts asked
 * about (a story's headline and body). A rule that reads the few words before each mention with patterns that
 * need some word ("without", "witnessed") asks first whether the field holds that word at all: most fields do
 * not, and one scan of the field then stands for a pattern run at every mention.
 *
 * The texts are compared with `===`: the same string is found at once, an equal copy after a comparison, and
 * either way the answer is the text's. Only the last two texts are held, so no article outlives the next one.
 */
export function fieldHolds(pattern: RegExp): (text: string) => boolean {
  if (pattern.global || pattern.sticky) throw new Error('fieldHolds needs a pattern without g or y');
  let last: string | undefined;
  let lastHolds = false;
  let before: string | undefined;
  let beforeHolds = false;
  return (text) => {
    if (text === last) return lastHolds;
    if (text === before) return beforeHolds;
    before = last;
    beforeHolds = lastHolds;
    last = text;
    lastHolds = pattern.test(text);
    return lastHolds;
  };
}
