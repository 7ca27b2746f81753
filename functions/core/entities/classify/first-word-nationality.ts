// The run's first word as a nationality, read by `nationalWordOpens` and `nationalRun`.
import type { GazetteerEntry } from '../lexicon.js';
import { candidate } from '../typing/candidates.js';
import type { Candidate } from '../typing/context.js';
import type { Reading } from '../typing/reading.js';

/**
 * The run's first word alone as the nationality of the country its gazetteer entry names ("Russian" of "Russian
 * Daniil Medvedev").
 */
export function firstWordNationality(
  reading: Reading,
  countryCode: GazetteerEntry['countryCode'],
): Candidate {
  return candidate(reading.chunk, reading.from, reading.from + 1, 'nationality', 3, reading.base, {
    canonical: undefined,
    countryCode,
    placeId: undefined,
    teamFromPlace: undefined,
    personish: undefined,
  });
}
