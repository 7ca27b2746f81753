import { Readable, Writable } from 'node:stream';
import type { TagIo } from '../../../functions/cli/commands/tag.js';

/** A writable that keeps what was written, optionally pretending to be a terminal. */
export class Capture extends Writable {
  text = '';
  isTTY: boolean;
  columns = 100;

  constructor(isTTY = false) {
    super();
    this.isTTY = isTTY;
  }

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }

  lines(): unknown[] {
    return this.text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
  }
}

export function fakeIo(
  options: { stdin?: string; files?: Record<string, string | Uint8Array>; stderrIsTTY?: boolean } = {},
) {
  const stdout = new Capture();
  const stderr = new Capture(options.stderrIsTTY ?? false);
  const files = options.files ?? {};
  const io: TagIo = {
    stdin: Readable.from([options.stdin ?? '']),
    stdout,
    stderr,
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined)
        throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return typeof content === 'string' ? Buffer.from(content) : content;
    },
    sizeOf: async (path) => files[path]?.length,
  };
  return { io, stdout, stderr };
}
