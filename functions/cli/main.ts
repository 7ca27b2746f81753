// First: the JIT budget for streams of new articles is set before any tagger code runs (stream-jit.ts). The tag
// command imports it too, since bin/newstag.js bundles and runs that command without this file.
import '../runtime/stream-jit.js';
import { readFileSync } from 'node:fs';
import { TAGGER_VERSION } from '../core/version.js';
import { errorLine } from './error-line.js';

interface CommandModule {
  run(args: string[]): Promise<number>;
  /** The command's usage, printed by `newstag CMD --help` and `newstag help CMD`. */
  readonly USAGE: string;
}

interface Command {
  readonly summary: string;
  /** Loaded on demand so `newstag tag` does not pay for the AWS SDK or the servers. */
  readonly load: () => Promise<CommandModule>;
}

const COMMANDS: Record<string, Command> = {
  tag: { summary: 'tag articles and print the results as JSON', load: () => import('./commands/tag.js') },
  ingest: {
    summary: 'upload articles and wait until they are tagged',
    load: () => import('./commands/ingest.js'),
  },
  reprocess: {
    summary: 're-tag articles tagged by an older version',
    load: () => import('./commands/reprocess.js'),
  },
  start: { summary: 'run the whole pipeline locally', load: () => import('./commands/start.js') },
  dlq: { summary: 'list or redrive the local dead-letter store', load: () => import('./commands/dlq.js') },
};

const HELP = new Set(['--help', '-h']);

export async function runCli(argv: string[]): Promise<number> {
  // The CLI runs on the developer's Node (20 here); Lambda runs 22. The SDK's notice is noise for a CLI.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const [name, ...args] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    // The tagger's version is what a result records and `reprocess` compares; the package's is the CLI's.
    process.stdout.write(`newstag ${packageVersion()} (tagger ${TAGGER_VERSION})\n`);
    return 0;
  }
  const helpFor = name === 'help' && args[0] ? COMMANDS[args[0]] : undefined;
  if (helpFor) return printUsage(helpFor);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    // Asked-for help goes to stdout and succeeds; a mistyped command is a usage error.
    const asked = !name || name === 'help' || HELP.has(name);
    const lines = Object.entries(COMMANDS).map(([n, c]) => `  newstag ${n.padEnd(10)} ${c.summary}`);
    const usage = `usage:\n${lines.join('\n')}\n  newstag CMD --help   the options of one command\n  newstag --version\n`;
    (asked ? process.stdout : process.stderr).write(asked ? usage : `unknown command "${name}"\n${usage}`);
    return asked ? 0 : 2;
  }
  // Options after `--` are file names, not a request for help.
  const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  if (options.some((arg) => HELP.has(arg))) return printUsage(command);
  try {
    return await (await command.load()).run(args);
  } catch (error) {
    // A command's own refusals are already one line; what escapes is an AWS or network error (or a bug).
    const { line, stack } = errorLine(error);
    process.stderr.write(`newstag ${name}: ${line}\n${stack ? `${stack}\n` : ''}`);
    return 1;
  }
}

async function printUsage(command: Command): Promise<number> {
  const { USAGE } = await command.load();
  process.stdout.write(USAGE.endsWith('\n') ? USAGE : `${USAGE}\n`);
  return 0;
}

/** The version of the package this checkout is, from package.json (the CLI runs from the checkout). */
function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
