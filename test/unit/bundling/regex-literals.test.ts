import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * A regex literal inside a function makes a new RegExp object each time the function runs (V8 keeps the compiled
 * pattern, not the object), and it hides the pattern from the reader among the function's steps. These modules keep
 * every regex a module-level constant, named (session 46's closing note: `teamResults`' score test and score.ts's
 * three).
 */
const MODULES = ['functions/core/topics/team-results.ts', 'functions/core/topics/score.ts'];

interface Node {
  readonly type: string;
  readonly raw?: string;
  readonly regex?: unknown;
  readonly [key: string]: unknown;
}

/** The raw regex literals that stand inside a function of `source` (TypeScript). */
function regexLiteralsInFunctions(source: string): string[] {
  const { code } = transformSync(source, { loader: 'ts', target: 'esnext' });
  const found: string[] = [];
  const walk = (value: unknown, inFunction: boolean): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, inFunction);
      return;
    }
    if (value === null || typeof value !== 'object' || typeof (value as Node).type !== 'string') return;
    const node = value as Node;
    const inside = inFunction || node.type.includes('Function');
    if (inside && node.type === 'Literal' && node.regex !== undefined) found.push(node.raw ?? '');
    for (const key of Object.keys(node)) if (typeof node[key] === 'object') walk(node[key], inside);
  };
  walk(parseAst(code), false);
  return found;
}

describe('regex literals at module scope', () => {
  it.each(MODULES)('%s: no regex literal stands inside a function', (path) => {
    const source = readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

    const inside = regexLiteralsInFunctions(source);

    expect(inside).toEqual([]);
  });
});
