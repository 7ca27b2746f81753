import type { Writable } from 'node:stream';

/** Counts what a batch has done; draws a bar on a terminal and nothing anywhere else. */
export interface Progress {
  advance(update: { articles?: number; failed?: number; bytes?: number }): void;
  stop(): void;
}

const SILENT: Progress = { advance: () => {}, stop: () => {} };

/**
 * A progress bar on `stream` when it is a terminal. `totalBytes` (a file's size) gives a bar with an
 * ETA; without it (a pipe) the line shows counts and rate only. cli-progress is loaded only when drawn.
 */
export async function createProgress(options: {
  stream: Writable & { isTTY?: boolean };
  totalBytes?: number | undefined;
  totalArticles?: number | undefined;
}): Promise<Progress> {
  if (!options.stream.isTTY) return SILENT;
  const { SingleBar } = await import('cli-progress');
  const byBytes = options.totalBytes !== undefined && options.totalBytes > 0;
  const total = byBytes ? (options.totalBytes ?? 0) : (options.totalArticles ?? 0);
  const counts = '{articles} articles | {failed} failed | {rate}/s';
  const bar = new SingleBar({
    stream: options.stream as NodeJS.WritableStream,
    format: total > 0 ? `{bar} {percentage}% | ${counts} | ETA {eta_formatted}` : counts,
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 50,
  });
  const started = Date.now();
  let articles = 0;
  let failed = 0;
  let value = 0;
  bar.start(total, 0, { articles, failed, rate: 0 });
  return {
    advance(update) {
      articles += update.articles ?? 0;
      failed += update.failed ?? 0;
      value += byBytes ? (update.bytes ?? 0) : (update.articles ?? 0);
      const seconds = (Date.now() - started) / 1000;
      bar.update(value, { articles, failed, rate: seconds > 0 ? Math.round(articles / seconds) : 0 });
    },
    stop() {
      bar.stop();
    },
  };
}
