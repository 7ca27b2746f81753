// The town of a firm's works, named between the owner's "its" and the works' noun ("its Pyeongtaek plant").
import type { Field } from '../../schema.js';
import type { Word } from '../chunk.js';
import { gazetteerOfWord, isLowerWordWord } from '../word-facts.js';
import { type Context, lowerTokenText } from './context.js';
import { ACRONYM } from './word-tests.js';

/** Nouns of a firm's works, which stand in a town. */
const WORKS_NOUNS = new Set(
  'plant plants factory factories refinery smelter mill mills mine mines foundry fab shipyard yard'.split(
    ' ',
  ),
);
/** The owner's determiners: the firm is named before, so the word between is no firm's. */
const OWNERS = new Set(['its', 'their']);

/**
 * "Samsung will invest in its Pyeongtaek plant", "Alcoa agreed to sell its Goldendale smelter": one word no list
 * knows, in mixed case, between the owner's "its" or "their" and a noun of works, is the works' town. ("the
 * Zincor plant", "a Reed plant" name the firm that runs it, so only after an owner's word; an acronym or an
 * ordinary word there is a brand or a kind: "its BP refinery", "its Wafer fab".)
 */
export function ownersSiteTown(ctx: Context, field: Field, word: Word): boolean {
  return (
    OWNERS.has(lowerTokenText(ctx, field, word.index - 1)) &&
    WORKS_NOUNS.has(lowerTokenText(ctx, field, word.index + 1)) &&
    word.capitalised &&
    !word.caseless &&
    !ACRONYM.test(word.core) &&
    !isLowerWordWord(word) &&
    gazetteerOfWord(word) === undefined
  );
}
