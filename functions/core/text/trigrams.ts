import { expressions } from 'franc-min/expressions.js';
import { asTuples } from 'trigram-utils';
import { inflate as inflateTrigrams, keys as scriptsWithTrigrams } from '../data/packed/franc-trigrams.js';

/**
 * franc-min's language scores (`francAll(value, { minLength })`), with its trigram model built on first
 * use instead of at import. Importing franc-min builds ranked trigram tables for ~80 languages, about a
 * tenth of the tagger's cold start, while most news is told English from its function words alone
 * (language.ts) and never needs them. franc-min's trigram profiles ship packed (brotli, base64:
 * data/packed/franc-trigrams.ts, ~55 KiB in the bundle instead of ~100) and are inflated with the model;
 * its script expressions are imported as they are. The scoring follows franc-min 6.2.0 step for step, so
 * the scores are the same numbers in the same order (test/unit/text/trigrams.test.ts holds the two side by side).
 */

/** franc-min's limits: longest sample read, and the distance of a trigram a language does not have. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

export type LanguageScore = [language: string, score: number];

/** Per script, per ISO 639-3 language: trigram → rank (0 = most frequent), in franc-min's data order. */
type TrigramModel = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, number>>>;

let model: TrigramModel | undefined;

/** Whether the trigram model has been built in this process (only a text not clearly English builds it). */
export function trigramModelBuilt(): boolean {
  return model !== undefined;
}

function trigramModel(): TrigramModel {
  if (model) return model;
  const scripts = new Map<string, Map<string, Map<string, number>>>();
  for (const [script, languages] of Object.entries(inflateTrigrams())) {
    const byLanguage = new Map<string, Map<string, number>>();
    for (const [language, ranked] of Object.entries(languages)) {
      const trigrams = ranked.split('|');
      const ranks = new Map<string, number>();
      // A trigram listed twice keeps its better (lower) rank, as in franc-min.
      for (let rank = trigrams.length - 1; rank >= 0; rank--) ranks.set(trigrams[rank]!, rank);
      byLanguage.set(language, ranks);
    }
    scripts.set(script, byLanguage);
  }
  model = scripts;
  return model;
}

/** The script whose expression matches most of `value`; the first listed wins a tie. */
function topScript(value: string): [script: string | undefined, share: number] {
  let best: string | undefined;
  let bestShare = -1;
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (share > bestShare) {
      bestShare = share;
      best = script;
    }
  }
  return [best, bestShare];
}

function distance(trigrams: readonly [string, number][], ranks: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const [trigram, count] of trigrams) {
    const rank = ranks.get(trigram);
    total += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
  }
  return total;
}

/**
 * Languages of the script `value` is mostly written in, best first, scored 0–1 (1 for the best), as
 * franc-min's `francAll(value, { minLength })`: `[['und', 1]]` for text shorter than `minLength` or
 * without letters of a known script, a single language at 1 for a script only one language uses.
 */
export function languageScores(text: string, minLength: number): LanguageScore[] {
  if (!text || text.length < minLength) return [['und', 1]];
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  // Scripts one language owns (Han, Hangul, Thai…) have no trigram tables and need no model.
  if (!script || !scriptsWithTrigrams.includes(script))
    return script && share !== 0 ? [[script, 1]] : [['und', 1]];
  const languages = trigramModel().get(script)!;
  const trigrams = asTuples(value);
  // Array sort is stable: languages at the same distance keep franc-min's data order.
  const distances = [...languages].map(
    ([language, ranks]): LanguageScore => [language, distance(trigrams, ranks)],
  );
  distances.sort((a, b) => a[1] - b[1]);
  const min = distances[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  return distances.map(([language, d]) => [language, 1 - (d - min) / max || 0]);
}
