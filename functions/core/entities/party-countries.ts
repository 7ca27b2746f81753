import { lookupPlace } from '../countries/gazetteer.js';
import type { TagDocument } from '../text/document.js';
import { candidateWith } from './candidate-copy.js';
import type { Candidate } from './classify.js';
import { countryAdjective, GAZETTEER } from './lexicon.js';

/**
 * Party names that parties of several countries bear, each with the country whose party keeps the bare id
 * (`organization:labour-party` is Britain's, `organization:democratic-progressive-party` Taiwan's). Keys are the
 * names as the text writes them, lower-cased; the value's name is the party's full name.
 */
const SHARED_PARTIES = new Map<string, { readonly home: string; readonly name: string }>([
  ['labour party', { home: 'GB', name: 'Labour Party' }],
  ['labour', { home: 'GB', name: 'Labour Party' }],
  ['democratic progressive party', { home: 'TW', name: 'Democratic Progressive Party' }],
  ['dpp', { home: 'TW', name: 'Democratic Progressive Party' }],
  ['conservative party', { home: 'GB', name: 'Conservative Party' }],
  ['democratic party', { home: 'US', name: 'Democratic Party' }],
  ['republican party', { home: 'US', name: 'Republican Party' }],
]);

/**
 * Countries besides the table's whose party bears the name in English copy: the only ones a dateline may give an
 * untied party (a US party filed from London, UK Labour's MEPs filed from Brussels stay the table's party).
 */
const DATELINE_PARTIES = new Map<string, ReadonlySet<string>>([
  ['Labour Party', new Set(['IE', 'NZ', 'NG', 'MT', 'NO', 'NL', 'IL', 'FJ', 'MU', 'BB'])],
  ['Democratic Progressive Party', new Set(['MW'])],
  ['Conservative Party', new Set(['CA'])],
  ['Democratic Party', new Set(['KR', 'JP', 'IT', 'AL', 'HK'])],
]);

/** Last words of the names above: the cheap test before any lookup. */
const LAST_WORDS = new Set(['Party', 'Labour', 'DPP']);

/** "Malawi's DPP", "Taiwan's ruling Democratic Progressive Party": a possessive and up to two lower-case words. */
const OWNER_GAP = /['\u2019]s? (?:[a-z-]+ ){0,2}$/;

/**
 * One id per party across articles for the names several countries' parties share (the proposal of names24 in
 * docs/entities.md): a party of another country than the table's is `organization:irish-labour-party`,
 * `organization:malawian-democratic-progressive-party`, where the article ties it to that country — its possessive
 * or demonym before the name ("Ireland's Labour Party", "Malawi's opposition DPP", "Irish Labour"), or the
 * dateline's country when the article names neither the table's country nor another tie and that country has a party
 * of the name (DATELINE_PARTIES). Untied mentions of the same name follow when the article ties it to one country
 * only and names no country of the table's party; "Labour" and "the DPP" alone join the qualified
 * party through its own words when merging (merge.ts `ownWords`). An Irish Labour story that names neither Ireland
 * nor an Irish dateline keeps the UK id: the error falls on the smaller party, and the big one's id is never split.
 */
export function withPartyCountries(candidates: Candidate[], doc: TagDocument): Candidate[] {
  // Ties found: party name → the countries the article ties it to.
  let ties: Map<string, Set<string>> | undefined;
  let untied = false;
  // Mentions tied to the table's country ("Britain's Labour Party"): marked only beside another country's.
  let homeTied: number[] | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.type !== 'organization' || c.owner !== undefined || !LAST_WORDS.has(c.words[c.words.length - 1]!))
      continue;
    const own = partyOf(c);
    let code: string | undefined;
    let party = own;
    let named = 0;
    if (party === undefined) {
      // "Irish Labour", "South Korean Democratic Party": the demonym read into the name.
      named = demonymWords(c.words);
      party = named > 0 ? SHARED_PARTIES.get(c.words.slice(named).join(' ').toLowerCase()) : undefined;
      if (party === undefined) continue;
      code = GAZETTEER.get(c.words.slice(0, named).join(' ').toLowerCase())?.countryCode;
    } else code = ownerBefore(candidates, c, doc);
    if (code === undefined) {
      untied = true;
      continue;
    }
    ties ??= new Map();
    const set = ties.get(party.name) ?? new Set<string>();
    ties.set(party.name, set);
    set.add(code);
    if (code === party.home) {
      homeTied ??= [];
      homeTied.push(i);
      continue;
    }
    const owned = ownedParty(c, code, party.name, named > 0);
    if (owned !== undefined) candidates[i] = owned;
  }
  // "Britain's Labour Party and Ireland's Labour Party": the British one is marked too, keeping the bare id, so that
  // merging tells the two apart (else "Labour Party" joins the longer "Irish Labour Party").
  if (homeTied !== undefined && ties !== undefined)
    for (const i of homeTied) {
      const c = candidates[i]!;
      const party = partyOf(c);
      if (party === undefined || ties.get(party.name)!.size < 2) continue;
      const owned = ownedParty(c, party.home, party.name, false);
      if (owned !== undefined) candidates[i] = candidateWith(owned, { canonical: party.name });
    }
  const dateline = ties === undefined && untied ? datelineCountry(doc) : undefined;
  if (ties === undefined && dateline === undefined) return candidates;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.type !== 'organization' || c.owner !== undefined || !LAST_WORDS.has(c.words[c.words.length - 1]!))
      continue;
    const party = partyOf(c);
    if (party === undefined) continue;
    let code = dateline;
    if (ties !== undefined) {
      const set = ties.get(party.name);
      code = set?.size === 1 ? [...set][0] : undefined;
    } else if (dateline !== undefined && DATELINE_PARTIES.get(party.name)?.has(dateline) !== true) continue;
    if (code === undefined || code === party.home) continue;
    // Another country's tie or the dateline's country holds only where the article names no country of the table's
    // party: "Ireland's Labour Party … congratulated Starmer" in a story of Britain's election leaves UK Labour alone,
    // marked as the table's party so that merging keeps it apart from the Irish one (as homeTied above).
    if (namesCountry(candidates, party.home)) {
      const home = dateline === undefined ? ownedParty(c, party.home, party.name, false) : undefined;
      if (home !== undefined) candidates[i] = candidateWith(home, { canonical: party.name });
      continue;
    }
    const owned = ownedParty(c, code, party.name, false);
    if (owned !== undefined) candidates[i] = owned;
  }
  return candidates;
}

/** Whether the article names the country itself or its people ("Britain's", "British"), tied mentions aside. */
function namesCountry(candidates: readonly Candidate[], code: string): boolean {
  for (const o of candidates) if (o.countryCode === code && o.type !== 'organization') return true;
  return false;
}

function partyOf(c: Candidate): { readonly home: string; readonly name: string } | undefined {
  return SHARED_PARTIES.get(c.words.join(' ').toLowerCase());
}

/**
 * The country of a demonym right before the party, or of a place named in the possessive before it (up to two
 * lower-case words between).
 */
function ownerBefore(candidates: readonly Candidate[], c: Candidate, doc: TagDocument): string | undefined {
  const text = (c.field === 'title' ? doc.title : doc.body).text;
  // "the Malawian DPP": a demonym read on its own right before the name.
  const demonym = candidates.find(
    (p) => p.field === c.field && p.end === c.start - 1 && p.type === 'nationality',
  );
  if (demonym !== undefined) return demonym.countryCode;
  const gap = OWNER_GAP.exec(text.slice(Math.max(0, c.start - 30), c.start));
  if (gap === null) return undefined;
  const end = c.start - gap[0].length;
  const owner = candidates.find((p) => p.field === c.field && p.end === end && p.type === 'place');
  return owner?.countryCode;
}

/** How many words of a demonym open the name ("Irish" of "Irish Labour", "South Korean"), or 0. */
function demonymWords(words: readonly string[]): number {
  for (let n = 1; n <= 2 && n < words.length; n++)
    if (GAZETTEER.get(words.slice(0, n).join(' ').toLowerCase())?.kind === 'demonym') return n;
  return 0;
}

/** The country of the dateline's place ("LILONGWE -", "TAIPEI, Taiwan"), if the gazetteer knows it. */
function datelineCountry(doc: TagDocument): string | undefined {
  const place = doc.dateline?.place;
  if (place === undefined) return undefined;
  const comma = place.indexOf(',');
  return lookupPlace(comma < 0 ? place : place.slice(0, comma))?.countryCode;
}

/** The party as `code`'s: "Labour Party" of IE → Irish Labour Party, with the country's owner mark. */
function ownedParty(c: Candidate, code: string, name: string, named: boolean): Candidate | undefined {
  const adjective = countryAdjective(code);
  if (adjective === undefined) return undefined;
  const words = named ? c.words : [...adjective.split(' '), ...c.words];
  return candidateWith(c, { words, canonical: `${adjective} ${name}`, owner: code });
}
