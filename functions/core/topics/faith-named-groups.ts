import { lazyPattern } from '../text/lazy-pattern.js';
import type { Token } from '../text/tokens.js';

/**
 * Militant groups named after a faith: "État islamique", "Islamischer Staat", "Estado Islámico", "Jihad
 * islamique", and the Sahel's "Groupe de soutien à l'islam et aux musulmans" (JNIM). These names are where
 * "islamique" and "musulmans" occur most in news, and they name an armed group, not a religion story
 * (read31 F3). A faith word beside a state or jihad word is such a name ...
 */
const NAME_PARTNERS = new Set([
  '\u00e9tat',
  'etat',
  'staat',
  'estado',
  'stato',
  'pa\u0144stwo',
  'jihad',
  'djihad',
  'dschihad',
  'yihad',
]);

/** ... and so is one in the next few words after a capitalised "Groupe"/"Gruppe"/"Grupo" that opens a name. */
const GROUP_HEADS = new Set(['Groupe', 'Gruppe', 'Grupo', 'Gruppo', 'Groep', 'Grupa']);
const GROUP_NAME_WORDS = 8;

const LETTER = lazyPattern(() => /\p{L}/u);

/**
 * Whether the word at `i` belongs to the name of a group named after a faith rather than speaking of the faith.
 * `words` are the field's tokens as the lists read them (lower case, an elided article dropped).
 */
export function inFaithNamedGroup(tokens: readonly Token[], words: readonly string[], i: number): boolean {
  if (NAME_PARTNERS.has(words[i - 1] ?? '') || NAME_PARTNERS.has(words[i + 1] ?? '')) return true;
  for (let j = i - 1; j >= 0 && j >= i - GROUP_NAME_WORDS; j--) {
    const text = tokens[j]!.text;
    if (GROUP_HEADS.has(text)) return true;
    if (!LETTER.test(text)) return false;
  }
  return false;
}
