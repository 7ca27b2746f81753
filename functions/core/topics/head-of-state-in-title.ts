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

export function headOfStateInTitle(title: string, entities: readonly Entity[]): boolean {
  if (!/presid|prime minister|premier/i.test(title)) return false;
  return entities.some(
    (e) =>
      e.id.startsWith('place:iso:') &&
      e.mentions.some((m) => m.field === 'title' && OFFICE_AFTER.test(title.slice(m.end, m.end + 60))),
  );
}
