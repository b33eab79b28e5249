/** Scratch space for build steps, and updating a folder in place with only what changed. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchRoot, syncDirectory } from './scratch';

const work = mkdtempSync(join(tmpdir(), 'dossier-scratch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const put = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

describe('syncDirectory', () => {
  it('makes the target hold exactly the source, writing only what differs', () => {
    const from = join(work, 'from');
    const to = join(work, 'to');
    put(join(from, 'same.txt'), 'same');
    put(join(from, 'changed.txt'), 'new text');
    put(join(from, 'sub', 'added.txt'), 'added');
    put(join(from, 'was-file', 'x.txt'), 'now a folder');
    put(join(to, 'same.txt'), 'same');
    put(join(to, 'changed.txt'), 'old text');
    put(join(to, 'gone.txt'), 'gone');
    put(join(to, 'gone-folder', 'y.txt'), 'gone');
    put(join(to, 'was-file'), 'a file');
    const untouched = statSync(join(to, 'same.txt')).mtimeMs;
    expect(syncDirectory(from, to)).toEqual({ written: 3, unchanged: 1, removed: 3 });
    expect(readFileSync(join(to, 'changed.txt'), 'utf8')).toBe('new text');
    expect(readFileSync(join(to, 'sub', 'added.txt'), 'utf8')).toBe('added');
    expect(readFileSync(join(to, 'was-file', 'x.txt'), 'utf8')).toBe('now a folder');
    expect(existsSync(join(to, 'gone.txt')) || existsSync(join(to, 'gone-folder'))).toBe(false);
    expect(statSync(join(to, 'same.txt')).mtimeMs).toBe(untouched);
    expect(syncDirectory(from, to)).toEqual({ written: 0, unchanged: 4, removed: 0 });
  });

  it('has a scratch folder it can write to', () => {
    const dir = mkdtempSync(join(scratchRoot(), 'dossier-scratch-test-'));
    writeFileSync(join(dir, 'x'), 'x');
    rmSync(dir, { recursive: true });
  });
});
