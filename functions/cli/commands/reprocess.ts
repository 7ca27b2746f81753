import { parseArgs } from 'node:util';
import { paginateListObjectsV2 } from '@aws-sdk/client-s3';
import * as z from 'zod';
import { createClients } from '../../adapters/clients.js';
import { createDynamoRepository } from '../../adapters/dynamo-repository.js';
import { createS3ObjectSource } from '../../adapters/s3-reader.js';
import { tagArticle } from '../../core/tag.js';
import { TAGGER_VERSION } from '../../core/version.js';
import type { PipelineDeps } from '../../ingest/pipeline.js';
import { reprocessKeys } from '../../ingest/reprocess.js';
import { DEFAULT_DATA_DIR, readRunningStack } from '../../local/state-file.js';
import { createProgress } from '../progress.js';

export const USAGE = `usage: newstag reprocess --bucket B [--prefix P] [--concurrency N] [--all]
       [--table T] [--region R] [--data-dir .newstag]
Re-tags every object whose records come from another tagger version than ${TAGGER_VERSION} (all with --all).
Without --table it targets the running local stack (npm start); with --table a deployed one.`;

const OptionsSchema = z.object({
  bucket: z.string().min(3).optional(),
  prefix: z.string().default(''),
  concurrency: z.coerce.number().int().min(1).max(64).default(4),
  all: z.boolean().default(false),
  table: z.string().min(3).optional(),
  region: z.string().optional(),
  'data-dir': z.string().default(DEFAULT_DATA_DIR),
});

export async function run(args: string[]): Promise<number> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args,
      options: {
        bucket: { type: 'string' },
        prefix: { type: 'string' },
        concurrency: { type: 'string' },
        all: { type: 'boolean' },
        table: { type: 'string' },
        region: { type: 'string' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const parsed = OptionsSchema.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(`${z.prettifyError(parsed.error)}\n${USAGE}\n`);
    return 2;
  }
  const options = parsed.data;
  const local = options.table ? undefined : readRunningStack(options['data-dir']);
  const bucket = options.bucket ?? local?.bucket;
  const table = options.table ?? local?.table;
  if (!bucket || !table) {
    process.stderr.write(`newstag reprocess: no running local stack; pass --bucket and --table\n${USAGE}\n`);
    return 2;
  }
  const clients = createClients({
    region: options.region ?? local?.region ?? process.env.AWS_REGION ?? 'us-east-1',
    ...(local ? { s3Endpoint: local.s3Endpoint, dynamoEndpoint: local.dynamoEndpoint } : {}),
  });
  const deps: PipelineDeps = {
    repository: createDynamoRepository(clients.dynamo, { tableName: table }),
    objects: createS3ObjectSource(clients.s3, 5_000_000),
    tag: tagArticle,
    taggerVersion: TAGGER_VERSION,
    limits: { maxDecompressedBytes: 20_000_000, maxArticlesPerObject: 5_000 },
    articleConcurrency: 2,
    now: () => new Date().toISOString(),
  };

  const keys: string[] = [];
  for await (const page of paginateListObjectsV2(
    { client: clients.s3 },
    { Bucket: bucket, ...(options.prefix ? { Prefix: options.prefix } : {}) },
  )) {
    for (const object of page.Contents ?? [])
      if (object.Key && !object.Key.endsWith('/')) keys.push(object.Key);
  }
  const progress = await createProgress({ stream: process.stderr, totalArticles: keys.length });
  const problems: string[] = [];
  const summary = await reprocessKeys(deps, bucket, keys, {
    all: options.all,
    concurrency: options.concurrency,
    onDone: (key, outcome, error) => {
      progress.advance({ articles: 1, failed: outcome === 'failed' || outcome === 'error' ? 1 : 0 });
      if (outcome === 'error') problems.push(`${key}: ${(error as Error)?.message ?? 'unknown error'}`);
    },
  });
  progress.stop();
  for (const problem of problems.slice(0, 20)) process.stderr.write(`error ${problem}\n`);
  process.stdout.write(
    `reprocess s3://${bucket}/${options.prefix}: ${keys.length} objects, tagged ${summary.tagged}, ` +
      `unchanged ${summary.unchanged}, failed ${summary.failed}, skipped ${summary.skipped}, errors ${summary.errors}\n`,
  );
  clients.s3.destroy();
  clients.dynamo.destroy();
  return summary.errors > 0 ? 1 : 0;
}
