/**
 * Lighthouse on one page of every kind (scripts/lighthouse.ts): accessibility 100, and
 * performance, best practices and SEO at least 95, with a margin of 5 points on
 * performance for a noisy machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';

const work = mkdtempSync(join(tmpdir(), 'dossier-lighthouse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('scores every page kind', () => {
  const out = join(work, 'lighthouse.json');
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/lighthouse.ts'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr.slice(-2000)).toBe(0);
  const rows: { path: string; performance: number; accessibility: number; 'best-practices': number; seo: number }[] = JSON.parse(readFileSync(out, 'utf8'));
  expect(rows.length).toBeGreaterThanOrEqual(9);
  for (const r of rows) {
    expect(r.accessibility, r.path).toBe(100);
    expect(r.performance, r.path).toBeGreaterThanOrEqual(90);
    expect(r['best-practices'], r.path).toBeGreaterThanOrEqual(95);
    expect(r.seo, r.path).toBeGreaterThanOrEqual(95);
  }
}, 300_000);
