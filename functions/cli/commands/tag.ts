// First: the JIT budget for streams of new articles is set before any tagger code runs (stream-jit.ts).
import '../../runtime/stream-jit.js';
import { once } from 'node:events';
import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { isParseError } from '../../core/input/errors.js';
import type { ArticleFormat } from '../../core/input/format.js';
import { articleFromJsonValue } from '../../core/input/json.js';
import type { MarkupReader } from '../../core/input/markup.js';
import type { ArticleInput, TagResult } from '../../core/schema.js';
import { tagArticle } from '../../core/tag.js';
import { DEFAULT_MAX_DECOMPRESSED_BYTES } from '../../ingest/limits.js';
import { createProgress } from '../progress.js';
import { InvalidUtf8Error, strictText } from '../text-stream.js';
import { filesUnder } from '../upload-keys.js';

export const USAGE = `usage:
  newstag tag [--format text|markdown|html|json] [--pretty|--compact] FILE...|DIR... | -
      tag whole files (format from the extension, else sniffed); print one JSON result per file;
      NITF and NewsML-G2 one result, RSS and Atom feeds one result an item;
      other types (.csv, other XML, .pdf, images…) fail UNSUPPORTED_TYPE unless --format names one;
      a DIR's files, subfolders included; a .jsonl/.ndjson FILE one article a line, as --jsonl
  newstag tag --jsonl [FILE|-]...
      read one article a line, {"id","title"?,"dateline"?,"body"}; write one result a line
      with the article's id. A bad line writes {"id","error","reason"} and the run goes on.
exit status: 0 all tagged, 1 some articles failed, 2 usage error
`;

/** What the command touches outside itself, so tests can run it without a process. */
export interface TagIo {
  readonly stdin: Readable;
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly sizeOf: (path: string) => Promise<number | undefined>;
}

const processIo = (): TagIo => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: (path) => readFile(path),
  sizeOf: async (path) => (await stat(path)).size,
});

export async function run(args: string[], io: TagIo = processIo()): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(args);
  } catch (error) {
    io.stderr.write(`newstag tag: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (options.jsonl) {
    const sources = options.files.length ? options.files : ['-'];
    let failed = 0;
    for (const source of sources) failed += (await tagJsonLinesFrom(source, io)).failed;
    return failed ? 1 : 0;
  }
  if (!options.files.length) {
    io.stderr.write(`newstag tag: name one or more files, or - for standard input\n${USAGE}`);
    return 2;
  }
  const pretty = options.pretty ?? (options.compact ? false : Boolean(io.stdout.isTTY));
  const inputs = options.files.flatMap(filesOf);
  if (!inputs.length) {
    io.stderr.write(`newstag tag: no files under ${options.files.join(', ')}\n`);
    return 1;
  }
  // A JSON Lines file is read as ingest reads its object, one article a line (as --jsonl FILE), unless
  // --format says how to read whole files; runs of other files are tagged whole, in the order given.
  let failed = 0;
  let whole: string[] = [];
  for (const input of [...inputs, undefined]) {
    const jsonLines = input !== undefined && options.format === undefined && JSON_LINES_FILE.test(input);
    if (input !== undefined && !jsonLines) {
      whole.push(input);
      continue;
    }
    if (whole.length) failed += await tagFiles(whole, io, { format: options.format, pretty });
    whole = [];
    if (input !== undefined) failed += (await tagJsonLinesFrom(input, io)).failed;
  }
  return failed ? 1 : 0;
}

/** Names ingest reads as JSON Lines (`functions/ingest/decode.ts`), gzipped or not. */
const JSON_LINES_FILE = /\.(jsonl|ndjson|jsonlines)(\.gz)?$/i;

/** A folder stands for the files under it, as `newstag ingest DIR` uploads them; anything else for itself. */
function filesOf(path: string): string[] {
  let folder = false;
  try {
    folder = path !== '-' && statSync(path).isDirectory();
  } catch {
    // Missing or unreadable: tagFiles answers it with READ_ERROR.
  }
  return folder ? filesUnder(path) : [path];
}

function parseOptions(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean', default: false },
      format: { type: 'string', short: 'f' },
      pretty: { type: 'boolean' },
      compact: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const format = values.format;
  if (format !== undefined && !['text', 'markdown', 'html', 'json', 'txt', 'md', 'htm'].includes(format)) {
    throw new Error(`unknown format "${format}": use text, markdown, html or json`);
  }
  const formats: Record<string, ArticleFormat> = { txt: 'text', md: 'markdown', htm: 'html' };
  return {
    jsonl: values.jsonl,
    format: format === undefined ? undefined : (formats[format] ?? (format as ArticleFormat)),
    pretty: values.pretty,
    compact: values.compact,
    help: values.help,
    files: positionals,
  };
}

/** The answer for one article: its tag result, or why it could not be tagged. */
export type TagOutcome = TagResult | { id: string; error: string; reason: string };

/** Tags one decoded JSON Lines value; never throws, so one bad line cannot stop a batch. */
export function tagJsonValue(value: unknown, fallbackId: string, readMarkup?: MarkupReader): TagOutcome {
  const ownId = idOf(value);
  const id = ownId ?? fallbackId;
  try {
    const article: ArticleInput = articleFromJsonValue(value, undefined, readMarkup);
    return tagArticle({ ...article, id: article.id?.trim() ? article.id : id });
  } catch (error) {
    return failure(id, error);
  }
}

function idOf(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const id = (value as { id?: unknown }).id;
  // A blank id names nothing: the answer keeps the line's own (review59: `{"id":""}` was answered as id "").
  if (typeof id === 'string') return id.trim() ? id : undefined;
  return typeof id === 'number' ? String(id) : undefined;
}

function failure(id: string, error: unknown): { id: string; error: string; reason: string } {
  if (isParseError(error)) return { id, error: error.message, reason: error.reason };
  return { id, error: error instanceof Error ? error.message : String(error), reason: 'TAGGER_ERROR' };
}

async function tagJsonLinesFrom(source: string, io: TagIo): Promise<{ tagged: number; failed: number }> {
  // A file that cannot be read is one failed input, reported as whole-file mode reports it.
  const failedInput = async (error: unknown, reason: string) => {
    const outcome: TagOutcome = { id: source, error: (error as Error).message, reason };
    if (!io.stdout.write(`${JSON.stringify(outcome)}\n`)) await once(io.stdout, 'drain');
    return { tagged: 0, failed: 1 };
  };
  let totalBytes: number | undefined;
  try {
    // A gzipped file's size is not its text's: no percentage then.
    totalBytes = source === '-' || /\.gz$/i.test(source) ? undefined : await io.sizeOf(source);
  } catch (error) {
    return failedInput(error, 'READ_ERROR');
  }
  const bytes = source === '-' ? io.stdin : (await import('node:fs')).createReadStream(source);
  try {
    return await tagJsonLines(Readable.from(strictText(bytes)), io.stdout, io.stderr, totalBytes);
  } catch (error) {
    if (error instanceof InvalidUtf8Error) return failedInput(error, error.reason);
    if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    return failedInput(error, 'READ_ERROR');
  }
}

/** Output is written in chunks of about this size: far fewer syscalls than a write per line. */
const FLUSH_CHARS = 64 * 1024;

/**
 * Streams JSON Lines: one article a line in, one result a line out, in input order. Blank lines are
 * skipped; a line that is not JSON or not an article yields `{id, error, reason}` with the line's own
 * id when it has one, else `line:N`.
 */
export async function tagJsonLines(
  input: Readable,
  output: Writable,
  progressStream: Writable & { isTTY?: boolean },
  totalBytes?: number,
): Promise<{ tagged: number; failed: number }> {
  const progress = await createProgress({ stream: progressStream, totalBytes });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let pending = '';
  let lineNumber = 0;
  let tagged = 0;
  let failed = 0;
  // The HTML parser is loaded with the first line that may hold markup: plain feeds never pay for it.
  let readMarkup: MarkupReader | undefined;
  const flush = async () => {
    if (!pending) return;
    const chunk = pending;
    pending = '';
    if (!output.write(chunk)) await once(output, 'drain');
  };
  try {
    for await (const raw of lines) {
      lineNumber++;
      const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (!line.trim()) continue;
      if (!readMarkup && MAY_HOLD_MARKUP.test(line)) {
        readMarkup = (await import('../../core/input/markup.js')).textOfMarkup;
      }
      const outcome = tagLine(line, lineNumber, readMarkup);
      const ok = !('error' in outcome);
      if (ok) tagged++;
      else failed++;
      pending += `${JSON.stringify(outcome)}\n`;
      progress.advance({ articles: 1, failed: ok ? 0 : 1, bytes: Buffer.byteLength(raw) + 1 });
      if (pending.length >= FLUSH_CHARS) await flush();
    }
    await flush();
  } finally {
    progress.stop();
  }
  return { tagged, failed };
}

/** "<" or "&", also as JSON escapes: a line without them holds no markup. */
const MAY_HOLD_MARKUP = /[<&]|\\u00(?:3c|26)/i;

function tagLine(line: string, lineNumber: number, readMarkup: MarkupReader | undefined): TagOutcome {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return {
      id: `line:${lineNumber}`,
      error: `not valid JSON: ${(error as Error).message}`,
      reason: 'INVALID_JSON',
    };
  }
  // An array on a line is several articles where JSON Lines holds one a line (the .json message would say
  // "write them as JSON Lines" of a line that already is: review59).
  if (Array.isArray(value)) {
    return {
      id: `line:${lineNumber}`,
      error: `a JSON Lines line holds one article; this line holds an array of ${value.length}: put each article on a line of its own`,
      reason: 'INVALID_JSON',
    };
  }
  return tagJsonValue(value, `line:${lineNumber}`, readMarkup);
}

/** Tags whole files (or `-` for standard input); returns how many failed. */
async function tagFiles(
  files: readonly string[],
  io: TagIo,
  options: { format: ArticleFormat | undefined; pretty: boolean },
): Promise<number> {
  // The file parsers (htmlparser2 for HTML) load only here: the JSON Lines path never needs them.
  const { parseArticle } = await import('../../core/input/parse.js');
  const { resolveFormat } = await import('../../core/input/format.js');
  const { decodeBytes, decodeFeedOrWire, Rejection } = await import('../../ingest/decode.js');
  const progress =
    files.length > 1 ? await createProgress({ stream: io.stderr, totalArticles: files.length }) : undefined;
  let failed = 0;
  try {
    for (const file of files) {
      let outcomes: TagOutcome[] = [{ id: file, error: 'not read', reason: 'READ_ERROR' }];
      let content: Uint8Array | undefined;
      try {
        content = file === '-' ? await readAll(io.stdin) : await io.readFile(file);
      } catch (error) {
        outcomes = [{ id: file, error: (error as Error).message, reason: 'READ_ERROR' }];
      }
      if (content !== undefined) {
        try {
          // The ingest pipeline's decoder: gzip, UTF-8 or a declared charset, the same refusals (a file
          // that is no article's type too, unless --format says how to read it).
          const { text, name } = decodeBytes(
            file === '-' ? '' : file,
            { bytes: content },
            DEFAULT_MAX_DECOMPRESSED_BYTES,
            options.format === undefined,
          );
          // A wire story (NITF, NewsML-G2) or a feed (RSS, Atom, JSON Feed: one result per item), as ingest
          // reads it.
          const xml =
            options.format === undefined
              ? decodeFeedOrWire(file, text, {}, Number.POSITIVE_INFINITY)
              : undefined;
          if (xml) {
            // An item that holds no story (a NewsML-G2 picture) gives no result; stderr says why.
            for (const article of xml)
              if (article.kind === 'skipped') io.stderr.write(`${file}: skipped ${article.message}\n`);
            outcomes = xml.flatMap((article): TagOutcome[] =>
              article.kind === 'article'
                ? [tagArticle({ ...article.input, id: article.articleId })]
                : article.kind === 'failed'
                  ? [{ id: article.articleId, error: article.message, reason: article.reason }]
                  : [],
            );
          } else {
            const format =
              options.format ?? resolveFormat({ filename: file === '-' ? undefined : name, content: text });
            outcomes = [tagArticle(parseArticle(text, format, file === '-' ? {} : { id: file }))];
          }
        } catch (error) {
          outcomes = [
            error instanceof Rejection
              ? { id: file, error: error.message, reason: error.reason }
              : failure(file, error),
          ];
        }
      }
      const ok = outcomes.every((outcome) => !('error' in outcome));
      if (!ok) failed++;
      for (const outcome of outcomes) {
        const json = options.pretty ? JSON.stringify(outcome, null, 2) : JSON.stringify(outcome);
        if (!io.stdout.write(`${json}\n`)) await once(io.stdout, 'drain');
      }
      progress?.advance({ articles: 1, failed: ok ? 0 : 1 });
    }
  } finally {
    progress?.stop();
  }
  return failed;
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
