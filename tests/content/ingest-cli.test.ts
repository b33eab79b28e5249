/**
 * The ingest command: bad input stops with a clear message and exit code and writes
 * nothing; an existing file is never overwritten without --force; nothing half-written
 * is left behind.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT, ROOT } from '../helpers/content';

const work = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
const content = join(work, 'content');
cpSync(join(CONTENT, 'outlets'), join(content, 'outlets'), { recursive: true });
cpSync(join(CONTENT, 'entities'), join(content, 'entities'), { recursive: true });
cpSync(join(CONTENT, 'sources'), join(content, 'sources'), { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));
const sourcesBefore = () => readdirSync(join(content, 'sources')).sort();

function run(...args: string[]) {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/ingest.ts'), ...args, '--content', content], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}
const file = (name: string, data: string | Buffer) => { const p = join(work, name); writeFileSync(p, data); return p; };

// Each test starts the command as a process (tsx compiles it first, alongside the other
// unit tests on a small machine): seconds, not the milliseconds of a unit test.
describe('npm run ingest', { timeout: 60_000 }, () => {
  it.each([
    ['a missing file', () => join(work, 'nope.txt'), 2, 'no such file'],
    ['an empty file', () => file('empty.txt', ''), 3, 'the file is empty'],
    ['white space only', () => file('blank.txt', ' \n\t\n'), 3, 'only white space'],
    ['binary content', () => file('bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])), 3, 'binary content'],
    ['non-UTF-8 text', () => file('latin1.txt', Buffer.from('Corée du Nord, troupes envoyées', 'latin1')), 3, 'not valid UTF-8'],
    ['a file far larger than an article', () => file('huge.txt', 'a'.repeat(3 * 1024 * 1024)), 3, 'far larger than an article'],
  ])('stops on %s with a clear message and writes nothing', (_what, make, code, message) => {
    const before = sourcesBefore();
    const r = run(make());
    expect(r.status).toBe(code);
    expect(r.out).toContain(message);
    expect(sourcesBefore()).toEqual(before);
  });

  it('writes a draft, prints what it found and removed, and never overwrites without --force', () => {
    const seed = join(ROOT, 'tests/fixtures/seeds/002_75702c18763cbe0a.txt');
    const first = run(seed);
    expect(first.status).toBe(0);
    expect(first.out).toContain('Found:');
    expect(first.out).toContain('published: 2025-11-08 16:45');
    expect(first.out).toContain('[reading time] 1 min de lecture');
    expect(first.out).toContain('Still to check before committing:');
    const target = join(content, 'sources', 'unidentified-2025-11-08-renforcement-des-liens-militaires-entre-la.md');
    expect(existsSync(target)).toBe(true);
    writeFileSync(target, 'edited by an editor');
    const again = run(seed);
    expect(again.status).toBe(4);
    expect(again.out).toContain('already exists; nothing written');
    expect(readFileSync(target, 'utf8')).toBe('edited by an editor');
    expect(run(seed, '--force').status).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^---\ndraft: true\ntitle: "Renforcement/);
    expect(readdirSync(join(content, 'sources')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('stops on an article that names no date at all, until the editor gives it with --published', () => {
    const undated = file('undated.txt', 'Un article sans aucune date pour le dater\n\nEnviron 5 000 soldats nord-coréens seraient arrivés en Russie, selon le NIS.\n');
    const before = sourcesBefore();
    const r = run(undated);
    expect(r.status).toBe(3);
    expect(r.out).toContain('names no date at all; give its publication date with --published');
    expect(sourcesBefore()).toEqual(before);
    const bad = run(undated, '--published', 'June 2025');
    expect(bad.status).toBe(2);
    expect(bad.out).toContain('give the publication date as YYYY-MM-DD');
    const ok = run(undated, '--published', '2025-06');
    expect(ok.status).toBe(0);
    expect(ok.out).toContain('published: 2025-06 (given with --published)');
    const draft = readFileSync(join(content, 'sources', 'unidentified-2025-06-un-article-sans-aucune-date-pour.md'), 'utf8');
    expect(draft).toContain('published: "2025-06"');
    expect(draft).toContain('estimatedByEntity: "nis"');
  });

  it('prints the names no entity knows and the claims it left out', () => {
    const article = join(ROOT, 'tests/fixtures/ingest/en04-defence-brief-weekly-roundup.txt');
    const r = run(article);
    expect(r.status).toBe(0);
    expect(r.out).toContain('published: 2025-01-17 18:05 (the dateline)');
    expect(r.out).toMatch(/Names no entity knows \(\d+;[^\n]*\n  [^\n]*Kim Do-yeon[^\n]*HUR/);
    expect(r.out).toContain('Left out because they broke the provenance rule (0):');
  });

  it('refuses --force onto a folder (or a link to one) with a clear message, leaving no temporary file', () => {
    const article = file('folder-target.txt', 'A draft whose target becomes a folder\n\n6 November 2025\n\nAbout 5,000 soldiers were sent, officials said.\n');
    const first = run(article);
    expect(first.status, first.out).toBe(0);
    const target = /wrote (\S+)/.exec(first.out)![1]!;
    rmSync(target);
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'not ours');
    const r = run(article, '--force');
    expect(r.status).toBe(4);
    expect(r.out).toContain(`${target} exists and is not a file (a folder?); nothing written, even with --force`);
    expect(r.out).not.toMatch(/\n\s+at |EISDIR/);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('not ours');
    rmSync(target, { recursive: true });
    symlinkSync(work, target);
    expect(run(article, '--force').status).toBe(4);
    expect(lstatSync(target).isSymbolicLink()).toBe(true);
    rmSync(target);
    expect(readdirSync(join(content, 'sources')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

