/**
 * Build benchmark on synthetic sources (scripts/lib/synthetic.ts), in temporary folders; the
 * real content/ and dist/ are never touched. Timings live here, never in `npm test`.
 *
 *   npm run bench                 N = 5, 100, 1,000, 5,000; median of 3 runs each
 *   npm run bench -- --quick      N = 5 and 100, one run each
 *   options: --sizes 5,100 --runs 3 --seed 42 --out benchmarks/bench.json
 *            --tmp <dir>          where the temporary folders go (default: the OS's)
 *            --compare-at <N>     the size at which the Markdown processors are compared
 *            --no-browser         skip the search measurements
 *            --search-runs <n>    cold loads per search (default 5)
 *
 * For each N: wall time of `npm run build` (Astro, then the search index), peak resident memory
 * (GNU time), marginal cost per source page against N = 5, size of dist/ and of the
 * index, a source page's HTML + CSS gzipped, and, in headless Chromium, the bytes and the
 * time to the first result of three searches (median of 5 cold loads), and how long a
 * further query typed into the open page takes to show its first result after the debounce. Then, on the same corpus: the site's
 * unified Markdown processor against Astro 7's default one (build and per document), and
 * the disk's cost to create a file, since a build writes seven files per source.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { syntheticSource } from './lib/synthetic';
import { launch } from './lib/browser';
import { measureFirstSearch, measureNextSearch, type FirstSearch } from './lib/first-search';
import { serve } from './lib/serve';
import { compareProcessors, type ProcessorCost } from './bench/processors';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: 'benchmarks/bench.json' },
    tmp: { type: 'string', default: tmpdir() },
    'compare-at': { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    'search-runs': { type: 'string', default: '5' },
  },
});
const sizes = (values.sizes ?? (values.quick ? '5,100' : '5,100,1000,5000')).split(',').map(Number);
const runs = Number(values.runs ?? (values.quick ? 1 : 3));
const seed = Number(values.seed);
const compareAt = Number(values['compare-at'] ?? (sizes.includes(1000) ? 1000 : Math.max(...sizes)));
/**
 * Three searches a reader might make of the synthetic corpus: English, French, a name.
 * "artillery" matches about half the sources, "Japan" two thirds, and "soldats" every one
 * (the French word, and the English sources through their names in both languages).
 */
const QUERIES = ['artillery', 'soldats', 'Japan'];
/** A further query typed into the open search page after the first. */
const NEXT: [string, string] = ['artillery', 'Japan'];
const searchRuns = Number(values['search-runs']);
const root = process.cwd();
const work = mkdtempSync(join(values.tmp, 'dossier-bench-'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const started = Date.now();
const progress = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
function du(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, f) => n + du(join(path, f)), 0);
}

/** Runs a command under GNU time; returns seconds, peak resident memory in MiB, and its output. */
function timed(cmd: string[], env: NodeJS.ProcessEnv): { seconds: number; peakMiB: number; output: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', ...cmd], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed:\n${(r.stderr ?? '').slice(-3000)}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0);
  return { seconds, peakMiB: kb / 1024, output: r.stdout + r.stderr };
}

function makeContent(n: number): string {
  const content = join(work, `content-${n}`);
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'sources'), { recursive: true });
  cpSync(join(root, 'content', 'topics'), join(content, 'topics'), { recursive: true });
  cpSync(join(root, 'content', 'glossary.yaml'), join(content, 'glossary.yaml'));
  mkdirSync(join(content, 'outlets'));
  for (let k = 0; k < 5; k++) {
    writeFileSync(join(content, 'outlets', `bench-outlet-${k}.yaml`), `name: Benchmark outlet ${k}\nidentified: true\nlanguage: en\nkind: Synthetic outlet for the benchmark\n`);
  }
  for (let i = 0; i < n; i++) {
    const { id, markdown } = syntheticSource(i, seed);
    writeFileSync(join(content, 'sources', `${id}.md`), markdown);
  }
  return content;
}

/**
 * One cold build (fresh cache) of `content` into `dist` with `npm run build`, the very
 * command a contributor runs (Astro, then the search index); `extraEnv` may switch the
 * Markdown processor. Returns the whole build's time and peak memory, and its phases.
 */
function build(content: string, dist: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const cache = mkdtempSync(join(work, 'cache-'));
  rmSync(dist, { recursive: true, force: true });
  const env = { DOSSIER_CONTENT_DIR: content, DOSSIER_DIST_DIR: dist, DOSSIER_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', ...extraEnv };
  try {
    const run = timed(['npm', 'run', '--silent', 'build'], env);
    const output = run.output.replace(/\x1b\[[0-9;]*m/g, '');
    // "Collecting build info … Completed in 7.05s" is the content sync, where Markdown is rendered.
    const sync = /Collecting build info[\s\S]*?Completed in (?:(\d+)m\s*)?([\d.]+)(m?s)/.exec(output);
    const syncS = sync ? Number(sync[1] ?? 0) * 60 + Number(sync[2]) / (sync[3] === 'ms' ? 1000 : 1) : Number.NaN;
    const indexS = Number(/index-search: .* in ([\d.]+) s/.exec(output)?.[1] ?? Number.NaN);
    return { totalS: run.seconds, buildS: run.seconds - indexS, syncS, indexS, peakMiB: run.peakMiB };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

/** A source page's HTML and the CSS it links, gzipped, in kB. */
function sourcePageKB(dist: string): number {
  const page = readdirSync(join(dist, 'sources')).find((d) => d.startsWith('bench-'))!;
  const html = readFileSync(join(dist, 'sources', page, 'index.html'));
  // JSON-LD is data; any other script would be JavaScript on a reading page.
  if (/<script(?![^>]*type="application\/ld\+json")/i.test(html.toString())) throw new Error(`sources/${page}/ ships a script; source pages must ship none`);
  const css = [...html.toString().matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
  return (gzipSync(html).length + css.reduce((s, c) => s + gzipSync(c).length, 0)) / 1024;
}

/** The disk's cost to create one small file in a new folder, as a build does (ms, median of runs). */
function fileCreationMs(): number {
  const samples = Array.from({ length: 3 }, () => {
    const dir = mkdtempSync(join(work, 'files-'));
    const start = process.hrtime.bigint();
    for (let i = 0; i < 300; i++) {
      mkdirSync(join(dir, String(i)));
      for (let f = 0; f < 7; f++) writeFileSync(join(dir, String(i), `${f}.html`), 'x'.repeat(2000));
    }
    const ms = Number(process.hrtime.bigint() - start) / 1e6 / (300 * 7);
    rmSync(dir, { recursive: true, force: true });
    return ms;
  });
  return median(samples);
}

async function searchCosts(dist: string): Promise<{ first: Record<string, FirstSearch>; next: { query: string; afterDebounceMs: number; debounceMs: number } }> {
  const server = await serve(dist);
  const browser = await launch();
  try {
    const first: Record<string, FirstSearch> = {};
    for (const query of QUERIES) {
      const samples: FirstSearch[] = [];
      for (let k = 0; k < searchRuns; k++) samples.push(await measureFirstSearch(browser, server.url, query));
      first[query] = { ms: median(samples.map((s) => s.ms)), bytes: median(samples.map((s) => s.bytes)), searchBytes: median(samples.map((s) => s.searchBytes)), results: samples[0]!.results };
    }
    const nexts = [];
    for (let k = 0; k < searchRuns; k++) nexts.push(await measureNextSearch(browser, server.url, NEXT[0], NEXT[1]));
    return { first, next: { query: `${NEXT[0]} → ${NEXT[1]}`, afterDebounceMs: median(nexts.map((n) => n.afterDebounceMs)), debounceMs: nexts[0]!.debounceMs } };
  } finally {
    await browser.close();
    await server.close();
  }
}

interface Row {
  n: number;
  buildS: number;
  syncS: number;
  indexS: number;
  totalS: number;
  peakMiB: number;
  distMiB: number;
  indexMiB: number;
  pageKB: number;
  marginalMs?: number;
  search?: Record<string, FirstSearch>;
  nextSearch?: { query: string; afterDebounceMs: number; debounceMs: number };
}
const rows: Row[] = [];
let comparison: { n: number; unified: { buildS: number; syncS: number }; defaultProcessor: { buildS: number; syncS: number }; perDocument: ProcessorCost[] } | undefined;
let fileMs = Number.NaN;

progress(`sizes ${sizes.join(', ')}, ${runs} run(s) each, seed ${seed}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, 1-minute load ${loadavg()[0]!.toFixed(2)}; work in ${work}`);
try {
  fileMs = fileCreationMs();
  progress(`the disk creates a small file in ${fileMs.toFixed(2)} ms`);
  for (const n of sizes) {
    progress(`N=${n}: writing ${n} synthetic sources`);
    const content = makeContent(n);
    const dist = join(work, `dist-${n}`);
    const samples: Omit<Row, 'n'>[] = [];
    for (let run = 1; run <= runs; run++) {
      const sample = {
        ...build(content, dist),
        distMiB: du(dist) / 2 ** 20,
        indexMiB: readdirSync(dist).filter((d) => d.startsWith('pagefind')).reduce((s, d) => s + du(join(dist, d)), 0) / 2 ** 20,
        pageKB: sourcePageKB(dist),
      };
      samples.push(sample);
      progress(`N=${n} run ${run}/${runs}: build ${sample.buildS.toFixed(1)} s (content sync ${sample.syncS.toFixed(1)} s), index ${sample.indexS.toFixed(1)} s, peak ${sample.peakMiB.toFixed(0)} MiB`);
    }
    const pick = (k: keyof (typeof samples)[number]) => median(samples.map((s) => s[k] as number));
    const row: Row = { n, buildS: pick('buildS'), syncS: pick('syncS'), indexS: pick('indexS'), totalS: pick('totalS'), peakMiB: pick('peakMiB'), distMiB: pick('distMiB'), indexMiB: pick('indexMiB'), pageKB: pick('pageKB') };
    if (!values['no-browser']) {
      progress(`N=${n}: first searches in Chromium (${QUERIES.join(', ')}; median of ${searchRuns} cold loads each), then ${NEXT.join(' → ')} in the open page`);
      const costs = await searchCosts(dist);
      row.search = costs.first;
      row.nextSearch = costs.next;
    }
    rows.push(row);
    if (n === compareAt) {
      progress(`N=${n}: the same corpus with Astro 7's default Markdown processor (${runs} run(s))`);
      const other = Array.from({ length: runs }, () => {
        const { totalS, syncS } = build(content, join(work, `dist-${n}-default`), { DOSSIER_BENCH_DEFAULT_MARKDOWN: '1' });
        return { buildS: totalS, syncS };
      });
      rmSync(join(work, `dist-${n}-default`), { recursive: true, force: true });
      progress(`N=${n}: each document through each processor, in this process`);
      const perDocument = await compareProcessors(readdirSync(join(content, 'sources')).map((f) => readFileSync(join(content, 'sources', f), 'utf8')));
      comparison = {
        n,
        unified: { buildS: row.totalS, syncS: row.syncS },
        defaultProcessor: { buildS: median(other.map((o) => o.buildS)), syncS: median(other.map((o) => o.syncS)) },
        perDocument,
      };
    }
    rmSync(dist, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const base = rows.find((r) => r.n === Math.min(...sizes));
for (const r of rows) if (base && r.n !== base.n) r.marginalMs = ((r.totalS - base.totalS) / (r.n - base.n)) * 1000;
const pad = (v: string, w: number) => v.padStart(w);
console.log('\n     N  build s  sync s  index s  total s  ms/page  peak MiB  dist MiB  index MiB  page kB gz');
for (const r of rows) {
  console.log(`${pad(String(r.n), 6)}  ${pad(r.buildS.toFixed(1), 7)}  ${pad(r.syncS.toFixed(1), 6)}  ${pad(r.indexS.toFixed(1), 7)}  ${pad(r.totalS.toFixed(1), 7)}  ${pad(r.marginalMs?.toFixed(1) ?? '–', 7)}  ${pad(r.peakMiB.toFixed(0), 8)}  ${pad(r.distMiB.toFixed(1), 8)}  ${pad(r.indexMiB.toFixed(2), 9)}  ${pad(r.pageKB.toFixed(1), 10)}`);
}
const t = (n: number) => rows.find((r) => r.n === n)?.totalS;
if (t(1000) && t(5000)) console.log(`\nT(5000) / T(1000) = ${(t(5000)! / t(1000)!).toFixed(2)}`);
if (rows.some((r) => r.search)) {
  console.log(`\nfirst search (median of ${searchRuns} cold loads): N, query, results, ms to first result, kB transferred (of which search)`);
  for (const r of rows) for (const [q, s] of Object.entries(r.search ?? {})) console.log(`${pad(String(r.n), 6)}  ${q.padEnd(10)} ${pad(String(s.results ?? '?'), 6)} ${pad(s.ms.toFixed(0), 6)} ms  ${pad((s.bytes / 1024).toFixed(0), 5)} kB (${(s.searchBytes / 1024).toFixed(0)} kB)`);
  console.log('\na further query in the open page: ms from its input to its first result, less the debounce');
  for (const r of rows) if (r.nextSearch) console.log(`${pad(String(r.n), 6)}  ${r.nextSearch.query.padEnd(20)} ${pad(r.nextSearch.afterDebounceMs.toFixed(0), 6)} ms (debounce ${r.nextSearch.debounceMs} ms)`);
}
if (comparison) {
  const c = comparison;
  console.log(`\nMarkdown processors at N = ${c.n}: unified + remark-gfm + our plugin vs Astro 7's default`);
  console.log(`  whole build  ${c.unified.buildS.toFixed(1)} s vs ${c.defaultProcessor.buildS.toFixed(1)} s (ratio ${(c.unified.buildS / c.defaultProcessor.buildS).toFixed(2)})`);
  console.log(`  content sync ${c.unified.syncS.toFixed(1)} s vs ${c.defaultProcessor.syncS.toFixed(1)} s (ratio ${(c.unified.syncS / c.defaultProcessor.syncS).toFixed(2)})`);
  for (const p of c.perDocument) console.log(`  per document ${p.name.padEnd(42)} ${p.msPerDocument.toFixed(2)} ms (ratio to default ${p.ratioToDefault.toFixed(2)})`);
}
console.log(`\ndisk: ${fileMs.toFixed(2)} ms to create a small file; a source writes 7 (its page and six citation files)`);
mkdirSync('benchmarks', { recursive: true });
writeFileSync(values.out, `${JSON.stringify({ seed, runs, searchRuns, load1: loadavg()[0], cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), fileCreationMs: fileMs, queries: QUERIES, next: NEXT, rows, processors: comparison }, null, 2)}\n`);
progress(`written to ${values.out}`);
