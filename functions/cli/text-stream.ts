import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { byteOrderMarkDecoder } from '../ingest/charset.js';

/**
 * A JSON Lines input whose bytes are not UTF-8 (or not the UTF-16 its byte order mark announces): refused
 * as a whole, with the reason ingest gives such an object.
 */
export class InvalidUtf8Error extends Error {
  override readonly name = 'InvalidUtf8Error';
  constructor(
    message: string,
    readonly reason: 'INVALID_UTF8' | 'BINARY' = 'INVALID_UTF8',
  ) {
    super(message);
  }
}

/**
 * The text of a byte stream as ingest reads an object: gunzipped when it starts with gzip's magic
 * number, then strict UTF-8 (an invalid byte throws InvalidUtf8Error rather than becoming U+FFFD and
 * a mangled name such as "Montr�al"), or strict UTF-16 when the text opens with its byte order mark, as
 * Windows tools save "Unicode" text (`byteOrderMarkDecoder`, shared with ingest). A stream that already
 * yields strings passes through.
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
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  for await (const chunk of bytes) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    decoder ??= decoderFor(chunk as Uint8Array);
    yield decode(decoder, chunk as Uint8Array, true);
  }
  if (decoder) yield decode(decoder, new Uint8Array(), false);
}

/** UTF-16 LE/BE when the first bytes are its byte order mark (which the decoder drops), else UTF-8. */
function decoderFor(head: Uint8Array): InstanceType<typeof TextDecoder> {
  const utf16 = byteOrderMarkDecoder(head);
  return new TextDecoder(utf16?.encoding ?? 'utf-8', { fatal: true });
}

function decode(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    if (decoder.encoding === 'utf-8') throw new InvalidUtf8Error('the input is not valid UTF-8 text');
    const name = decoder.encoding.toUpperCase();
    throw new InvalidUtf8Error(
      `the input starts with a ${name} byte order mark but is not valid ${name} text`,
      'BINARY',
    );
  }
}
