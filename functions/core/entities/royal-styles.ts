import { candidateWith } from './candidate-copy.js';
import type { Candidate } from './classify.js';

/**
 * British royal styles and the given names of their present holders: "the Prince of Wales" is William, "the Duke of
 * Sussex" Harry. A story that names "Prince William" and "the Prince of Wales" speaks of one man; only world knowledge
 * tells, and this short table is it. Past holders are left out (PAST_HOLDERS): royal copy names the present holder by
 * the style and the predecessor by name ("The Princess of Wales wore a necklace that belonged to Princess Diana", "a
 * ward named after Prince Charles, who held the title for 64 years"), and those are two people.
 */
const STYLE_HOLDERS = new Map<string, readonly string[]>([
  ['Prince of Wales', ['William']],
  ['Princess of Wales', ['Catherine', 'Kate']],
  ['Duke of Cambridge', ['William']],
  ['Duchess of Cambridge', ['Catherine', 'Kate']],
  ['Duke of Sussex', ['Harry']],
  ['Duchess of Sussex', ['Meghan']],
  ['Duke of York', ['Andrew']],
  ['Duchess of York', ['Sarah']],
  ['Duchess of Cornwall', ['Camilla']],
  ['Princess Royal', ['Anne']],
  ['Earl of Wessex', ['Edward']],
  ['Countess of Wessex', ['Sophie']],
]);

/**
 * Past holders of a style: named in a story (not as the monarch: "King Charles"), they make the style ambiguous —
 * the predecessor beside the present holder, or an archive story of their time ("the Prince of Wales … Prince
 * Charles' income … neither Charles, nor William and Harry") — and the style joins no one.
 */
const PAST_HOLDERS = new Map<string, readonly string[]>([
  ['Prince of Wales', ['Charles']],
  ['Princess of Wales', ['Diana']],
]);

/** The words a style opens with. */
const STYLE_LEADS = new Set(['Prince', 'Princess', 'Duke', 'Duchess', 'Earl', 'Countess']);
/** The titles before a royal's given name ("Prince William", "Duchess Meghan"). */
const ROYAL_PREV = new Set(['prince', 'princess', 'duke', 'duchess', 'earl', 'countess']);
/** Titles that say the given name is the monarch's now ("King Charles"), not the style's. */
const MONARCH_PREV = new Set(['king', 'queen']);

/**
 * "Prince William visited … The Prince of Wales spoke to nurses": a royal style written as a name is the one royal
 * of the story who holds it, named by a given name of the table after a royal title ("Prince William") or alone
 * ("Camilla"). Not where two of its given names are written ("Kate … Princess Catherine"), the
 * given name is a monarch's in the story ("Queen Camilla … the Duchess of Cornwall") or another person's full name
 * ("William Hague"). The person joins the style, as names24's "The Princess of Wales, Catherine," does.
 */
export function royalStyleAliases(
  candidates: readonly Candidate[],
  aliases: Map<string, Candidate> | undefined,
): Map<string, Candidate> | undefined {
  for (const style of candidates) {
    // Cheap first: a person's name opened by a style's lead word.
    if (style.type !== 'person' || !STYLE_LEADS.has(style.words[0]!) || aliases?.has(style.text)) continue;
    const holders = STYLE_HOLDERS.get(style.words.join(' '));
    if (holders === undefined) continue;
    const past = PAST_HOLDERS.get(style.words.join(' '));
    if (past !== undefined && namesPastHolder(candidates, past)) continue;
    const holder = onlyHolder(candidates, holders);
    if (holder === undefined) continue;
    aliases ??= new Map();
    // merge.ts resolves longer names first: the shorter joins the longer ("William" the Prince of Wales).
    if (holder.words.length >= style.words.length) aliases.set(style.text, holder);
    else if (!aliases.has(holder.text)) aliases.set(holder.text, style);
  }
  return aliases;
}

/** Whether the story names a past holder of the style as a person ("Princess Diana", "Charles"), not as monarch. */
function namesPastHolder(candidates: readonly Candidate[], past: readonly string[]): boolean {
  for (const c of candidates)
    if (
      c.type === 'person' &&
      past.includes(c.words[0]!) &&
      (c.prev === undefined || !MONARCH_PREV.has(c.prev)) &&
      (c.words.length === 1 || (c.prev !== undefined && ROYAL_PREV.has(c.prev)))
    )
      return true;
  return false;
}

/** The one person of the story named by one of `holders` as a royal, or undefined (none, or several). */
function onlyHolder(candidates: readonly Candidate[], holders: readonly string[]): Candidate | undefined {
  let found: Candidate | undefined;
  for (const c of candidates) {
    if (c.type !== 'person') continue;
    const given = c.words[0]!;
    const royal = c.prev !== undefined && ROYAL_PREV.has(c.prev);
    const at = holders.indexOf(given);
    if (at < 0) continue;
    if (c.prev !== undefined && MONARCH_PREV.has(c.prev)) return undefined;
    // "William Hague": a full name of another person; "Camilla" alone, "Prince William": the royal.
    if (!royal && c.words.length > 1) return undefined;
    if (found !== undefined && found.words[0] !== given) return undefined;
    if (found === undefined || (royal && found.words.length === 1 && c.words.length > found.words.length))
      found = c;
  }
  return found;
}

/**
 * "Prince William visited … The Prince of Wales spoke": where the story joins a style to its holder, named by a given
 * name of the table (by royalStyleAliases, or in apposition: "The Princess of Wales, Catherine,"), the entity is the
 * holder's, with the id and name "Prince William" alone gives in another story, not the style's, which passes from
 * holder to holder. Returns the candidates with the style's mentions named by the holder (the same array when none).
 */
export function withHolderNames(
  candidates: Candidate[],
  aliases: ReadonlyMap<string, Candidate> | undefined,
): Candidate[] {
  if (aliases === undefined) return candidates;
  let holderOf: Map<string, string> | undefined;
  for (const [alias, style] of aliases) {
    if (style.type !== 'person' || !STYLE_LEADS.has(style.words[0]!)) continue;
    const holders = STYLE_HOLDERS.get(style.words.join(' '));
    if (holders === undefined || !holders.includes(alias)) continue;
    holderOf ??= new Map();
    holderOf.set(style.text, alias);
  }
  if (holderOf === undefined) return candidates;
  return candidates.map((c) => {
    const holder = c.type === 'person' ? holderOf!.get(c.text) : undefined;
    return holder === undefined ? c : candidateWith(c, { canonical: holder });
  });
}
