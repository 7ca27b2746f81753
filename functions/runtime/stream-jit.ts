/**
 * V8's interrupt budget for processes that tag a stream of news they have not seen: the ingest and backfill
 * functions and the CLI. New text keeps sending the tagger's large functions back to the interpreter; with the
 * default budget V8 recompiles them after a few calls and throws the compile away at the next new shape, so
 * a process tags new articles ~2.5× slower than ones it has seen. Four times the default lets each function
 * gather type feedback from more articles before it is optimised: +55% per CPU second over 5,143 unseen dev
 * articles in one fresh process, +87% on the bench's first pass, and ~8% slower only on text tagged over and
 * over (the bench's warm rounds, which no production stream meets). Measured on Node 20.20.2 (session 33,
 * docs/history.md); an internal V8 flag, so check it again after a Node upgrade.
 *
 * Imported first (a side effect) by the entry points, so the flag is set before any tagger code runs.
 */
import { setFlagsFromString } from 'node:v8';
import { STREAM_INTERRUPT_BUDGET } from './interrupt-budget.js';

setFlagsFromString(`--interrupt-budget=${STREAM_INTERRUPT_BUDGET}`);
