import type { Entity } from '../schema.js';
import { lazyPatternOf } from '../text/lazy-pattern.js';
import { isBodyKindWord } from './match.js';

/**
 * The short name of a club or brand the story names in full (wild56: an NHL round-up led with a natural disaster,
 * an MLB trade story with religion): "Avalanche rout Flames; Hurricanes edge Lightning" over "the Colorado
 * Avalanche beat the Calgary Flames", "Cardinals trade Arenado to Padres" over "The St. Louis Cardinals traded …".
 * Inside the full name an ordinary word is no evidence already (match.ts `insideLongerName`); the last word standing
 * alone, as a name, is the same name: its ordinary word is no evidence either, as a person's surname after the full
 * name is not (score.ts `NAME_SURNAME`). A lexicon name ("Celtics", "Yankees") still counts.
 *
 * Only a body whose name does not say what kind of body it is, nor what it does: "Ministry" of "Health Ministry",
 * "Bank" of "Deutsche Bank", "Software" of "Kelvane Software", "Cycling" of "British Cycling" or "Church" of "Catholic
 * Church" alone keep their words (a body named after what it does is about it).
 */
export function clubShortNames(
  entities: readonly Entity[],
  namesWhatItDoes: (words: readonly string[]) => boolean,
): Set<string> {
  const names = new Set<string>();
  for (const entity of entities) {
    if (entity.type !== 'organization') continue;
    const words = entity.name.split(' ');
    const last = words[words.length - 1] ?? '';
    if (words.length < 2 || !SHORT_NAME.test(last) || words.some(isBodyKindWord) || namesWhatItDoes(words))
      continue;
    names.add(last);
  }
  return names;
}

/** A capitalised word of four letters or more: "Flames", "Padres", not "One" or an initial. */
const SHORT_NAME = /^[A-Z][a-z]{3,}$/;

/** [start, end) of each whole-word occurrence of a short name in the text (in capitals too, in a capitals title). */
export function shortNameSpans(
  text: string,
  names: ReadonlySet<string>,
  capitals: boolean,
): [number, number][] {
  const spans: [number, number][] = [];
  for (const name of names)
    for (const written of capitals ? [name, name.toUpperCase()] : [name])
      for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + written.length))
        if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + written.length] ?? ''))
          spans.push([at, at + written.length]);
  return spans;
}

const WORD_CHAR = lazyPatternOf(String.raw`[\p{L}\p{N}]`, 'u');
