/**
 * `npm run bench [-- --seconds N] [-- --first-pass-runs N] [-- --json]`: tags the demo articles and
 * generated news-like articles with newstag and, in the same process, with compromise (people, places,
 * organisations), on one core, the two alternating chunk by chunk. Prints articles/s (wall and CPU time),
 * MB/s, the load average, peak RSS, the same rates on a first pass over the articles in fresh processes
 * (scripts/bench-first-pass.ts: text the process has not seen), the time to import the bundled tagger and
 * tag one article in a fresh process, the time for a 1 MB article, each hostile page's time (scripts/hostile-pages.ts:
 * name, bytes tagged, ms) at 1 MB and at a quarter of that with the growth exponent between the two (a rule that
 * turns super-linear shows on its page, flagged) and the goals. Tests never assert these times.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseArticle, resolveFormat } from '../functions/core/input/index.js';
import type { ArticleInput } from '../functions/core/schema.js';
import { STREAM_INTERRUPT_BUDGET } from '../functions/runtime/interrupt-budget.js';
import { type FirstPassFigures, firstPass } from './bench-first-pass.js';
import { articleOfMarkup, hostileMarkupPages, hostilePages } from './hostile-pages.js';
import { seededRandom, syntheticArticles, syntheticBody } from './synthetic-news.js';
import { bundleTagger } from './tagger-bundle.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test', 'fixtures', 'articles');

const GOALS = { articlesPerSecond: 2000, ratio: 20, importAndFirstTagMs: 150, oneMegabyteMs: 1000 };
const HOSTILE_BYTES = 1_000_000;
/** Time growing faster than size^1.5 between the two sizes of a page: a rule that reads the page again per name. */
const SUPER_LINEAR = 1.5;
/** Below this a page's time is mostly noise, and so is its growth. */
const GROWTH_FLOOR_MS = 100;

/** The exponent k of time ∝ size^k between two runs of one page (1 linear, 2 quadratic). */
function growthExponent(
  small: { inputBytes: number; ms: number },
  large: { inputBytes: number; ms: number },
): number {
  return Math.log(large.ms / Math.max(small.ms, 1)) / Math.log(large.inputBytes / small.inputBytes);
}

function demoArticles(): ArticleInput[] {
  const articles: ArticleInput[] = [];
  for (const name of readdirSync(fixtures).sort()) {
    const content = readFileSync(join(fixtures, name), 'utf8');
    if (name.endsWith('.jsonl')) {
      for (const line of content.split('\n').filter(Boolean)) articles.push(JSON.parse(line) as ArticleInput);
    } else if (name !== 'README.md') {
      articles.push(parseArticle(content, resolveFormat({ filename: name, content }), { id: name }));
    }
  }
  return articles;
}

const bytesOf = (a: ArticleInput) => Buffer.byteLength(a.title ?? '') + Buffer.byteLength(a.body);

interface Rate {
  articlesPerSecond: number;
  MBPerSecond: number;
  /** Per second of this process's CPU time (user + system): less sensitive to other processes' load. */
  articlesPerCpuSecond: number;
  articles: number;
  seconds: number;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Tags the articles with both taggers in alternation, chunk by chunk, for at least `seconds`, after one
 * warm-up pass each. On a shared machine the load changes from second to second; measuring one tagger
 * after the other let it favour either side, while alternating in small chunks gives both the same
 * conditions, so their ratio holds even when absolute figures do not. Newstag, much the faster, tags
 * each chunk `repeats` times per compromise pass, so both get comparable measuring time.
 */
function alternate(
  articles: readonly ArticleInput[],
  seconds: number,
  newstag: (a: ArticleInput) => unknown,
  baseline: (a: ArticleInput) => unknown,
  repeats = 10,
): { newstag: Rate; baseline: Rate } {
  for (const a of articles) newstag(a);
  for (const a of articles) baseline(a);
  interface Side {
    readonly work: (a: ArticleInput) => unknown;
    readonly times: number;
    wallMs: number;
    cpuMs: number;
    articles: number;
    bytes: number;
  }
  const totals: [Side, Side] = [
    { work: newstag, times: repeats, wallMs: 0, cpuMs: 0, articles: 0, bytes: 0 },
    { work: baseline, times: 1, wallMs: 0, cpuMs: 0, articles: 0, bytes: 0 },
  ];
  const chunkSize = 10;
  const started = performance.now();
  do {
    for (let i = 0; i < articles.length; i += chunkSize) {
      const chunk = articles.slice(i, i + chunkSize);
      const bytes = chunk.reduce((n, a) => n + bytesOf(a), 0);
      for (const side of totals) {
        const wall0 = performance.now();
        const cpu0 = cpuMs();
        for (let r = 0; r < side.times; r++) for (const a of chunk) side.work(a);
        side.cpuMs += cpuMs() - cpu0;
        side.wallMs += performance.now() - wall0;
        side.articles += chunk.length * side.times;
        side.bytes += bytes * side.times;
      }
    }
  } while ((performance.now() - started) / 1000 < seconds);
  const rate = (side: Side): Rate => ({
    articlesPerSecond: (side.articles * 1000) / side.wallMs,
    MBPerSecond: side.bytes / 1e3 / side.wallMs,
    articlesPerCpuSecond: (side.articles * 1000) / side.cpuMs,
    articles: side.articles,
    seconds: side.wallMs / 1000,
  });
  return { newstag: rate(totals[0]), baseline: rate(totals[1]) };
}

/** Imports the bundled tagger and tags one article in fresh processes. */
function coldStart(dir: string, article: ArticleInput, runs: number) {
  const probe = join(dir, 'probe.mjs');
  writeFileSync(
    probe,
    `const t0 = performance.now();
const { tagArticle } = await import(${JSON.stringify(pathToFileURL(join(dir, 'tagger.mjs')).href)});
const t1 = performance.now();
tagArticle(${JSON.stringify(article)});
const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, firstTagMs: t2 - t1, sinceProcessStartMs: t2 }));
`,
  );
  const samples = Array.from({ length: runs }, () => {
    const child = spawnSync(process.execPath, [probe], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`cold-start probe failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as {
      importMs: number;
      firstTagMs: number;
      sinceProcessStartMs: number;
    };
  });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const bundleBytes = readFileSync(join(dir, 'tagger.mjs')).length;
  return {
    importMs: median(samples.map((s) => s.importMs)),
    firstTagMs: median(samples.map((s) => s.firstTagMs)),
    importAndFirstTagMs: median(samples.map((s) => s.importMs + s.firstTagMs)),
    sinceProcessStartMs: median(samples.map((s) => s.sinceProcessStartMs)),
    bundleKB: Math.round(bundleBytes / 1024),
    runs,
  };
}

/** Wall time of the whole CLI (bin/newstag.js, as npx runs it) tagging one JSON line, median of `runs` fresh processes. */
function cliOneArticleMs(article: ArticleInput, runs: number): number {
  const input = `${JSON.stringify(article)}\n`;
  const times = Array.from({ length: runs }, () => {
    const started = performance.now();
    const child = spawnSync(process.execPath, [join(root, 'bin', 'newstag.js'), 'tag', '--jsonl'], {
      input,
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`newstag tag --jsonl failed: ${child.stderr}`);
    return performance.now() - started;
  });
  return [...times].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
}

function oneMegabyteArticle(): ArticleInput {
  const random = seededRandom(7);
  let body = '';
  while (body.length < 1_000_000) body += `${syntheticBody(random, 40)}\n\n`;
  return { id: 'one-megabyte', title: 'A very long report on trade, energy and elections', body };
}

async function main() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '3' },
      'first-pass-runs': { type: 'string', default: '3' },
      json: { type: 'boolean', default: false },
    },
  });
  const seconds = Number(values.seconds);
  const articles = [...demoArticles(), ...syntheticArticles(300)];
  const corpusMB = articles.reduce((n, a) => n + bytesOf(a), 0) / 1e6;

  const bundleDir = mkdtempSync(join(tmpdir(), 'newstag-bench-'));
  process.on('exit', () => rmSync(bundleDir, { recursive: true, force: true }));
  const bundle = await bundleTagger(bundleDir);
  const importStarted = performance.now();
  const { tagArticle } = (await import(
    pathToFileURL(bundle).href
  )) as typeof import('../functions/core/tag.js');
  const inProcessImportMs = performance.now() - importStarted;

  // The 1 MB article and peak RSS before compromise is loaded, so the RSS is newstag's alone.
  for (const a of articles) tagArticle(a);
  const big = oneMegabyteArticle();
  const bigStarted = performance.now();
  const bigCpuStarted = cpuMs();
  tagArticle(big);
  const oneMegabyteMs = performance.now() - bigStarted;
  // Wall time is the goal's measure, but on a shared VM it swings with other processes' load; CPU time does less.
  const oneMegabyteCpuMs = cpuMs() - bigCpuStarted;
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  // Each page at a quarter and at the full size: time grows 4x on a linear rule and 16x on a quadratic one, and a
  // rule quadratic only on part of a page (session 41 found two) shows in the ratio though the full size looks fine.
  const pagesOf = (bytes: number) => [
    ...hostilePages(bytes).map((page) => ({ id: page.id, inputBytes: bytesOf(page), read: () => page })),
    ...hostileMarkupPages(bytes).map((page) => ({
      id: page.id,
      inputBytes: Buffer.byteLength(page.content),
      read: () => articleOfMarkup(page),
    })),
  ];
  const timed = (pages: ReturnType<typeof pagesOf>) =>
    pages.map(({ id, inputBytes, read }) => {
      const started = performance.now();
      const article = read();
      tagArticle(article);
      return { page: id, inputBytes, bytes: bytesOf(article), ms: performance.now() - started };
    });
  // A small run of each page first, so neither timed run pays for compiling the code its shape reaches.
  timed(pagesOf(HOSTILE_BYTES / 50));
  const quarter = new Map(timed(pagesOf(HOSTILE_BYTES / 4)).map((h) => [h.page, h]));
  const hostile = timed(pagesOf(HOSTILE_BYTES)).map((h) => {
    const small = quarter.get(h.page);
    return {
      ...h,
      ms: Math.round(h.ms),
      quarterMs: Math.round(small?.ms ?? Number.NaN),
      growth: small ? growthExponent(small, h) : Number.NaN,
    };
  });
  const worstHostile = hostile.reduce((worst, h) => (h.ms > worst.ms ? h : worst));
  const isSuperLinear = (h: { ms: number; growth: number }) =>
    h.ms >= GROWTH_FLOOR_MS && h.growth >= SUPER_LINEAR;
  const superLinear = hostile.filter(isSuperLinear);

  const nlp = (await import('compromise')).default;
  const viaCompromise = (a: ArticleInput) => {
    const doc = nlp(`${a.title ?? ''}\n\n${a.body}`);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  };
  const { newstag, baseline: compromise } = alternate(articles, seconds, tagArticle, viaCompromise);
  const ratio = newstag.articlesPerCpuSecond / compromise.articlesPerCpuSecond;
  const unseen = firstPass(
    bundleDir,
    articles,
    { newstag: pathToFileURL(bundle).href, compromise: import.meta.resolve('compromise') },
    Number(values['first-pass-runs']),
  );

  const cold = coldStart(bundleDir, articles[0] ?? { body: '' }, 5);
  const cliMs = cliOneArticleMs(articles[0] ?? { body: '' }, 3);

  const report = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version },
    corpus: { articles: articles.length, MB: Number(corpusMB.toFixed(3)) },
    newstag: {
      ...round(newstag),
      peakRssMB: Math.round(peakRssMB),
      inProcessImportMs: Math.round(inProcessImportMs),
    },
    compromise: round(compromise),
    ratio: Number(ratio.toFixed(1)),
    firstPass: roundFirstPass(unseen),
    loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
    coldStart: roundAll(cold),
    oneMegabyteMs: Math.round(oneMegabyteMs),
    oneMegabyteCpuMs: Math.round(oneMegabyteCpuMs),
    hostilePages: hostile,
    cliOneArticleMs: Math.round(cliMs),
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const mark = (ok: boolean) => (ok ? 'met   ' : 'missed');
  const lines = [
    `newstag bench — ${report.date.slice(0, 16)}Z, ${report.machine.cpu}, ${report.machine.cores} cores, Node ${report.machine.node}, one core used`,
    `corpus: ${report.corpus.articles} articles (${demoArticles().length} demo + 300 generated), ${report.corpus.MB} MB`,
    '',
    `newstag     ${fmt(report.newstag.articlesPerSecond)} articles/s (${fmt(report.newstag.articlesPerCpuSecond)} per CPU second)  ${report.newstag.MBPerSecond} MB/s  peak RSS ${report.newstag.peakRssMB} MB`,
    `compromise  ${fmt(report.compromise.articlesPerSecond)} articles/s (${fmt(report.compromise.articlesPerCpuSecond)} per CPU second)  ${report.compromise.MBPerSecond} MB/s  (people/places/organizations)`,
    `ratio       ${report.ratio}× compromise (CPU time, the two measured alternately in chunks of 10 articles)`,
    `first pass  newstag ${fmt(unseen.newstag.articlesPerCpuSecond)} per CPU second (second pass ${fmt(unseen.newstag.secondPassPerCpuSecond)}), compromise ${fmt(unseen.compromise.articlesPerCpuSecond)} (second ${fmt(unseen.compromise.secondPassPerCpuSecond)}): ${report.firstPass.ratio}×`,
    `            each tagging the corpus in a fresh process, every article new to it (median of ${unseen.runs} processes each)`,
    `as deployed newstag ${fmt(unseen.newstagAsDeployed.articlesPerCpuSecond)} per CPU second on the first pass (second pass ${fmt(unseen.newstagAsDeployed.secondPassPerCpuSecond)}): ${(unseen.newstagAsDeployed.articlesPerCpuSecond / unseen.compromise.articlesPerCpuSecond).toFixed(1)}× compromise,`,
    `            ${(unseen.newstagAsDeployed.articlesPerCpuSecond / unseen.newstag.articlesPerCpuSecond).toFixed(2)}× the default: V8's interrupt budget ${STREAM_INTERRUPT_BUDGET} as the ingest and backfill functions and the CLI set it (stream-jit.ts)`,
    `load        ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (1, 5, 15 min) at the end of the run`,
    `cold start  import ${cold.importMs.toFixed(0)} ms + first tag ${cold.firstTagMs.toFixed(0)} ms = ${cold.importAndFirstTagMs.toFixed(0)} ms (esbuild bundle ${cold.bundleKB} KB; ${cold.sinceProcessStartMs.toFixed(0)} ms from process start; median of ${cold.runs})`,
    `1 MB        ${report.oneMegabyteMs} ms for one ${(big.body.length / 1e6).toFixed(2)} MB article (${report.oneMegabyteCpuMs} ms of CPU, all threads)`,
    `hostile     worst ${worstHostile.ms} ms ("${worstHostile.page}") of ${hostile.length} 1 MB pages no newsroom writes, markup read and tagged (scripts/hostile-pages.ts); median ${[...hostile].sort((a, b) => a.ms - b.ms)[Math.floor(hostile.length / 2)]?.ms} ms`,
    `            each also at a quarter of its size: growth k in time ∝ size^k (1 linear, 2 quadratic; ≥ ${SUPER_LINEAR} flagged when over ${GROWTH_FLOOR_MS} ms)`,
    `            ${superLinear.length === 0 ? 'no page grows super-linearly' : `SUPER-LINEAR: ${superLinear.map((h) => `"${h.page}" k=${h.growth.toFixed(2)}`).join(', ')}`}`,
    ...hostile.map(
      (h) =>
        `            ${String(h.ms).padStart(6)} ms  ${fmt(h.bytes).padStart(9)} bytes  (${String(h.quarterMs).padStart(5)} ms at a quarter, k ${h.growth.toFixed(2)}${isSuperLinear(h) ? ' !' : ''})  ${h.page}`,
    ),
    `CLI         ${report.cliOneArticleMs} ms for \`node bin/newstag.js tag --jsonl\` on one article (cached tag bundle, see bin/newstag.js; median of 3)`,
    '',
    '| goal | measured | target | status |',
    '|---|---|---|---|',
    `| articles/s on one core (per CPU second) | ${fmt(report.newstag.articlesPerCpuSecond)} | ≥ 2,000 | ${mark(report.newstag.articlesPerCpuSecond >= GOALS.articlesPerSecond)} |`,
    `| articles/s on one core, first pass of a fresh process | ${fmt(unseen.newstag.articlesPerCpuSecond)} | ≥ 2,000 | ${mark(unseen.newstag.articlesPerCpuSecond >= GOALS.articlesPerSecond)} |`,
    `| speed vs compromise | ${report.ratio}× | ≥ 20× | ${mark(report.ratio >= GOALS.ratio)} |`,
    `| articles/s on one core, first pass, as deployed (interrupt budget) | ${fmt(unseen.newstagAsDeployed.articlesPerCpuSecond)} | ≥ 2,000 | ${mark(unseen.newstagAsDeployed.articlesPerCpuSecond >= GOALS.articlesPerSecond)} |`,
    `| speed vs compromise, first pass of a fresh process | ${report.firstPass.ratio}× | ≥ 20× | ${mark(report.firstPass.ratio >= GOALS.ratio)} |`,
    `| import + first tag | ${cold.importAndFirstTagMs.toFixed(0)} ms | ≤ 150 ms | ${mark(cold.importAndFirstTagMs <= GOALS.importAndFirstTagMs)} |`,
    `| 1 MB article | ${report.oneMegabyteMs} ms | < 1,000 ms | ${mark(report.oneMegabyteMs < GOALS.oneMegabyteMs)} |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function round(r: Rate) {
  return {
    articlesPerSecond: Math.round(r.articlesPerSecond),
    articlesPerCpuSecond: Math.round(r.articlesPerCpuSecond),
    MBPerSecond: Number(r.MBPerSecond.toFixed(2)),
    articles: r.articles,
    seconds: Number(r.seconds.toFixed(2)),
  };
}

function roundFirstPass(f: FirstPassFigures) {
  const rates = (r: FirstPassFigures['newstag']) => ({
    articlesPerCpuSecond: Math.round(r.articlesPerCpuSecond),
    articlesPerSecond: Math.round(r.articlesPerSecond),
    secondPassPerCpuSecond: Math.round(r.secondPassPerCpuSecond),
  });
  return {
    newstag: rates(f.newstag),
    newstagAsDeployed: rates(f.newstagAsDeployed),
    compromise: rates(f.compromise),
    ratio: Number(f.ratio.toFixed(1)),
    runs: f.runs,
  };
}

function roundAll<T extends Record<string, number>>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v)])) as T;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

await main();
