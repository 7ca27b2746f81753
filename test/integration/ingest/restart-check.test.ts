import { PutObjectCommand } from '@aws-sdk/client-s3';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { keys } from '../../../functions/core/records/keys.js';
import { unfinishedUploads } from '../../../functions/local/reconcile.js';
import { type LocalServers, startServers } from '../support/local-stack.js';

// The local stack's restart check against real S3 and DynamoDB servers.
let servers: LocalServers;

beforeAll(async () => {
  servers = await startServers();
});

afterAll(async () => {
  await servers?.stop();
});

describe("the local stack's restart check", () => {
  it('reads the object records of 105 uploads in two BatchGetItem requests, and queues only the untagged', async () => {
    const { s3, dynamo } = servers.clients;
    const keysUploaded = Array.from(
      { length: 105 },
      (_, i) => `articles/wire-${String(i).padStart(3, '0')}.txt`,
    );
    const eTags = new Map<string, string>();
    for (const key of keysUploaded) {
      const out = await s3.send(
        new PutObjectCommand({ Bucket: servers.bucket, Key: key, Body: `Story ${key}: rain fell in Lagos.` }),
      );
      eTags.set(key, (out.ETag ?? '').replaceAll('"', ''));
    }
    // Every upload but the last five was tagged before the stop.
    for (const key of keysUploaded.slice(0, 100)) {
      await dynamo.send(
        new PutCommand({
          TableName: servers.table,
          Item: {
            ...keys.object(key),
            recordType: 'object',
            key,
            seq: '1',
            eTag: eTags.get(key),
            state: 'APPLIED',
            aids: [],
          },
        }),
      );
    }
    const send = vi.spyOn(dynamo, 'send');

    const result = await unfinishedUploads(servers, { prefix: 'articles/', suffix: '' });

    const commands = send.mock.calls.map(([command]) => command.constructor.name);
    send.mockRestore();
    expect(result.checked).toBe(105);
    expect(result.events.map((e) => e.Records[0]?.s3.object.key)).toEqual(keysUploaded.slice(100));
    expect(commands).toEqual(['BatchGetCommand', 'BatchGetCommand']);
  });
});
