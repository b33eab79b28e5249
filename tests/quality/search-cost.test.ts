/**
 * What a first search costs a reader on the built site: the bytes transferred from
 * opening /search/?q=… until the first result shows, and how long that takes, as the
 * median of several cold runs per query. `npm run search:quality` prints it; the README
 * records it. Timings stay out of `npm test`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser';
import { ROOT } from '../helpers/content';
import { measureFirstSearch } from '../../scripts/lib/first-search';
import { serve } from '../../scripts/lib/serve';

const QUERIES = ['Koursk', 'North Korea', 'Choïgou'];
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

it('measures the first search', async () => {
  const server = await serve();
  const browser = await launch();
  const rows = [];
  for (const query of QUERIES) {
    const bytes: number[] = [];
    const searchBytes: number[] = [];
    const ms: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const r = await measureFirstSearch(browser, server.url, query);
      ms.push(Math.round(r.ms));
      bytes.push(r.bytes);
      searchBytes.push(r.searchBytes);
    }
    rows.push({ query, medianMs: median(ms), medianBytes: median(bytes), medianSearchBytes: median(searchBytes) });
  }
  await browser.close();
  await server.close();
  writeFileSync(join(ROOT, 'benchmarks', 'search-cost.json'), `${JSON.stringify({ runs: RUNS, rows }, null, 2)}\n`);
  console.log('\nquery          ms (median)  bytes, page load to first result  of which search (Pagefind + glue)');
  for (const r of rows) console.log(`${r.query.padEnd(14)} ${String(r.medianMs).padEnd(12)} ${String(r.medianBytes).padEnd(32)} ${r.medianSearchBytes}`);
  expect(rows).toHaveLength(QUERIES.length);
}, 300_000);
