/**
 * The entity types of the tag result, as a plain list: the schema builds its enum from it, and the API's
 * request parsers (zod/mini, kept out of zod classic for bundle size) validate `type` against it.
 */
export const ENTITY_TYPES = [
  'person',
  'organization',
  'place',
  'nationality',
  'event',
  'product',
  'work',
  'other',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
