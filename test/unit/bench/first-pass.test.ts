import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { STREAM_INTERRUPT_BUDGET } from '../../../functions/runtime/interrupt-budget.js';
import { firstPass } from '../../../scripts/bench-first-pass.js';

const ARTICLES = [
  {
    id: 'a',
    title: 'Harbour board approves new ferry terminal',
    body: 'The board voted on Tuesday to build it.',
  },
  { id: 'b', title: 'Grain prices rise', body: 'Wheat futures rose 2 percent in Chicago on Monday.' },
];

/** Each test starts node child processes, slow on a loaded machine. */
const SPAWNS_TIMEOUT_MS = 120_000;

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Stand-ins for the bundled tagger and compromise, so the test runs no real tagging. */
function stubs(tagger = 'export const tagArticle = (a) => ({ id: a.id });') {
  dir = mkdtempSync(join(tmpdir(), 'newstag-first-pass-'));
  const newstag = join(dir, 'tagger.mjs');
  const compromise = join(dir, 'compromise.mjs');
  writeFileSync(newstag, tagger);
  writeFileSync(
    compromise,
    `const list = { out: () => [] };
export default (text) => ({ people: () => list, places: () => list, organizations: () => list });`,
  );
  return { newstag: pathToFileURL(newstag).href, compromise: pathToFileURL(compromise).href };
}

describe('the bench pass over articles new to the process', () => {
  it(
    'runs newstag a second time as deployed, with the interrupt budget the stream entry points set',
    () => {
      // Arrange: the stub tagger notes the V8 flags of each process that loads it.
      const log = join(mkdtempSync(join(tmpdir(), 'newstag-first-pass-log-')), 'argv.log');
      const modules = stubs(
        `import { appendFileSync } from 'node:fs';
appendFileSync(${JSON.stringify(log)}, JSON.stringify(process.execArgv) + '\\n');
export const tagArticle = (a) => ({ id: a.id });`,
      );

      // Act
      const figures = firstPass(dir, ARTICLES, modules, 1);

      // Assert
      const flags = readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as string[]);
      expect(flags).toEqual([[], [`--interrupt-budget=${STREAM_INTERRUPT_BUDGET}`]]);
      expect(figures.newstagAsDeployed.articlesPerCpuSecond).toBeGreaterThan(0);
    },
    SPAWNS_TIMEOUT_MS,
  );

  it(
    'gives each side a first- and second-pass rate from fresh processes, and the ratio of the first passes',
    () => {
      // Arrange
      const modules = stubs();

      // Act
      const figures = firstPass(dir, ARTICLES, modules, 1);

      // Assert
      expect(figures.runs).toBe(1);
      for (const side of [figures.newstag, figures.compromise]) {
        for (const rate of [side.articlesPerCpuSecond, side.articlesPerSecond, side.secondPassPerCpuSecond]) {
          expect(rate).toBeGreaterThan(0);
          expect(Number.isFinite(rate)).toBe(true);
        }
      }
      expect(figures.ratio).toBeCloseTo(
        figures.newstag.articlesPerCpuSecond / figures.compromise.articlesPerCpuSecond,
      );
    },
    SPAWNS_TIMEOUT_MS,
  );

  it(
    'reports a child that fails, with its error output',
    () => {
      // Arrange
      const modules = stubs('export const tagArticle = () => { throw new Error("tagger broke"); };');

      // Act
      const run = () => firstPass(dir, ARTICLES, modules, 1);

      // Assert
      expect(run).toThrow(/first-pass child \(newstag\) failed:[\s\S]*tagger broke/);
    },
    SPAWNS_TIMEOUT_MS,
  );
});
