import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
});
export type RunningStack = z.infer<typeof RunningStackSchema>;

export const DEFAULT_DATA_DIR = '.newstag';

const fileIn = (dataDir: string) => join(dataDir, 'stack.json');

export function writeRunningStack(dataDir: string, stack: RunningStack): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(fileIn(dataDir), `${JSON.stringify(stack, null, 2)}\n`);
}

export function clearRunningStack(dataDir: string): void {
  rmSync(fileIn(dataDir), { force: true });
}

/** The running stack of this data folder, or undefined when none is running. */
export function readRunningStack(dataDir: string): RunningStack | undefined {
  let text: string;
  try {
    text = readFileSync(fileIn(dataDir), 'utf8');
  } catch {
    return undefined;
  }
  const parsed = RunningStackSchema.safeParse(JSON.parse(text));
  if (!parsed.success || !isAlive(parsed.data.pid)) return undefined;
  return parsed.data;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
