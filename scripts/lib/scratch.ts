/**
 * Scratch space for build steps: files that never need to reach the disk (the copies of the
 * pages handed to Pagefind, its output before it is copied into dist/) go to a RAM-backed
 * folder when the system has one, where creating a file costs a fraction of what it costs
 * on a slow disk (`npm run bench` times the disk).
 */
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A folder for temporary files: Linux's shared memory (`/dev/shm`) when writable, else the OS's temporary folder.
 *
 * @example
 * mkdtempSync(join(scratchRoot(), 'dossier-index-'))
 */
export function scratchRoot(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    if (statSync('/dev/shm').isDirectory()) return '/dev/shm';
  } catch {
    // no shared memory folder here (macOS, containers without it)
  }
  return tmpdir();
}

/** What `syncDirectory` did. */
export interface SyncCount {
  written: number;
  unchanged: number;
  removed: number;
}

/**
 * Makes folder `to` hold exactly what folder `from` holds, writing only the files that are
 * new or whose bytes differ and removing what `from` lacks; a rebuild whose output barely
 * changed then writes a few files instead of all of them.
 *
 * @example
 * syncDirectory('/dev/shm/index-abc/pagefind', 'dist/pagefind') // { written: 12, unchanged: 4988, removed: 10 }
 */
export function syncDirectory(from: string, to: string, count: SyncCount = { written: 0, unchanged: 0, removed: 0 }): SyncCount {
  mkdirSync(to, { recursive: true });
  const wanted = new Set(readdirSync(from));
  for (const name of readdirSync(to)) {
    if (!wanted.has(name) || statSync(join(from, name)).isDirectory() !== statSync(join(to, name)).isDirectory()) {
      count.removed += countFiles(join(to, name));
      rmSync(join(to, name), { recursive: true, force: true });
    }
  }
  for (const name of wanted) {
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory()) {
      syncDirectory(source, target, count);
      continue;
    }
    const bytes = readFileSync(source);
    if (existsSync(target) && statSync(target).size === bytes.length && readFileSync(target).equals(bytes)) {
      count.unchanged++;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    count.written++;
  }
  return count;
}

function countFiles(path: string): number {
  if (!statSync(path).isDirectory()) return 1;
  return readdirSync(path).reduce((n, name) => n + countFiles(join(path, name)), 0);
}
