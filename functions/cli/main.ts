interface Command {
  readonly summary: string;
  /** Loaded on demand so `newstag tag` does not pay for the AWS SDK or the servers. */
  readonly load: () => Promise<{ run(args: string[]): Promise<number> }>;
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

export async function runCli(argv: string[]): Promise<number> {
  // The CLI runs on the developer's Node (20 here); Lambda runs 22. The SDK's notice is noise for a CLI.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const lines = Object.entries(COMMANDS).map(([n, c]) => `  newstag ${n.padEnd(10)} ${c.summary}`);
    process.stderr.write(`usage:\n${lines.join('\n')}\n`);
    return name && name !== '--help' && name !== '-h' ? 2 : 0;
  }
  return (await command.load()).run(args);
}
