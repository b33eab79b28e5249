/**
 * What a search costs a reader on the built site, for every query of the quality set
 * (tests/fixtures/search-queries.ts): the time from opening /search/?q=… with an empty
 * cache to the first result, and the bytes transferred, as the median of several cold
 * runs; and, in an open page, how long a further query takes to show its first result
 * after the search box's debounce. `npm run search:quality` prints it and writes
 * benchmarks/search-cost.json; the README and BENCHMARKS.md record it. Timings stay out
 * of `npm test`.
 *
 * SEARCH_BASELINE=<a built dist/> measures another build (say, of the previous commit) in
 * the same run, query by query in turn with this one, and reports the ratio;
 * SEARCH_BASELINE_COMPONENT_UI=1 when that build's search page is Pagefind's Component UI
 * (before issue 14). SEARCH_RUNS sets the runs per query (default 5). To measure another
 * build instead of dist/ (the benchmark's 5,000 synthetic sources, say): SEARCH_DIST=<dir>,
 * SEARCH_QUERIES=a,b,c (each typed after the one before it for the further query), and
 * SEARCH_COST_OUT=<file> (default benchmarks/search-cost.json).
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser';
import { ROOT } from '../helpers/content';
import { COMPONENT_UI_RESULT_LINK, measureFirstSearch, measureNextSearch, type FirstSearch } from '../../scripts/lib/first-search';
import { serve } from '../../scripts/lib/serve';
import { SEARCH_CASES } from '../fixtures/search-queries';

const RUNS = Number(process.env['SEARCH_RUNS'] ?? 5);
const CUSTOM = process.env['SEARCH_QUERIES']?.split(',').map((q) => q.trim()).filter(Boolean);
const QUERIES = CUSTOM ?? [...new Set(SEARCH_CASES.map((c) => c.query))];
/** A query typed into an open page after another: the second one's results are timed. */
const NEXT: [string, string][] = CUSTOM ? CUSTOM.slice(1).map((q, i) => [CUSTOM[i]!, q])
  : [['Kursk', 'Koursk'], ['North Korea', 'Corée du Nord'], ['soldats', 'Choïgou'], ['Lavrov', 'killed Kursk']];
const OUT = process.env['SEARCH_COST_OUT'] ?? join(ROOT, 'benchmarks', 'search-cost.json');
const TARGET_MS = 300;
const NEXT_TARGET_MS = 100;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const summarise = (samples: FirstSearch[]) => ({
  medianMs: Math.round(median(samples.map((s) => s.ms))),
  runsMs: samples.map((s) => Math.round(s.ms)),
  medianBytes: median(samples.map((s) => s.bytes)),
  medianSearchBytes: median(samples.map((s) => s.searchBytes)),
  results: samples[0]!.results,
});

it('measures what a search costs', async () => {
  const loadBefore = loadavg()[0]!;
  const server = await serve(process.env['SEARCH_DIST'] || undefined);
  const baseline = process.env['SEARCH_BASELINE'] ? await serve(process.env['SEARCH_BASELINE']) : null;
  const baselineOptions = process.env['SEARCH_BASELINE_COMPONENT_UI'] ? { resultLink: COMPONENT_UI_RESULT_LINK } : {};
  const browser = await launch();
  const rows = [];
  for (const query of QUERIES) {
    const samples: FirstSearch[] = [];
    const base: FirstSearch[] = [];
    for (let run = 0; run < RUNS; run++) {
      samples.push(await measureFirstSearch(browser, server.url, query));
      if (baseline) base.push(await measureFirstSearch(browser, baseline.url, query, baselineOptions));
    }
    const row = { query, ...summarise(samples), ...(baseline ? { baseline: summarise(base) } : {}) };
    rows.push(row);
  }
  const next = [];
  for (const [first, second] of NEXT) {
    const samples = [];
    for (let run = 0; run < RUNS; run++) samples.push(await measureNextSearch(browser, server.url, first, second));
    next.push({ first, next: second, debounceMs: samples[0]!.debounceMs, medianAfterDebounceMs: Math.round(median(samples.map((s) => s.afterDebounceMs))), runsMs: samples.map((s) => Math.round(s.afterDebounceMs)) });
  }
  await browser.close();
  await server.close();
  await baseline?.close();
  const loadAfter = loadavg()[0]!;
  const worst = Math.max(...rows.map((r) => r.medianMs));
  const worstNext = Math.max(...next.map((r) => r.medianAfterDebounceMs));
  writeFileSync(OUT, `${JSON.stringify({
    ...(process.env['SEARCH_DIST'] ? { dist: process.env['SEARCH_DIST'] } : {}), runs: RUNS, load1: [loadBefore, loadAfter].map((l) => Math.round(l * 100) / 100), targetMs: TARGET_MS, worstMedianMs: worst, nextTargetMs: NEXT_TARGET_MS, worstNextMs: worstNext,
    ...(baseline ? { baseline: process.env['SEARCH_BASELINE'] } : {}), rows, next,
  }, null, 2)}\n`);

  const kB = (b: number) => (b / 1024).toFixed(0).padStart(4);
  console.log(`\nfirst search, median of ${RUNS} cold runs (1-minute load ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)})`);
  console.log(`${'query'.padEnd(18)} ${'results'.padStart(7)} ${'ms'.padStart(5)}  ${'kB'.padStart(4)} (search)${baseline ? '   baseline ms    kB  ratio' : ''}`);
  for (const r of rows) {
    const b = 'baseline' in r ? r.baseline : undefined;
    console.log(`${r.query.padEnd(18)} ${String(r.results ?? '?').padStart(7)} ${String(r.medianMs).padStart(5)}  ${kB(r.medianBytes)} (${kB(r.medianSearchBytes)})${b ? `   ${String(b.medianMs).padStart(11)}  ${kB(b.medianBytes)}  ${(r.medianMs / b.medianMs).toFixed(2)}` : ''}`);
  }
  console.log(`worst median: ${worst} ms (target < ${TARGET_MS} ms for every query)`);
  console.log('\na further query in an open page, ms from its input to its first result, less the debounce');
  for (const r of next) console.log(`${`${r.first} → ${r.next}`.padEnd(30)} ${String(r.medianAfterDebounceMs).padStart(5)} ms (debounce ${r.debounceMs} ms; runs ${r.runsMs.join(', ')})`);
  console.log(`worst median: ${worstNext} ms (target < ${NEXT_TARGET_MS} ms)`);
  expect(rows).toHaveLength(QUERIES.length);
}, 3_600_000);
