import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServers, startServers } from '../integration/support/local-stack.js';
import { buildStack } from './synth.js';

/**
 * Runs each function's deployment asset the way Lambda would: the file the template's `Handler` names,
 * resolved inside the asset folder only, loaded by plain `node` with nothing but the environment the
 * template sets plus what Lambda itself provides (region, credentials as environment variables). AWS calls
 * go to local S3/DynamoDB servers through the SDK's standard endpoint variables, so the bundled SDK, its
 * credential chain and the handlers' configuration are exercised as deployed.
 */

const run = promisify(execFile);
const outdir = mkdtempSync(join(tmpdir(), 'newstag-deployed-'));

interface LambdaFunction {
  Properties: {
    Handler: string;
    Runtime: string;
    Code: { S3Key: string };
    Environment: { Variables: Record<string, unknown> };
  };
}

interface DeployedFunction {
  readonly assetDir: string;
  readonly handler: string;
  readonly variables: Record<string, unknown>;
}

let functions: Map<string, DeployedFunction>;
let logicalIds: { table: string; bucket: string };
let servers: LocalServers;
/** Short ids of the articles the ingest test wrote; the API test reads them back. */
let articleIds: string[] = [];

beforeAll(async () => {
  const { app, stack } = buildStack({}, { bundle: true, outdir });
  const template = app.synth().getStackArtifact(stack.artifactId).template as {
    Resources: Record<string, { Type: string } & LambdaFunction>;
  };
  functions = new Map();
  for (const resource of Object.values(template.Resources)) {
    if (resource.Type !== 'AWS::Lambda::Function') continue;
    const variables = resource.Properties.Environment?.Variables ?? {};
    const service = variables.POWERTOOLS_SERVICE_NAME;
    if (typeof service !== 'string') continue;
    functions.set(service, {
      assetDir: join(outdir, `asset.${resource.Properties.Code.S3Key.replace(/\.zip$/, '')}`),
      handler: resource.Properties.Handler,
      variables,
    });
  }
  const scope = stack as unknown as { getLogicalId(element: unknown): string };
  logicalIds = {
    table: scope.getLogicalId(stack.tagTable.table.node.defaultChild),
    bucket: scope.getLogicalId(stack.store.bucket.node.defaultChild),
  };
  servers = await startServers();
}, 240_000);

afterAll(async () => {
  await servers?.stop();
  rmSync(outdir, { recursive: true, force: true });
});

function deployed(service: string): DeployedFunction {
  const fn = functions.get(service);
  if (!fn) throw new Error(`no deployed function for ${service}`);
  return fn;
}

/**
 * The file Lambda's Node.js runtime loads for `Handler` `<module>.<export>`: `<module>.js`, `.mjs` or
 * `.cjs` in the task root. A `.js` file is an ES module only with `"type": "module"` in a package.json in
 * the asset itself (Lambda's /var/task has no parent package.json to inherit one from).
 */
function handlerFile(fn: DeployedFunction): { file: string; exportName: string; esm: boolean } {
  const dot = fn.handler.lastIndexOf('.');
  const moduleName = fn.handler.slice(0, dot);
  const exportName = fn.handler.slice(dot + 1);
  for (const extension of ['.js', '.mjs', '.cjs']) {
    const file = join(fn.assetDir, `${moduleName}${extension}`);
    if (!existsSync(file)) continue;
    const packageJson = join(fn.assetDir, 'package.json');
    const typeModule =
      existsSync(packageJson) &&
      (JSON.parse(readFileSync(packageJson, 'utf8')) as { type?: string }).type === 'module';
    const esm = extension === '.mjs' || (extension === '.js' && typeModule);
    return { file, exportName, esm };
  }
  throw new Error(`no ${moduleName}.js/.mjs/.cjs in ${fn.assetDir}`);
}

/** Template values as CloudFormation would resolve them against the local servers. */
function environmentOf(fn: DeployedFunction): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const [name, value] of Object.entries(fn.variables)) {
    if (typeof value === 'string') resolved[name] = value;
    else if (JSON.stringify(value) === JSON.stringify({ Ref: logicalIds.table }))
      resolved[name] = servers.table;
    else if (JSON.stringify(value) === JSON.stringify({ Ref: logicalIds.bucket }))
      resolved[name] = servers.bucket;
    else if (JSON.stringify(value).includes('{{resolve:secretsmanager:')) resolved[name] = 'k'.repeat(48);
    else throw new Error(`${name}: no local stand-in for ${JSON.stringify(value)}`);
  }
  return {
    PATH: process.env.PATH ?? '',
    ...resolved,
    // What the Lambda service sets in every execution environment.
    AWS_REGION: servers.region,
    AWS_DEFAULT_REGION: servers.region,
    AWS_ACCESS_KEY_ID: servers.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: servers.credentials.secretAccessKey,
    AWS_SESSION_TOKEN: 'session-token',
    AWS_LAMBDA_FUNCTION_NAME: 'deployed-bundle-test',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    LAMBDA_TASK_ROOT: fn.assetDir,
    // The SDK's standard endpoint variables: the only difference from AWS is where the requests go.
    AWS_ENDPOINT_URL_S3: servers.s3Endpoint,
    AWS_ENDPOINT_URL_DYNAMODB: servers.dynamoEndpoint,
  };
}

const RUNNER = join(outdir, 'invoke.mjs');
writeFileSync(
  RUNNER,
  `import { pathToFileURL } from 'node:url';
const [file, exportName, eventJson] = process.argv.slice(2);
const module = await import(pathToFileURL(file).href);
const context = { awsRequestId: 'request-1', functionName: 'deployed-bundle-test', getRemainingTimeInMillis: () => 30000 };
const result = await module[exportName](JSON.parse(eventJson), context);
process.stdout.write('\\n@@result@@' + JSON.stringify(result ?? null) + '\\n');
`,
);

async function invoke(service: string, event: unknown): Promise<unknown> {
  const fn = deployed(service);
  const { file, exportName } = handlerFile(fn);
  const { stdout } = await run(process.execPath, [RUNNER, file, exportName, JSON.stringify(event)], {
    cwd: fn.assetDir,
    env: environmentOf(fn),
    maxBuffer: 16 * 1024 * 1024,
    timeout: 60_000,
  });
  const marker = stdout.lastIndexOf('@@result@@');
  if (marker < 0) throw new Error(`${service} printed no result:\n${stdout}`);
  return JSON.parse(stdout.slice(marker + '@@result@@'.length));
}

const ARTICLE_KEY = 'articles/2026/11/north-sea-hydrogen.md';

function s3Notification(eventName: string, key: string) {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: '2026-11-29T10:00:00.000Z',
        eventName,
        s3: {
          s3SchemaVersion: '1.0',
          bucket: { name: servers.bucket, arn: `arn:aws:s3:::${servers.bucket}` },
          object: {
            key: encodeURIComponent(key).replace(/%2F/g, '/'),
            size: 1,
            sequencer: '0065A1B2C3D4E5F601',
          },
        },
      },
    ],
  };
}

function sqsEvent(bodies: unknown[]) {
  return {
    Records: bodies.map((body, index) => ({
      messageId: `message-${index}`,
      receiptHandle: `receipt-${index}`,
      body: JSON.stringify(body),
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: '1764410400000',
        SenderId: 'AIDAEXAMPLE',
        ApproximateFirstReceiveTimestamp: '1764410400001',
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:ingest',
      awsRegion: 'us-east-1',
    })),
  };
}

function httpGet(pathAndQuery: string) {
  const [rawPath = '/', rawQueryString = ''] = pathAndQuery.split(/\?(.*)/s);
  return {
    version: '2.0',
    routeKey: 'GET /{proxy+}',
    rawPath,
    rawQueryString,
    headers: { host: 'api.example.com' },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.com',
      domainPrefix: 'api',
      requestId: 'request-1',
      routeKey: 'GET /{proxy+}',
      stage: '$default',
      time: '29/Nov/2026:10:00:00 +0000',
      timeEpoch: 1764410400000,
      http: { method: 'GET', path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
    },
    isBase64Encoded: false,
  };
}

describe('deployment assets, run as Lambda runs them', () => {
  it('names in every Handler an ES module file of its own asset that exports the handler', async () => {
    expect([...functions.keys()].sort()).toEqual([
      'newstag-api',
      'newstag-backfill',
      'newstag-ingest',
      'newstag-rollup',
    ]);
    for (const [service, fn] of functions) {
      const { file, exportName, esm } = handlerFile(fn);
      // An ESM bundle in a plain `.js` file without "type": "module" fails at import on Lambda.
      expect({ service, file: file.slice(fn.assetDir.length + 1), esm }).toEqual({
        service,
        file: 'index.mjs',
        esm: true,
      });
      expect(exportName).toBe('handler');
    }
  });

  it('links every bundle to its source map, so --enable-source-maps can report TypeScript lines', () => {
    for (const [service, fn] of functions) {
      const { file } = handlerFile(fn);
      const lastLine = readFileSync(file, 'utf8').trimEnd().split('\n').at(-1);
      expect({ service, lastLine }).toEqual({ service, lastLine: '//# sourceMappingURL=index.mjs.map' });
      expect(existsSync(join(fn.assetDir, 'index.mjs.map'))).toBe(true);
      expect(fn.variables.NODE_OPTIONS).toContain('--enable-source-maps');
    }
  });

  it('ingest: tags an uploaded article from an SQS batch with an S3 notification and an s3:TestEvent', async () => {
    const body = readFileSync(new URL('../fixtures/articles/north-sea-hydrogen.md', import.meta.url));
    await servers.clients.s3.send(
      new PutObjectCommand({
        Bucket: servers.bucket,
        Key: ARTICLE_KEY,
        Body: body,
        ContentType: 'text/markdown',
      }),
    );
    const result = await invoke(
      'newstag-ingest',
      sqsEvent([
        { Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: servers.bucket },
        s3Notification('ObjectCreated:Put', ARTICLE_KEY),
      ]),
    );
    expect(result).toEqual({ batchItemFailures: [] });
    const objectRecord = await servers.clients.dynamo.send(
      new GetCommand({ TableName: servers.table, Key: { pk: `O#${ARTICLE_KEY}`, sk: 'O' } }),
    );
    // APPLIED with a content hash: the function read the object through S3 and wrote its articles.
    expect(objectRecord.Item).toMatchObject({ state: 'APPLIED', contentHash: expect.any(String) });
    articleIds = objectRecord.Item?.aids as string[];
    expect(articleIds).toHaveLength(1);
  }, 120_000);

  it('API: serves the article the ingest function wrote, reading the table through the bundled SDK', async () => {
    const health = (await invoke('newstag-api', httpGet('/health'))) as { statusCode: number };
    expect(health.statusCode).toBe(200);
    const [articleId] = articleIds;
    if (!articleId) throw new Error('the ingest test wrote no article');
    const article = (await invoke('newstag-api', httpGet(`/articles/${articleId}`))) as {
      statusCode: number;
      body: string;
    };
    expect({ status: article.statusCode, body: article.body }).toEqual({
      status: 200,
      body: expect.stringContaining('hydrogen'),
    });
  }, 120_000);

  it('backfill: re-tags a Distributed Map batch of listed keys and skips keys outside the prefix', async () => {
    const summary = await invoke('newstag-backfill', {
      Items: [
        { Key: ARTICLE_KEY, Size: 1 },
        { Key: 'elsewhere/readme.txt', Size: 1 },
      ],
      BatchInput: { all: true },
    });
    expect(summary).toEqual({
      tagged: 1,
      unchanged: 0,
      failed: 0,
      skipped: 0,
      errors: 0,
      keptWithoutText: 0,
    });
  }, 120_000);

  it('rollup: writes the daily tops that GET /top then answers from', async () => {
    const [articleId] = articleIds;
    if (!articleId) throw new Error('the ingest test wrote no article');
    const article = (await invoke('newstag-api', httpGet(`/articles/${articleId}`))) as { body: string };
    const day = (JSON.parse(article.body) as { publishedAt: string }).publishedAt.slice(0, 10);

    const summary = await invoke('newstag-rollup', { from: day, to: day });
    const top = (await invoke('newstag-api', httpGet(`/top?kind=country&from=${day}&to=${day}`))) as {
      body: string;
    };

    // One daily top per kind: entity, topic, country, pair, and the focus countries.
    expect(summary).toMatchObject({ from: day, to: day, written: 5 });
    expect(JSON.parse(top.body)).toMatchObject({
      asOf: expect.any(String),
      items: expect.arrayContaining([{ value: 'NO', count: 1 }]),
    });
  }, 120_000);
});
