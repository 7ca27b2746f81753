import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deployConfigSchema } from '../../lib/config.js';

/** The lines of the README's "Configuration" section. */
function readmeConfiguration(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.split('\n## Configuration\n')[1]?.split('\n## ')[0] ?? '';
  return section.split('\n');
}

describe('README configuration table', () => {
  it('lists every deploy setting of lib/config.ts with its default', () => {
    const defaults = deployConfigSchema.parse({}) as Record<string, unknown>;
    const rows = readmeConfiguration();

    const missing = Object.keys(deployConfigSchema.shape).filter((key) => {
      const row = rows.find((line) => line.startsWith(`| \`${key}\` |`));
      const value = defaults[key];
      if (row === undefined) return true;
      const defaultCell = row.split('|')[2] ?? '';
      // Settings without a default (or an empty one) say what being unset means.
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
        return !/none|any/.test(defaultCell);
      }
      return !defaultCell.includes(`\`${String(value)}\``);
    });

    expect(missing).toEqual([]);
  });
});
