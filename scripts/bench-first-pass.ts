/**
 * The bench's pass over articles the tagging process has not seen: each side tags the corpus in a fresh
 * child process, once and then again, so its first pass pays what new text costs a process (functions
 * compiled and optimised for the paths that text takes, tables built at first use, per-word and per-name
 * caches filled) and its second pass shows how far one pass goes towards the warm rate. Rounds of one
 * corpus in one process (the bench's main figure) reach a state that new news never does: the same words,
 * names and code paths, article after article.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../functions/core/schema.js';
import { STREAM_INTERRUPT_BUDGET } from '../functions/runtime/interrupt-budget.js';

export interface FirstPassRate {
  /** The first pass over the corpus in a fresh process: every article new to it. */
  articlesPerCpuSecond: number;
  articlesPerSecond: number;
  /** The same process's second pass over the same articles. */
  secondPassPerCpuSecond: number;
}

export interface FirstPassFigures {
  newstag: FirstPassRate;
  /** newstag as the ingest and backfill functions and the CLI run it: V8's interrupt budget raised (stream-jit.ts). */
  newstagAsDeployed: FirstPassRate;
  compromise: FirstPassRate;
  /** newstag's first-pass rate over compromise's, CPU time. */
  ratio: number;
  /** Fresh processes per side; the figures are the median process (by first-pass CPU time). */
  runs: number;
}

/**
 * The child: loads one tagger, tags the corpus twice, prints each pass's CPU and wall time. Compromise
 * does the work the bench's warm comparison gives it (people, places, organisations), so the two ratios
 * compare like with like. CPU time is the process's, so it includes the JIT's compiling threads, which
 * new text keeps busy.
 */
const CHILD = `import { readFileSync } from 'node:fs';
const [side, moduleUrl, corpusPath] = process.argv.slice(2);
const articles = JSON.parse(readFileSync(corpusPath, 'utf8'));
let work;
if (side === 'newstag') {
  work = (await import(moduleUrl)).tagArticle;
} else {
  const nlp = (await import(moduleUrl)).default;
  work = (a) => {
    const doc = nlp(\`\${a.title ?? ''}\\n\\n\${a.body}\`);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  };
}
const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
const passes = [];
for (let p = 0; p < 2; p++) {
  const wall0 = performance.now();
  const cpu0 = cpuMs();
  for (const a of articles) work(a);
  passes.push({ cpuMs: cpuMs() - cpu0, wallMs: performance.now() - wall0 });
}
process.stdout.write(JSON.stringify(passes));
`;

type Side = 'newstag' | 'newstagAsDeployed' | 'compromise';
const SIDES: readonly Side[] = ['newstag', 'newstagAsDeployed', 'compromise'];

interface Pass {
  cpuMs: number;
  wallMs: number;
}

/**
 * Runs `runs` fresh processes per side, alternating the sides so a change of load on a shared machine
 * hits both alike, each tagging `articles` twice. `modules` are the URLs each side's child imports.
 */
export function firstPass(
  dir: string,
  articles: readonly ArticleInput[],
  modules: { newstag: string; compromise: string },
  runs: number,
): FirstPassFigures {
  const child = join(dir, 'first-pass.mjs');
  const corpus = join(dir, 'corpus.json');
  writeFileSync(child, CHILD);
  writeFileSync(corpus, JSON.stringify(articles));
  const samples: Record<Side, Pass[][]> = { newstag: [], newstagAsDeployed: [], compromise: [] };
  for (let r = 0; r < runs; r++) {
    for (const side of SIDES) {
      const [tagger, flags] =
        side === 'newstagAsDeployed'
          ? (['newstag', [`--interrupt-budget=${STREAM_INTERRUPT_BUDGET}`]] as const)
          : ([side, []] as const);
      const run = spawnSync(process.execPath, [...flags, child, tagger, modules[tagger], corpus], {
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`first-pass child (${side}) failed: ${run.stderr}`);
      samples[side].push(JSON.parse(run.stdout) as Pass[]);
    }
  }
  const newstag = medianRate(samples.newstag, articles.length);
  const newstagAsDeployed = medianRate(samples.newstagAsDeployed, articles.length);
  const compromise = medianRate(samples.compromise, articles.length);
  return {
    newstag,
    newstagAsDeployed,
    compromise,
    ratio: newstag.articlesPerCpuSecond / compromise.articlesPerCpuSecond,
    runs,
  };
}

/** The rates of the process whose first pass took the median CPU time. */
function medianRate(processes: Pass[][], articles: number): FirstPassRate {
  const sorted = [...processes].sort((a, b) => (a[0]?.cpuMs ?? 0) - (b[0]?.cpuMs ?? 0));
  const [first, second] = sorted[Math.floor(sorted.length / 2)] ?? [];
  if (!first || !second) throw new Error('first-pass child printed no passes');
  return {
    articlesPerCpuSecond: (articles * 1000) / first.cpuMs,
    articlesPerSecond: (articles * 1000) / first.wallMs,
    secondPassPerCpuSecond: (articles * 1000) / second.cpuMs,
  };
}
