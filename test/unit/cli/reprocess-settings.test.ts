import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  deployedMaxObjectBytes,
  reprocessLimits,
  selectReprocessKeys,
} from '../../../functions/cli/reprocess-settings.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('selectReprocessKeys', () => {
  it('keeps only keys under the ingest prefix with the ingest suffix, and counts the others', () => {
    const listed = [
      'articles/a.txt',
      'elsewhere/x.txt',
      'articles/b.pdf',
      'articles/2026/',
      'articles/c.txt',
    ];

    const result = selectReprocessKeys(listed, { prefix: 'articles/', suffix: '.txt' });

    expect(result).toEqual({ selected: ['articles/a.txt', 'articles/c.txt'], outside: 2 });
  });
});

describe('reprocessLimits', () => {
  it('uses the stack’s object size limit and the ingest function’s other limits', () => {
    const limits = reprocessLimits(20_000_000);

    expect(limits).toEqual({
      maxObjectBytes: 20_000_000,
      maxDecompressedBytes: 20_000_000,
      maxArticlesPerObject: 5_000,
    });
  });

  it('falls back to the ingest function’s default object size limit', () => {
    expect(reprocessLimits().maxObjectBytes).toBe(5_000_000);
  });
});

describe('deployedMaxObjectBytes', () => {
  it('reads newstag:maxObjectBytes from cdk.json context', () => {
    const root = mkdtempSync(join(tmpdir(), 'newstag-cdk-json-'));
    dirs.push(root);
    writeFileSync(
      join(root, 'cdk.json'),
      JSON.stringify({ context: { 'newstag:maxObjectBytes': 12_000_000 } }),
    );

    expect(deployedMaxObjectBytes(root)).toBe(12_000_000);
  });

  it('is the deploy default without a cdk.json', () => {
    const root = mkdtempSync(join(tmpdir(), 'newstag-no-cdk-json-'));
    dirs.push(root);

    expect(deployedMaxObjectBytes(root)).toBe(5_000_000);
  });
});
