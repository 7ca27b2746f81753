import type { Entity, Mention } from '../schema.js';
import { slug } from './places.js';

/** One capital twice ("EE"): the first half of a plural's initials. */
const DOUBLED_CAPITAL = /^([A-Z])\1$/;
/** Right after the first half: its period, at most one space, the second half ("EE.UU.", "EE. UU."). */
const SECOND_HALF = /^\. ?([A-Z])\1\.?/;

/**
 * Spanish abbreviates a plural by doubling its initials: "EE.UU." and "EE. UU." (Estados Unidos). The recogniser
 * stops at the first period and reads "EE" as a body; when every mention of it runs on into the same second half,
 * the entity is the whole abbreviation, named without periods ("EEUU") as the local name tables write it, and
 * its id follows that name.
 */
export function withPairedInitials(
  entity: Entity,
  fields: { readonly title: string; readonly body: string },
): Entity {
  if (entity.type === 'place' || !DOUBLED_CAPITAL.test(entity.name)) return entity;
  let second: string | undefined;
  const mentions: Mention[] = [];
  for (const m of entity.mentions) {
    const text = fields[m.field];
    const half = SECOND_HALF.exec(text.slice(m.end, m.end + 5));
    if (!half || (second !== undefined && half[1] !== second)) return entity;
    second = half[1];
    const end = m.end + half[0].length;
    mentions.push({ ...m, end, text: text.slice(m.start, end) });
  }
  if (second === undefined) return entity;
  const name = `${entity.name}${second}${second}`;
  // Ids join an entity across articles, so an id made from the first half ("organization:cc") follows the
  // joined name ("organization:ccoo"); an id from a list is kept.
  const halfId = `:${slug(entity.name)}`;
  const id = entity.id.endsWith(halfId) ? `${entity.id.slice(0, -halfId.length)}:${slug(name)}` : entity.id;
  return { ...entity, id, name, mentions };
}

/** Right before the second half: the first half and its period ("EE.", "EE. "). */
const FIRST_HALF_BEFORE = /([A-Z])\1\. ?$/;

/**
 * Whether every mention of the entity is the second half of a plural's initials ("UU" of "EE.UU." before a
 * capital, which the recogniser reads alone): no name of its own.
 */
export function isSecondHalfOfInitials(
  entity: Entity,
  fields: { readonly title: string; readonly body: string },
): boolean {
  return (
    entity.type !== 'place' &&
    DOUBLED_CAPITAL.test(entity.name) &&
    entity.mentions.every((m) =>
      FIRST_HALF_BEFORE.test(fields[m.field].slice(Math.max(0, m.start - 4), m.start)),
    )
  );
}
