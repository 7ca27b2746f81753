import { runCli } from '../functions/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2));
