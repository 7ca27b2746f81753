import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoRepository } from '../../../functions/adapters/dynamo-repository.js';
import { createQueryRepository } from '../../../functions/adapters/query-repository.js';
import { createApp } from '../../../functions/api/app.js';
import type { LocalServers } from '../../../functions/local/servers.js';
import { httpEvent } from '../../unit/api/support.js';
import { startServers } from '../support/local-stack.js';

let servers: LocalServers;
let handle: ReturnType<typeof createApp>;

const PEOPLE = ['Ann Smith', 'Bob Smithers', 'Cy Smithson', 'Smita Rao', 'Dee Jones'];

beforeAll(async () => {
  servers = await startServers();
  const repository = createDynamoRepository(servers.clients.dynamo, { tableName: servers.table });
  for (const name of PEOPLE) {
    const entityId = `person:${name.toLowerCase().replace(' ', '-')}`;
    await repository.upsertEntity({ entityId, name, entityType: 'person', aliases: [] }, 1);
  }
  // A second article naming Ann Smith: her entry is not filed twice and her count moves.
  await repository.upsertEntity(
    { entityId: 'person:ann-smith', name: 'Ann Smith', entityType: 'person', aliases: [] },
    1,
  );
  handle = createApp({
    repository: (meter) => createQueryRepository(servers.clients.dynamo, servers.table, meter),
    corsOrigins: [],
    cursorSecret: 'surname-secret-surname-secret-surname',
  });
}, 120_000);

afterAll(async () => {
  await servers?.stop();
});

async function allNames(query: string): Promise<{ name: string; articleCount: number }[]> {
  const found: { name: string; articleCount: number }[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page++) {
    const path = cursor ? `${query}&cursor=${encodeURIComponent(cursor)}` : query;
    const result = await handle(httpEvent(path, 'GET', {}));
    expect(result.statusCode).toBe(200);
    const body = JSON.parse(result.body ?? '{}');
    found.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) return found;
  }
  throw new Error('cursor loop');
}

describe('GET /entities?prefix= over names and surnames, against a real DynamoDB-compatible server', () => {
  it('pages one item at a time through first-name and surname matches in the order of the matched name', async () => {
    // Act
    const found = await allNames('/entities?prefix=smi&limit=1');

    // Assert: "smita rao" (a name) sorts before "smith!ann smith", which sorts before "smithers!bob …".
    expect(found.map((e) => e.name)).toEqual(['Smita Rao', 'Ann Smith', 'Bob Smithers', 'Cy Smithson']);
  });

  it('gives a person found by surname the count of the catalog entry', async () => {
    // Act
    const found = await allNames('/entities?prefix=smith&limit=10');

    // Assert
    expect(found).toContainEqual(expect.objectContaining({ name: 'Ann Smith', articleCount: 2 }));
  });
});
