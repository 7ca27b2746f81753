import { expressions as francMinExpressions } from 'franc-min/expressions.js';
import { inflate as inflateTrigrams, keys as scriptsWithTrigrams } from '../data/packed/franc-trigrams.js';
import { codeUnitAt } from './chars.js';

/**
 * franc's language scores (`francAll(value, { minLength, only })`, `only` the languages packed here), with its
 * trigram model built on first use instead of at import. Importing franc-min builds ranked trigram tables for
 * ~80 languages, about a tenth of the tagger's cold start, while most news is told English from its function
 * words alone (language.ts) and never needs them. The trigram profiles ship packed (brotli, base91:
 * data/packed/franc-trigrams.ts, ~58 KiB in the bundle) and are inflated with the model: franc-min's languages
 * and, from franc (the full set, same data), the European news languages franc-min lacks (Danish, Finnish,
 * Norwegian, Slovak, Slovene, the Baltic languages, Catalan, Albanian, Macedonian; scripts/pack-data.ts
 * ADDED_FRANC_LANGUAGES) and Hebrew. franc-min's script expressions are imported as they are, Hebrew's added. The scoring
 * follows franc 6.2.0 step for step, so the scores are the same numbers in the same order; where the best of
 * the text is one of franc-min's languages, its languages score as franc-min scores them
 * (test/unit/text/trigrams.test.ts holds them side by side).
 */

/**
 * Hebrew letters, as franc (the full set) writes its Hebrew script: franc-min has no expression for it, so a
 * Hebrew story read as no language ("und"). Its one trigram profile (Hebrew's) is packed with the others.
 */
const HEBREW =
  /[\u0591-\u05C7\u05D0-\u05EA\u05EF-\u05F4\uFB1D-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFB4F]/g;
/** Scripts by their expressions: franc-min's, in its order, then Hebrew (after them in franc's order too). */
export const SCRIPT_EXPRESSIONS: Readonly<Record<string, RegExp>> = {
  ...francMinExpressions,
  Hebrew: HEBREW,
};

/** franc-min's limits: longest sample read, and the distance of a trigram a language does not have. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

export type LanguageScore = [language: string, score: number];

/**
 * One script's trigram tables, turned around: per trigram, the rank each language gives it. Scoring a
 * text then looks each of its trigrams up once for all the script's languages (~40 for Latin) instead of
 * once per language, which was most of the cost of detection when it runs.
 */
interface ScriptModel {
  /** ISO 639-3 codes in franc-min's data order (ties keep it). */
  readonly languages: readonly string[];
  /** Trigram (as `trigramCode` numbers it) → its row in `ranks`. */
  readonly rows: ReadonlyMap<number, number>;
  /** Row-major, one row of `languages.length` per trigram: the rank (0 = most frequent), −1 if absent. */
  readonly ranks: Int16Array;
}

/** Per script: its languages' trigram ranks. */
type TrigramModel = ReadonlyMap<string, ScriptModel>;

let model: TrigramModel | undefined;

/** Whether the trigram model has been built in this process (only a text not clearly English builds it). */
export function trigramModelBuilt(): boolean {
  return model !== undefined;
}

function scriptModel(byLanguage: Readonly<Record<string, string>>): ScriptModel {
  const languages = Object.keys(byLanguage);
  const lists = languages.map((language) => byLanguage[language]!.split('|'));
  const rows = new Map<number, number>();
  for (const trigrams of lists)
    for (const trigram of trigrams) {
      const code = trigramCode(trigram, 0);
      if (!rows.has(code)) rows.set(code, rows.size);
    }
  const width = languages.length;
  const ranks = new Int16Array(rows.size * width).fill(-1);
  lists.forEach((trigrams, column) => {
    // A trigram listed twice keeps its better (lower) rank, as in franc-min.
    for (let rank = trigrams.length - 1; rank >= 0; rank--)
      ranks[rows.get(trigramCode(trigrams[rank]!, 0))! * width + column] = rank;
  });
  return { languages, rows, ranks };
}

function trigramModel(): TrigramModel {
  if (model) return model;
  const scripts = new Map<string, ScriptModel>();
  for (const [script, languages] of Object.entries(inflateTrigrams()))
    scripts.set(script, scriptModel(languages));
  model = scripts;
  return model;
}

/** The script whose expression matches most of `value`; the first listed wins a tie. */
function topScript(value: string): [script: string | undefined, share: number] {
  let best: string | undefined;
  let bestShare = -1;
  for (const [script, expression] of Object.entries(SCRIPT_EXPRESSIONS)) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (share > bestShare) {
      bestShare = share;
      best = script;
    }
  }
  return [best, bestShare];
}

/**
 * The three UTF-16 code units of `text` from `at` as one number (below 2^48, exact in a double): a text's
 * trigrams are counted and looked up by number, without a string cut out per trigram. franc-min's trigrams
 * are all three code units long, as the text's are.
 */
function trigramCode(text: string, at: number): number {
  return (codeUnitAt(text, at) * 0x10000 + codeUnitAt(text, at + 1)) * 0x10000 + codeUnitAt(text, at + 2);
}

const PUNCTUATION_AND_DIGITS = /[\u0021-\u0040]+/g;
const WHITE_SPACE = /\s+/g;

/**
 * How often each trigram occurs in the text as trigram-utils 2.0.1 reads it (`asDictionary`, which franc-min
 * scores): runs of ASCII punctuation and digits and of white space made one space, trimmed, lower-cased,
 * and a space put at each end. Only counts: the distance is a sum over the trigrams, in any order.
 */
function trigramCounts(value: string): Map<number, number> {
  const cleaned = ` ${value.replace(PUNCTUATION_AND_DIGITS, ' ').replace(WHITE_SPACE, ' ').trim().toLowerCase()} `;
  const counts = new Map<number, number>();
  for (let at = 0; at + 3 <= cleaned.length; at++) {
    const code = trigramCode(cleaned, at);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

/**
 * franc-min's distance of the text's trigrams from each language, in `languages` order: per trigram, the
 * difference of its count in the text and its rank + 1 in the language, MAX_DIFFERENCE where the language
 * lacks it. Integer sums, so the order of adding gives franc-min's numbers exactly.
 */
function distances(counts: ReadonlyMap<number, number>, script: ScriptModel): number[] {
  const width = script.languages.length;
  const totals = new Array<number>(width).fill(0);
  let nowhere = 0;
  for (const [trigram, count] of counts) {
    const row = script.rows.get(trigram);
    if (row === undefined) {
      nowhere++;
      continue;
    }
    const from = row * width;
    for (let column = 0; column < width; column++) {
      const rank = script.ranks[from + column]!;
      totals[column]! += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
  }
  if (nowhere > 0) for (let column = 0; column < width; column++) totals[column]! += nowhere * MAX_DIFFERENCE;
  return totals;
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
  const totals = distances(trigramCounts(value), languages);
  // Array sort is stable: languages at the same distance keep franc-min's data order.
  const scored = languages.languages.map((language, column): LanguageScore => [language, totals[column]!]);
  scored.sort((a, b) => a[1] - b[1]);
  const min = scored[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  return scored.map(([language, d]) => [language, 1 - (d - min) / max || 0]);
}
