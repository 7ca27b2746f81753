import type { Country, Entity } from '../schema.js';
import { CASE_ANY, CASE_CAPITAL, type CompiledLexicon, type LexiconEntry } from './compile.js';
import type { PhraseHits } from './match.js';

/** Where "Labor", capitalised, names a party: Australia's and Israel's. */
const LABOR_PARTY_COUNTRIES = new Set(['AU', 'IL']);

/**
 * "Labor" with a capital is Australia's (or Israel's) party, or American English's labor opening a sentence or a
 * headline in title case ("Labor talks at the ports broke down", "Labor Talks Collapse"): review58 ★1. The
 * lexicon's capitalised "Labor" reads the party wherever it stands. A story that names neither country writes labor
 * where it is set in the United States, or where the recogniser found no body "Labor" (it read the word as no
 * name): there the capitalised word's hits count as the lower-case word's. Longer names keep their own entries
 * ("Labor Party", "Labor Department").
 */
export function writesLaborAsWork(entities: readonly Entity[], countries: readonly Country[]): boolean {
  if (countries.some((c) => LABOR_PARTY_COUNTRIES.has(c.code))) return false;
  return (
    countries.some((c) => c.code === 'US') ||
    !entities.some((e) => e.type === 'organization' && e.name === 'Labor')
  );
}

/** Counts the hits of the capitalised "Labor" as the lower-case word's (see `writesLaborAsWork`). */
export function countLaborAsWork(lexicon: CompiledLexicon, hits: Map<LexiconEntry, PhraseHits>): void {
  const [party, work] = laborEntries(lexicon);
  const partyHits = party && hits.get(party);
  if (!partyHits || !work) return;
  hits.delete(party);
  const workHits = hits.get(work);
  if (!workHits) {
    hits.set(work, { ...partyHits, surface: 'labor' });
    return;
  }
  workHits.title += partyHits.title;
  workHits.body += partyHits.body;
  workHits.lead += partyHits.lead;
  workHits.early += partyHits.early;
  workHits.titleHead += partyHits.titleHead;
  workHits.leadHead += partyHits.leadHead;
  if (partyHits.framed) {
    const framed = workHits.framed ?? new Array<number>(partyHits.framed.length).fill(0);
    partyHits.framed.forEach((n, f) => {
      framed[f] = (framed[f] ?? 0) + n;
    });
    workHits.framed = framed;
  }
}

/** The lexicon's one-word "Labor" (capitalised) and "labor" (any case) entries. */
function laborEntries(lexicon: CompiledLexicon): [LexiconEntry | undefined, LexiconEntry | undefined] {
  const entries = lexicon.index.get('labor') ?? [];
  const single = (rule: number) => entries.find((e) => e.rest.length === 0 && e.cases[0] === rule);
  return [single(CASE_CAPITAL), single(CASE_ANY)];
}
