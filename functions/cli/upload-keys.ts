import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

/** One file to upload and the object key it goes to. */
export interface PlannedUpload {
  readonly file: string;
  readonly key: string;
}

export class DuplicateKeyError extends Error {
  override readonly name = 'DuplicateKeyError';
}

/**
 * The object key of every file named on the command line. A folder argument contributes every file under
 * it, subfolders included, keyed by its path relative to the folder (`2026/11/story.txt`), so an archive
 * laid out by month keeps one object per file; a file argument is keyed by its basename. Two inputs that
 * map to the same key would overwrite each other in the bucket, so that is refused before anything is
 * uploaded, naming both.
 */
export function planUploads(paths: readonly string[], prefix: string): PlannedUpload[] {
  const plan: PlannedUpload[] = [];
  const byKey = new Map<string, string>();
  for (const path of paths) {
    const entries = statOf(path).isDirectory()
      ? filesUnder(path).map((file) => ({ file, name: relative(path, file).split(sep).join('/') }))
      : [{ file: path, name: basename(path) }];
    for (const { file, name } of entries) {
      const key = `${prefix}${name}`;
      const earlier = byKey.get(key);
      if (earlier !== undefined) {
        throw new DuplicateKeyError(
          `${earlier} and ${file} would both upload to ${key}; nothing was uploaded (name a common parent folder to keep their paths)`,
        );
      }
      byKey.set(key, file);
      plan.push({ file, key });
    }
  }
  return plan;
}

/** A named path's stat, or an error that says in plain words why it cannot be uploaded. */
function statOf(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file or folder' : (error as Error).message;
    throw new Error(`${path}: ${why}; nothing was uploaded`);
  }
}

/** Files under a folder, depth first in name order; dot files and dot folders (.git, .DS_Store) are left out. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) return filesUnder(path);
      return stat.isFile() ? [path] : [];
    });
}
