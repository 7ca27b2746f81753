import lexiconData from '../../data/packed/topics-lexicon.js';
import { compileFrames } from '../frames.js';
import { loadLexiconColumns } from '../lexicon-columns.js';
import { compileSenses } from '../senses.js';

/**
 * Loaded once at import: the lexicon index (compiled from lexicon/*.ts by scripts/topics-build.ts, so a
 * cold start reads shipped columns, lexicon-columns.ts, instead of compiling ~7,000 terms), the topic
 * tree and the actor frames.
 */
export const LEXICON = loadLexiconColumns(lexiconData);

export const { nodes } = LEXICON;

export const COMPILED_FRAMES = compileFrames(LEXICON);

export const sensesOf = compileSenses(LEXICON);
