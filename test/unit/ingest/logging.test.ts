import { Logger } from '@aws-lambda-powertools/logger';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIngestHandler } from '../../../functions/ingest/create-handler.js';
import { quietTelemetry } from '../../integration/support/local-stack.js';
import { memoryPipeline } from './support/pipeline.js';

afterEach(() => {
  vi.restoreAllMocks();
});

function s3Notification(key: string) {
  return {
    Records: [
      {
        eventSource: 'aws:s3',
        eventName: 'ObjectCreated:Put',
        eventTime: '2026-11-29T08:00:00.000Z',
        s3: { bucket: { name: 'articles' }, object: { key, sequencer: '01' } },
      },
    ],
  };
}

describe('ingest log lines', () => {
  it("keep a failed article's reason and message in the structured log line", async () => {
    const { deps, bucket } = memoryPipeline();
    bucket.objects.set('broken.json', { body: '{"title": "no body"', eTag: 'e1' });
    const lines: string[] = [];
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk) => {
        lines.push(String(chunk));
        return true;
      });
    }
    const handler = createIngestHandler({
      pipeline: deps,
      filter: { prefix: '', suffix: '' },
      metrics: quietTelemetry().metrics,
      logger: new Logger({ serviceName: 'newstag-test', logLevel: 'INFO' }),
    });

    await handler(s3Notification('broken.json'));

    const logged = lines.flatMap((line) => line.split('\n')).filter((line) => line.startsWith('{'));
    const parsed = logged.map((line) => JSON.parse(line) as Record<string, unknown>);
    const article = parsed.find((entry) => entry.message === 'article');
    expect(article).toMatchObject({ level: 'WARN', status: 'FAILED', key: 'broken.json' });
    expect(article?.reason).toEqual(expect.any(String));
    expect(article?.failure).toEqual(expect.stringMatching(/\w/));
    expect(parsed.some((entry) => String(entry.message).includes('reserved key'))).toBe(false);
  });
});
