/**
 * The notation of the other-language word lists (data/topics/other-languages.json and the tables beside
 * other-languages.ts): an entry is a whole word ("vote"), a word's opening ending in '*' ("gouvernement*": any
 * ending, as these languages inflect) or, for German compounds, a part anywhere in the word starting with '~'
 * ("~regierung": "Bundesregierung").
 */
export type ListEntry =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'opening'; readonly text: string }
  | { readonly kind: 'part'; readonly text: string };

export function parseListEntry(entry: string): ListEntry {
  if (entry.startsWith('~')) return { kind: 'part', text: entry.slice(1) };
  if (entry.endsWith('*')) return { kind: 'opening', text: entry.slice(0, -1) };
  return { kind: 'word', text: entry };
}

/** Whether `word` (lower case, as the lists) is what `entry` names. */
export function entryMatches(word: string | undefined, entry: string): boolean {
  if (word === undefined) return false;
  const { kind, text } = parseListEntry(entry);
  if (kind === 'part') return word.includes(text);
  if (kind === 'opening') return word.startsWith(text);
  return word === text;
}
