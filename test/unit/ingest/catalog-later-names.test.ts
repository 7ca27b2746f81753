import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createDynamoRepository } from '../../../functions/adapters/dynamo-repository.js';
import type { CatalogEntry } from '../../../functions/core/records/build.js';

const TABLE = 'tags';
const dynamoMock = mockClient(DynamoDBDocumentClient);

afterEach(() => {
  dynamoMock.reset();
});

function repository() {
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
  return createDynamoRepository(client, { tableName: TABLE, batchConcurrency: 1 });
}

const takaichi: CatalogEntry = {
  entityId: 'person:sanae-takaichi',
  name: 'Sanae Takaichi',
  entityType: 'person',
  aliases: [],
};

describe("the catalog files a person's surname for lookup once per entity", () => {
  it('puts one later-name item in the name index, then marks the entry, when the entry had none', async () => {
    // Arrange
    dynamoMock.on(UpdateCommand).resolves({ Attributes: { articleCount: 3 } });
    dynamoMock.on(PutCommand).resolves({});

    // Act
    await repository().upsertEntity(takaichi, 1);

    // Assert
    const puts = dynamoMock.commandCalls(PutCommand).map((call) => call.args[0].input.Item);
    expect(puts).toEqual([
      expect.objectContaining({
        pk: 'E#person:sanae-takaichi',
        sk: 'W#takaichi',
        g3pk: 'N#ta',
        g3sk: 'takaichi!sanae takaichi#person:sanae-takaichi',
        name: 'Sanae Takaichi',
        entityType: 'person',
      }),
    ]);
    const updates = dynamoMock.commandCalls(UpdateCommand).map((call) => call.args[0].input);
    expect(updates.at(-1)).toMatchObject({ UpdateExpression: 'SET #words = :yes' });
  });

  it('writes nothing more for an entry whose later names are already filed', async () => {
    // Arrange
    dynamoMock.on(UpdateCommand).resolves({ Attributes: { wordsFiled: true, name: 'Sanae Takaichi' } });

    // Act
    await repository().upsertEntity(takaichi, 1);

    // Assert
    expect(dynamoMock.commandCalls(PutCommand)).toHaveLength(0);
    expect(dynamoMock.commandCalls(UpdateCommand)).toHaveLength(1);
  });

  it('files the words of the name the entry kept, not of a later spelling', async () => {
    // Arrange: the entry was created as "Sanae Takaichi"; this article spells the name differently.
    dynamoMock.on(UpdateCommand).resolves({ Attributes: { name: 'Sanae Takaichi', entityType: 'person' } });
    dynamoMock.on(PutCommand).resolves({});

    // Act
    await repository().upsertEntity({ ...takaichi, name: 'Takaichi Sanae' }, 1);

    // Assert
    const sortKeys = dynamoMock.commandCalls(PutCommand).map((call) => call.args[0].input.Item?.g3sk);
    expect(sortKeys).toEqual(['takaichi!sanae takaichi#person:sanae-takaichi']);
  });

  it('writes no extra item for an organisation', async () => {
    // Arrange
    dynamoMock.on(UpdateCommand).resolves({ Attributes: {} });

    // Act
    await repository().upsertEntity(
      { entityId: 'organization:exxonmobil', name: 'Exxon Mobil', entityType: 'organization', aliases: [] },
      1,
    );

    // Assert
    expect(dynamoMock.commandCalls(PutCommand)).toHaveLength(0);
    expect(dynamoMock.commandCalls(UpdateCommand)).toHaveLength(1);
  });
});
