// A town's name that is the event held there ("the Indian Wells title", "won in Indian Wells"), and the noun
// after a name that makes it a modifier, no town ("in Indian Summer weather"). Moved from classify.ts (session 45).

/** A lower-case word of four letters or more: a noun the name before it modifies ("Indian Summer weather"). */
export const LOWER_CONTENT_WORD = /^[a-z]{4,}$/;
/** Words after a town's name that make it the event held there: "the Indian Wells title", "the Queens final". */
export const EVENT_AFTER_TOWN = new Set([
  'title',
  'final',
  'tournament',
  'crown',
  'semi-final',
  'quarter-final',
  'draw',
]);
