import { isShipKindBefore } from '../entities/vessels.js';
import type { Entity } from '../schema.js';

/**
 * Words for a kind of work, written right before a work's name: "the game Manhunt", "the film Elf",
 * "Benchley's novel Jaws". Words that are also verbs before a name ("polls show Labour ahead", "book
 * Ryanair flights", "play Arsenal") are left out.
 */
export const KINDS_OF_WORK = new Set(
  (
    'game videogame film movie novel novella album song series sitcom documentary musical opera ballet ' +
    'podcast franchise painting poem'
  ).split(' '),
);

/** The lower-case word right before `start` (one space between) of at most `longest` characters, or '' when none. */
function wordBefore(text: string, start: number, longest = 11): string {
  // Cheap test first: a name right after a word has a space before it and a lower-case letter before that.
  if (start < 5 || text.charCodeAt(start - 1) !== 32) return '';
  const last = text.charCodeAt(start - 2);
  if (last < 97 || last > 122) return '';
  const from = text.lastIndexOf(' ', start - 2) + 1;
  return start - 1 - from <= longest ? text.slice(from, start - 1).toLowerCase() : '';
}

/** The word right before `start` is a word for a kind of work. */
function afterKindOfWork(text: string, start: number): boolean {
  return KINDS_OF_WORK.has(wordBefore(text, start));
}

/**
 * The words right before `start` name a kind of ship: "the tanker", "the aircraft carrier", "the cruise ship",
 * "the Liberian-flagged" (vessels.ts).
 */
function afterKindOfShip(text: string, start: number): boolean {
  const kind = wordBefore(text, start, 24);
  if (kind === '') return false;
  return isShipKindBefore(kind, wordBefore(text, start - kind.length - 1, 24));
}

/**
 * The entities `mayBe` admits that some mention of names right after a word `after` accepts (at the mention's
 * start in its field's text), or undefined when none does: the shape of `namedShips` and `namedWorks`.
 */
export function namedAfter(
  entities: readonly Entity[],
  textOf: (field: 'title' | 'body') => string,
  mayBe: (entity: Entity) => boolean,
  after: (text: string, start: number) => boolean,
): Set<Entity> | undefined {
  let found: Set<Entity> | undefined;
  for (const entity of entities) {
    if (!mayBe(entity)) continue;
    for (const m of entity.mentions)
      if (after(textOf(m.field), m.start)) {
        found ??= new Set();
        found.add(entity);
        break;
      }
  }
  return found;
}

/**
 * Ships the story names after their kind ("the aircraft carrier Gerald R. Ford", which the recogniser
 * makes `other`): every word of the name is the vessel's, and a firm inside it ("Ford") is no car maker,
 * as it is none inside a person's name (read27 F13).
 */
export function namedShips(
  entities: readonly Entity[],
  textOf: (field: 'title' | 'body') => string,
): Set<Entity> | undefined {
  return namedAfter(entities, textOf, (entity) => entity.type === 'other', afterKindOfShip);
}

/**
 * Names the story gives to a work after a word for its kind, anywhere in the title or body: then every
 * mention of the name is the work's ("Rockstar's Manhunt returns" in the headline after "the game Manhunt"
 * in the body). A person or place named after "film" ("the film Oppenheimer" is also a man's name) keeps
 * its own reading. `textOf` gives a field's text.
 */
export function namedWorks(
  entities: readonly Entity[],
  textOf: (field: 'title' | 'body') => string,
): Set<Entity> | undefined {
  return namedAfter(
    entities,
    textOf,
    (entity) => entity.type !== 'person' && entity.type !== 'place' && entity.type !== 'nationality',
    afterKindOfWork,
  );
}
