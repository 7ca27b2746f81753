import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { basename, join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { IngestConfigSchema } from '../adapters/config.js';
import { ApiConfigSchema } from '../api/config.js';
import { matchesFilter } from '../ingest/events.js';
import { RollupConfigSchema } from '../rollup/config.js';
import { startAdminServer } from './admin.js';
import { apiRequestListener, type HttpApiHandler } from './api-host.js';
import { FileDeadLetters, MemoryDeadLetters } from './dead-letters.js';
import type { KeyFilter } from './key-filter.js';
import { type BatchHandler, type DeadLetterStore, LocalQueue } from './queue.js';
import { deadLetteredObjects, unfinishedUploads } from './reconcile.js';
import { createNotificationMapper } from './s3-notifications.js';
import { SerialRunner } from './serial-runner.js';
import { type LocalServers, type S3rverEvent, startLocalServers } from './servers.js';
import { type RunningStack, readRunningStack } from './state-file.js';

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
  /**
   * Only objects whose key starts with `prefix` and ends with `suffix` reach the ingest queue, as the
   * deployed bucket notification filters them; the others are logged as skipped. `newstag start` passes
   * the deploy configuration's `keyPrefix`/`keySuffix` (`./key-filter.ts`).
   * @default every key
   */
  readonly keyFilter?: KeyFilter;
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

/** Option values that would get past a failed start: free ports, another data folder. */
export interface SuggestedChanges {
  readonly apiPort?: number;
  readonly s3Port?: number;
  readonly dynamoPort?: number;
  readonly dataDir?: string;
}

export class LocalStackError extends Error {
  override readonly name = 'LocalStackError';
  constructor(
    message: string,
    readonly hint: string,
    readonly changes: SuggestedChanges = {},
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
  const ports = requestedPorts(options);
  if (options.dataDir) await checkDataFolderFree(options.dataDir, host, ports);
  await checkPortsFree(host, ports);
  const apiServer = await listenOrExplain(ports[0], host);
  let servers: LocalServers;
  try {
    if (options.dataDir) {
      createDataFolder(options.dataDir);
      await checkDataFolder(options.dataDir);
    }
    servers = await startLocalServers({
      host,
      s3Port: options.s3Port ?? 0,
      dynamoPort: options.dynamoPort ?? 0,
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    }).catch((err: unknown) => {
      throw explainServerFailure(err, options.dataDir, ports);
    });
  } catch (err) {
    apiServer.close();
    throw err;
  }

  const keyFilter = options.keyFilter ?? { prefix: '', suffix: '' };
  let ingest: BatchHandler;
  let api: HttpApiHandler;
  let rollup: SerialRunner | undefined;
  try {
    configureHandlerEnvironment(servers, keyFilter, log);
    // Imported only now: the handlers read and validate their configuration once, at load.
    ingest = (await import('../ingest/handler.js')).handler as unknown as BatchHandler;
    api = (await import('../api/handler.js')).handler as unknown as HttpApiHandler;
    rollup = options.rollup ? await localRollup(log) : undefined;
  } catch (err) {
    apiServer.close();
    await servers.stop();
    throw explainConfigurationFailure(err);
  }

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
  const deliver = (event: S3rverEvent) => {
    const records = event.Records.filter((record) => {
      const why = outsideFilter(record.s3.object.key, keyFilter);
      if (why) log(`skipped ${record.s3.object.key} (${record.eventName}): ${why}`);
      return !why;
    });
    if (records.length > 0) queue.send(JSON.stringify(toNotification({ ...event, Records: records })));
  };
  const unsubscribe = servers.onS3Event(deliver);
  if (options.dataDir) await requeueUnfinished(servers, keyFilter, deadLetters, deliver, log);
  // The daily tops may predate the last run's uploads or a `newstag reprocess`: rebuild them once now.
  rollup?.request();

  apiServer.on('request', apiRequestListener(api));
  const port = (apiServer.address() as AddressInfo).port;

  const admin = await startAdminServer(queue, host, () => rollup?.idle() ?? Promise.resolve());
  const seeded = options.demoDir
    ? await seedOnce(servers, options.dataDir, options.demoDir, keyFilter.prefix)
    : [];

  return {
    apiUrl: `http://${host}:${port}`,
    adminUrl: admin.url,
    servers,
    queue,
    seeded,
    rollupIdle: () => rollup?.idle() ?? Promise.resolve(),
    async stop() {
      unsubscribe();
      // The running batch finishes before its table goes away; what still waits is re-queued by the
      // next start on this data folder (`requeueUnfinished`).
      const { finished, dropped } = await queue.stop(STOP_GRACE_MS);
      const left = dropped + (finished ? 0 : 1);
      if (left > 0) {
        log(
          options.dataDir
            ? `stopped with ${finished ? '' : 'a batch still running and '}${dropped} queued message(s) untagged: the next start on ${options.dataDir} re-queues them`
            : `stopped with ${dropped} queued message(s) untagged (in-memory run: they are gone)`,
        );
      }
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

/** How long `stop` waits for the batch being handled (a batch of ten large objects takes seconds). */
const STOP_GRACE_MS = 15_000;

/**
 * Queues again every upload of the data folder that was not fully ingested (`./reconcile.ts`): the
 * queue lives in memory, so a stop, a crash or a kill -9 with messages waiting would otherwise lose
 * them. One log line says how many; a failed scan is logged with the command that does the same.
 */
async function requeueUnfinished(
  servers: LocalServers,
  keyFilter: KeyFilter,
  deadLetters: DeadLetterStore,
  deliver: (event: S3rverEvent) => void,
  log: (line: string) => void,
): Promise<void> {
  try {
    const dead = deadLetteredObjects((await deadLetters.list()).map((m) => m.body));
    const { checked, events, deadLettered } = await unfinishedUploads(servers, keyFilter, {
      deadLettered: dead,
    });
    for (const event of events) deliver(event);
    if (checked > 0) {
      const left =
        deadLettered > 0 ? ` (${deadLettered} left in the dead-letter store: npx newstag dlq redrive)` : '';
      log(
        `restart check: ${checked} uploads in the bucket, re-queued ${events.length} not yet tagged${left}`,
      );
    }
  } catch (err) {
    log(
      `restart check failed (${err instanceof Error ? err.message : String(err)}): uploads left untagged by the last run are not re-queued; run \`npx newstag reprocess\``,
    );
  }
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

/**
 * The handlers' configuration: the stack's own servers, its key filter, and embedded defaults. Of the
 * variables the deployed functions read, a shell value is used only for the ones docs/local-stack.md
 * documents (CORS_ORIGINS, POWERTOOLS_LOG_LEVEL, POWERTOOLS_METRICS_DISABLED); any other (CURSOR_SECRET,
 * MAX_OBJECT_BYTES, KEY_PREFIX…) is removed, with a log line, so a deployed setting left in the shell
 * cannot change or break a local run.
 */
function configureHandlerEnvironment(
  servers: LocalServers,
  keyFilter: KeyFilter,
  log: (line: string) => void,
): void {
  const ignored = DEPLOYED_VARIABLES.filter(
    (name) => process.env[name] !== undefined && !LOCAL_VARIABLES.has(name) && !STACK_VARIABLES.has(name),
  );
  for (const name of ignored) delete process.env[name];
  if (ignored.length > 0) {
    log(
      `ignoring ${ignored.join(', ')} from the environment: the local stack runs on its own settings (docs/local-stack.md)`,
    );
  }
  Object.assign(process.env, {
    TABLE_NAME: servers.table,
    BUCKET_NAME: servers.bucket,
    S3_ENDPOINT: servers.s3Endpoint,
    DYNAMODB_ENDPOINT: servers.dynamoEndpoint,
    AWS_REGION: servers.region,
    AWS_ACCESS_KEY_ID: servers.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: servers.credentials.secretAccessKey,
    KEY_PREFIX: keyFilter.prefix,
    KEY_SUFFIX: keyFilter.suffix,
    CORS_ORIGINS: process.env.CORS_ORIGINS ?? '*',
    POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? 'true',
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
  });
}

/** Every variable the deployed functions read (their zod schemas are the one list). */
const DEPLOYED_VARIABLES = [
  ...new Set([
    ...Object.keys(ApiConfigSchema.shape),
    ...Object.keys(IngestConfigSchema.shape),
    ...Object.keys(RollupConfigSchema.shape),
  ]),
];
/** Set by the stack itself from its servers: a shell value is silently replaced. */
const STACK_VARIABLES = new Set([
  'TABLE_NAME',
  'BUCKET_NAME',
  'S3_ENDPOINT',
  'DYNAMODB_ENDPOINT',
  'AWS_REGION',
]);
/** The variables a local run takes from the shell (docs/local-stack.md). */
const LOCAL_VARIABLES = new Set(['CORS_ORIGINS', 'POWERTOOLS_LOG_LEVEL', 'POWERTOOLS_METRICS_DISABLED']);

/** A handler that refused its configuration at load: one line naming the variable, no stack trace. */
function explainConfigurationFailure(err: unknown): Error {
  const name = (err as Error | undefined)?.name;
  if (name !== 'ApiConfigError' && name !== 'ConfigError')
    return err instanceof Error ? err : new Error(String(err));
  const problem = (err as Error).message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
  return new LocalStackError(
    `a setting taken from the environment is invalid: ${problem}`,
    `Fix or unset that variable: the local stack needs none set (docs/local-stack.md lists the ones it reads).`,
  );
}

/** Why S3 would not notify this key under the filter, or undefined when it would. */
function outsideFilter(key: string, filter: KeyFilter): string | undefined {
  if (matchesFilter(key, filter)) return undefined;
  return key.startsWith(filter.prefix)
    ? `the key does not end with the ingest suffix "${filter.suffix}" (newstag:keySuffix)`
    : `the key is not under the ingest prefix "${filter.prefix}" (newstag:keyPrefix)`;
}

/** A port the stack listens on, with the `newstag start` option that sets it. */
interface RequestedPort {
  readonly what: 'API' | 'S3' | 'DynamoDB';
  readonly flag: '--port' | '--s3-port' | '--dynamodb-port';
  readonly key: 'apiPort' | 's3Port' | 'dynamoPort';
  readonly port: number;
}

function requestedPorts(options: LocalStackOptions): [RequestedPort, RequestedPort, RequestedPort] {
  return [
    { what: 'API', flag: '--port', key: 'apiPort', port: options.apiPort ?? 3000 },
    { what: 'S3', flag: '--s3-port', key: 's3Port', port: options.s3Port ?? 0 },
    { what: 'DynamoDB', flag: '--dynamodb-port', key: 'dynamoPort', port: options.dynamoPort ?? 0 },
  ];
}

async function isPortFree(port: number, host: string): Promise<boolean> {
  const server = createNetServer();
  const free = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, host, () => resolve(true));
  });
  if (free) await new Promise<void>((resolve) => server.close(() => resolve()));
  return free;
}

/** Ports (0 = any) that something else already holds. */
async function busyPorts(host: string, ports: readonly RequestedPort[]): Promise<RequestedPort[]> {
  const busy: RequestedPort[] = [];
  for (const p of ports) if (p.port !== 0 && !(await isPortFree(p.port, host))) busy.push(p);
  return busy;
}

/** Free ports just above the busy ones, none of them equal to a port the stack already asked for. */
async function replacementPorts(
  host: string,
  ports: readonly RequestedPort[],
  busy: readonly RequestedPort[],
): Promise<SuggestedChanges> {
  const taken = new Set(ports.map((p) => p.port));
  const changes: Record<string, number> = {};
  for (const p of busy) {
    for (let candidate = p.port + 1; candidate < p.port + 200 && candidate <= 65_535; candidate++) {
      if (taken.has(candidate) || !(await isPortFree(candidate, host))) continue;
      taken.add(candidate);
      changes[p.key] = candidate;
      break;
    }
  }
  return changes;
}

/** `npm start` with the options that change; the CLI prints the full command it would run. */
export function describeChanges(changes: SuggestedChanges): string {
  const parts = [
    changes.dataDir !== undefined ? `--data-dir ${changes.dataDir}` : '',
    changes.apiPort !== undefined ? `--port ${changes.apiPort}` : '',
    changes.s3Port !== undefined ? `--s3-port ${changes.s3Port}` : '',
    changes.dynamoPort !== undefined ? `--dynamodb-port ${changes.dynamoPort}` : '',
  ].filter(Boolean);
  return `npm start -- ${parts.join(' ')}`;
}

async function checkPortsFree(host: string, ports: readonly RequestedPort[]): Promise<void> {
  const busy = await busyPorts(host, ports);
  if (busy.length === 0) return;
  throw await portsInUse(host, ports, busy);
}

async function portsInUse(
  host: string,
  ports: readonly RequestedPort[],
  busy: readonly RequestedPort[],
): Promise<LocalStackError> {
  const changes = await replacementPorts(host, ports, busy);
  const list = busy.map((p) => `${p.port} (${p.what}, set with ${p.flag})`).join(', ');
  return new LocalStackError(
    `${busy.length === 1 ? 'port' : 'ports'} ${list} on ${host} ${busy.length === 1 ? 'is' : 'are'} already in use`,
    `Another \`npm start\` may be running. Stop it, or choose free ports: ${describeChanges(changes)}`,
    changes,
  );
}

async function listenOrExplain(requested: RequestedPort, host: string): Promise<Server> {
  const { createServer } = await import('node:http');
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        portsInUse(host, [requested], [requested]).then(reject, reject);
      } else reject(err);
    });
    server.listen(requested.port, host, () => resolve());
  });
  return server;
}

/**
 * Refuses a data folder another live stack runs on (its state file names it). Two stacks on one folder
 * would share one LevelDB store, which only one process can hold.
 */
async function checkDataFolderFree(
  dataDir: string,
  host: string,
  ports: readonly RequestedPort[],
): Promise<void> {
  const owner = readRunningStack(dataDir);
  if (!owner || owner.pid === process.pid) return;
  throw await dataFolderInUse(
    dataDir,
    host,
    ports,
    `the stack of process ${owner.pid} (API ${owner.apiUrl})`,
  );
}

async function dataFolderInUse(
  dataDir: string,
  host: string,
  ports: readonly RequestedPort[],
  by: string,
): Promise<LocalStackError> {
  const changes = {
    dataDir: `${dataDir.replace(/\/+$/, '')}-2`,
    ...(await replacementPorts(host, ports, await busyPorts(host, ports))),
  };
  return new LocalStackError(
    `the data folder ${dataDir} is in use by ${by}`,
    `Use that stack, stop it (Ctrl-C in its terminal), or run another stack on its own folder: ${describeChanges(changes)}`,
    changes,
  );
}

function damagedDataFolder(dataDir: string, what: string): LocalStackError {
  const changes = { dataDir: `${dataDir.replace(/\/+$/, '')}-2` };
  return new LocalStackError(
    `the data folder ${dataDir} is damaged and cannot be opened (${what})`,
    `Move it aside or delete it to start afresh (mv ${dataDir} ${dataDir}.broken, or rm -rf ${dataDir}: its articles are lost), or use another folder: ${describeChanges(changes)}`,
    changes,
  );
}

/** Creates the data folder, or says in one line why it cannot (a file of that name, no permission). */
function createDataFolder(dataDir: string): void {
  const changes = { dataDir: `${dataDir.replace(/\/+$/, '')}-2` };
  if (existsSync(dataDir) && !statSync(dataDir).isDirectory()) {
    throw new LocalStackError(
      `the data folder ${dataDir} is a file, not a folder`,
      `Name a folder (it is created if missing), e.g. ${describeChanges(changes)}`,
      changes,
    );
  }
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new LocalStackError(
      `the data folder ${dataDir} cannot be created (${code ?? message})`,
      `Name a folder you can write to, e.g. ${describeChanges(changes)}`,
      changes,
    );
  }
}

/**
 * Catches a damaged or locked data folder before the servers open it: the DynamoDB server (dynalite)
 * does not report a store it cannot open, it throws "Database is closed" later, outside any caller.
 */
async function checkDataFolder(dataDir: string): Promise<void> {
  for (const sub of ['s3', 'dynamo']) {
    const path = join(dataDir, sub);
    if (existsSync(path) && !statSync(path).isDirectory())
      throw damagedDataFolder(dataDir, `${path} is not a folder`);
  }
  const dynamo = join(dataDir, 'dynamo');
  if (!existsSync(dynamo) || readdirSync(dynamo).length === 0) return;
  if (!existsSync(join(dynamo, 'CURRENT')))
    throw damagedDataFolder(dataDir, `${dynamo} is not a LevelDB store`);
  const problem = await probeLevelStore(dynamo);
  if (problem?.code === 'LEVEL_LOCKED') {
    throw new LocalStackError(
      `the data folder ${dataDir} is in use by another process (${dynamo} is locked)`,
      `Another \`npm start\` is probably running on it: stop it, or run another stack on its own folder: ${describeChanges({ dataDir: `${dataDir.replace(/\/+$/, '')}-2` })}`,
      { dataDir: `${dataDir.replace(/\/+$/, '')}-2` },
    );
  }
  if (problem) throw damagedDataFolder(dataDir, `${dynamo}: ${problem.message}`);
}

interface LevelDatabase {
  open(): Promise<void>;
  close(): Promise<void>;
}

/** Opens and closes the LevelDB store with dynalite's own `level`; undefined when it opens. */
async function probeLevelStore(path: string): Promise<{ code: string; message: string } | undefined> {
  const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  const { Level } = fromDynalite('level') as { Level: new (path: string) => LevelDatabase };
  const db = new Level(path);
  try {
    await db.open();
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      code: cause?.code ?? (error as { code?: string }).code ?? 'UNKNOWN',
      message: cause?.message ?? (error as Error).message,
    };
  }
  await db.close();
  return undefined;
}

function explainServerFailure(
  err: unknown,
  dataDir: string | undefined,
  ports: readonly RequestedPort[],
): Error {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    const port = (err as { port?: number }).port;
    const busy = ports.filter((p) => p.port === port);
    const what = busy[0] ? `${busy[0].what} port ${port} (set with ${busy[0].flag})` : `port ${port}`;
    return new LocalStackError(
      `the ${what} is already in use`,
      `Another \`npm start\` may be running. Stop it, or choose another port with ${busy[0]?.flag ?? '--s3-port / --dynamodb-port'}`,
    );
  }
  if (dataDir && /lock|LOCK/.test(message)) {
    return new LocalStackError(
      `the data folder ${dataDir} is in use by another process`,
      `Another \`npm start\` is probably running on it. Stop it, or run another stack on its own folder: ${describeChanges({ dataDir: `${dataDir}-2` })}`,
    );
  }
  if (
    dataDir &&
    /corrupt|Corruption|invalid|Unexpected|JSON|ENOTDIR|EISDIR|Database is closed/i.test(message)
  ) {
    return damagedDataFolder(dataDir, message);
  }
  return err instanceof Error ? err : new Error(message);
}

/** Uploads the demo articles the first time a data folder is used (always, for an in-memory run). */
async function seedOnce(
  servers: LocalServers,
  dataDir: string | undefined,
  demoDir: string,
  prefix: string,
): Promise<string[]> {
  const marker = dataDir ? join(dataDir, 'seeded') : undefined;
  if (marker && existsSync(marker)) return [];
  const keys: string[] = [];
  for (const name of readdirSync(demoDir).sort()) {
    if (name.startsWith('.') || name.toLowerCase() === 'readme.md') continue;
    const key = `${prefix}demo/${basename(name)}`;
    await servers.clients.s3.send(
      new PutObjectCommand({ Bucket: servers.bucket, Key: key, Body: readFileSync(join(demoDir, name)) }),
    );
    keys.push(key);
  }
  if (marker) writeFileSync(marker, `${new Date().toISOString()}\n`);
  return keys;
}

/**
 * The state-file record of a running stack, as `npm start` writes it: where `newstag ingest` and `newstag dlq`
 * find its servers and which keys it ingests.
 */
export function runningStackOf(stack: LocalStack, keyFilter: KeyFilter): RunningStack {
  const { servers } = stack;
  return {
    pid: process.pid,
    apiUrl: stack.apiUrl,
    adminUrl: stack.adminUrl,
    s3Endpoint: servers.s3Endpoint,
    dynamoEndpoint: servers.dynamoEndpoint,
    bucket: servers.bucket,
    table: servers.table,
    region: servers.region,
    keyPrefix: keyFilter.prefix,
    keySuffix: keyFilter.suffix,
  };
}
