import { fieldOf, type TagDocument } from '../text/document.js';
import { lookupPlace } from './gazetteer.js';
import type { CountryMention } from './mentions.js';

// First words of city names that are words of their own or of many places ("New York", "San Jose", "Port
// Louis", "Saint-Denis"): a headline's "New" or "San" says nothing about the city.
const COMMON_FIRST_WORDS: ReadonlySet<string> = new Set(
  'new san santa santo los las la le el al port fort saint st ste cape mount lake north south east west great grand big little old upper lower the'.split(
    ' ',
  ),
);

// The city's first word alone, at least three letters ("Rio", "Addis", "Dar").
// Latin letters with their accented forms (no \p{...}: nothing to compile at import).
const FIRST_WORD = /^([A-Za-z\u00c0-\u024f]{3,})[\s-]+[A-Za-z\u00c0-\u024f]/;

/**
 * The first word of the dateline's city when the city has two or more words, with the city's country. The
 * body's cities are not asked: a firm named after one ("Rio Grande Drilling Co") is read as a firm later.
 */
function shortFormsNamed(doc: TagDocument): Map<string, string> {
  const forms = new Map<string, string>();
  const add = (name: string) => {
    const first = FIRST_WORD.exec(name)?.[1];
    if (first === undefined || COMMON_FIRST_WORDS.has(first.toLowerCase())) return;
    const place = lookupPlace(name);
    if (place?.kind !== 'city' || lookupPlace(first) !== undefined) return;
    forms.set(first.toLowerCase(), place.countryCode);
  };
  const place = doc.dateline?.place;
  if (place !== undefined) add(place.split(',')[0]!.trim());
  return forms;
}

const WORD = /[A-Za-z\u00c0-\u024f]+/g;

/**
 * "BRICS summit in Rio condemns tariffs" over a RIO DE JANEIRO dateline (review29 C1): a headline shortens a
 * city of two or more words to its first ("Rio", "Addis"), and the gazetteer reads only the full name, so the
 * host was no headline country and ranked third. Where the dateline names the city in full, its first word
 * alone in the headline is that city. A first word of many names ("New", "San", "Port") or a place of its own
 * is not read so.
 */
export function headlineShortCities(doc: TagDocument, found: readonly CountryMention[]): CountryMention[] {
  const title = fieldOf(doc, 'title').text;
  if (title === '') return [];
  const forms = shortFormsNamed(doc);
  if (!forms.size) return [];
  const taken = found.filter((m) => m.field === 'title');
  const out: CountryMention[] = [];
  for (const w of title.matchAll(WORD)) {
    const code = forms.get(w[0].toLowerCase());
    if (code === undefined) continue;
    const start = w.index;
    const end = start + w[0].length;
    if (taken.some((m) => m.start < end && start < m.end)) continue;
    out.push({
      code,
      kind: 'city',
      field: 'title',
      start,
      end,
      text: w[0],
      ambiguous: false,
      currency: false,
      needsConfirmation: false,
    });
  }
  return out;
}
