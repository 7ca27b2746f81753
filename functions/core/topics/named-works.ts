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

/** The word right before `start` (one space between) is a word for a kind of work. */
function afterKindOfWork(text: string, start: number): boolean {
  // Cheap test first: a name right after a word has a space before it and a lower-case letter before that.
  if (start < 5 || text.charCodeAt(start - 1) !== 32) return false;
  const last = text.charCodeAt(start - 2);
  if (last < 97 || last > 122) return false;
  const from = text.lastIndexOf(' ', start - 2) + 1;
  return start - 1 - from <= 11 && KINDS_OF_WORK.has(text.slice(from, start - 1).toLowerCase());
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
  let works: Set<Entity> | undefined;
  for (const entity of entities) {
    if (entity.type === 'person' || entity.type === 'place' || entity.type === 'nationality') continue;
    for (const m of entity.mentions)
      if (afterKindOfWork(textOf(m.field), m.start)) {
        works ??= new Set();
        works.add(entity);
        break;
      }
  }
  return works;
}
