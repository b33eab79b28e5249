/**
 * The database file kept between builds: writing it is a whole-corpus step (about 10 s at
 * 5,000 sources), while its rows, made for the JSON exports anyway, say whether it changed.
 * A build whose rows, schema and writer are those of the last build reads the last file back
 * instead of writing it again; the bytes are the same either way (`databaseKey`).
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_VOLATILE_HEADER, databaseContent, databaseKey, writeDatabaseFile, type DatabaseInput } from '../lib/publish';

const FILE = /^[0-9a-f]{64}\.sqlite$/;

/**
 * `buildDatabase`, with the file kept in `dir` under its key: only the latest is kept, and it
 * is written by SQLite on disk (`writeDatabaseFile`, lighter in memory than building it in
 * memory) under another name first, so that a build stopped half-way never leaves a file
 * that a later build would take for finished.
 *
 * @example
 * const build = cachedDatabaseBuilder('node_modules/.astro/dossier-sqlite');
 * build(input) // written the first time, read back while the rows stay the same
 */
export function cachedDatabaseBuilder(dir: string): (input: DatabaseInput) => Uint8Array {
  return (input) => {
    const content = databaseContent(input);
    const key = databaseKey(content);
    const file = join(dir, `${key}.sqlite`);
    try {
      return new Uint8Array(readFileSync(file));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    mkdirSync(dir, { recursive: true });
    const partial = join(dir, `.${key}.${process.pid}.partial`);
    rmSync(partial, { force: true });
    try {
      writeDatabaseFile(content, partial);
    } catch (e) {
      rmSync(partial, { force: true });
      throw e;
    }
    const fd = openSync(partial, 'r+');
    try {
      for (const { offset, length } of DATABASE_VOLATILE_HEADER) writeSync(fd, new Uint8Array(length), 0, length, offset);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
    const bytes = new Uint8Array(readFileSync(file));
    for (const name of readdirSync(dir)) if (FILE.test(name) && name !== `${key}.sqlite`) rmSync(join(dir, name), { force: true });
    return bytes;
  };
}
