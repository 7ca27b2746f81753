import type { Field } from '../schema.js';
import { withoutBoilerplate, withoutWireSlug } from './boilerplate.js';
import { type Dateline, detectDateline, type PlaceTest } from './dateline.js';
import { readFrontMatter, type WriterAndTown } from './front-matter.js';
import { letterPattern } from './letters.js';
import { firstSentenceEndingAfter, type Sentence, splitSentences } from './sentences.js';
import { withoutSourceSuffix } from './title-source.js';
import { type Token, tokenize } from './tokens.js';
import { renewVocabularyIfFull, wordIdsOf } from './vocabulary.js';

/** One field of an article, tokenised and split into sentences once, shared by every recogniser. */
export interface FieldText {
  readonly field: Field;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Each token's number in the process vocabulary (text/vocabulary.ts), for per-word memos. */
  readonly wordIds: readonly number[];
}

/** An article prepared for tagging: offsets in every recogniser refer to `title.text` or `body.text`. */
export interface TagDocument {
  readonly title: FieldText;
  readonly body: FieldText;
  /** The dateline given with the article, or detected at the start of the story. */
  readonly dateline?: Dateline;
  /**
   * Where the story's own text starts in the body: after a byline or a repeated title, and after an
   * inline dateline. Its first sentence is the lead.
   */
  readonly storyStart: number;
  readonly language: string;
  /** True when the title is written in capitals only (Reuters style), so its case says nothing. */
  readonly titleIsAllCaps: boolean;
}

/** The prepared title or body a mention's `field` names. */
export const fieldOf = (doc: TagDocument, field: Field): FieldText =>
  field === 'title' ? doc.title : doc.body;

/**
 * Whether the title or the body holds a match of `words` (the title asked first): the test a rule makes of the
 * whole story, written out in many checks before (tidy43, read42's smell 1).
 */
export const toldIn = (doc: TagDocument, words: RegExp): boolean =>
  words.test(doc.title.text) || words.test(doc.body.text);

/**
 * The index of the story's lead among the body's sentences: the first that ends past the story's start (after a
 * byline, a repeated title or an inline dateline, see `storyStart`), or -1 where the body has none. Found by binary
 * search (`firstSentenceEndingAfter`); the rules that read the lead wrote `findIndex((s) => s.end > storyStart + 1)`.
 */
export function storyLeadIndex(doc: TagDocument): number {
  return firstSentenceEndingAfter(doc.body.sentences, doc.storyStart + 1);
}

/** The story's lead sentence (see `storyLeadIndex`), if the body has one. */
export function storyLead(doc: TagDocument): Sentence | undefined {
  return doc.body.sentences[storyLeadIndex(doc)];
}

export function prepareField(field: Field, text: string): FieldText {
  const tokens = tokenize(text);
  return { field, text, tokens, sentences: splitSentences(text, tokens), wordIds: wordIdsOf(tokens) };
}

/** Letters of any script are kept; an ASCII title is read without compiling the \p{…} pattern. */
const NOT_LETTERS = letterPattern(String.raw`[^\p{L}]`, 'gu');

export function prepareDocument(input: {
  title?: string | undefined;
  body: string;
  dateline?: string | undefined;
  language: string;
  /** Whether capitals that open the body before a colon name a place: "KARACHI: The court…" (and "Dubai: …"). */
  isPlace?: PlaceTest;
  /** Whether a body's first line "PRIYA NAIR, Mumbai" is a writer's name and town (a byline), not a dateline. */
  writerAndTown?: WriterAndTown;
}): TagDocument {
  renewVocabularyIfFull();
  // Slugs, notices and a press release's tail are blanked before tokenising (text/boilerplate.ts): the
  // fields keep their length, so offsets still index the caller's text.
  const titleText = withoutSourceSuffix(withoutWireSlug(input.title ?? ''));
  const { storyStart: introduced, notesEnd } = readFrontMatter(input.body, titleText, input.writerAndTown);
  const dateline = detectDateline(input.body, input.dateline, introduced, input.isPlace);
  const title = prepareField('title', titleText);
  const body = prepareField('body', withoutBoilerplate(input.body, dateline, notesEnd));
  const letters = title.text.replace(NOT_LETTERS, '');
  const titleIsAllCaps = letters.length > 3 && letters === letters.toUpperCase();
  const storyStartAt = dateline?.end ?? introduced;
  // Two literals rather than a spread of the optional dateline (a spread is a slow generic copy).
  return dateline
    ? { title, body, language: input.language, titleIsAllCaps, storyStart: storyStartAt, dateline }
    : { title, body, language: input.language, titleIsAllCaps, storyStart: storyStartAt };
}
