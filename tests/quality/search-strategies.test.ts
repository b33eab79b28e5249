/**
 * Measures search quality for the two ways of indexing both languages, on the queries of
 * tests/fixtures/search-queries.ts: recall in the top five and reciprocal rank of the
 * expected sources in the search page's main list (the sources; the dossier's other pages
 * are listed apart), for the first 26 cases and for all. Run with `npm run search:quality` after `npm run build`; it writes
 * benchmarks/search-quality.json and prints a table. Not part of `npm test` (it informs a decision;
 * the browser tests hold the chosen strategy to the same queries).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser';
import { DIST, ROOT } from '../helpers/content';
import { resultLinks, searchUrl, sourceIds } from '../helpers/search';
import { serve } from '../../scripts/lib/serve';
import { SEARCH_CASES } from '../fixtures/search-queries';

const work = mkdtempSync(join(tmpdir(), 'dossier-search-quality-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function measure(strategy: 'per-language' | 'single') {
  const site = join(work, strategy);
  cpSync(DIST, site, { recursive: true });
  const run = spawnSync(process.execPath, ['scripts/index-search.ts', '--site', site, '--strategy', strategy], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  const server = await serve(site);
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
  const rows: { query: string; kind: string; added: boolean; recall: number; rr: number }[] = [];
  for (const c of SEARCH_CASES) {
    await page.goto(searchUrl(server.url, c.query));
    const ids = sourceIds(await resultLinks(page, 5));
    const found = c.expect.filter((e) => ids.includes(e));
    const firstRank = (await resultLinks(page, 5)).findIndex((h) => c.expect.some((e) => h.includes(e)));
    rows.push({ query: c.query, kind: c.kind, added: Boolean(c.addedFor), recall: found.length / c.expect.length, rr: firstRank < 0 ? 0 : 1 / (firstRank + 1) });
  }
  await browser.close();
  await server.close();
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const score = (rs: readonly (typeof rows)[number][]) => ({ recallAt5: mean(rs.map((r) => r.recall)), mrr: mean(rs.map((r) => r.rr)), perfect: rs.filter((r) => r.recall === 1).length, cases: rs.length });
  // The first 26 cases (as the strategy was chosen on) and every case, reported apart.
  return { strategy, ...score(rows), original: score(rows.filter((r) => !r.added)), rows };
}

it('compares per-language indexes merged at search time with one English index', async () => {
  const results = [await measure('per-language'), await measure('single')];
  writeFileSync(join(ROOT, 'benchmarks', 'search-quality.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${'strategy'.padEnd(14)} ${'cases'.padEnd(12)} recall@5  MRR    all found`);
  for (const r of results) {
    console.log(`${r.strategy.padEnd(14)} ${'first 26'.padEnd(12)} ${r.original.recallAt5.toFixed(3).padEnd(9)} ${r.original.mrr.toFixed(3)}  ${r.original.perfect}/${r.original.cases}`);
    console.log(`${''.padEnd(14)} ${'all'.padEnd(12)} ${r.recallAt5.toFixed(3).padEnd(9)} ${r.mrr.toFixed(3)}  ${r.perfect}/${r.rows.length}`);
  }
  for (const c of SEARCH_CASES) {
    const [a, b] = results.map((r) => r.rows.find((x) => x.query === c.query)!);
    if (a!.recall !== b!.recall) console.log(`  differs: ${c.query} — per-language ${a!.recall.toFixed(2)}, single ${b!.recall.toFixed(2)}`);
  }
  expect(results).toHaveLength(2);
}, 300_000);
