import type { Mention } from '../schema.js';
import { foldedLetters, isAsciiText, lowerCased, withoutMarks } from '../text/chars.js';

/**
 * Letters GeoNames' romanisations of Arabic, Persian, Hindi, Japanese and Korean names carry and the English
 * press leaves out: macrons (S\u016brat, \u014cita), dots and cedillas under h, d, s, t, z (Rafa\u1e29, Asy\u016b\u0163),
 * breves of Korean (Hamh\u016dng), and the ayn and hamza marks (Ta\u2018izz, S\u0101marr\u0101\u2019).
 * Turkish, Romanian, Polish or Vietnamese letters are not among them: "\u015eanl\u0131urfa" keeps its spelling.
 */
const ROMANISATION =
  /[\u0100\u0101\u0112\u0113\u012a\u012b\u014c\u014d\u016a\u016b\u014e\u014f\u016c\u016d\u1e0c\u1e0d\u1e10\u1e11\u1e24\u1e25\u1e28\u1e29\u1e62\u1e63\u1e6c\u1e6d\u1e92\u1e93\u1e94\u1e95\u1e96\u2018\u02bb\u02bf\u02be]/;
/** After NFD: macron, breve, dot below, cedilla, comma below, line below. */
const ROMANISATION_MARKS = /[\u0304\u0306\u0323\u0326\u0327\u0331]/g;
const AYN_AND_HAMZA = /[\u2018\u2019\u02bb\u02bc\u02be\u02bf]/g;

/**
 * A place's name as English news writes it, where the gazetteer's is a romanisation with marks: the
 * article's own spelling when it is the same name without them ("Rafah" for "Rafa\u1e29"), else the name
 * without the marks ("Al \u1e28udaydah" → "Al Hudaydah"). Other names are returned as they are.
 */
export function plainPlaceName(name: string, mentions: readonly Mention[]): string {
  if (isAsciiText(name) || !ROMANISATION.test(name)) return name;
  const plain = name
    .normalize('NFD')
    .replace(ROMANISATION_MARKS, '')
    .replace(AYN_AND_HAMZA, '')
    .normalize('NFC');
  const key = folded(plain);
  for (const m of mentions)
    if (m.text !== m.text.toUpperCase() && folded(m.text.replace(AYN_AND_HAMZA, '')) === key) return m.text;
  return plain;
}

const folded = (text: string): string => foldedLetters(withoutMarks(lowerCased(text).normalize('NFD')));
