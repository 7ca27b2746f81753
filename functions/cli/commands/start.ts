import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { deployedKeyFilter } from '../../local/key-filter.js';
import {
  describeChanges,
  LocalStackError,
  runningStackOf,
  type SuggestedChanges,
  startLocalStack,
} from '../../local/stack.js';
import { clearRunningStack, DEFAULT_DATA_DIR, writeRunningStack } from '../../local/state-file.js';
import { optionErrors } from '../option-errors.js';

const port = z.coerce.number().int().min(0).max(65_535);
const OptionsSchema = z.object({
  port: port.default(3000),
  's3-port': port.default(4568),
  'dynamodb-port': port.default(4567),
  'data-dir': z.string().min(1).default(DEFAULT_DATA_DIR),
  memory: z.boolean().default(false),
  'no-demo': z.boolean().default(false),
});

export const USAGE = `usage: newstag start [--port 3000] [--s3-port 4568] [--dynamodb-port 4567] [--data-dir .newstag] [--memory] [--no-demo]`;

export async function run(args: string[]): Promise<number> {
  let options: z.infer<typeof OptionsSchema>;
  let values: Record<string, unknown> = {};
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: 'string' },
        's3-port': { type: 'string' },
        'dynamodb-port': { type: 'string' },
        'data-dir': { type: 'string' },
        memory: { type: 'boolean' },
        'no-demo': { type: 'boolean' },
      },
    }));
    options = OptionsSchema.parse(values);
  } catch (err) {
    process.stderr.write(
      `${err instanceof z.ZodError ? optionErrors('start', err, values) : (err as Error).message}\n${USAGE}\n`,
    );
    return 2;
  }
  const dataDir = options['data-dir'];
  const say = (line: string) => process.stdout.write(`${line}\n`);
  let keyFilter: ReturnType<typeof deployedKeyFilter>;
  try {
    keyFilter = deployedKeyFilter();
  } catch (err) {
    process.stderr.write(`newstag start: ${(err as Error).message}\n`);
    return 1;
  }
  let stack: Awaited<ReturnType<typeof startLocalStack>>;
  try {
    stack = await startLocalStack({
      ...(options.memory ? {} : { dataDir }),
      apiPort: options.port,
      s3Port: options['s3-port'],
      dynamoPort: options['dynamodb-port'],
      ...(options['no-demo']
        ? {}
        : { demoDir: resolve(import.meta.dirname, '../../../test/fixtures/articles') }),
      rollup: true,
      keyFilter,
      log: (line) => process.stderr.write(`${line}\n`),
    });
  } catch (err) {
    if (err instanceof LocalStackError) {
      // The hint ends with the options to change; print the whole command, the other options kept.
      const hint = Object.keys(err.changes).length
        ? err.hint.replace(describeChanges(err.changes), retryCommand(options, err.changes))
        : err.hint;
      process.stderr.write(`newstag start: ${err.message}\n  ${hint}\n`);
      return 1;
    }
    throw err;
  }
  const { servers } = stack;
  // A data folder holds its stack's state file (the stack refused to start if another live stack owns it).
  // An in-memory stack has no folder: its state file goes to a private one, named in the banner, so it
  // never takes over the file of the stack of the default folder.
  const stateDir = options.memory ? mkdtempSync(join(tmpdir(), 'newstag-memory-')) : dataDir;
  writeRunningStack(stateDir, runningStackOf(stack, keyFilter));
  if (stack.seeded.length > 0) {
    say(`Ingesting ${stack.seeded.length} demo files…`);
    await stack.queue.idle();
    await stack.rollupIdle();
  }
  say(
    banner(stack.apiUrl, servers.s3Endpoint, servers.dynamoEndpoint, servers.bucket, servers.table, {
      ...options,
      stateDir,
      keyFilter,
    }),
  );

  await new Promise<void>((done) => {
    const shutdown = () => {
      process.off('SIGINT', shutdown);
      process.off('SIGTERM', shutdown);
      say('\nStopping…');
      done();
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  });
  clearRunningStack(stateDir);
  if (options.memory) rmSync(stateDir, { recursive: true, force: true });
  await stack.stop();
  say('Stopped.');
  return 0;
}

function banner(
  api: string,
  s3: string,
  dynamo: string,
  bucket: string,
  table: string,
  options: z.infer<typeof OptionsSchema> & {
    stateDir: string;
    keyFilter: { prefix: string; suffix: string };
  },
): string {
  // The CLI finds a stack through the state file of its folder: name the folder unless it is the default.
  const reach = options.stateDir === DEFAULT_DATA_DIR ? '' : ` --data-dir ${shellWord(options.stateDir)}`;
  const creds = 'AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_REGION=us-east-1';
  return [
    '',
    'newstag is running locally',
    `  API        ${api}`,
    `  S3         ${s3}  (bucket "${bucket}")`,
    `  DynamoDB   ${dynamo}  (table "${table}")`,
    `  data       ${options.memory ? 'in memory (gone when stopped)' : `${options['data-dir']}/ (kept across restarts)`}`,
    '',
    'Upload an article (it is tagged within a second or two):',
    `  npx newstag ingest${reach} my-article.txt`,
    `  ${creds} aws s3 cp my-article.txt s3://${bucket}/${options.keyFilter.prefix}my-article.txt --endpoint-url ${s3}`,
    `Only keys under "${options.keyFilter.prefix}"${options.keyFilter.suffix ? ` ending in "${options.keyFilter.suffix}"` : ''} are ingested, as deployed (cdk.json newstag:keyPrefix, newstag:keySuffix).`,
    '',
    'Query:',
    `  curl '${api}/articles?country=US&limit=5'`,
    `  curl '${api}/top?kind=country'`,
    `  curl '${api}/entities?prefix=euro'`,
    `  curl '${api}/failures'`,
    `  curl '${api}/openapi.json'`,
    '',
    'Dead letters:',
    `  npx newstag dlq list${reach}`,
    `  npx newstag dlq redrive${reach}`,
    'Press Ctrl-C to stop.',
  ].join('\n');
}

/** The `npm start` command of these options with the suggested changes applied. */
export function retryCommand(options: z.infer<typeof OptionsSchema>, changes: SuggestedChanges): string {
  const words = [
    ...(options.memory ? ['--memory'] : ['--data-dir', shellWord(changes.dataDir ?? options['data-dir'])]),
    '--port',
    String(changes.apiPort ?? options.port),
    '--s3-port',
    String(changes.s3Port ?? options['s3-port']),
    '--dynamodb-port',
    String(changes.dynamoPort ?? options['dynamodb-port']),
    ...(options['no-demo'] ? ['--no-demo'] : []),
  ];
  return `npm start -- ${words.join(' ')}`;
}

function shellWord(text: string): string {
  return /^[\w./:@%+=,-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}
