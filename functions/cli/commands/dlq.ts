import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FileDeadLetters } from '../../local/dead-letters.js';
import type { QueueMessage } from '../../local/queue.js';
import { DEFAULT_DATA_DIR, findRunningStack } from '../../local/state-file.js';

export const USAGE =
  "usage: newstag dlq list | newstag dlq redrive  [--data-dir .newstag]   (the local stack's dead-letter store)";

export async function run(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const dataDir = rest[0] === '--data-dir' && rest[1] ? rest[1] : undefined;
  if (action === 'list') return list(dataDir);
  if (action === 'redrive') {
    const running = findRunningStack(dataDir)?.stack;
    if (!running) {
      process.stderr.write(
        'newstag dlq redrive: no local stack is running; start it with `npm start` first\n',
      );
      return 1;
    }
    const response = await fetch(`${running.adminUrl}/dlq/redrive`, { method: 'POST' });
    const body = (await response.json()) as { moved?: number; error?: string };
    if (!response.ok) {
      process.stderr.write(`newstag dlq redrive: ${body.error ?? response.statusText}\n`);
      return 1;
    }
    process.stdout.write(`Moved ${body.moved ?? 0} message(s) back to the queue.\n`);
    return 0;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

/**
 * The dead letters of the stack running on `dataDir` (asked of it: an in-memory run keeps them in its
 * process), else those a stopped stack left in the folder. A folder no stack has used is an error, not
 * an empty store: "empty" there would hide a mistyped --data-dir or the wrong working folder.
 */
async function list(dataDir: string | undefined): Promise<number> {
  const running = findRunningStack(dataDir)?.stack;
  const folder = dataDir ?? DEFAULT_DATA_DIR;
  let messages: QueueMessage[];
  let stopped = '';
  if (running) {
    const response = await fetch(`${running.adminUrl}/dlq`);
    const body = (await response.json()) as { messages?: QueueMessage[]; error?: string };
    if (!response.ok || !body.messages) {
      process.stderr.write(`newstag dlq list: ${body.error ?? response.statusText}\n`);
      return 1;
    }
    messages = body.messages;
  } else if (existsSync(join(folder, 'dynamo'))) {
    messages = await new FileDeadLetters(join(folder, 'dead-letters.json')).list();
    stopped = ' (the stack is not running: `npm start` it before `npx newstag dlq redrive`)';
  } else {
    process.stderr.write(
      `newstag dlq list: no local stack is running on ${folder} and it holds no stack's data: start one with \`npm start\`, or pass the --data-dir its banner prints\n`,
    );
    return 1;
  }
  if (messages.length === 0) process.stdout.write(`The dead-letter store is empty${stopped}.\n`);
  else if (stopped) process.stdout.write(`${messages.length} dead letter(s)${stopped}:\n`);
  for (const m of messages) {
    const keys = keysOf(m.body).join(', ') || '(not an S3 notification)';
    process.stdout.write(`${m.messageId}  ${m.receiveCount} receives  ${keys}  — ${m.lastError ?? ''}\n`);
  }
  return 0;
}

function keysOf(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { Records?: { s3?: { object?: { key?: string } } }[] };
    return (parsed.Records ?? []).map((r) => r.s3?.object?.key ?? '?');
  } catch {
    return [];
  }
}
