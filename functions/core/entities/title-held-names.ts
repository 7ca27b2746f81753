import type { Entity, Mention } from '../schema.js';
import { isGivenName } from './lexicon.js';
import { slug } from './places.js';

/**
 * Titles the European languages write capitalised before a holder's name (German capitalises every noun):
 * "Trainer Vincent Kompany", "Kanzler Friedrich Merz", "Bundeskanzler", "Präsident", "Minister".
 */
const TITLES: ReadonlySet<string> = new Set(
  `Trainer Cheftrainer Coach Kanzler Bundeskanzler Kanzlerin Präsident Präsidentin Bundespräsident Minister
  Ministerin Bürgermeister Bürgermeisterin Ministerpräsident Ministerpräsidentin Chef Chefin Kapitän Stürmer
  Torhüter Regisseur Regisseurin Sänger Sängerin Autor Autorin`.split(/\s+/),
);

/** A name word: a capital, then letters (and hyphens) only; no particle. */
const NAME_WORD = /^[A-Z\u00c0-\u00de][A-Za-z\u00df-\u00ff-]+$/;

/**
 * The person a longer run of another language holds after a title ("Mannschaft von Trainer Vincent Kompany der
 * Titel", read by the English recogniser as one thing and dropped, read34): a title, a given name and one more
 * name word, as its own person entity. Undefined when the run holds none.
 */
export function personAfterTitle(entity: Entity): Entity | undefined {
  if (entity.type !== 'other') return undefined;
  const words = entity.name.split(' ');
  for (let i = 0; i + 2 < words.length; i++) {
    if (!TITLES.has(words[i]!) || !isGivenName(words[i + 1]!) || !NAME_WORD.test(words[i + 2]!)) continue;
    if (isGivenName(words[i + 2]!) && i + 3 < words.length && NAME_WORD.test(words[i + 3]!)) continue;
    const name = `${words[i + 1]} ${words[i + 2]}`;
    const mentions: Mention[] = [];
    for (const m of entity.mentions) {
      const at = m.text.indexOf(name);
      if (at >= 0) mentions.push({ ...m, start: m.start + at, end: m.start + at + name.length, text: name });
    }
    if (mentions.length === 0) return undefined;
    return { ...entity, id: `person:${slug(name)}`, name, type: 'person', mentions };
  }
  return undefined;
}
