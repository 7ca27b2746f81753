/**
 * Capitalised articles, pronouns and conjunctions that open a sentence or an item and continue no name:
 * "…access to China\nThe big picture:", "in Washington, D.C. The talks", "the U.K. It said".
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  'The A An It Its He His She Her They Their We Our I This That These Those There As But If When While'.split(
    ' ',
  ),
);
