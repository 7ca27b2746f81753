import type { TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import type { Candidate } from './classify.js';

/** "(MAN)", "(TSLA)": right after a name, an opening bracket, two to six capitals and the closing bracket. */
const BRACKET_AFTER = lazyPattern(() => /^ ?\((\p{Lu}{2,6})\)/u);

/**
 * Names the text itself gives as another name of the name before them: an acronym or ticker in capitals in
 * brackets right after a body's name ("Manufacturers Association of Nigeria (MAN)", "Tesla Inc. (TSLA)").
 * Returns each alias's text with the mention it names; merge.ts joins every mention of the alias, in any
 * reading, to that mention's entity.
 *
 * A bracketed word is an alias only when it starts as the name does (not "Exchange Commission (SEC)" or
 * "Petroleum Exporting Countries (OPEC)", names the chunker cut); nothing bracketed after a person ("Mike
 * Johnson (Louisiana)"), no country or nationality after a body ("Reuters (UK)"). Short forms in lower case
 * after their capital ("Petroliam Nasional Bhd (Petronas)", "(Busa)") are not read yet (2026-12-01: written,
 * not landed for want of bundle bytes).
 */
export function aliasesInText(
  candidates: readonly Candidate[],
  doc: TagDocument,
): Map<string, Candidate> | undefined {
  let aliases: Map<string, Candidate> | undefined;
  for (const full of candidates) {
    if (full.type === 'nationality' || full.type === 'person') continue;
    const text = (full.field === 'title' ? doc.title : doc.body).text;
    // Cheap test first: a bracket right after the name or after one space.
    const next = text.charCodeAt(full.end);
    if ((next === 32 ? text.charCodeAt(full.end + 1) : next) !== 40) continue;
    const found = BRACKET_AFTER.exec(text.slice(full.end, full.end + 16));
    if (!found) continue;
    const word = found[1]!;
    const at = full.end + found[0].length - word.length - 1;
    const alias = candidates.find((c) => c.start === at && c.field === full.field);
    if (
      word.charAt(0) !== full.words[0]!.charAt(0) ||
      (alias?.countryCode !== undefined && full.type !== 'place')
    )
      continue;
    aliases ??= new Map();
    aliases.set(word, full);
  }
  return aliases;
}
