import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from '@20minutes/s3rver';
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import dynalite from 'dynalite';
import { type Clients, createClients, LOCAL_CREDENTIALS } from '../adapters/clients.js';
import { GLOBAL_INDEXES, TABLE_KEY } from '../core/records/keys.js';

export interface LocalServersOptions {
  /** Loopback address to bind. */
  readonly host?: string;
  /** 0 (the default) picks a free port. */
  readonly s3Port?: number;
  readonly dynamoPort?: number;
  /** Keep data on disk here (`<dataDir>/s3`, `<dataDir>/dynamo`); a throwaway temp folder when unset. */
  readonly dataDir?: string;
  readonly bucket?: string;
  readonly table?: string;
  readonly region?: string;
}

/** An S3 notification as s3rver emits it: keys NOT URL-encoded, unlike real S3 (see `./s3-notifications.ts`). */
export interface S3rverEvent {
  Records: {
    eventVersion?: string;
    eventSource?: string;
    awsRegion?: string;
    eventName: string;
    eventTime: string;
    s3: {
      bucket: { name: string };
      object: { key: string; size?: number; eTag?: string; sequencer?: string };
    };
  }[];
}

export interface LocalServers {
  readonly s3Endpoint: string;
  readonly dynamoEndpoint: string;
  readonly bucket: string;
  readonly table: string;
  readonly region: string;
  readonly credentials: typeof LOCAL_CREDENTIALS;
  /** Clients configured for these servers (path-style S3, WHEN_REQUIRED checksums). */
  readonly clients: Clients;
  /** Subscribes to object events of the S3 server; returns an unsubscribe function. */
  onS3Event(listener: (event: S3rverEvent) => void): () => void;
  stop(): Promise<void>;
}

/**
 * Starts a real S3-compatible server (@20minutes/s3rver) and a real DynamoDB-compatible server
 * (dynalite) on loopback, creates the bucket and the table with its indexes, and waits until both answer.
 */
export async function startLocalServers(options: LocalServersOptions = {}): Promise<LocalServers> {
  const host = options.host ?? '127.0.0.1';
  const region = options.region ?? 'us-east-1';
  const bucket = options.bucket ?? 'articles';
  const table = options.table ?? 'newstag';
  const temporary = options.dataDir === undefined;
  const root = options.dataDir ?? mkdtempSync(join(tmpdir(), 'newstag-'));
  mkdirSync(join(root, 's3'), { recursive: true });

  const s3rver = new S3rver({
    address: host,
    port: options.s3Port ?? 0,
    silent: true,
    directory: join(root, 's3'),
    allowMismatchedSignatures: true,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  const s3Address = await s3rver.run();

  let dynamoServer: Server;
  try {
    dynamoServer = dynalite({
      ...(temporary ? {} : { path: join(root, 'dynamo') }),
      createTableMs: 0,
      deleteTableMs: 0,
      updateTableMs: 0,
    });
    await new Promise<void>((resolve, reject) => {
      dynamoServer.once('error', reject);
      dynamoServer.listen(options.dynamoPort ?? 0, host, () => resolve());
    });
  } catch (error) {
    await s3rver.close();
    throw error;
  }
  const dynamoAddress = dynamoServer.address() as AddressInfo;

  const s3Endpoint = `http://${host}:${s3Address.port}`;
  const dynamoEndpoint = `http://${host}:${dynamoAddress.port}`;
  const clients = createClients({ region, s3Endpoint, dynamoEndpoint, credentials: LOCAL_CREDENTIALS });

  const stop = async () => {
    await Promise.allSettled([
      s3rver.close(),
      new Promise<void>((resolve) => dynamoServer.close(() => resolve())),
    ]);
    clients.s3.destroy();
    clients.dynamo.destroy();
    if (temporary) rmSync(root, { recursive: true, force: true });
  };

  try {
    await ensureBucket(clients.s3, bucket);
    await ensureTable(clients.dynamo as unknown as DynamoDBClient, table);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    s3Endpoint,
    dynamoEndpoint,
    bucket,
    table,
    region,
    credentials: LOCAL_CREDENTIALS,
    clients,
    onS3Event(listener) {
      s3rver.on('event', listener);
      return () => s3rver.off('event', listener);
    },
    stop,
  };
}

export async function ensureBucket(s3: S3Client, bucket: string): Promise<void> {
  try {
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw error;
  }
}

/** Creates the table of docs/data-model.md if missing and waits (bounded) until it is ACTIVE. */
export async function ensureTable(dynamo: DynamoDBClient, table: string, timeoutMs = 10_000): Promise<void> {
  const attributes = new Map<string, 'S' | 'N'>([
    [TABLE_KEY.partition, 'S'],
    [TABLE_KEY.sort, 'S'],
  ]);
  for (const index of GLOBAL_INDEXES) {
    attributes.set(index.partitionKey, 'S');
    attributes.set(index.sortKey, index.sortKeyType);
  }
  try {
    await dynamo.send(
      new CreateTableCommand({
        TableName: table,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({
          AttributeName,
          AttributeType,
        })),
        KeySchema: [
          { AttributeName: TABLE_KEY.partition, KeyType: 'HASH' },
          { AttributeName: TABLE_KEY.sort, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: GLOBAL_INDEXES.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.include] },
        })),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  const deadline = Date.now() + timeoutMs;
  for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
    const described = await dynamo.send(new DescribeTableCommand({ TableName: table }));
    const indexesActive = (described.Table?.GlobalSecondaryIndexes ?? []).every(
      (i) => i.IndexStatus === 'ACTIVE',
    );
    if (described.Table?.TableStatus === 'ACTIVE' && indexesActive) return;
    if (Date.now() > deadline) throw new Error(`table ${table} not ACTIVE after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
