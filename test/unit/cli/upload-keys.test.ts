import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DuplicateKeyError, planUploads } from '../../../functions/cli/upload-keys.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A scratch folder holding the given files (relative paths), each with a one-line story. */
function archive(files: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'newstag-upload-keys-'));
  dirs.push(root);
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'Valletta harbour reopened on Monday.');
  }
  return root;
}

describe('planUploads', () => {
  it('keys a folder’s files by their path under it, subfolders included', () => {
    const root = archive(['2026/11/story.txt', '2026/12/story.txt', 'index.txt']);

    const plan = planUploads([root], 'articles/');

    expect(plan.map((p) => p.key)).toEqual([
      'articles/2026/11/story.txt',
      'articles/2026/12/story.txt',
      'articles/index.txt',
    ]);
  });

  it('keys a file named on its own by its basename', () => {
    const root = archive(['desk/malta.txt']);

    const plan = planUploads([join(root, 'desk/malta.txt')], 'articles/');

    expect(plan).toEqual([{ file: join(root, 'desk/malta.txt'), key: 'articles/malta.txt' }]);
  });

  it('leaves out dot files and dot folders', () => {
    const root = archive(['.git/config', 'a/.DS_Store', 'a/story.txt']);

    const plan = planUploads([root], '');

    expect(plan.map((p) => p.key)).toEqual(['a/story.txt']);
  });

  it('refuses two files that would land on the same key, naming both', () => {
    const root = archive(['a/story.txt', 'b/story.txt']);
    const first = join(root, 'a/story.txt');
    const second = join(root, 'b/story.txt');

    const plan = () => planUploads([first, second], 'articles/');

    expect(plan).toThrow(DuplicateKeyError);
    expect(plan).toThrow(`${first} and ${second} would both upload to articles/story.txt`);
  });

  it('refuses a file that collides with one under a folder argument', () => {
    const root = archive(['feed/story.txt', 'other/story.txt']);

    const plan = () => planUploads([join(root, 'feed'), join(root, 'other/story.txt')], '');

    expect(plan).toThrow('would both upload to story.txt');
  });
});
