// The shared ground of typing (split from classify.ts, session 30): the Candidate a mention becomes, the
// per-document Context with its prepared fields, and token accessors (tokenText, lowerTokenText, startsWithCapital).
import type { EntityType, Field } from '../../schema.js';
import { codeUnitAt, endsWithText, lowerCased } from '../../text/chars.js';
import type { FieldText, TagDocument } from '../../text/document.js';
import { lowerCaseAt } from '../../text/lower-case.js';
import { WordMemo } from '../../text/vocabulary.js';
import type { Chunk, Word } from '../chunk.js';
import type { GazetteerEntry } from '../lexicon.js';
import type { DocumentEvidence } from '../recognize.js';
import type { Reading } from './reading.js';

export type CandidateType = EntityType | 'none' | 'unknown';

/** A typed mention before aliases are merged. */
export interface Candidate {
  readonly field: Field;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: readonly string[];
  type: CandidateType;
  /** Canonical name from a gazetteer, when one matched. */
  readonly canonical: string | undefined;
  readonly countryCode: string | undefined;
  /** How sure the type is: gazetteer and structural evidence beat defaults when names disagree. */
  strength: number;
  readonly locative: boolean;
  readonly caseless: boolean;
  /** `place:geonames:<id>` when the place gazetteer knows the place. */
  readonly placeId: string | undefined;
  /** The lower-cased token before the mention. */
  readonly prev: string | undefined;
  /** A place the sports rule made a team; in another context it may be the place again. */
  readonly teamFromPlace: boolean | undefined;
  /**
   * A surname or a word followed by "said" (1): a person unless the article says otherwise; a word that
   * accuses, vows or tells (2), which firms and agencies seldom do: a person against the default too.
   */
  readonly personish: 1 | 2 | undefined;
  /** The country whose body this is, named by its function ("China's Foreign Ministry"): see country-bodies.ts. */
  readonly owner?: string;
}

export const norm = (s: string) => lowerCased(s);
export const stripDot = (s: string) => (endsWithText(s, '.') ? s.slice(0, -1) : s);

export interface PreparedField {
  readonly field: FieldText;
  readonly words: (Word | null)[];
}

/**
 * classify.ts's entry points, which the stages in classify/ call again on part of a run (classify/retype.ts): the
 * context carries them, filled by classify.ts `typeChunks`, so no stage imports classify.ts back.
 */
export interface Typers {
  readonly typeChunk: (chunk: Chunk, ctx: Context) => Candidate[];
  readonly typeNamedSpan: (
    chunk: Chunk,
    ctx: Context,
    from: number,
    personCue: boolean,
    whole: GazetteerEntry | Candidate | undefined,
  ) => Candidate[];
  readonly typeSeveralWords: (reading: Reading) => Candidate[];
}

export interface Context {
  /** The title's and the body's text with their words, in that order. */
  readonly fields: readonly PreparedField[];
  readonly seen: DocumentEvidence;
  readonly sports: boolean;
  /** The article is in another language, which may capitalise nouns and titles before a name (German). */
  readonly foreign: boolean;
  readonly known?: ReadonlyMap<string, Candidate>;
  readonly doc: TagDocument;
  /** classify.ts's entry points, for the stages that type part of a run again. */
  readonly typers: Typers;
}

export const fieldsOf = (ctx: Context, field: Field): PreparedField =>
  field === 'title' ? ctx.fields[0]! : ctx.fields[1]!;

/** The lower-case text of a word with the period glued to it ("said."), by the word's vocabulary number. */
const periodTexts = new WordMemo<string>();

/**
 * The token at `index` in lower case (memoised by its vocabulary number); "Mr." is two tokens unless a
 * lower-case word follows it, so a period right after a word is read with that word.
 */
export function lowerTokenText(ctx: Context, field: Field, index: number): string {
  const text = fieldsOf(ctx, field).field;
  const tokens = text.tokens;
  if (index > 0 && tokens[index]?.text === '.' && tokens[index - 1]?.end === tokens[index]?.start) {
    // Every sentence's closing period is read so, by many rules: the word's text with it, kept by the word's number
    // rather than joined and lower-cased again on each reading.
    const before = text.wordIds[index - 1] ?? 0;
    const memo = periodTexts.current();
    return memo.get(before) ?? memo.set(before, norm(`${tokens[index - 1]!.text}.`));
  }
  return lowerCaseAt(text, index);
}

export function startsWithCapital(word: string): boolean {
  if (word.length === 0) return false;
  const c = codeUnitAt(word, 0);
  return c >= 65 && c <= 90;
}
export function tokenText(ctx: Context, field: Field, index: number): string {
  return index < 0 ? '' : (fieldsOf(ctx, field).field.tokens[index]?.text ?? '');
}
