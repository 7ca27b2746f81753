import type { Country } from '../schema.js';
import type { TagDocument } from '../text/document.js';

/**
 * Where a story's background starts: news puts what it links first (the inverted pyramid), so a country
 * the body first names in its last two-fifths, and the headline not at all, is context added at the end
 * ("Nearly 80 pct of Canada's exports go to the U.S.", "the Philippines should copy Brazil's action").
 */
const BACKGROUND_FROM = 0.6;
/** A story shorter than this (sentences after the dateline) has no room for background: each sentence is news. */
const MIN_SENTENCES_WITH_BACKGROUND = 4;

/** Whether the story is long enough to end on background. */
export function endsOnBackground(doc: TagDocument): boolean {
  let n = 0;
  for (const s of doc.body.sentences)
    if (s.end > doc.storyStart && ++n >= MIN_SENTENCES_WITH_BACKGROUND) return true;
  return false;
}

/** Named first in the last part of the body (after the dateline), never in the headline. */
export function namedLate(doc: TagDocument, country: Country): boolean {
  const start = doc.storyStart;
  const length = doc.body.text.length - start;
  if (length <= 0 || !country.mentions.length) return false;
  const from = start + BACKGROUND_FROM * length;
  return country.mentions.every((m) => m.field === 'body' && m.start >= from);
}
