/**
 * V8's `--interrupt-budget` for processes that tag streams of new articles (stream-jit.ts sets it; the bench
 * passes it to its child of the same name). The default is 132 KB of bytecode executed; this is four times that.
 */
export const STREAM_INTERRUPT_BUDGET = 528_000;
