import { possessiveBeforeTitle } from '../entities/typing/word-tests.js';
import type { Entity } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';
import { normalizeWord } from './normalize.js';
import { isAfterPlaceWord } from './place-word.js';

/**
 * A country's name that is a person's name in the same story (review33 ★C1):
 * - the surname of a person the story names in full: "Portugal's Montenegro wins confidence vote", "Montenegro
 *   survives vote", "Montenegro's government" beside "Prime Minister Luis Montenegro" (Montenegro was in focus,
 *   even first, and paired with Portugal);
 * - a given name right before the person's name: "Producer Kenya Barris sold a comedy series" ("Barris" a person,
 *   Kenya was first), "Actress China Anne McClain".
 * Kept: a country the story also names otherwise (by another name, its people or capital, or as the dateline), a
 * name after a place word ("talks in Montenegro", "flew to Kenya"): then the country is there too, and a name whose
 * possessive a ruler's title follows ("Jordan's King Abdullah" beside Michael Jordan: wild58). English only.
 */
export function withoutPeopleNamedLikeCountries(
  doc: TagDocument,
  found: CountryMention[],
  entities: readonly Entity[],
  datelineCode: string | undefined,
): CountryMention[] {
  // English only: in another language the recogniser's people are rougher ("Władze Nigerii", the Nigerian
  // authorities, is a person in Polish) and the country names declined.
  if (doc.language !== 'en' && doc.language !== 'und') return found;
  const people = entities.filter((e) => e.type === 'person');
  if (people.length === 0) return found;
  const surnames = new Set<string>();
  for (const person of people) {
    const space = person.name.lastIndexOf(' ');
    if (space > 0) surnames.add(normalizeWord(person.name.slice(space + 1)));
  }
  const named = (m: CountryMention) => surnames.has(normalizeWord(m.text)) || isGivenName(doc, m, people);
  // A Set: a page naming countries by the thousand made `includes` on an array quadratic.
  const suspect = new Set(
    found.filter(
      (m) => m.kind === 'name' && !isAfterPlaceWord(doc, m) && !beforeRulersTitle(doc, m) && named(m),
    ),
  );
  if (suspect.size === 0) return found;
  // A country named in some other way (or filed from) is in the story whatever its namesake.
  const otherwise = new Set(found.filter((m) => !suspect.has(m)).map((m) => m.code));
  if (datelineCode) otherwise.add(datelineCode);
  return found.filter((m) => !suspect.has(m) || otherwise.has(m.code));
}

/**
 * "Kenya Barris": the country's one word right before a mention of a person the story names, not possessive. In the
 * headline too: "Kenya Moore returns to Real Housewives" over "Kenya Moore will return …" kept Kenya in focus by
 * its headline word alone, the body's being the person's.
 */
function isGivenName(doc: TagDocument, m: CountryMention, people: readonly Entity[]): boolean {
  // ("President of the United Arab Emirates Velmar Torvik", "Prime Minister of the United Kingdom Keir Rodney
  // Starmer": a country of several words before a holder's name is the office's seat, no one's given name.)
  if ((m.field !== 'body' && m.field !== 'title') || m.text.includes(' ')) return false;
  const text = fieldOf(doc, m.field).text;
  if (!/^ [A-Z]/.test(text.slice(m.end, m.end + 2))) return false;
  return people.some((p) => p.mentions.some((pm) => pm.field === m.field && pm.start === m.end + 1));
}

/** "Jordan's King Abdullah", "Kenya's President Ruto": the country's possessive before a title its rulers hold. */
const beforeRulersTitle = (doc: TagDocument, m: CountryMention): boolean =>
  possessiveBeforeTitle(fieldOf(doc, m.field).text, m.end);
