/**
 * A street's name (wild37 ★6): "a standoff on South Congress Avenue", "a shop on Congress Street", "Church Road",
 * "Bank Street". The capitalised words before the street's kind name a place, no desk: the matcher skips them
 * (match.ts `NAME_OTHER_SENSE`). A street the lexicon holds whole ("Downing Street", "Wall Street", "Coronation
 * Street") still counts, as its phrase runs past the skipped words. Where the story names the street in full, its
 * name of two words or more is the street elsewhere in the story too: "standoff on South Congress" in the headline.
 * A kind followed by a capitalised word names something else ("Florida Highway Patrol", "Main Street Bank").
 */
const STREET =
  /\b((?:[A-Z][a-z]+(?:'s)?\s+){1,3})(?:Street|Avenue|Ave|Road|Boulevard|Blvd|Lane|Drive|Highway|Parkway)\b(?!\s+[A-Z])/g;
/** A word STREET needs ("Ave" also stands for "Avenue"): a text without one names no street (a cheaper scan). */
const STREET_KIND = /Street|Ave|Road|Boulevard|Blvd|Lane|Drive|Highway|Parkway/;
/** An article or a preposition before a street's name is no part of it ("Robbed On Congress Street"). */
const NOT_A_NAME = /^(?:The|A|An|On|In|At|Near|Off|By|Outside)$/;
/**
 * In a headline of capitalised words every word looks like a name (read37 ★3: "Truckers' Strike Shuts Highway"):
 * there a street's name needs a preposition before it ("Robbed On Congress Street", "Crash Near The Old Road").
 */
const PREPOSITION_BEFORE = /\b(?:On|In|At|Near|Off|Along|Outside|By)\s+(?:(?:The|A|An)\s+)?$/i;

/**
 * A lower-case word of four letters or more but those a capitalised headline may still leave lower-case (with,
 * from, into…): found at the first one, so a story's body is not split into all its words to learn that it is no
 * headline.
 */
const LOWER_WORD =
  /(?<![\w'-])(?!(?:with|from|into|onto|over|after|than|that|upon)(?![a-z']))[a-z][a-z']{3,}/;

/** Every word of four letters or more is capitalised (but a few short function words). */
function inTitleCase(text: string): boolean {
  return !LOWER_WORD.test(text) && /[A-Z]\w*\s+[A-Z]\w*\s+[A-Z]/.test(text);
}

/** The streets of a story's headline and body: each field's `streetSpansOf`, with the long names of both. */
export interface StoryStreets {
  readonly title: readonly (readonly [number, number])[];
  readonly body: readonly (readonly [number, number])[];
}

/**
 * [start, end) of the name of each street of the headline and the body (without its kind), and of each name of
 * two words or more that either names in full ("South Congress") written alone, in text order.
 */
export function streetsOfStory(title: string, body: string): StoryStreets {
  const titleSpans = streetSpansOf(title);
  const bodySpans = streetSpansOf(body);
  const names = new Set<string>();
  for (const [text, spans] of [
    [title, titleSpans],
    [body, bodySpans],
  ] as const)
    for (const [start, end] of spans) {
      const name = text.slice(start, end);
      if (name.includes(' ')) names.add(name);
    }
  return { title: withNamesAlone(title, titleSpans, names), body: withNamesAlone(body, bodySpans, names) };
}

/** [start, end) of the name of each street of the text (without its kind), in text order. */
function streetSpansOf(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!STREET_KIND.test(text)) return spans;
  let titleCase: boolean | undefined;
  STREET.lastIndex = 0;
  for (let m = STREET.exec(text); m !== null; m = STREET.exec(text)) {
    // The name is the words after the last article or preposition among them ("Robbed On Congress").
    const group = (m[1] ?? '').trimEnd();
    let start = 0;
    for (const word of group.matchAll(/\S+/g))
      if (NOT_A_NAME.test(word[0])) start = word.index + word[0].length + 1;
    if (start >= group.length) continue;
    titleCase ??= inTitleCase(text);
    if (titleCase && !PREPOSITION_BEFORE.test(text.slice(0, m.index + start))) continue;
    spans.push([m.index + start, m.index + group.length]);
  }
  return spans;
}

/** `spans` and each of `longNames` written alone where no span stands, in text order. */
function withNamesAlone(
  text: string,
  spans: [number, number][],
  longNames: ReadonlySet<string>,
): [number, number][] {
  for (const name of longNames)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      if (!spans.some(([s, e]) => at < e && at + name.length > s) && !/\w/.test(text[at + name.length] ?? ''))
        spans.push([at, at + name.length]);
  return spans.sort((a, b) => a[0] - b[0]);
}
