import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function modulesOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    outdir: '/tmp/newstag-startup-check',
  });
  return Object.keys(result.metafile.inputs);
}

describe('what `newstag tag` loads', () => {
  it('never reaches the AWS SDK, the CDK or the local servers, even through lazy imports', async () => {
    const modules = await modulesOf('functions/cli/commands/tag.ts');

    expect(modules.some((m) => m.includes('functions/core/tag.ts'))).toBe(true);
    expect(
      modules.filter((m) =>
        /@aws-sdk|aws-cdk-lib|@aws-lambda-powertools|functions\/(local|adapters)\//.test(m),
      ),
    ).toEqual([]);
  });
});
