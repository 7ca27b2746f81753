import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLambda } from '../../unit/lambda-bundle.js';
import { type LocalServers, putObject, startServers } from '../support/local-stack.js';

let servers: LocalServers;
const dir = mkdtempSync(join(tmpdir(), 'newstag-sdk-probe-'));

beforeAll(async () => {
  servers = await startServers();
});
afterAll(async () => {
  await servers?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function run(entry: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(process.execPath, [entry], { env, timeout: 30_000 }, (_error, stdout, stderr) =>
      resolve({ status: child.exitCode, stdout, stderr }),
    );
  });
}

/**
 * The function bundles swap SDK modules for stand-ins (lib/bundling/aliases.ts). This runs the S3 and
 * DynamoDB clients from such a bundle, in a fresh Node process with credentials from the environment as in
 * Lambda, against the local S3 and DynamoDB servers.
 */
describe('SDK clients bundled with the stand-ins', () => {
  it('read an S3 object and write and read a DynamoDB item with environment credentials', async () => {
    await putObject(servers, { Key: 'probe/article.txt', Body: 'Probe article body' });
    const bundle = await bundleLambda(new URL('./sdk-probe.ts', import.meta.url));
    const standIns = [...bundle.inputs.keys()].filter((path) => path.includes('lib/bundling/'));
    expect(standIns.map((path) => path.replace(/.*lib\/bundling\//, '')).sort()).toEqual([
      'lambda-credentials-only.ts',
      'no-endpoint-discovery.ts',
      'no-event-streams.ts',
    ]);
    const entry = join(dir, 'probe.mjs');
    writeFileSync(
      entry,
      `import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);\n${bundle.code}`,
    );

    // Asynchronous: the local servers run in this process and must keep answering while the probe runs.
    const child = await run(entry, {
      PATH: process.env.PATH,
      AWS_REGION: servers.region,
      AWS_ACCESS_KEY_ID: servers.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: servers.credentials.secretAccessKey,
      PROBE_S3_ENDPOINT: servers.s3Endpoint,
      PROBE_DYNAMO_ENDPOINT: servers.dynamoEndpoint,
      PROBE_BUCKET: servers.bucket,
      PROBE_KEY: 'probe/article.txt',
      PROBE_TABLE: servers.table,
      PROBE_ITEM_KEY: JSON.stringify({ pk: 'probe', sk: 'probe' }),
    });

    // stderr may carry the SDK's Node-version notice; a failure shows there too.
    expect({ status: child.status, stderr: child.status === 0 ? '' : child.stderr }).toEqual({
      status: 0,
      stderr: '',
    });
    expect(JSON.parse(child.stdout)).toEqual({
      body: 'Probe article body',
      item: { pk: 'probe', sk: 'probe', body: 'Probe article body' },
    });
  }, 60_000);
});
