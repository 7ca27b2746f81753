import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import * as z from 'zod';
import { createClients } from '../../adapters/clients.js';
import { createDynamoRepository } from '../../adapters/dynamo-repository.js';
import type { ArticleRecordItem, ObjectRecordItem } from '../../core/records/items.js';
import { matchesFilter } from '../../ingest/events.js';
import { deployedKeyFilter } from '../../local/key-filter.js';
import { DEFAULT_DATA_DIR, findRunningStack } from '../../local/state-file.js';
import { optionErrors } from '../option-errors.js';
import { createProgress } from '../progress.js';
import { shortTitle } from '../short-title.js';
import { type PlannedUpload, planUploads } from '../upload-keys.js';

export const USAGE = `usage: newstag ingest FILE…|DIR… [--prefix P] [--timeout 60] [--data-dir .newstag]
       (--data-dir: the folder of the local stack to reach, as its \`npm start\` banner prints it;
        --prefix: by default the stack's ingest prefix, newstag:keyPrefix in cdk.json, "articles/";
        a file's key is the prefix and its name; a DIR's files, subfolders included, keep their path under DIR)
       newstag ingest FILE… --bucket B --table T [--region R]   (a deployed stack, default AWS credentials)`;

const OptionsSchema = z.object({
  prefix: z.string().optional(),
  timeout: z.coerce.number().positive().max(3_600).default(60),
  bucket: z.string().min(3).optional(),
  table: z.string().min(3).optional(),
  region: z.string().optional(),
  'data-dir': z.string().optional(),
});

interface Upload {
  readonly file: string;
  readonly key: string;
  readonly eTag: string;
  /** The key's record before the upload: an upload of the very same bytes is applied once its `seq` moves. */
  readonly before: ObjectRecordItem | undefined;
}

export async function run(args: string[]): Promise<number> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        prefix: { type: 'string' },
        timeout: { type: 'string' },
        bucket: { type: 'string' },
        table: { type: 'string' },
        region: { type: 'string' },
        'data-dir': { type: 'string' },
      },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const options = OptionsSchema.safeParse(parsed.values);
  if (!options.success || parsed.positionals.length === 0) {
    process.stderr.write(
      `${options.success ? 'newstag ingest: name one or more files or folders' : optionErrors('ingest', options.error, parsed.values)}\n${USAGE}\n`,
    );
    return 2;
  }
  const opts = options.data;
  const target = resolveTarget(opts);
  if (typeof target === 'string') {
    process.stderr.write(`newstag ingest: ${target}\n`);
    return 1;
  }
  let files: PlannedUpload[];
  try {
    files = planUploads(parsed.positionals, opts.prefix ?? target.keyPrefix);
  } catch (error) {
    process.stderr.write(`newstag ingest: ${(error as Error).message}\n`);
    return 1;
  }
  if (files.length === 0) {
    process.stderr.write('newstag ingest: no article files found\n');
    return 1;
  }

  const clients = createClients({
    region: target.region,
    ...(target.s3Endpoint ? { s3Endpoint: target.s3Endpoint } : {}),
    ...(target.dynamoEndpoint ? { dynamoEndpoint: target.dynamoEndpoint } : {}),
  });
  const repository = createDynamoRepository(clients.dynamo, { tableName: target.table });
  const progress = await createProgress({ stream: process.stderr, totalArticles: files.length });
  const uploads: Upload[] = [];
  const filter = { prefix: target.keyPrefix, suffix: target.keySuffix };
  let failures = 0;
  for (const { file, key } of files) {
    if (!matchesFilter(key, filter)) {
      // The bucket notification would never announce it: say so now rather than time out later.
      failures++;
      const suffix = filter.suffix ? ` ending in "${filter.suffix}"` : '';
      process.stdout.write(
        `${key}: not uploaded: the stack ingests only keys under "${filter.prefix}"${suffix} (newstag:keyPrefix, newstag:keySuffix)\n`,
      );
      progress.advance({ articles: 1 });
      continue;
    }
    const before = await repository.getObjectRecord(key);
    const out = await clients.s3.send(
      new PutObjectCommand({ Bucket: target.bucket, Key: key, Body: readFileSync(file) }),
    );
    uploads.push({ file, key, eTag: (out.ETag ?? '').replaceAll('"', ''), before });
    progress.advance({ articles: 1 });
  }
  progress.stop();

  const deadline = Date.now() + opts.timeout * 1_000;
  const count = { tagged: 0, unchanged: 0, failed: 0 };
  for (const upload of uploads) {
    const applied = await waitUntilApplied(repository, upload, deadline);
    if (!applied) {
      failures++;
      // Not a failure of the stack: it goes on tagging after this command gives up, so say how to wait
      // longer. The local stack tags about 1–4 articles a second (each is ~110 writes to the in-process
      // dynalite, on the machine's cores: docs/ingest.md), so a 62-line feed took 41–75 s on 2026-12-01 and
      // a 500-line one takes minutes; the articles of one object are tagged concurrently, none waits.
      process.stdout.write(
        `${upload.key}: not tagged within ${opts.timeout} s: still queued or being tagged (the stack goes on after this command exits; locally about 1–4 articles a second); wait longer with --timeout SECONDS (at most 3600)\n`,
      );
      continue;
    }
    const { articles, kept } = applied;
    const heldAsIs = sameBytesHeld(upload, applied.record);
    for (const a of articles) {
      if (a.status === 'FAILED') failures++;
      // Its object's new version held it as an earlier upload tagged it (ingest/unchanged.ts), or the whole
      // object was the very bytes the same tagger had read (pipeline.ts: only the sequencer moved).
      const unchanged = heldAsIs || a.unchanged === true;
      count[unchanged ? 'unchanged' : a.status === 'FAILED' ? 'failed' : 'tagged']++;
      const listed = a.duplicateOf ? await repository.getArticle(a.duplicateOf) : undefined;
      process.stdout.write(`${summarise(upload.key, a, listed, unchanged)}\n`);
      // What the stack did not take as given (a date far ahead) is said under the article's line.
      const { warnings } = a as { warnings?: { code: string; message: string }[] };
      for (const w of warnings ?? []) process.stdout.write(`  warning ${w.code}: ${w.message}\n`);
    }
    if (kept > 0)
      process.stdout.write(
        `${upload.key}: ${kept} earlier item${kept === 1 ? '' : 's'} of the feed kept: no longer in it, still listed until the object is deleted\n`,
      );
  }
  const total = count.tagged + count.unchanged + count.failed;
  if (total > 1 || count.unchanged > 0)
    process.stdout.write(
      `newstag ingest: ${total} article${total === 1 ? '' : 's'}: tagged ${count.tagged}, unchanged ${count.unchanged}, failed ${count.failed}\n`,
    );
  // The local stack rebuilds the daily tops (`GET /top`) once its queue drains: wait for that too, so a
  // query run right after this command counts these uploads (it lagged ~1 s). Deployed, the 5-minute
  // schedule does it; an older local stack without the endpoint, or a queue that never drains before the
  // deadline, is not waited for.
  if (target.adminUrl && uploads.length > 0) await settled(target.adminUrl, deadline);
  clients.s3.destroy();
  clients.dynamo.destroy();
  return failures > 0 ? 1 : 0;
}

async function settled(adminUrl: string, deadline: number): Promise<void> {
  try {
    await fetch(`${adminUrl}/settled`, { signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) });
  } catch {
    // Timed out or the stack stopped: the articles' lines are printed already.
  }
}

type Target = {
  bucket: string;
  table: string;
  region: string;
  keyPrefix: string;
  keySuffix: string;
  s3Endpoint?: string;
  dynamoEndpoint?: string;
  /** The local stack's control endpoint (functions/local/admin.ts). */
  adminUrl?: string;
};

function resolveTarget(opts: z.infer<typeof OptionsSchema>): Target | string {
  if (opts.bucket || opts.table) {
    if (!opts.bucket || !opts.table)
      return 'a deployed stack needs both --bucket and --table (see the stack outputs)';
    return {
      bucket: opts.bucket,
      table: opts.table,
      region: opts.region ?? process.env.AWS_REGION ?? 'us-east-1',
      keyPrefix: deployedKeyFilter().prefix,
      keySuffix: deployedKeyFilter().suffix,
    };
  }
  const found = findRunningStack(opts['data-dir']);
  if (!found) {
    const where = opts['data-dir'] ?? `${DEFAULT_DATA_DIR} (in this folder or a parent folder)`;
    return `no local stack is running on ${where}: start one with \`npm start\`, pass the --data-dir its banner prints, or pass --bucket and --table`;
  }
  const running = found.stack;
  if (found.dataDir !== (opts['data-dir'] ?? DEFAULT_DATA_DIR)) {
    process.stderr.write(`newstag ingest: using the local stack of ${found.dataDir}\n`);
  }
  return {
    bucket: running.bucket,
    table: running.table,
    region: running.region,
    keyPrefix: running.keyPrefix ?? deployedKeyFilter().prefix,
    keySuffix: running.keySuffix ?? deployedKeyFilter().suffix,
    s3Endpoint: running.s3Endpoint,
    dynamoEndpoint: running.dynamoEndpoint,
    adminUrl: running.adminUrl,
  };
}

/** Whether a record's ETag is the upload's (a record written before ETags were kept has none). */
function sameETag(record: ObjectRecordItem | undefined, upload: Upload): boolean {
  return record !== undefined && (!record.eTag || record.eTag.replaceAll('"', '') === upload.eTag);
}

/**
 * Whether the stack held the upload as the applied version it replaced: the very same bytes, read by the same
 * tagger (the record's content hash and tagger version did not move: pipeline.ts's `unchanged`), so no article
 * was tagged again.
 */
function sameBytesHeld(upload: Upload, record: ObjectRecordItem): boolean {
  const { before } = upload;
  return (
    before?.state === 'APPLIED' &&
    before.contentHash !== undefined &&
    before.contentHash === record.contentHash &&
    before.taggerVersion === record.taggerVersion
  );
}

/**
 * Polls (bounded) until the object's record shows this upload applied, then reads its articles. The upload's
 * event always moves the record's sequencer: until then the record is an earlier upload's, even when it names
 * the same ETag (the very same bytes uploaded again).
 */
async function waitUntilApplied(
  repository: ReturnType<typeof createDynamoRepository>,
  upload: Upload,
  deadline: number,
): Promise<{ articles: ArticleRecordItem[]; kept: number; record: ObjectRecordItem } | undefined> {
  const earlier = upload.before?.seq;
  for (let delay = 50; Date.now() < deadline; delay = Math.min(delay * 2, 1_000)) {
    const record = await repository.getObjectRecord(upload.key);
    if (record?.state === 'APPLIED' && sameETag(record, upload) && record.seq !== earlier) {
      const articles = await Promise.all(record.aids.map((aid) => repository.getArticle(aid)));
      return {
        articles: articles.filter((a): a is ArticleRecordItem => a !== undefined),
        kept: record.keptAids?.length ?? 0,
        record,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
  return undefined;
}

/**
 * One line per article; UNCHANGED for one this upload did not tag again (as an earlier upload left it).
 * A copy (the same title and body as an article under another key) has no indexed
 * tags of its own: say whose copy it is rather than print zero counts that read as a tagging failure.
 */
function summarise(
  key: string,
  a: ArticleRecordItem,
  listed: ArticleRecordItem | undefined,
  unchanged: boolean,
): string {
  const title = a.title ? ` "${shortTitle(a.title)}"` : '';
  const failed = `FAILED ${a.reason ?? ''} ${a.message ?? ''}`.trimEnd();
  if (unchanged && (a.status === 'FAILED' || a.duplicateOf))
    return `${key}: UNCHANGED ${a.aid}${title} — as an earlier upload left it: ${a.status === 'FAILED' ? failed : `a copy of ${a.duplicateOf}`}`;
  if (a.status === 'FAILED') return `${key}: ${failed}`;
  if (a.duplicateOf) {
    const source = listed ? ` (${listed.key})` : '';
    return `${key}: TAGGED ${a.aid}${title} — a copy of ${a.duplicateOf}${source}, the same title and body: lists and counts show that one`;
  }
  const counts = new Map<string, number>();
  for (const t of a.tags) {
    const kind = t.split('|')[0] ?? '';
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const parts = (['entity', 'country', 'pair', 'topic'] as const).map((k) => `${k} ${counts.get(k) ?? 0}`);
  return unchanged
    ? `${key}: UNCHANGED ${a.aid}${title} — as an earlier upload tagged it, not tagged again: indexed tags: ${parts.join(', ')}`
    : `${key}: TAGGED ${a.aid}${title} — indexed tags: ${parts.join(', ')}`;
}
