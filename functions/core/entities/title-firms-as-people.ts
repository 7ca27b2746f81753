import type { Entity } from '../schema.js';
import { joinEntities } from './join-entities.js';

/** A short name in capitals, read as a firm for its shape ("JJ", "RM"); a word ("Green") reads by its sentence. */
const CAPITALS_NAME = /^[A-Z]{2,5}$/;

/**
 * "Austria's JJ wins Eurovision" over "Austrian singer JJ won …": a headline's short name read as a firm
 * (a country's possessive before capitals) is the person the story's text names alike with a person's cue.
 * The body's reading wins: a headline keeps only the words a sentence would have explained. Only a firm the
 * headline alone names, so a firm the story itself writes so stays one, and only a name in capitals.
 */
export function withTitleFirmsAsPeople(entities: Entity[]): Entity[] {
  const people = new Map<string, number>();
  entities.forEach((e, i) => {
    if (e.type === 'person' && e.mentions.some((m) => m.field === 'body')) people.set(e.name, i);
  });
  if (people.size === 0) return entities;
  const joined = new Map<number, Entity>();
  const dropped = new Set<number>();
  entities.forEach((e, i) => {
    if (
      e.type !== 'organization' ||
      !CAPITALS_NAME.test(e.name) ||
      e.mentions.some((m) => m.field !== 'title')
    )
      return;
    const person = people.get(e.name);
    if (person === undefined) return;
    joined.set(person, joinEntities(joined.get(person) ?? entities[person]!, e));
    dropped.add(i);
  });
  if (dropped.size === 0) return entities;
  // Pushed, not `flatMap`ped: a flatMap's array is holey, and the passes after this one, optimised for the
  // packed lists every other pass returns, were thrown away at the first article it changed (text/packed-map.ts).
  const kept: Entity[] = [];
  for (let i = 0; i < entities.length; i++) if (!dropped.has(i)) kept.push(joined.get(i) ?? entities[i]!);
  return kept;
}
