import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortId } from '../../functions/core/records/keys.js';
import { type LocalStack, startLocalStack } from '../../functions/local/stack.js';
import { pollUntil } from '../integration/support/local-stack.js';

// One stack per file: the handlers read their configuration once per process.
let stack: LocalStack;
const logged: string[] = [];
const shell = { CURSOR_SECRET: 'short', KEY_PREFIX: 'elsewhere/', MAX_OBJECT_BYTES: 'lots' };

beforeAll(async () => {
  Object.assign(process.env, shell);
  stack = await startLocalStack({
    apiPort: 0,
    retryBaseMs: 5,
    keyFilter: { prefix: 'articles/', suffix: '.txt' },
    log: (line) => logged.push(line),
  });
});

afterAll(async () => {
  await stack?.stop();
});

async function put(key: string, body: string): Promise<void> {
  await stack.servers.clients.s3.send(
    new PutObjectCommand({ Bucket: stack.servers.bucket, Key: key, Body: body }),
  );
}

const story = 'OSLO — Norway and Sweden opened a new rail link on Friday, the two governments said.\n';

describe('the local stack configuration', () => {
  it('ignores deployed settings left in the shell, saying which, and serves on its own', async () => {
    expect(logged).toContainEqual(
      expect.stringMatching(/^ignoring CURSOR_SECRET, .*KEY_PREFIX.* from the environment/),
    );
    expect(logged.join('\n')).toContain('MAX_OBJECT_BYTES');
    expect((await fetch(`${stack.apiUrl}/health`)).status).toBe(200);
  });

  it('ingests only keys under the prefix and with the suffix, and logs why it skipped the others', async () => {
    await put('elsewhere/story.txt', story);
    await put('articles/note.pdf', story);
    await put('articles/story.txt', story);

    await pollUntil(async () => {
      const r = await fetch(`${stack.apiUrl}/articles/${shortId('articles/story.txt')}`);
      return r.status === 200 ? true : undefined;
    }, 20_000);
    await stack.queue.idle();

    for (const key of ['elsewhere/story.txt', 'articles/note.pdf']) {
      expect((await fetch(`${stack.apiUrl}/articles/${shortId(key)}`)).status).toBe(404);
    }
    expect(logged).toContainEqual(
      expect.stringMatching(/^skipped elsewhere\/story\.txt .*not under the ingest prefix "articles\/"/),
    );
    expect(logged).toContainEqual(
      expect.stringMatching(/^skipped articles\/note\.pdf .*does not end with the ingest suffix "\.txt"/),
    );
  }, 60_000);
});
