import { GetObjectCommand, type GetObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3';
import type { ObjectRead, ObjectSource } from '../ingest/ports.js';
import { type BackoffOptions, DEFAULT_BACKOFF, withRetries } from './retry.js';

function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

/** Reads at most `limit` bytes from a stream; undefined if it holds more. */
async function readCapped(body: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads article objects with a size cap. Too-large objects are reported without reading their body;
 * a missing object (deleted after its event was sent) is `missing`, not an error.
 */
export function createS3ObjectSource(
  s3: S3Client,
  maxObjectBytes: number,
  backoff: BackoffOptions = DEFAULT_BACKOFF,
): ObjectSource {
  return {
    async read(bucket, key): Promise<ObjectRead> {
      return withRetries(
        `GetObject s3://${bucket}/${key}`,
        async () => {
          let response: GetObjectCommandOutput;
          try {
            response = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
          } catch (error) {
            if (isMissing(error)) return { kind: 'missing' };
            throw error;
          }
          const length = response.ContentLength;
          const body = response.Body as unknown as
            | (AsyncIterable<Uint8Array> & { destroy?: () => void })
            | undefined;
          if (length !== undefined && length > maxObjectBytes) {
            body?.destroy?.();
            return { kind: 'too-large', size: length, limit: maxObjectBytes };
          }
          const bytes = body ? await readCapped(body, maxObjectBytes) : new Uint8Array();
          if (!bytes) {
            body?.destroy?.();
            return { kind: 'too-large', size: length ?? maxObjectBytes + 1, limit: maxObjectBytes };
          }
          const optional = (name: string, value: unknown) =>
            typeof value === 'string' && value ? { [name]: value } : {};
          const lastModified =
            response.LastModified instanceof Date ? response.LastModified.toISOString() : undefined;
          return {
            kind: 'found',
            object: {
              bytes,
              ...optional('eTag', response.ETag),
              ...optional('versionId', response.VersionId),
              ...optional('contentType', response.ContentType),
              ...optional('contentEncoding', response.ContentEncoding),
              ...optional('lastModified', lastModified),
              metadata: Object.fromEntries(
                Object.entries(response.Metadata ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
              ),
            },
          };
        },
        backoff,
      );
    },
  };
}
