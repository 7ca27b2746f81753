import { fieldOf, type TagDocument } from '../text/document.js';
import { lookupPhrase } from './gazetteer.js';
import type { CountryMention } from './mentions.js';
import { keyOf } from './normalize.js';

/**
 * "talks collapsed at Crans-Montana", "the Sainte-Victoire": a city or a state joined by a hyphen to a
 * capitalised word that names no place is the second part of another place's name (review30 C7: the Swiss
 * resort counted the US for Montana). "Iran-Iraq", "Tel Aviv-Jerusalem", "Dallas-Fort Worth" join two places,
 * and "Pro-Moscow", "Anti-Washington", "Euro-Atlantic" are prefixes: those keep their mention.
 */
const WORDS_BEFORE_HYPHEN = /((?:[A-Z][A-Za-z\u00C0-\u024F.']*\s+){0,2}[A-Z][A-Za-z\u00C0-\u024F.']*)-$/;
/** Prefixes glued to a place ("Pro-Moscow", "Sino-Japanese", "North-Rhine"): no name's first part. */
const PREFIX =
  /^(?:pro|anti|post|pre|non|neo|pan|trans|mid|inter|ex|euro|afro|sino|indo|anglo|franco|greco|russo|austro|italo|judeo|north|south|east|west|central|greater|all|sub)$/i;

const placeLike = (words: string) => lookupPhrase(keyOf(words)) !== undefined;

/** Whether the capitalised word(s) glued before the hyphen could be a place or a prefix, not a name's first part. */
function joinsPlaces(before: string): boolean {
  const words = before.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    if (placeLike(tail)) return true;
  }
  const last = words[words.length - 1]!;
  return PREFIX.test(last) || last.length < 3 || last === last.toUpperCase();
}

export function withoutCompoundParts(doc: TagDocument, found: CountryMention[]): CountryMention[] {
  let out: CountryMention[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const text = fieldOf(doc, m.field).text;
    const glued =
      (m.kind === 'city' || m.kind === 'region') &&
      text.charCodeAt(m.start - 1) === 45 &&
      isCompoundPart(text.slice(Math.max(0, m.start - 40), m.start));
    if (glued) out ??= found.slice(0, i);
    else out?.push(m);
  }
  return out ?? found;
}

function isCompoundPart(before: string): boolean {
  const match = WORDS_BEFORE_HYPHEN.exec(before);
  return match !== null && !joinsPlaces(match[1]!);
}
