import { COUNTRY_VOICES, newsmakerNamed } from '../entities/newsmakers.js';
import type { Entity, Mention } from '../schema.js';
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
  return listedVoiceMentions(entities, () => true);
}

/**
 * English: mentions of listed politicians the entity pass read by a form the country gazetteer has no phrase
 * for ("Prime Minister Albanese", "Jerome H. Powell": person-ids.ts), as metonyms of their country, as the
 * listed forms are. Not a mention the gazetteer read or left out on purpose (a listed form: "Rubio" alone is a
 * common surname), nor one overlapping a metonym it found ("Claudia Sheinbaum" of "Claudia Sheinbaum Pardo").
 */
export function unreadVoiceMentions(
  entities: readonly Entity[],
  found: readonly CountryMention[],
): CountryMention[] {
  return listedVoiceMentions(
    entities,
    (m) =>
      newsmakerNamed(m.text) === undefined &&
      !found.some((f) => f.field === m.field && f.start < m.end && m.start < f.end),
  );
}

/** The mentions `keep` accepts of the listed politicians among `entities`, as metonyms of their countries. */
function listedVoiceMentions(entities: readonly Entity[], keep: (m: Mention) => boolean): CountryMention[] {
  const found: CountryMention[] = [];
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const listed = newsmakerNamed(e.name);
    const code = listed === undefined ? undefined : VOICE_CODES.get(listed);
    if (code === undefined) continue;
    for (const m of e.mentions)
      if (keep(m))
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
