import type { Entity, Mention } from '../schema.js';
import { lazyPattern, lazyPatternOf } from '../text/lazy-pattern.js';
import { bodyNamedInOtherLanguage, multiWordBodyNames } from './local-bodies.js';
import { slug } from './places.js';

/**
 * Newsmakers' surnames as one language's press writes them alone, where the form is a word elsewhere: French
 * "Poutine" (Putin) is the Quebec dish in English copy, so newsmakers.ts lists it only within "Vladimir
 * Poutine". Capitalised inside a French sentence it is the president; opening a sentence, only when the
 * article names him so elsewhere too.
 */
const LONE_SURNAMES: Readonly<Record<string, readonly [RegExp, string]>> = {
  fr: [lazyPatternOf('(?<![\\p{L}\\p{M}])Poutine(?![\\p{L}\\p{M}])', 'gu'), 'Vladimir Putin'],
};

const BODY_NAMES = lazyPattern(() => {
  // Longest first; the names hold letters, spaces and hyphens only.
  const names = multiWordBodyNames().sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{M}\\d])(?:${names.join('|')})(?![\\p{L}\\p{M}\\d])`, 'giu');
});

/**
 * The international bodies named with a lower-case word ("l'Union européenne", "la Banca centrale europea",
 * "Evropská unie") and the newsmakers named by a lone surname of the language ("Poutine") in an article in
 * `lang`, outside the spans `held` (the entities' mentions). A body's name starts with a capital, as a
 * proper name does ("l'union européenne" in lower case is left alone). `known` holds the ids the article's
 * entities have already.
 */
export function namesInText(
  lang: string,
  fields: { readonly title: string; readonly body: string },
  held: readonly Mention[],
  known: ReadonlySet<string>,
): Entity[] {
  const found: Entity[] = [];
  const free = (m: Mention) => !held.some((h) => h.field === m.field && h.start < m.end && m.start < h.end);
  const lone = LONE_SURNAMES[lang];
  const surnames: { readonly mention: Mention; readonly opens: boolean }[] = [];
  for (const field of ['title', 'body'] as const) {
    const text = fields[field];
    for (const m of text.matchAll(BODY_NAMES)) {
      const english = bodyNamedInOtherLanguage(m[0].toLowerCase());
      const mention = { field, start: m.index!, end: m.index! + m[0].length, text: m[0] };
      if (english && m[0][0] !== m[0][0]!.toLowerCase() && free(mention))
        found.push({
          id: `organization:${slug(english)}`,
          name: english,
          type: 'organization',
          salience: 0,
          mentions: [mention],
        });
    }
    for (const m of lone ? text.matchAll(lone[0]) : []) {
      const mention = { field, start: m.index!, end: m.index! + m[0].length, text: m[0] };
      if (free(mention)) surnames.push({ mention, opens: opensSentence(text, m.index!) });
    }
  }
  if (lone && surnames.length > 0) {
    const id = `person:${slug(lone[1])}`;
    // Opening a sentence, only where the article names the person so elsewhere too.
    const vouched = known.has(id) || surnames.some((s) => !s.opens);
    for (const s of vouched ? surnames : [])
      found.push({ id, name: lone[1], type: 'person', salience: 0, mentions: [s.mention] });
  }
  return found;
}

/** Whether the word at `start` opens the text, a sentence, a line or a quotation. */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  return i < 0 || '.!?:\n"\u00ab\u00bb\u201c\u201d\u2014-'.includes(text[i]!);
}
