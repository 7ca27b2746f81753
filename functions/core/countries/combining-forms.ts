import type { FieldText } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "Franco-German ties", "Anglo-Irish relations", "Russo-Ukrainian war", "Indo-Pakistani talks": the combining form of
 * a country's name glued by a hyphen to another country's word names that country too (wild49 C2: "Franco-German
 * ties were strained" gave Germany alone). Only before a hyphen and a country mention: "General Franco", "Anglo
 * American said", "the Indo-Pacific" and "Greco-Roman wrestling" name none. "Sino-" is a demonym already
 * (curated.ts).
 */
const FORMS: ReadonlyMap<string, string> = new Map([
  ['franco', 'FR'],
  ['anglo', 'GB'],
  ['russo', 'RU'],
  ['italo', 'IT'],
  ['greco', 'GR'],
  ['turco', 'TR'],
  ['luso', 'PT'],
  ['nippo', 'JP'],
  ['indo', 'IN'],
  ['austro', 'AT'],
  ['hispano', 'ES'],
]);

/**
 * A capitalised combining form and the hyphen after it (the first letter upper case; capitals too): "-", the
 * Unicode hyphen U+2010, the non-breaking hyphen U+2011 or the en dash U+2013 (the token scanner splits each off).
 */
const FORM_BEFORE_HYPHEN = /\b([A-Z][a-zA-Z]{3,6})[-\u2010\u2011\u2013]/g;
/** Every form ends in "o": a field without "o" or "O" right before one of those hyphens has none. */
const O_BEFORE_HYPHEN = /[oO][-\u2010\u2011\u2013]/;

/** The mentions of the combining forms glued to a country mention of `found` in the field. */
export function combiningFormMentions(field: FieldText, found: readonly CountryMention[]): CountryMention[] {
  const { text } = field;
  if (!O_BEFORE_HYPHEN.test(text)) return [];
  let starts: Set<number> | undefined;
  let out: CountryMention[] | undefined;
  for (const m of text.matchAll(FORM_BEFORE_HYPHEN)) {
    const code = FORMS.get(m[1]!.toLowerCase());
    if (code === undefined) continue;
    starts ??= new Set(found.filter((f) => f.field === field.field).map((f) => f.start));
    const after = m.index + m[0].length;
    if (!starts.has(after)) continue;
    out ??= [];
    out.push({
      code,
      kind: 'demonym',
      field: field.field,
      start: m.index,
      end: m.index + m[1]!.length,
      text: m[1]!,
      ambiguous: false,
      currency: false,
      needsConfirmation: false,
    });
  }
  return out ?? [];
}
