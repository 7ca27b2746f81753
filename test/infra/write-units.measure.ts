/**
 * Measures what one ingested article costs in DynamoDB writes, for the cost table in docs/deploy.md.
 * Not a test (vitest only picks *.test.ts): run it on demand against the real local servers and tagger:
 *
 *   N=60 node --openssl-legacy-provider --import tsx test/infra/write-units.measure.ts
 *
 * dynalite reports the table's consumed write units per request; index writes are not reported, so they
 * are estimated from the items that carry index keys (one unit each: the projections are small).
 */
import { readFileSync } from 'node:fs';
import { tagArticle } from '../../functions/core/tag.js';
import { syntheticArticles } from '../../scripts/synthetic-news.js';
import {
  ingestHarness,
  putObject,
  recordS3Events,
  scanAll,
  sqsBatch,
  startServers,
} from '../integration/support/local-stack.js';

const WRITE_COMMANDS = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'BatchWriteItemCommand',
]);

interface Capacity {
  CapacityUnits?: number;
  Table?: { CapacityUnits?: number };
}

async function main(): Promise<void> {
  const servers = await startServers();
  const writes = { requests: 0, tableUnits: 0, byCommand: {} as Record<string, number> };
  servers.clients.dynamo.middlewareStack.add(
    (next, context) => async (args) => {
      const command = (context as { commandName?: string }).commandName ?? '';
      const isWrite = WRITE_COMMANDS.has(command);
      if (isWrite) (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      if (isWrite) {
        writes.requests += 1;
        writes.byCommand[command] = (writes.byCommand[command] ?? 0) + 1;
        const consumed = (result.output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity;
        for (const capacity of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) {
          writes.tableUnits += capacity.Table?.CapacityUnits ?? capacity.CapacityUnits ?? 0;
        }
      }
      return result;
    },
    { step: 'initialize', name: 'measureWriteUnits' },
  );

  const harness = ingestHarness(servers, { tag: tagArticle });
  const events = recordS3Events(servers);
  const sample = readFileSync(
    new URL('../../../shared/samples/us-china-han-zheng-washington.txt', import.meta.url),
  );
  const objects = [
    { key: 'articles/sample.txt', body: sample.toString('utf8') },
    ...syntheticArticles(Number(process.env.N ?? 60), 7).map((article, i) => ({
      key: `articles/synthetic/${i}.json`,
      body: JSON.stringify({
        ...article,
        publishedAt: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00Z`,
      }),
    })),
  ];
  let handlerMs = 0;
  for (const { key, body } of objects) {
    const from = events.events.length;
    await putObject(servers, { Key: key, Body: body });
    const notification = await events.next(key, from);
    const started = performance.now();
    await harness.handler(sqsBatch(notification) as never);
    handlerMs += performance.now() - started;
  }

  const items = await scanAll(servers);
  const byPrefix: Record<string, { items: number; jsonBytes: number; indexKeys: number }> = {};
  for (const item of items) {
    const prefix = String(item.pk).split('#')[0] ?? '?';
    const entry = byPrefix[prefix] ?? { items: 0, jsonBytes: 0, indexKeys: 0 };
    byPrefix[prefix] = entry;
    entry.items += 1;
    entry.jsonBytes += Buffer.byteLength(JSON.stringify(item));
    entry.indexKeys += ['g1pk', 'g2pk', 'g3pk'].filter((key) => key in item).length;
  }
  const n = objects.length;
  console.log(
    JSON.stringify(
      {
        articles: n,
        writeRequestsPerArticle: +(writes.requests / n).toFixed(1),
        tableWriteUnitsPerArticle: +(writes.tableUnits / n).toFixed(1),
        writesByCommand: writes.byCommand,
        itemsPerArticle: Object.fromEntries(
          Object.entries(byPrefix).map(([prefix, entry]) => [
            prefix,
            {
              items: +(entry.items / n).toFixed(1),
              avgJsonBytes: Math.round(entry.jsonBytes / entry.items),
              indexKeysPerArticle: +(entry.indexKeys / n).toFixed(1),
            },
          ]),
        ),
        localHandlerMsPerArticle: Math.round(handlerMs / n),
      },
      null,
      1,
    ),
  );
  await servers.stop();
}

await main();
