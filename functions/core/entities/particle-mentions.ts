import type { Entity, Mention } from '../schema.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { NAME_PARTICLES } from './lexicon.js';

/** The lower-case particle and the space right before a mention: "de " of "invokes de Gaulle". */
const PARTICLE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(\p{Ll}{1,4}) $/u);

/**
 * Mentions of a surname written with its particle in lower case ("Macron invokes de Gaulle", "cited van Gogh")
 * as the whole name of the entity writes it ("Charles de Gaulle"): the mention takes the particle the chunker
 * left out, since only a capitalised word opens a name. Other mentions are left as they are.
 */
export function withParticleMentions(
  entities: Entity[],
  texts: { readonly title: string; readonly body: string },
): Entity[] {
  let changed = false;
  const out = entities.map((entity) => {
    if (entity.type !== 'person' || !entity.name.includes(' ')) return entity;
    let mentions: Mention[] | undefined;
    entity.mentions.forEach((m, i) => {
      const text = texts[m.field];
      const found = PARTICLE_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start));
      const particle = found?.[1];
      if (particle === undefined || !NAME_PARTICLES.has(particle)) return;
      if (!entity.name.endsWith(` ${particle} ${m.text}`)) return;
      const start = m.start - particle.length - 1;
      mentions ??= entity.mentions.slice();
      mentions[i] = { ...m, start, text: text.slice(start, m.end) };
    });
    if (mentions === undefined) return entity;
    changed = true;
    return { ...entity, mentions };
  });
  return changed ? out : entities;
}
