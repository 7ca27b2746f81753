// What chunking asks of a word's lower-case form, as `WORD_BITS` bits (word-bits.ts).
import { CALENDAR_WORDS, FUNCTION_WORDS, ORG_LEADS } from '../lexicon.js';
import { WORD_BITS } from '../word-bits.js';

/** Abbreviated first words of place names whose period the tokenizer splits off before a capital. */
// ("Sault Ste. Marie", "Ste. Genevieve": "Ste." is the French "Sainte".)
const ABBREVIATED_LEADS = new Set(['st', 'ste', 'mt', 'ft']);
const STATE_LEADS = new Set(['republic', 'kingdom']);

const PRONOUN_CONTRACTION = /^i['\u2019](?:m|ve|d|ll)$/;
// What chunking asks of a word's lower-case form (see word-bits.ts).
export const C_CALENDAR = WORD_BITS.bit((lower) => CALENDAR_WORDS.has(lower));
/**
 * "open on Mondays and Fridays", "Saturdays at the store": a plural weekday opens no name; after a name word it
 * stays in the name ("Happy Mondays", "TGI Fridays").
 */
const PLURAL_WEEKDAYS = new Set('mondays tuesdays wednesdays thursdays fridays saturdays sundays'.split(' '));
export const C_PLURAL_WEEKDAY = WORD_BITS.bit((lower) => PLURAL_WEEKDAYS.has(lower));
export const C_ABBREVIATED_LEAD = WORD_BITS.bit((lower) => ABBREVIATED_LEADS.has(lower));
export const C_ORG_OR_STATE_LEAD = WORD_BITS.bit((lower) => ORG_LEADS.has(lower) || STATE_LEADS.has(lower));
/**
 * "General Agreement | on Tariffs and Trade", "Intergovernmental Panel | on Climate Change", "Convention | on
 * Biological Diversity": a pact or panel named by its subject after "on" (not after one word alone: "Agreement on
 * Trade" may open a headline's sentence).
 */
const PACT_LEADS = new Set(['agreement', 'treaty', 'convention', 'panel', 'protocol', 'forum', 'dialogue']);
export const C_PACT_LEAD = WORD_BITS.bit((lower) => PACT_LEADS.has(lower));
export const C_FUNCTION = WORD_BITS.bit((lower) => FUNCTION_WORDS.has(lower));
/** "the hardest Ryder Cup I've played": the pronoun "I" with a verb's contraction is no name word. */
export const C_PRONOUN_CONTRACTION = WORD_BITS.bit((lower) => PRONOUN_CONTRACTION.test(lower));
