import type { Entity } from '../schema.js';
import type { TagDocument } from '../text/document.js';

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
 * topics43 (read42 ★7): nor the office that opens a firm's or a prize's name: "American President Lines fined over
 * emissions" is a shipping line's (Lines, Hotels, Group, Airlines, League, Cup and the like after the office).
 */
const OFFICE_RIGHT_AFTER =
  /^\s+(?:(?:former|late|ex-|then|longtime|long-time|first|new|interim|acting)\s*)*(?:president|prime minister|premier)\b(?!\s+of\s+(?!the\s+[Rr]epublic\b))/i;
/** A capitalised word of a firm's or a prize's name right after the office (case-sensitive: the president "lines up"). */
const NAME_AFTER_OFFICE =
  /^\s+(?:Lines?|Hotels?|Group|Holdings|Inc|Corp|Corporation|Co|Company|Airlines?|Airways|Shipping|Bank|Foods?|Brands|Motors|Industries|Resorts?|Inns?|League|Cup|Trophy|Club|Award|Medal)\b/;
const BEFORE_COUNTRY =
  /(?:^|(?:^|\s)(?:former|late|ex-?|then|longtime|long-time|new|interim|acting|the)\s*)$/i;

function officeRightAfter(after: string): boolean {
  const office = OFFICE_RIGHT_AFTER.exec(after);
  return office !== null && !NAME_AFTER_OFFICE.test(after.slice(office[0].length));
}

export function headOfStateInTitle(title: string, entities: readonly Entity[]): boolean {
  if (!/presid|prime minister|premier/i.test(title)) return false;
  return entities.some(
    (e) =>
      (e.id.startsWith('place:iso:') || e.type === 'nationality') &&
      e.mentions.some(
        (m) =>
          m.field === 'title' &&
          ((e.type !== 'nationality' && OFFICE_AFTER.test(title.slice(m.end, m.end + 60))) ||
            (officeRightAfter(title.slice(m.end, m.end + 60)) &&
              BEFORE_COUNTRY.test(title.slice(Math.max(0, m.start - 20), m.start)))),
      ),
  );
}

/**
 * topics55 (topics54's left): a head of state or government named by the office "of" the country in the lead:
 * "Jimmy Carter, the 39th president of the United States, died on Sunday", "the former prime minister of Australia
 * has died". An obituary or a profile names its subject so, and its headline ("Jimmy Carter dies at 100") names no
 * office: the lead is the only word of politics but a bare "president" (firms and clubs have presidents too). The
 * office right before the country is the state's. A body named after the country is no state ("president of the
 * United States Golf Association": a capitalised word follows the country), nor one the country owns ("president of
 * France's largest bank", "of Brazil's football confederation": a possessive follows it).
 */
const OFFICE_OF_BEFORE = /\b(?:president|prime minister|premier)\s+of\s+(?:the\s+)?$/i;
const NAME_AFTER_COUNTRY = /^(?:\s+[A-Z]|['\u2019]s?\b)/;

export function headOfStateInLead(doc: TagDocument, lead: number, entities: readonly Entity[]): boolean {
  const sentence = doc.body.sentences[lead];
  if (sentence === undefined) return false;
  const text = doc.body.text;
  return entities.some(
    (e) =>
      e.id.startsWith('place:iso:') &&
      e.mentions.some(
        (m) =>
          m.field === 'body' &&
          m.start >= sentence.start &&
          m.end <= sentence.end &&
          OFFICE_OF_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)) &&
          !NAME_AFTER_COUNTRY.test(text.slice(m.end, m.end + 3)),
      ),
  );
}
