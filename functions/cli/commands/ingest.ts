export async function run(_args: string[]): Promise<number> {
  process.stderr.write('newstag ingest: not implemented yet\n');
  return 1;
}
