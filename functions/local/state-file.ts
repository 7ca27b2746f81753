import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as z from 'zod';

/** Where a running local stack listens, so `newstag ingest` and `newstag dlq` can find it. */
export const RunningStackSchema = z.object({
  pid: z.number().int(),
  apiUrl: z.url(),
  adminUrl: z.url(),
  s3Endpoint: z.url(),
  dynamoEndpoint: z.url(),
  bucket: z.string(),
  table: z.string(),
  region: z.string(),
  /** The stack's ingest key filter (absent in files of older stacks). */
  keyPrefix: z.string().optional(),
  keySuffix: z.string().optional(),
});
export type RunningStack = z.infer<typeof RunningStackSchema>;

export const DEFAULT_DATA_DIR = '.newstag';

export const stateFileIn = (dataDir: string) => join(dataDir, 'stack.json');

/**
 * Records this stack as the running stack of `dataDir`, unless another live stack already owns that
 * state file: one stack must never take over (or later delete) the file that leads the CLI to another.
 * Returns false, writing nothing, in that case.
 */
export function writeRunningStack(dataDir: string, stack: RunningStack): boolean {
  const owner = readRunningStack(dataDir);
  if (owner && owner.pid !== stack.pid) return false;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(stateFileIn(dataDir), `${JSON.stringify(stack, null, 2)}\n`);
  return true;
}

/** Removes the state file of `dataDir` if it is the one `pid` wrote (a stale file of a dead stack too). */
export function clearRunningStack(dataDir: string, pid: number = process.pid): void {
  const owner = readRunningStack(dataDir);
  if (owner && owner.pid !== pid) return;
  rmSync(stateFileIn(dataDir), { force: true });
}

/** The running stack of this data folder, or undefined when none is running. */
export function readRunningStack(dataDir: string): RunningStack | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(stateFileIn(dataDir), 'utf8'));
  } catch {
    return undefined;
  }
  const parsed = RunningStackSchema.safeParse(value);
  if (!parsed.success || !isAlive(parsed.data.pid)) return undefined;
  return parsed.data;
}

/**
 * The running stack a CLI command reaches: that of `dataDir` when the user names one; else that of
 * `.newstag` in the current folder or, failing that, in the nearest parent folder that has one running,
 * as git finds its repository, so `newstag ingest` also works from a folder of articles inside the
 * checkout. `dataDir` in the answer is the folder found.
 */
export function findRunningStack(
  dataDir: string | undefined,
  from: string = process.cwd(),
): { stack: RunningStack; dataDir: string } | undefined {
  if (dataDir !== undefined) {
    const stack = readRunningStack(dataDir);
    return stack ? { stack, dataDir } : undefined;
  }
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const folder = join(dir, DEFAULT_DATA_DIR);
    const stack = readRunningStack(folder);
    if (stack) return { stack, dataDir: dir === resolve() ? DEFAULT_DATA_DIR : folder };
    if (dirname(dir) === dir) return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
