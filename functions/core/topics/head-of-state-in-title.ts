import type { Entity } from '../schema.js';

/**
 * A country's president or prime minister named in the headline through the country: "Uruguay's former president
 * Jose Mujica dies at 89", "Peru's ex-president ... jailed" (review33 T6). The possessive makes the office a state's,
 * so the story is about a head of state even where "president" (a weak word: firms and clubs have presidents too)
 * is its only word of politics and a past life ("a former guerrilla") speaks louder. A president "of" a body is its
 * head, no state's: "Brazil's president of the football federation", "of the Real Madrid club" (read33, 752fe125);
 * "of the Republic" is the state's.
 */
const OFFICE_AFTER =
  /^\s*['\u2019]s?\s+(?:(?:former|late|ex-|then|longtime|long-time|first|new|interim|acting)\s*)*(?:president|prime minister|premier)\b(?!\s+of\s+(?!the\s+[Rr]epublic\b))/i;

/**
 * topics42 (wild41 ob2): the country or its nationality right before the office, without the possessive: "Former
 * Uruguay president Jose Mujica dies", "Uruguayan president ...". A firm's unit is named by its firm before the
 * country ("Ford Brazil president resigns"), so only the headline's start or a word of time or tenure may stand
 * before the country.
 */
const OFFICE_RIGHT_AFTER =
  /^\s+(?:(?:former|late|ex-|then|longtime|long-time|first|new|interim|acting)\s*)*(?:president|prime minister|premier)\b(?!\s+of\s+(?!the\s+[Rr]epublic\b))/i;
const BEFORE_COUNTRY =
  /(?:^|(?:^|\s)(?:former|late|ex-?|then|longtime|long-time|new|interim|acting|the)\s*)$/i;

export function headOfStateInTitle(title: string, entities: readonly Entity[]): boolean {
  if (!/presid|prime minister|premier/i.test(title)) return false;
  return entities.some(
    (e) =>
      (e.id.startsWith('place:iso:') || e.type === 'nationality') &&
      e.mentions.some(
        (m) =>
          m.field === 'title' &&
          ((e.type !== 'nationality' && OFFICE_AFTER.test(title.slice(m.end, m.end + 60))) ||
            (OFFICE_RIGHT_AFTER.test(title.slice(m.end, m.end + 60)) &&
              BEFORE_COUNTRY.test(title.slice(Math.max(0, m.start - 20), m.start)))),
      ),
  );
}
