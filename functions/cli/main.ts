/** One module per command under functions/cli/commands; loaded on demand so `tag` starts fast. */
const COMMANDS: Record<
  string,
  { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }
> = {
  tag: { summary: 'tag articles and print the results as JSON', load: () => import('./commands/tag.js') },
};

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const lines = Object.entries(COMMANDS).map(([n, c]) => `  newstag ${n.padEnd(10)} ${c.summary}`);
    process.stderr.write(`usage:\n${lines.join('\n')}\n`);
    return name && name !== '--help' ? 2 : 0;
  }
  return (await command.load()).run(args);
}
