import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createDynamoRepository } from '../../../functions/adapters/dynamo-repository.js';

const dynamoMock = mockClient(DynamoDBDocumentClient);
afterEach(() => dynamoMock.reset());

function repository() {
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1' }));
  return createDynamoRepository(client, { tableName: 'tags', batchConcurrency: 1 });
}

const EXPIRES_AT = 1_790_000_000;

describe('the date a removed text left behind', () => {
  it('dates a new copy of the text while its trace is alive', async () => {
    dynamoMock
      .on(GetCommand)
      .resolves({ Item: { publishedAt: '2026-11-30T08:00:00.000Z', expiresAt: EXPIRES_AT } });

    const date = await repository().tracedDate('fp1', EXPIRES_AT - 60);

    expect(date).toBe('2026-11-30T08:00:00.000Z');
  });

  it('dates nothing once the trace is past its expiry, though the table has not reaped it yet', async () => {
    dynamoMock
      .on(GetCommand)
      .resolves({ Item: { publishedAt: '2026-11-30T08:00:00.000Z', expiresAt: EXPIRES_AT } });

    const date = await repository().tracedDate('fp1', EXPIRES_AT + 86_400);

    expect(date).toBeUndefined();
  });
});
