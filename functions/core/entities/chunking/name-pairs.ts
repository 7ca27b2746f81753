// Two names hyphened before a noun of a meeting or a match ("the Trump-Lee summit"): each a name of its own.
import { lowerCased } from '../../text/chars.js';
import type { FieldText } from '../../text/document.js';
import { letterPattern } from '../../text/letters.js';
import type { Chunk, Word } from '../chunk.js';
import { FUNCTION_WORDS } from '../lexicon.js';
import { CORE_SHAPES } from '../word-bits.js';
import { wordWith } from '../word-copy.js';
import { chunkWith } from './chunk-copies.js';

/** Nouns after "the Trump-Lee summit", "US-China talks", "the Sinner-Alcaraz final": two sides meet or relate. */
const PAIR_NOUNS = new Set(
  'summit summits talks meeting meetings call calls deal pact accord agreement relations relationship ties rivalry match final semifinal semi-final clash fight bout duel debate dialogue negotiations alliance partnership showdown handshake feud encounter border détente rapprochement'.split(
    ' ',
  ),
);
const NAME_PAIR = letterPattern(String.raw`^(\p{Lu}[\p{L}.]*)-(\p{Lu}[\p{L}.]*)$`);
/**
 * Nouns of a way between two places: "the Warsaw-Lublin line", "the Beijing-Shanghai railway", "the
 * Lagos-Ibadan expressway". The two ends are places of their own when the lists know both as places.
 */
const ROUTE_NOUNS = new Set(
  'line route railway railroad rail highway motorway expressway road pipeline corridor flight flights ferry link'.split(
    ' ',
  ),
);

/**
 * "the Trump-Lee summit", "US-China talks", "the Sinner-Alcaraz final": two names hyphened before a noun
 * of a meeting, a relation or a match are the two sides, each a name of its own, when each is a name the
 * lists or the article know alone (not "Nagorno-Karabakh"), and the lists know no name of the whole
 * ("Rolls-Royce"). `isName` says which parts are names, `isListed` which wholes the lists know.
 * "a Russian-American dancer", "a German-Russian citizen": two peoples' words hyphened are the two
 * nationalities, before any noun (`isDemonym`); the whole is no body or person.
 */
export function splitNamePairs(
  field: FieldText,
  chunks: readonly Chunk[],
  isName: (part: string) => boolean,
  isListed: (name: string) => boolean,
  isDemonym: (part: string) => boolean = () => false,
  isPlace: (part: string) => boolean = () => false,
  isCountry: (part: string) => boolean = () => false,
): Chunk[] {
  const out: Chunk[] = [];
  for (const chunk of chunks) {
    const w = chunk.words[chunk.words.length - 1]!;
    // "The Trump-Lee summit": a sentence's capitalised article opens the chunk.
    const alone = chunk.words.every((x) => x === w || FUNCTION_WORDS.has(x.lower));
    const next = alone && !w.caseless ? field.tokens[chunk.after]?.text : undefined;
    const pair = alone && !w.caseless ? NAME_PAIR.exec(w.core) : null;
    const sides =
      pair !== null &&
      ((next !== undefined && PAIR_NOUNS.has(lowerCased(next)) && isName(pair[1]!) && isName(pair[2]!)) ||
        (next !== undefined && ROUTE_NOUNS.has(lowerCased(next)) && isPlace(pair[1]!) && isPlace(pair[2]!)) ||
        (isDemonym(pair[1]!) && isDemonym(pair[2]!)) ||
        // "US-China trade talks", "the India-Pakistan cricket match": two countries, whatever noun follows.
        (isCountry(pair[1]!) && isCountry(pair[2]!)));
    if (!pair || !sides || isListed(w.core)) {
      out.push(chunk);
      continue;
    }
    const a = pair[1]!;
    const b = pair[2]!;
    const first: Word = wordWith(w, {
      core: a,
      lower: lowerCased(a),
      shapes: CORE_SHAPES.of(a),
      end: w.start + a.length,
      possessive: false,
    });
    const second: Word = wordWith(w, {
      core: b,
      lower: lowerCased(b),
      shapes: CORE_SHAPES.of(b),
      start: first.end + 1,
      initial: false,
    });
    out.push(
      chunkWith(chunk, [first], chunk.initial, a, first.start, first.end, w.index - 1),
      chunkWith(chunk, [second], false, b, second.start),
    );
  }
  return out;
}
