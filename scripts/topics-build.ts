/**
 * Compiles the topic lexicon (functions/core/topics/lexicon/*.ts) into
 * functions/core/data/topics/lexicon.json, which the tagger loads at import instead of compiling
 * ~7,000 terms on every cold start. Run after editing a term table:
 *   npx tsx scripts/topics-build.ts
 * test/unit/topics/lexicon.test.ts fails while the JSON and the term tables disagree.
 */
import { writeFileSync } from 'node:fs';
import { compileLexicon, serializeLexicon } from '../functions/core/topics/compile.js';
import { TERM_TABLES } from '../functions/core/topics/lexicon/index.js';

const out = new URL('../functions/core/data/topics/lexicon.json', import.meta.url);
const data = serializeLexicon(compileLexicon(TERM_TABLES));
writeFileSync(out, `${JSON.stringify(data)}\n`);
console.log(`topics-build: ${data.entries.length} phrases → ${out.pathname}`);
