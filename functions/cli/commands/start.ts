export async function run(_args: string[]): Promise<number> {
  process.stderr.write('newstag start: not implemented yet\n');
  return 1;
}
