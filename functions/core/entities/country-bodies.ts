import type { TagDocument } from '../text/document.js';
import { splitAtSpaces } from '../text/packed-map.js';
import { candidateWith } from './candidate-copy.js';
import type { Candidate } from './classify.js';
import { knownBodyNamed } from './known-bodies.js';
import { countryAdjective, FUNCTION_WORDS, isLowerWord, titleCase } from './lexicon.js';

/**
 * Head words of the bodies every country has, which the news names by their function alone and by whose they
 * are: "China's Foreign Ministry", "the Pakistani Army", "Britain's Parliament". Parties are left out: a party's
 * name is its own ("Liberal Democratic Party") and a possessive before it names its leader as often as its
 * country.
 */
const STATE_HEADS = new Set(
  `ministry department office bureau council committee commission board authority administration service force
  forces army navy police guard parliament assembly congress senate cabinet government court agency bank treasury
  embassy military`
    .split(/\s+/)
    .filter(Boolean),
);

/** "'s " or "' " between a country and the body after it ("China's Foreign Ministry", "Philippines' Navy"). */
const POSSESSIVE_GAP = /^['\u2019][sS]? $/;

/** Words that may join a body's name of ordinary words: "Ministry of Foreign Affairs", "Ministry for Women". */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'the']);

/** The body's own words (after the country's), when they are ordinary words with a state body's head. */
function isStateBody(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 5) return false;
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  if (!STATE_HEADS.has(last) && !(words.length >= 3 && STATE_HEADS.has(first) && words[1] === 'of'))
    return false;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (NAME_JOINERS.has(lower) && w !== words[0] && w !== words[words.length - 1]) continue;
    if (w === lower || FUNCTION_WORDS.has(lower) || !isLowerWord(lower)) return false;
  }
  return knownBodyNamed(words.join(' ')) === undefined;
}

/**
 * One name and id per country for a body named by its function after the country's possessive: "China's
 * Foreign Ministry" is `organization:chinese-foreign-ministry`, named "Chinese Foreign Ministry" as the article
 * that writes "the Chinese Foreign Ministry" names it; "Kenya's Foreign Ministry" and "Uganda's Foreign
 * Ministry" are two bodies, no longer one `organization:foreign-ministry`. The mention keeps what the article
 * writes ("Foreign Ministry", the country a name of its own); the same name elsewhere in the article, in any
 * case, is that body when one country's is named so, and a later "the Foreign Ministry" joins it when merging.
 * A name a demonym or a country opens is left as written: "Scottish Parliament", "UK Film Council", "American
 * Express Bank" are names of their own. A listed body keeps the list's name.
 */
export function withOwnerCountries(candidates: Candidate[], doc: TagDocument): Candidate[] {
  let countryEnds: Map<string, string> | undefined;
  // The bodies' own names (lower case) and the countries whose bodies they were read as.
  let owners: Map<string, Set<Candidate>> | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.type !== 'organization' || c.words.length === 0 || c.start < 3) continue;
    // Cheap first: the head word (or a lead "Ministry of …") must be a state body's.
    if (
      !STATE_HEADS.has(c.words[c.words.length - 1]!.toLowerCase()) &&
      !STATE_HEADS.has(c.words[0]!.toLowerCase())
    )
      continue;
    if (countryEnds === undefined) {
      countryEnds = new Map();
      for (const p of candidates)
        if (p.type === 'place' && p.countryCode !== undefined)
          countryEnds.set(`${p.field} ${p.end}`, p.countryCode);
    }
    const text = (c.field === 'title' ? doc.title : doc.body).text;
    let code: string | undefined;
    for (const gap of [2, 3]) {
      const owner = countryEnds.get(`${c.field} ${c.start - gap}`);
      if (owner !== undefined && POSSESSIVE_GAP.test(text.slice(c.start - gap, c.start))) {
        code = owner;
        break;
      }
    }
    if (code === undefined || !isStateBody(c.words)) continue;
    const owned = ownedBy(c, code);
    if (owned === undefined) continue;
    candidates[i] = owned;
    owners ??= new Map();
    const key = bodyKey(c.text);
    const set = owners.get(key) ?? new Set<Candidate>();
    owners.set(key, set);
    set.add(owned);
  }
  if (owners === undefined) return candidates;
  // "CENTRAL BANK" in the headline of "Egypt's Central Bank": the same name in another case or on another line
  // is that body, when the article names one country's only.
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.type !== 'organization' || c.owner !== undefined) continue;
    const set = owners.get(bodyKey(c.text));
    if (set === undefined) continue;
    const codes = new Set([...set].map((o) => o.owner));
    if (codes.size !== 1) continue;
    const owned = ownedBy(c, [...codes][0]!);
    if (owned !== undefined) candidates[i] = owned;
  }
  return candidates;
}

const WHITE_SPACE = /\s+/g;
const bodyKey = (text: string) => text.replace(WHITE_SPACE, ' ').toLowerCase();

/** The candidate as the body of the country `code`: "Foreign Ministry" of CN → Chinese Foreign Ministry. */
function ownedBy(c: Candidate, code: string): Candidate | undefined {
  if (knownBodyNamed(c.text) !== undefined) return undefined;
  const adjective = countryAdjective(code);
  if (adjective === undefined) return undefined;
  const own = c.text.replace(WHITE_SPACE, ' ');
  const body = c.caseless
    ? own
        .split(' ')
        .map((w) => (NAME_JOINERS.has(w.toLowerCase()) ? w.toLowerCase() : titleCase(w)))
        .join(' ')
    : own;
  const canonical = `${adjective} ${body}`;
  // Pushed, not spread: optimised code builds `[...a, ...b]` as a holey array (text/packed-map.ts).
  const words = splitAtSpaces(adjective);
  for (const w of c.words) words.push(w);
  return candidateWith(c, { words, canonical, owner: code });
}
