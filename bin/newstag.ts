import { runCli } from '../functions/cli/main.js';

// `newstag tag --jsonl big.jsonl | head` closes stdout early: stop quietly instead of an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(process.argv.slice(2));
