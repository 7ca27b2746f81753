#!/usr/bin/env node
// Lets `npx newstag …` run the TypeScript CLI in a checkout without a build step.
//
// `newstag tag` is what scripts and the evaluation call over and over, so it skips tsx: the first run
// after a source change bundles the tag command with esbuild into node_modules/.cache/newstag/ (under a
// second), and later runs import that bundle, which starts 2-3x faster than compiling through tsx.
// Every other command, or a checkout without esbuild, or NEWSTAG_TSX=1, goes through tsx as before.
import { createHash } from 'node:crypto';
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
/** A bundle of older sources is deleted once it is this old. */
const STALE_MS = 10 * 60 * 1000;

// `newstag tag --jsonl big.jsonl | head` closes stdout early: stop quietly instead of an EPIPE stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const bundled = args[0] === 'tag' && process.env.NEWSTAG_TSX !== '1' ? await bundledTagCommand() : undefined;
if (bundled) {
  process.exitCode = await bundled.run(args.slice(1));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./newstag.ts');
}

/** The tag command's bundle for the current sources, built if missing; undefined when esbuild is absent. */
async function bundledTagCommand() {
  const cache = join(root, 'node_modules', '.cache', 'newstag');
  // functions/ingest: whole files are read with ingest's decoder (decode.ts, charset.ts).
  const stamp = sourceStamp([
    join(root, 'functions', 'core'),
    join(root, 'functions', 'cli'),
    join(root, 'functions', 'ingest'),
    join(root, 'bin'),
  ]);
  const dir = join(cache, `tag-${stamp}`);
  const entry = join(dir, 'tag.mjs');
  if (!exists(entry)) {
    let esbuild;
    try {
      esbuild = await import('esbuild');
    } catch {
      return undefined;
    }
    const building = join(cache, `building-${process.pid}`);
    await esbuild.build({
      entryPoints: { tag: join(root, 'functions', 'cli', 'commands', 'tag.ts') },
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outExtension: { '.js': '.mjs' },
      outdir: building,
      sourcemap: 'linked',
      logLevel: 'error',
    });
    // Publish atomically; if a concurrent run got there first, use its bundle.
    try {
      renameSync(building, dir);
    } catch {
      rmSync(building, { recursive: true, force: true });
    }
    // Drop bundles of older sources, but not while a run that started on one may still load its chunks.
    for (const old of readdirSync(cache)) {
      const path = join(cache, old);
      if (
        old.startsWith(`tag-${stamp.slice(0, 8)}-`) &&
        old !== `tag-${stamp}` &&
        Date.now() - statSync(path).mtimeMs > STALE_MS
      ) {
        rmSync(path, { recursive: true, force: true });
      }
    }
  }
  process.setSourceMapsEnabled(true);
  return import(pathToFileURL(entry).href);
}

/** Changes whenever a source file under `dirs` is added, removed or modified. */
function sourceStamp(dirs) {
  let files = 0;
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        files++;
        newest = Math.max(newest, statSync(path).mtimeMs);
      }
    }
  };
  for (const dir of dirs) walk(dir);
  // The checkout's path is part of the stamp: worktrees sharing one node_modules must not share bundles.
  return `${createHash('sha1').update(root).digest('hex').slice(0, 8)}-${files}-${Math.floor(newest)}`;
}

function exists(path) {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
