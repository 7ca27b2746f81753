import type { Country } from '../schema.js';
import { CASE_ANY, CASE_CAPITAL, type CompiledLexicon, type LexiconEntry } from './compile.js';
import type { PhraseHits } from './match.js';

/** Where "Labor", capitalised, names a party: Australia's and Israel's. */
const LABOR_PARTY_COUNTRIES = new Set(['AU', 'IL']);

/**
 * Nouns of work that American English puts after "Labor" opening a sentence or a title-case headline ("Labor talks",
 * "Labor Costs Rise"); a party is followed by its people, its acts or its name ("Labor MPs", "Labor leads", "Labor
 * government", "Labor Party").
 */
const WORK_NOUNS = new Set(
  `talks costs cost shortages shortage unions union market markets force laws law rights leaders strife unrest disputes
  dispute groups activists organizers organisers contract contracts movement relations productivity supply demand
  standards practices camps trafficking action actions negotiations negotiators participation pool peace abuses
  conditions protections protection`.split(/\s+/),
);

/** "Labor" as a word, with the word after it. */
const LABOR_AND_NEXT = /\bLabor\b(?!['\u2019])[ \t]*([A-Za-z]*)/g;

/**
 * "Labor" with a capital is Australia's (or Israel's) party, or American English's labor opening a sentence or a
 * headline in title case ("Labor talks at the ports broke down", "Labor Talks Collapse"): review58 ★1. The
 * lexicon's capitalised "Labor" reads the party wherever it stands. A story that names neither country writes labor
 * where it is set in the United States, or where every "Labor" it writes alone comes before a noun of work (a
 * domestic Australian story often names no place: "Labor leads the Coalition 54-46", "The Labor government will
 * introduce the bill", review59 ★2): there the capitalised word's hits count as the lower-case word's. Longer names
 * keep their own entries ("Labor Party", "Labor Department").
 */
export function writesLaborAsWork(title: string, body: string, countries: readonly Country[]): boolean {
  if (countries.some((c) => LABOR_PARTY_COUNTRIES.has(c.code))) return false;
  if (countries.some((c) => c.code === 'US')) return true;
  let work = false;
  for (const [text, isTitle] of [
    [title, true],
    [body, false],
  ] as const) {
    if (!text.includes('Labor')) continue;
    LABOR_AND_NEXT.lastIndex = 0;
    for (let m = LABOR_AND_NEXT.exec(text); m !== null; m = LABOR_AND_NEXT.exec(text)) {
      const next = m[1] ?? '';
      if (WORK_NOUNS.has(next.toLowerCase()) && (isTitle || next === next.toLowerCase())) work = true;
      // Any other lower-case word after it (or any in a title) is the party's: "Labor leads", "The Labor government".
      // A capitalised one in the body opens a longer name read by its own entry ("Labor Department", "Labor Party")
      // or names the party's people ("Labor MPs"): it casts no vote.
      else if (isTitle || next === '' || next === next.toLowerCase()) return false;
    }
  }
  return work;
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
