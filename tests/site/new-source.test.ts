/**
 * Adding a source as the README says leaves `npm test` green. A copy of the content gains
 * one valid source from the synthetic generator (and its outlet), is built and has its URLs
 * recorded, as an editor would; then the unit and site suites run over that copy. Tests
 * about the five real articles are keyed to their files; every count or list over the whole
 * dossier must be derived from the content, or this test fails naming the test that is not.
 * The Lighthouse scores (timed, and about page kinds, not content) are left out.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticSource } from '../../scripts/lib/synthetic';
import { CONTENT, ROOT } from '../helpers/content';
import { URL_MANIFEST } from '../../scripts/lib/paths';

const NESTED = process.env.DOSSIER_NESTED_SUITE === '1';

describe.skipIf(NESTED)('a new source, added as the README says', () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-new-source-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const env = {
    ...process.env,
    DOSSIER_CONTENT_DIR: join(work, 'content'),
    DOSSIER_DIST_DIR: join(work, 'dist'),
    DOSSIER_CACHE_DIR: join(work, 'cache'),
    DOSSIER_URL_MANIFEST: join(work, 'published-urls.json'),
    DOSSIER_NESTED_SUITE: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 1 << 28 });
    return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  };

  it('builds, records its URLs, and passes the unit and site suites', () => {
    cpSync(CONTENT, env.DOSSIER_CONTENT_DIR, { recursive: true });
    cpSync(URL_MANIFEST, env.DOSSIER_URL_MANIFEST);
    const { id, markdown } = syntheticSource(1, 2026);
    writeFileSync(join(env.DOSSIER_CONTENT_DIR, 'sources', `${id}.md`), markdown);
    writeFileSync(join(env.DOSSIER_CONTENT_DIR, 'outlets', 'bench-outlet-1.yaml'), 'name: A synthetic outlet\nidentified: true\nlanguage: en\nkind: Synthetic outlet made by the test suite\n');

    const build = run('npm', ['run', 'build']);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const record = run('npm', ['run', 'urls:record']);
    expect(record.status, record.output.slice(-2000)).toBe(0);
    expect(record.output).toMatch(/record-urls: [1-9]\d* new URL\(s\) recorded/);

    const suites = run('npx', ['vitest', 'run', '--project', 'unit', '--project', 'site',
      '--exclude', 'tests/site/new-source.test.ts', '--exclude', 'tests/site/lighthouse.test.ts']);
    const failed = [...new Set([...suites.output.matchAll(/(?:^|\n)\s*(?:×|FAIL)\s+(.+)/g)].map((m) => m[1]!.trim()))].slice(0, 30);
    expect(suites.status, `With one more source, these failed:\n${failed.join('\n')}\n${suites.output.slice(-2000)}`).toBe(0);
    expect(suites.output).toMatch(/tests: \d+ passed, 0 failed/);
  // The whole unit and site suites run inside this test (a11y alone visits every page twice): they outgrow
  // the site project's 180 s on a shared 2-core machine, and each page kind added lengthens them.
  }, 900_000);
});
