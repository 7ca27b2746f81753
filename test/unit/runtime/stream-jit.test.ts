import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const firstImport = (path: string) =>
  readFileSync(new URL(path, root), 'utf8')
    .split('\n')
    .find((line) => line.startsWith('import '));

// ESM evaluates imports in order: only a first import sets the flag before the tagger's code first runs.
describe('entry points that tag streams of new articles', () => {
  it.each([
    'functions/ingest/handler.ts',
    'functions/backfill/handler.ts',
    'functions/cli/main.ts',
    'functions/cli/commands/tag.ts',
  ])('%s sets the JIT budget with its first import', (path) => {
    expect(firstImport(path)).toMatch(/^import '(?:\.\.\/)+runtime\/stream-jit\.js';$/);
  });

  it('leaves the query API, which tags nothing, at V8 defaults', () => {
    expect(readFileSync(new URL('functions/api/handler.ts', root), 'utf8')).not.toContain('stream-jit');
  });
});
