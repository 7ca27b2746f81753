import { COUNTRY_VOICES, newsmakerNamed } from '../entities/newsmakers.js';
import type { Entity } from '../schema.js';
import type { CountryMention } from './mentions.js';

/** The country each listed politician speaks for, by the newsmaker row's first name. */
const VOICE_CODES: ReadonlyMap<string, string> = new Map(
  Object.entries(COUNTRY_VOICES).flatMap(([code, people]) => people.map((p) => [p, code] as const)),
);

/**
 * Countries of the listed politicians an article in another language names. In English the gazetteer
 * reads "Macron", "Merz" as metonyms; another language's phrase table has only country names, yet the
 * entity pass has already resolved "Emmanuel Macron", "Friedrich Merz" to listed newsmakers, a
 * language-neutral reading ("Le président Emmanuel Macron a reçu Keir Starmer" is FR and GB in any
 * language). Each mention of such a person counts as a metonym of the country, as in English.
 */
export function voiceMentions(entities: readonly Entity[]): CountryMention[] {
  const found: CountryMention[] = [];
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const listed = newsmakerNamed(e.name);
    const code = listed === undefined ? undefined : VOICE_CODES.get(listed);
    if (code === undefined) continue;
    for (const m of e.mentions)
      found.push({
        code,
        kind: 'metonym',
        field: m.field,
        start: m.start,
        end: m.end,
        text: m.text,
        ambiguous: false,
        currency: false,
        needsConfirmation: false,
      });
  }
  return found;
}
