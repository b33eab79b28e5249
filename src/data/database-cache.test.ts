import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDatabase, databaseContent, databaseKey, exportFiles, quoteTranslation, type DatabaseInput } from '../lib/publish';
import { cachedDatabaseBuilder } from './database-cache';
import { input, sources } from '../../tests/helpers/database-input';
import { SITE } from '../../tests/helpers/releases';

/** The database input exportFiles gives its builder, as a build would. */
const databaseInput = (over = {}) => {
  let captured: DatabaseInput | undefined;
  exportFiles(input({ ...over, buildDatabase: (d: DatabaseInput) => { captured = d; return new Uint8Array(); } }), SITE);
  return captured!;
};
const bytes = buildDatabase(databaseInput());
describe('cachedDatabaseBuilder', () => {
  const dirs: string[] = [];
  afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
  const tempDir = () => { const d = mkdtempSync(join(tmpdir(), 'dossier-sqlite-')); dirs.push(d); return join(d, 'cache'); };

  it('writes the same bytes as buildDatabase, under the key of its rows, and leaves nothing half-written', () => {
    const dir = tempDir();
    const built = cachedDatabaseBuilder(dir)(databaseInput());
    expect(Buffer.from(built).equals(Buffer.from(bytes))).toBe(true);
    expect(readdirSync(dir)).toEqual([`${databaseKey(databaseContent(databaseInput()))}.sqlite`]);
  });

  it('reads the kept file back while the rows stay the same, in a new build as in this one', () => {
    const dir = tempDir();
    cachedDatabaseBuilder(dir)(databaseInput());
    const [name] = readdirSync(dir);
    // A marker in place of the file shows that the next build read it rather than wrote it.
    writeFileSync(join(dir, name!), 'kept');
    expect(new TextDecoder().decode(cachedDatabaseBuilder(dir)(databaseInput()))).toBe('kept');
  });

  it('writes a new file when one article’s text changes, and keeps only that one', () => {
    const dir = tempDir();
    const build = cachedDatabaseBuilder(dir);
    build(databaseInput());
    const before = readdirSync(dir);
    const changed = { articleText: (s: { id: string }) => (s.id.startsWith('b') ? 'Des milliers de soldats blessés.' : 'Troops were sent home.') };
    const after = build(databaseInput(changed));
    expect(Buffer.from(after).equals(Buffer.from(buildDatabase(databaseInput(changed))))).toBe(true);
    expect(Buffer.from(after).equals(Buffer.from(bytes))).toBe(false);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readdirSync(dir)).not.toEqual(before);
  });

  it('names different rows differently, and the same rows the same', () => {
    const a = databaseKey(databaseContent(databaseInput()));
    expect(databaseKey(databaseContent(databaseInput()))).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    const retranslated = sources.map((s) => ({ ...s, data: { ...s.data, figures: s.data.figures.map((f) => (quoteTranslation(f) ? { ...f, translation: 'about 600 soldiers killed' } : f)) } }));
    expect(databaseKey(databaseContent(databaseInput({ sources: retranslated })))).not.toBe(a);
  });
});
