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
import { deployedKeyFilter } from '../../local/key-filter.js';
import { DEFAULT_DATA_DIR, findRunningStack } from '../../local/state-file.js';
import { optionErrors } from '../option-errors.js';
import { createProgress } from '../progress.js';
import { deployedMaxObjectBytes, reprocessLimits, selectReprocessKeys } from '../reprocess-settings.js';

export const USAGE = `usage: newstag reprocess [--prefix P] [--concurrency N] [--all] [--data-dir .newstag]
       (the running local stack, npm start: no other flag is needed)
       newstag reprocess --bucket B --table T [--region R] [--max-object-bytes N] [--prefix P] [--concurrency N] [--all]
       (a deployed stack: its outputs ArticleBucketName and TagTableName, default AWS credentials)
Re-tags every object whose records come from another tagger version than ${TAGGER_VERSION} (all with --all).
Only keys the stack ingests are re-tagged (its key prefix and suffix, newstag:keyPrefix/keySuffix);
--prefix narrows the listing and defaults to the key prefix. A deployed stack's object size limit is
newstag:maxObjectBytes from cdk.json unless --max-object-bytes gives it.`;

const OptionsSchema = z.object({
  bucket: z.string().min(3).optional(),
  prefix: z.string().optional(),
  concurrency: z.coerce.number().int().min(1).max(64).default(4),
  all: z.boolean().default(false),
  table: z.string().min(3).optional(),
  region: z.string().optional(),
  'max-object-bytes': z.coerce.number().int().positive().max(100_000_000).optional(),
  'data-dir': z.string().optional(),
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
        'max-object-bytes': { type: 'string' },
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
    process.stderr.write(`${optionErrors('reprocess', parsed.error, values)}\n${USAGE}\n`);
    return 2;
  }
  const options = parsed.data;
  const local = options.table ? undefined : findRunningStack(options['data-dir'])?.stack;
  const bucket = options.bucket ?? local?.bucket;
  const table = options.table ?? local?.table;
  if (!bucket || !table) {
    process.stderr.write(`newstag reprocess: ${noStack(options)}\n${USAGE}\n`);
    return 2;
  }
  const clients = createClients({
    region: options.region ?? local?.region ?? process.env.AWS_REGION ?? 'us-east-1',
    ...(local ? { s3Endpoint: local.s3Endpoint, dynamoEndpoint: local.dynamoEndpoint } : {}),
  });
  // The ingest function's limits, so a re-tag never fails an object that ingest accepted.
  const { maxObjectBytes, ...limits } = reprocessLimits(
    options['max-object-bytes'] ?? (local ? undefined : deployedMaxObjectBytes()),
  );
  const filter =
    local?.keyPrefix !== undefined
      ? { prefix: local.keyPrefix, suffix: local.keySuffix ?? '' }
      : deployedKeyFilter();
  const prefix = options.prefix ?? filter.prefix;
  const deps: PipelineDeps = {
    repository: createDynamoRepository(clients.dynamo, { tableName: table }),
    objects: createS3ObjectSource(clients.s3, maxObjectBytes),
    tag: tagArticle,
    taggerVersion: TAGGER_VERSION,
    limits,
    articleConcurrency: 2,
    now: () => new Date().toISOString(),
  };

  const listed: string[] = [];
  for await (const page of paginateListObjectsV2(
    { client: clients.s3 },
    { Bucket: bucket, ...(prefix ? { Prefix: prefix } : {}) },
  )) {
    for (const object of page.Contents ?? []) if (object.Key) listed.push(object.Key);
  }
  const { selected: keys, outside } = selectReprocessKeys(listed, filter);
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
    `reprocess s3://${bucket}/${prefix}: ${keys.length} objects, tagged ${summary.tagged}, ` +
      `unchanged ${summary.unchanged}, failed ${summary.failed}, skipped ${summary.skipped}, errors ${summary.errors}\n`,
  );
  if (summary.keptWithoutText > 0)
    process.stdout.write(
      `kept ${summary.keptWithoutText} feed stor${summary.keptWithoutText === 1 ? 'y' : 'ies'} as tagged: ${summary.keptWithoutText === 1 ? 'it' : 'they'} rolled off ${summary.keptWithoutText === 1 ? 'its' : 'their'} feed before ingest kept feed items' text (2026-12-02), so nothing holds the text to re-read\n`,
    );
  if (outside > 0) {
    const suffix = filter.suffix ? ` ending in "${filter.suffix}"` : '';
    process.stdout.write(
      `left alone ${outside} listed keys the stack does not ingest (only keys under "${filter.prefix}"${suffix})\n`,
    );
  }
  clients.s3.destroy();
  clients.dynamo.destroy();
  return summary.errors > 0 ? 1 : 0;
}

/** Why no stack was found, in the words of `newstag ingest`, and the outputs that name a deployed one. */
function noStack(options: { table?: string | undefined; 'data-dir'?: string | undefined }): string {
  const outputs = 'the stack outputs ArticleBucketName and TagTableName';
  if (options.table) return `a deployed stack needs both --bucket and --table (${outputs})`;
  const where = options['data-dir'] ?? `${DEFAULT_DATA_DIR} (in this folder or a parent folder)`;
  return `no local stack is running on ${where}: start one with \`npm start\`, pass the --data-dir its banner prints, or pass --bucket and --table (${outputs})`;
}
