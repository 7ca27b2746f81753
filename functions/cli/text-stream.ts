import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** A JSON Lines input whose bytes are not UTF-8: refused as a whole, as ingest refuses such an object. */
export class InvalidUtf8Error extends Error {
  override readonly name = 'InvalidUtf8Error';
  readonly reason = 'INVALID_UTF8';
}

/**
 * The text of a byte stream as ingest reads an object: gunzipped when it starts with gzip's magic
 * number, then strict UTF-8 (an invalid byte throws InvalidUtf8Error rather than becoming U+FFFD and
 * a mangled name such as "Montr�al"). A stream that already yields strings passes through.
 */
export async function* strictText(input: Readable): AsyncGenerator<string> {
  const chunks = input[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) return;
  const head: unknown = first.value;
  const rest = (async function* () {
    yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  })();
  const gzipped = head instanceof Uint8Array && head[0] === 0x1f && head[1] === 0x8b;
  // pipeline() destroys the gunzip stream with the source's error, so iterating it rethrows that error.
  const bytes: AsyncIterable<unknown> = gzipped ? pipeline(rest, createGunzip(), () => {}) : rest;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of bytes) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    yield decode(decoder, chunk as Uint8Array, true);
  }
  yield decode(decoder, new Uint8Array(), false);
}

function decode(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    throw new InvalidUtf8Error('the input is not valid UTF-8 text');
  }
}
