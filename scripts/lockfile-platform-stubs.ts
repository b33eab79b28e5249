/**
 * Completes package-lock.json with the platform-specific optional packages that the
 * registry mirror of this workplace does not serve (Pagefind's and Astro's compiler
 * binaries for macOS, Windows, FreeBSD, Android…). Without their entries `npm ci` refuses
 * the lockfile as out of sync; with them it skips each one because its os/cpu/libc do not
 * match the machine, exactly as it does on the public registry.
 *
 *   node scripts/lockfile-platform-stubs.ts        # after any `npm install` that rewrote the lock
 *
 * Writes atomically and only adds entries; it never changes an existing one.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

const OS: Record<string, string> = {
  android: 'android', darwin: 'darwin', linux: 'linux', win32: 'win32', windows: 'win32', freebsd: 'freebsd',
};

/** os, cpu and libc of a platform package, read from its name (`…-linux-arm64-musl`). */
function platformOf(name: string): Record<string, string[]> | null {
  const parts = name.split('/').pop()!.split('-');
  if (parts.includes('wasm32')) return { cpu: ['wasm32'] };
  const osIndex = parts.findIndex((p) => p in OS);
  if (osIndex < 0) return null;
  const cpu = parts[osIndex + 1];
  if (!cpu) return null;
  const libc = parts[osIndex + 2] === 'musl' ? ['musl'] : parts[osIndex + 2] === 'gnu' ? ['glibc'] : undefined;
  return { os: [OS[parts[osIndex]!]!], cpu: [cpu], ...(libc ? { libc } : {}) };
}

const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };
const added: string[] = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (lock.packages[key] || lock.packages[`${path}/node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform) throw new Error(`${file}: optional dependency ${dep} of ${path || 'the project'} is missing and its platform cannot be read from its name`);
    lock.packages[key] = { version: range.replace(/^[\^~=]/, ''), dev: true, license: 'MIT', optional: true, ...platform };
    added.push(`${dep}@${range}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(`${file}.tmp`, `${JSON.stringify(lock, null, 2)}\n`);
renameSync(`${file}.tmp`, file);
console.log(added.length ? `added ${added.length} platform stubs:\n  ${added.join('\n  ')}` : 'nothing to add');
