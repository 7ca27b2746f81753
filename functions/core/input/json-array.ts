/**
 * A .json file or object that holds a JSON array of articles ("[{id, title, body}, …]": a CMS's export, a feed dump).
 * Read as one article it failed INVALID_JSON with a hint to write JSON Lines (review63 ★1); each element is now its
 * own article, named by its `id` and failed alone, as a JSON Lines line is.
 */

/** One element of the array: its position (1-based), its own id, and the value to read as an article. */
export interface JsonArrayItem {
  readonly position: number;
  readonly id: string | undefined;
  readonly article: unknown;
}

/** Text whose first character after white space (and a byte order mark) opens an array. */
const OPENS_ARRAY = /^\uFEFF?\s*\[/;

/**
 * The elements of a JSON array, each with its own `id` (a string, or a number made one); undefined for text that
 * is not a JSON array (a parse error is then the JSON reader's to report). Pure.
 */
export function readJsonArray(text: string): JsonArrayItem[] | undefined {
  if (!OPENS_ARRAY.test(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value)) return undefined;
  return value.map((article, index) => ({ position: index + 1, id: itemIdOf(article), article }));
}

/** An item's id as JSON Feed readers take it: a string, or a number made a string (the spec asks so). */
export function itemIdOf(item: unknown): string | undefined {
  const id = (item as { id?: unknown } | null)?.id;
  const text = typeof id === 'string' ? id.trim() : typeof id === 'number' ? String(id) : '';
  return text === '' ? undefined : text;
}
