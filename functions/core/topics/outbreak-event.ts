import type { LexiconEntry, TopicNode } from './compile.js';
import { gainAt } from './frames.js';
import type { PhraseHits } from './match.js';
import { raiseAboveSetting, titleSubject } from './signals.js';

/**
 * A disease named this clearly in the headline is the story's subject: cholera, dengue, Ebola, measles, flu
 * (weight 3). "Infection", "virus" (a computer's too) and the 2.5 words ("Aids", "TB") are left out, and so
 * are an epidemic's own words: an "outbreak of violence" names no disease.
 */
const DISEASE_NAME = 3;
/** A disease word in the lead or the sentence after it, that tells of the same disease ("an outbreak"). */
const DISEASE_WORD = 2.5;
/**
 * The disease as an event in the headline's subject: its outbreak, its cases, its deaths, an emergency
 * declared over it ("Brazil declares dengue emergency in Rio", "Cholera outbreak kills hundreds in war-torn
 * Sudan", "Measles cases surge in Texas"). Not a plan, an inquiry or a fund ("Minister unveils plan to prepare
 * for flu pandemic", "Covid inquiry hears …", "Minister calls for £2bn malaria fund").
 */
const OUTBREAK =
  /\b(?:outbreaks?|epidemics?|emergency|cases|infections|infected|deaths|death toll|toll|kills?|killed|killing|dead|dies|died|spreads?|spreading|surges?)\b/i;

/**
 * A headline that opens with deaths, cases or an outbreak "from" or "of" what its adjunct names: "Deaths from
 * cholera in war-torn Sudan rise to 2,000", "Cases of dengue double in Rio". The disease named right there (after
 * names and determiners only) is the subject's; "Deaths from airstrikes rise in cholera-hit city" names none.
 */
const DEATHS_FROM =
  /^(?:[\w'\u2019,-]+\s+){0,3}?(?:deaths|death toll|dead|cases|infections|outbreaks?)\s+(?:from|of|after)\s+/i;
/** A determiner or a name before the disease ("the", "Sudan's"), case-sensitive: at most two are passed over. */
const BEFORE_DISEASE = /^(?:the|a|an|[A-Z][\w'\u2019-]*)\s+/;
const MAX_BEFORE_DISEASE = 2;

/**
 * A disease outbreak as the headline's subject, told of in the lead or the sentence after (read34 ★5): health
 * before the ministers who answer for it (politics took the health words' share through the government-policy
 * frame: "Brazil declares dengue emergency in Rio as cases surge" led with politics), before the war the
 * country is in ("Cholera outbreak kills hundreds in war-torn Sudan" led with war) and before the emergency's
 * disaster reading (an emergency that kills is a deadly disaster, see `applyDeadlyDisaster`, asked first).
 * Communicable disease is raised half a weak word above every other top level, so health leads and the
 * disease is its first subtopic; the setting keeps its own tag. Disease words a sense took away do not count.
 */
export function applyOutbreak(
  title: string,
  raw: Float64Array,
  nodes: readonly TopicNode[],
  disease: number,
  epidemic: number,
  hits: ReadonlyMap<LexiconEntry, PhraseHits>,
  offSense: ReadonlyMap<number, ReadonlySet<string>> | undefined,
): void {
  const causes = causesOf(title);
  let named = false;
  let told = false;
  for (const [entry, h] of hits) {
    if (!h.title && !h.early) continue;
    if (offSense?.get(disease)?.has(entry.phrase)) continue;
    const weight = gainAt(entry.gains, disease);
    // An epidemic's own words ("outbreak", "pandemic", "lockdown") name no disease; they tell of one.
    const inSubject = h.titleHead || (h.title && causes.some((c) => c.startsWith(h.surface.toLowerCase())));
    if (inSubject && weight >= DISEASE_NAME && gainAt(entry.gains, epidemic) === 0) named = true;
    if (h.early && weight >= DISEASE_WORD) told = true;
  }
  if (!named || !told || !OUTBREAK.test(titleSubject(title))) return;
  raiseAboveSetting(raw, nodes, disease, []);
}

/**
 * Where the headline opens with deaths from something, the headline's rest from each place its cause may start
 * (right after "from", then after each determiner or name), in lower case; none otherwise.
 */
function causesOf(title: string): string[] {
  const from = DEATHS_FROM.exec(title);
  if (!from) return [];
  let rest = title.slice(from[0].length);
  const causes = [rest.toLowerCase()];
  for (let k = 0; k < MAX_BEFORE_DISEASE; k++) {
    const word = BEFORE_DISEASE.exec(rest);
    if (!word) break;
    rest = rest.slice(word[0].length);
    causes.push(rest.toLowerCase());
  }
  return causes;
}
