/**
 * The releases folder as read from disk, for the build and for `npm run release` alike:
 * every release folder with its files, the record of published releases, and whatever
 * else lies there (named, not read). No Astro here: the release tool runs it outside a build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { RECORD_FILE, type ReleaseFolder } from '../lib/publish/releases';

/** Every file under a folder, by '/'-separated path, in name order. */
export function filesUnder(dir: string, skip: (relativePath: string) => boolean = () => false): ReleaseFolder['files'] {
  const out: ReleaseFolder['files'] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const rel = relative(dir, path).split(sep).join('/');
      if (skip(rel)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else out.push({ path: rel, bytes: readFileSync(path) });
    }
  };
  walk(dir);
  return out;
}

/**
 * Reads a releases folder: its release folders (a name starting with a dot is the release
 * tool's unfinished write, and skipped), the text of `published.json` (null when absent),
 * and a problem for any other file, named as `<label>/<name>`.
 *
 * @example
 * readReleasesDir('releases', 'releases') // { folders: [{ name: '2026-11-23', files }], record: '{…}', problems: [] }
 */
export function readReleasesDir(dir: string, label: string): { folders: ReleaseFolder[]; record: string | null; problems: string[] } {
  const folders: ReleaseFolder[] = [];
  const problems: string[] = [];
  let record: string | null = null;
  if (!existsSync(dir)) return { folders, record, problems };
  if (!statSync(dir).isDirectory()) return { folders, record, problems: [`${label}: not a folder; the data releases are kept in a folder of that name`] };
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const isDir = statSync(path).isDirectory();
    if (name === RECORD_FILE && !isDir) record = readFileSync(path, 'utf8');
    else if (!isDir) problems.push(`${label}/${name}: not a release folder; ${label}/ holds only the folders \`npm run release\` writes and its ${RECORD_FILE}`);
    else folders.push({ name, files: filesUnder(path) });
  }
  return { folders, record, problems };
}
