import type { Entity } from '../schema.js';
import { isGivenName } from './lexicon.js';

/**
 * Monarchs' and princes' words, lower case as the European languages write them before the name ("koning
 * Willem-Alexander", "le roi Charles", "König Felipe"), English and Indonesian/Malay ones too.
 */
const ROYAL_WORDS: ReadonlySet<string> = new Set(
  `koning koningin prins prinses kroonprins kroonprinses könig königin prinz prinzessin kronprinz kronprinzessin
  roi reine prince princesse rey reina príncipe princesa re regina principe principessa rei rainha king queen
  król królowa książę raja ratu sultan`.split(/\s+/),
);

/** "Willem-Alexander", "Jean-Claude": two given names joined by a hyphen. */
function isHyphenedGivenNames(name: string): boolean {
  const dash = name.indexOf('-');
  if (dash < 2 || name.indexOf(' ') >= 0) return false;
  return isGivenName(name.slice(0, dash)) && isGivenName(name.slice(dash + 1));
}

/**
 * Whether an entity read in another language is a monarch or prince named by hyphened given names after a
 * royal word ("bij koning Willem-Alexander", read34): one person everywhere, though no surname follows, which
 * the other-language reading asks of a person otherwise.
 */
export function isRoyalByGivenNames(
  entity: Entity,
  fields: { readonly title: string; readonly body: string },
): boolean {
  if (entity.type !== 'person' || !isHyphenedGivenNames(entity.name)) return false;
  return entity.mentions.some((m) => {
    const before = fields[m.field].slice(Math.max(0, m.start - 20), m.start).trimEnd();
    const word = before.slice(before.lastIndexOf(' ') + 1).toLowerCase();
    return ROYAL_WORDS.has(word);
  });
}
