import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startAdminServer } from './admin.js';
import { apiRequestListener, type HttpApiHandler } from './api-host.js';
import { FileDeadLetters, MemoryDeadLetters } from './dead-letters.js';
import { type BatchHandler, LocalQueue } from './queue.js';
import { createNotificationMapper } from './s3-notifications.js';
import { SerialRunner } from './serial-runner.js';
import { type LocalServers, startLocalServers } from './servers.js';

export interface LocalStackOptions {
  /** Data on disk under this folder; unset for a throwaway in-memory run (`--memory`). */
  readonly dataDir?: string;
  /** @default '127.0.0.1' — loopback only. */
  readonly host?: string;
  /** API port; 0 picks a free one. @default 3000 */
  readonly apiPort?: number;
  /** 0 picks a free port. @default 0 */
  readonly s3Port?: number;
  /** 0 picks a free port. @default 0 */
  readonly dynamoPort?: number;
  /** Articles uploaded on the first start (files of a folder). */
  readonly demoDir?: string;
  /** Receives before a message goes to the dead-letter store, as the deployed redrive policy. @default 3 */
  readonly maxReceives?: number;
  readonly retryBaseMs?: number;
  /**
   * Rebuilds the daily tops (`GET /top`) of the last 31 days each time the ingest queue drains, as the
   * deployed schedules do every 5 minutes (today, yesterday) and nightly (31 days). Off, `/top` reads
   * every day live.
   * @default false
   */
  readonly rollup?: boolean;
  readonly log?: (line: string) => void;
}

export interface LocalStack {
  readonly apiUrl: string;
  /** Loopback control endpoint used by `newstag dlq redrive`. */
  readonly adminUrl: string;
  readonly servers: LocalServers;
  readonly queue: LocalQueue;
  /** Resolves when no rollup is running or due (immediately when `rollup` is off). */
  rollupIdle(): Promise<void>;
  /** Demo articles uploaded by this start (empty when the data folder was already seeded). */
  readonly seeded: readonly string[];
  stop(): Promise<void>;
}

export class LocalStackError extends Error {
  override readonly name = 'LocalStackError';
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/**
 * The whole pipeline on one machine: real S3- and DynamoDB-compatible servers, the bucket's object
 * events delivered through an in-process queue to the real ingest handler, and the real API handler
 * served over HTTP. Handlers are the deployed modules, configured through the same environment.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => {});
  const apiServer = await listenOrExplain(options.apiPort ?? 3000, host);
  let servers: LocalServers;
  try {
    if (options.dataDir) {
      mkdirSync(options.dataDir, { recursive: true });
      checkDataFolder(options.dataDir);
    }
    servers = await startLocalServers({
      host,
      s3Port: options.s3Port ?? 0,
      dynamoPort: options.dynamoPort ?? 0,
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    }).catch((err: unknown) => {
      throw explainServerFailure(err, options.dataDir);
    });
  } catch (err) {
    apiServer.close();
    throw err;
  }

  configureHandlerEnvironment(servers);
  // Imported only now: both handlers read and validate their configuration once, at load.
  const ingest = (await import('../ingest/handler.js')).handler as unknown as BatchHandler;
  const api = (await import('../api/handler.js')).handler as unknown as HttpApiHandler;
  const rollup = options.rollup ? await localRollup(log) : undefined;

  const deadLetters = options.dataDir
    ? new FileDeadLetters(join(options.dataDir, 'dead-letters.json'))
    : new MemoryDeadLetters();
  const queue = new LocalQueue({
    handler: ingest,
    deadLetters,
    maxReceives: options.maxReceives ?? 3,
    ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
    onError: (err) => log(`ingest batch failed: ${err instanceof Error ? err.message : String(err)}`),
    ...(rollup ? { onIdle: () => rollup.request() } : {}),
  });
  const toNotification = createNotificationMapper();
  const unsubscribe = servers.onS3Event((event) => {
    queue.send(JSON.stringify(toNotification(event)));
  });

  apiServer.on('request', apiRequestListener(api));
  const port = (apiServer.address() as AddressInfo).port;

  const admin = await startAdminServer(queue, host);
  const seeded = options.demoDir ? await seedOnce(servers, options.dataDir, options.demoDir) : [];

  return {
    apiUrl: `http://${host}:${port}`,
    adminUrl: admin.url,
    servers,
    queue,
    seeded,
    rollupIdle: () => rollup?.idle() ?? Promise.resolve(),
    async stop() {
      unsubscribe();
      queue.stop();
      await rollup?.close();
      admin.server.close();
      await new Promise<void>((resolve) => {
        apiServer.close(() => resolve());
        apiServer.closeAllConnections();
      });
      await servers.stop();
    },
  };
}

/**
 * The rollup handler behind a serial runner, over the last 31 days each time: locally there is no nightly
 * run to catch uploads dated days ago or deletions, and a small table makes the longer run cheap.
 */
async function localRollup(log: (line: string) => void): Promise<SerialRunner> {
  const { handler } = await import('../rollup/handler.js');
  return new SerialRunner(
    () => handler({ days: 31 }),
    (err) => log(`rollup failed: ${err instanceof Error ? err.message : String(err)}`),
  );
}

function configureHandlerEnvironment(servers: LocalServers): void {
  Object.assign(process.env, {
    TABLE_NAME: servers.table,
    BUCKET_NAME: servers.bucket,
    S3_ENDPOINT: servers.s3Endpoint,
    DYNAMODB_ENDPOINT: servers.dynamoEndpoint,
    AWS_REGION: servers.region,
    AWS_ACCESS_KEY_ID: servers.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: servers.credentials.secretAccessKey,
    CORS_ORIGINS: process.env.CORS_ORIGINS ?? '*',
    POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? 'true',
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
  });
}

async function listenOrExplain(port: number, host: string): Promise<Server> {
  const { createServer } = await import('node:http');
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(
          new LocalStackError(
            `port ${port} on ${host} is already in use`,
            'Another `npm start` may be running. Stop it, or choose another port: npm start -- --port 3001',
          ),
        );
      } else reject(err);
    });
    server.listen(port, host, () => resolve());
  });
  return server;
}

/**
 * Catches a damaged data folder before the servers open it: the DynamoDB server does not report a
 * broken store, it stops answering.
 */
function checkDataFolder(dataDir: string): void {
  const broken = (what: string) =>
    new LocalStackError(
      `the data folder ${dataDir} could not be opened (${what})`,
      `Move it aside to start afresh (mv ${dataDir} ${dataDir}.broken), or run a throwaway stack: npm start -- --memory`,
    );
  for (const sub of ['s3', 'dynamo']) {
    const path = join(dataDir, sub);
    if (existsSync(path) && !statSync(path).isDirectory()) throw broken(`${path} is not a folder`);
  }
  const dynamo = join(dataDir, 'dynamo');
  if (existsSync(dynamo) && readdirSync(dynamo).length > 0 && !existsSync(join(dynamo, 'CURRENT'))) {
    throw broken(`${dynamo} is not a LevelDB store`);
  }
}

function explainServerFailure(err: unknown, dataDir: string | undefined): Error {
  const message = err instanceof Error ? err.message : String(err);
  if (dataDir && /lock|LOCK/.test(message)) {
    return new LocalStackError(
      `the data folder ${dataDir} is in use by another process`,
      'Another `npm start` is probably running on it. Stop it, or run a throwaway stack: npm start -- --memory',
    );
  }
  if (dataDir && /corrupt|Corruption|invalid|Unexpected|JSON|ENOTDIR|EISDIR/i.test(message)) {
    return new LocalStackError(
      `the data folder ${dataDir} could not be opened (${message})`,
      `Move it aside to start afresh (mv ${dataDir} ${dataDir}.broken), or run a throwaway stack: npm start -- --memory`,
    );
  }
  return err instanceof Error ? err : new Error(message);
}

/** Uploads the demo articles the first time a data folder is used (always, for an in-memory run). */
async function seedOnce(
  servers: LocalServers,
  dataDir: string | undefined,
  demoDir: string,
): Promise<string[]> {
  const marker = dataDir ? join(dataDir, 'seeded') : undefined;
  if (marker && existsSync(marker)) return [];
  const keys: string[] = [];
  for (const name of readdirSync(demoDir).sort()) {
    if (name.startsWith('.') || name.toLowerCase() === 'readme.md') continue;
    const key = `demo/${basename(name)}`;
    await servers.clients.s3.send(
      new PutObjectCommand({ Bucket: servers.bucket, Key: key, Body: readFileSync(join(demoDir, name)) }),
    );
    keys.push(key);
  }
  if (marker) writeFileSync(marker, `${new Date().toISOString()}\n`);
  return keys;
}
