/**
 * `npm run eval [-- --limit N] [SET...]`: scores newstag on the labelled dev sets in ../shared/eval with
 * their own scorer (which runs `npx --no-install newstag tag --jsonl`), prints the figures compactly and a
 * table against the goals. Exits 0 when goals are missed (it reports), 1 when a scorer run fails.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');
const ALL_SETS = ['reuters-dev', 'conll-dev', 'bbc-dev'] as const;

interface Prf {
  P: number;
  R: number;
  F1: number;
  tp: number;
  fp: number;
  fn: number;
}
interface Score {
  set: string;
  docs: number;
  missing: number;
  badLines: number;
  countries?: Prf;
  countryPairs?: Prf;
  entities?: Prf;
  PER?: Prf;
  ORG?: Prf;
  LOC?: Prf;
  topics?: { accuracy: number; macroF1: number };
  seconds?: number;
  articlesPerSecond?: number;
  MBPerSecond?: number;
}

interface Goal {
  readonly label: string;
  readonly set: string;
  readonly goal: number;
  readonly value: (s: Score) => number | undefined;
}

const GOALS: readonly Goal[] = [
  { label: 'countries F1 (Reuters)', set: 'reuters-dev', goal: 0.93, value: (s) => s.countries?.F1 },
  { label: 'country pairs F1 (Reuters)', set: 'reuters-dev', goal: 0.7, value: (s) => s.countryPairs?.F1 },
  { label: 'PER/ORG/LOC span F1 (CoNLL)', set: 'conll-dev', goal: 0.8, value: (s) => s.entities?.F1 },
  { label: 'top-level topic accuracy (BBC)', set: 'bbc-dev', goal: 0.92, value: (s) => s.topics?.accuracy },
];

function score(set: string, limit: string | undefined): Promise<Score> {
  const args = [scorer, set, '--json', ...(limit ? ['--limit', limit] : [])];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return fail(new Error(`the scorer exited with ${code} on ${set}`));
      try {
        done(JSON.parse(last) as Score);
      } catch {
        fail(new Error(`the scorer printed no JSON result for ${set}: ${last.slice(0, 200)}`));
      }
    });
  });
}

const f3 = (x: number | undefined) => (x === undefined ? '   – ' : x.toFixed(3).replace(/^0/, ''));
const prf = (name: string, m: Prf | undefined) =>
  m ? `${name} P ${f3(m.P)} R ${f3(m.R)} F1 ${f3(m.F1)}` : undefined;

function describe(s: Score): string {
  const parts = [
    prf('countries', s.countries),
    prf('pairs', s.countryPairs),
    prf('spans', s.entities),
    ...(['PER', 'ORG', 'LOC'] as const).map((t) => (s[t] ? `${t} ${f3(s[t]?.F1)}` : undefined)),
    s.topics ? `topic accuracy ${f3(s.topics.accuracy)} macro-F1 ${f3(s.topics.macroF1)}` : undefined,
  ].filter(Boolean);
  const speed = s.seconds ? `${s.seconds} s, ${s.articlesPerSecond} articles/s, ${s.MBPerSecond} MB/s` : '';
  const problems =
    s.missing || s.badLines ? ` — ${s.missing} without a result, ${s.badLines} unreadable` : '';
  return `${s.set.padEnd(12)} ${String(s.docs).padStart(5)} docs  ${parts.join(' | ')}\n${' '.repeat(25)}${speed}${problems}`;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { limit: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (!existsSync(scorer)) {
    process.stderr.write(`eval: no scorer at ${scorer} (the shared folder sits beside the project)\n`);
    return 1;
  }
  const sets = positionals.length ? positionals : [...ALL_SETS];
  const scores: Score[] = [];
  let failed = false;
  for (const set of sets) {
    try {
      const s = await score(set, values.limit);
      scores.push(s);
      if (!values.json) process.stdout.write(`${describe(s)}\n`);
    } catch (error) {
      failed = true;
      process.stderr.write(`eval: ${(error as Error).message}\n`);
    }
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(scores)}\n`);
    return failed ? 1 : 0;
  }
  const rows = GOALS.flatMap((g) => {
    const s = scores.find((x) => x.set === g.set);
    if (!s) return [];
    const v = g.value(s);
    const met = v !== undefined && v >= g.goal;
    return [
      `| ${g.label.padEnd(30)} | ${f3(v).padStart(5)} | ≥ ${f3(g.goal)} | ${met ? 'met   ' : 'missed'} |`,
    ];
  });
  if (rows.length) {
    const date = new Date().toISOString().slice(0, 10);
    const limited = values.limit ? `, first ${values.limit} docs of each set` : '';
    process.stdout.write(
      `\nnewstag vs goals (${date}${limited})\n| metric                         | value | goal   | status |\n|---|---|---|---|\n${rows.join('\n')}\n`,
    );
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
