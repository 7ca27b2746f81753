import { recognizeEntities } from '../../../functions/core/entities/recognize.js';
import type { Entity } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { compareMentionPlaces } from '../../../functions/core/text/compare.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

/** The entity recogniser alone on an English article. */
export function entitiesOf(body: string, title?: string): Entity[] {
  return recognizeEntities(prepareDocument({ body, title, language: 'en' }));
}

/** Type of each mention text, in order of the text (one entry per mention). */
export function typesOf(entities: Entity[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })));
  mentions.sort(compareMentionPlaces);
  for (const m of mentions) out.set(m.text, [...(out.get(m.text) ?? []), m.type]);
  return out;
}

/** "name/type" of each entity the whole tagger finds in a body. */
export function typedNames(body: string): string[] {
  return tagArticle({ body }).entities.map((e) => `${e.name}/${e.type}`);
}

/** Each entity the recogniser finds as "id: mention | mention …", sorted. */
export function mentionsOf(body: string, title?: string): string[] {
  return entitiesOf(body, title)
    .map((e) => `${e.id}: ${e.mentions.map((m) => m.text).join(' | ')}`)
    .sort();
}

/** The entity holding a mention written so, as "id: mentions". */
export function entityWith(body: string, text: string, title?: string): string | undefined {
  return mentionsOf(body, title).find((line) => line.split(': ')[1]!.split(' | ').includes(text));
}
