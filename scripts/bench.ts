/**
 * Build benchmark on synthetic sources (scripts/lib/synthetic.ts), in temporary folders; the
 * real content/ and dist/ are never touched. Timings live here, never in `npm test`.
 *
 *   npm run bench                 N = 5, 100, 1,000, 5,000; median of 3 runs each, against the baseline
 *   npm run bench -- --quick      N = 5 and 100, one run each
 *   options: --sizes 5,100 --runs 3 --seed 42 --out benchmarks/bench.json
 *            --baseline <rev>     the revision to compare with (default: HEAD when the working
 *                                 tree has uncommitted changes, else HEAD~1: the previous commit)
 *            --no-baseline        measure this working tree only
 *            --tmp <dir>          where the temporary folders go (default: the OS's)
 *            --compare-at <N>     the size at which the Markdown processors are compared per document
 *            --no-browser         skip the search measurements
 *            --no-hugo            skip the plain Hugo + Pagefind site of the same sources (run only
 *                                 where Debian's hugo is installed: /usr/bin/hugo)
 *            --search-runs <n>    cold loads per search (default 5)
 *
 * For each N and each run, in turn for this working tree and for the baseline (checked out in
 * a temporary `git worktree` that shares node_modules when the lockfile is the same, else gets
 * its own `npm ci`), alternating which goes first:
 * - a cold `npm run build` (Astro, then the search index; empty cache, no dist/): wall time,
 *   content sync, search index, peak resident memory (GNU time);
 * - two warm rebuilds with that build's caches and dist/ in place: one source edited, then
 *   one source added (the edit and the addition are undone afterwards).
 * Then medians, the marginal cost per source against the smallest N, ratios to the baseline,
 * and for this tree: size of dist/ and of the index, the largest HTML page of each kind (bytes
 * and gzipped; the benchmark fails when one passes 300 kB or 60 kB gzipped), a source page's HTML + CSS gzipped, the
 * bytes and time to the first result of three searches in headless Chromium (and of a further
 * query typed into the open page), the Markdown
 * processors per document (Sätteri with the claims plugin, as the site renders, against the
 * unified pipeline it replaced), and the disk's cost to create a file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { syntheticSource, writeSyntheticContent } from './lib/synthetic';
import { launch } from './lib/browser';
import { measureFirstSearch, measureNextSearch, type FirstSearch } from './lib/first-search';
import { serve } from './lib/serve';
import { compareProcessors, type ProcessorCost } from './bench/processors';
import { largestPages, overLimit, PAGE_LIMIT, type LargestPage } from './bench/pages';
import { phasesOf } from './bench/phases';
import { buildHugoSite, hugoAvailable, writeHugoSite, type HugoTime } from './bench/hugo';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: 'benchmarks/bench.json' },
    tmp: { type: 'string', default: tmpdir() },
    baseline: { type: 'string' },
    'no-baseline': { type: 'boolean', default: false },
    'compare-at': { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    'no-hugo': { type: 'boolean', default: false },
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
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const progress = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s, load ${load()}] ${message}`);
function du(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, f) => n + du(join(path, f)), 0);
}
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/** A tree to build: this working tree, or the baseline revision checked out beside it. */
interface Tree {
  name: 'current' | 'baseline';
  dir: string;
  label: string;
}

/** Checks the baseline out in a temporary worktree, with node_modules shared or installed. */
function checkoutBaseline(): Tree | undefined {
  if (values['no-baseline']) return undefined;
  const dirty = git('status', '--porcelain').length > 0;
  const rev = values.baseline ?? (dirty ? 'HEAD' : 'HEAD~1');
  const commit = git('rev-parse', '--verify', `${rev}^{commit}`);
  const dir = join(work, 'baseline');
  git('worktree', 'add', '--detach', dir, commit);
  const sameLock = git('show', `${commit}:package-lock.json`) === readFileSync(join(root, 'package-lock.json'), 'utf8').trim();
  if (sameLock) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  else {
    progress(`the baseline's lockfile differs: npm ci in ${dir}`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  }
  return { name: 'baseline', dir, label: `${rev} (${commit.slice(0, 10)}: ${git('log', '-1', '--format=%s', commit).slice(0, 70)})` };
}

/** Runs a command under GNU time; returns seconds, peak resident memory in MiB, and its output. */
function timed(cmd: string[], cwd: string, env: NodeJS.ProcessEnv): { seconds: number; peakMiB: number; output: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', ...cmd], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed in ${cwd}:\n${(r.stderr ?? '').slice(-3000)}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0);
  return { seconds, peakMiB: kb / 1024, output: r.stdout + r.stderr };
}

/**
 * The synthetic sources for `tree`, with that tree's own topics, entities and aliases: the
 * sources are the same for both trees, the dossier's furniture is each tree's (its schema
 * may not know another tree's fields).
 */
function makeContent(n: number, tree: Tree): string {
  const content = join(work, `content-${tree.name}-${n}`);
  rmSync(content, { recursive: true, force: true });
  writeSyntheticContent(content, join(tree.dir, 'content'), n, seed);
  return content;
}

interface BuildTime {
  totalS: number;
  buildS: number;
  syncS: number;
  indexS: number;
  peakMiB: number;
  /** The whole-corpus steps before the pages render (src/data/phase.ts), in ms, by label. */
  phases: Record<string, number>;
}

/**
 * One `npm run build` of `content` into `dist` with its cache in `cache`, in `tree`: the very
 * command a contributor runs (Astro, then the search index). Returns the whole build's time,
 * its phases and its peak memory.
 */
function build(tree: Tree, content: string, dist: string, cache: string): BuildTime {
  const env = { DOSSIER_CONTENT_DIR: content, DOSSIER_DIST_DIR: dist, DOSSIER_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', DOSSIER_TIMINGS: '1' };
  const run = timed(['npm', 'run', '--silent', 'build'], tree.dir, env);
  const output = run.output.replace(/\x1b\[[0-9;]*m/g, '');
  // "Collecting build info … Completed in 7.05s" is the content sync, where Markdown is rendered.
  const sync = /Collecting build info[\s\S]*?Completed in (?:(\d+)m\s*)?([\d.]+)(m?s)/.exec(output);
  const syncS = sync ? Number(sync[1] ?? 0) * 60 + Number(sync[2]) / (sync[3] === 'ms' ? 1000 : 1) : Number.NaN;
  const indexS = Number(/index-search: .* in ([\d.]+) s/.exec(output)?.[1] ?? Number.NaN);
  return { totalS: run.seconds, buildS: run.seconds - indexS, syncS, indexS, peakMiB: run.peakMiB, phases: phasesOf(output) };
}

/**
 * One run for one tree: a cold build, then a rebuild after editing one source, then after
 * adding one. With `settle`, a last rebuild after undoing both leaves dist/ as a cold build
 * of `content` writes it (for the sizes and searches).
 */
function coldAndWarm(tree: Tree, n: number, content: string, dist: string, settle = false) {
  const cache = join(work, `cache-${tree.name}-${n}`);
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const cold = build(tree, content, dist, cache);
  // Edit: a sentence added to the body of a source in the middle of the corpus.
  const edited = join(content, 'sources', `${syntheticSource(Math.floor(n / 2), seed).id}.md`);
  const original = readFileSync(edited, 'utf8');
  writeFileSync(edited, original.replace(/\n\n([^\n]+)\n$/, '\n\nThe benchmark added this sentence to the article.\n\n$1\n'));
  const edit = build(tree, content, dist, cache);
  // Addition: one new source.
  const added = syntheticSource(n, seed);
  const addedFile = join(content, 'sources', `${added.id}.md`);
  writeFileSync(addedFile, added.markdown);
  const add = build(tree, content, dist, cache);
  writeFileSync(edited, original);
  rmSync(addedFile);
  if (settle) build(tree, content, dist, cache);
  rmSync(cache, { recursive: true, force: true });
  return { cold, edit, add };
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

/** The medians of one tree at one N. */
interface Medians extends Omit<BuildTime, 'phases'> {
  /** A rebuild after editing one source, caches and dist/ in place. */
  editS: number;
  /** A rebuild after adding one source. */
  addS: number;
  editIndexS: number;
  addIndexS: number;
  marginalMs?: number;
  /** Every run, for the record. */
  samples: { cold: BuildTime; edit: BuildTime; add: BuildTime }[];
}
interface Row {
  n: number;
  current: Medians;
  baseline?: Medians;
  distMiB: number;
  indexMiB: number;
  pageKB: number;
  /** The largest HTML page of each kind, in bytes and gzipped. */
  largest: Record<string, LargestPage>;
  search?: Record<string, FirstSearch>;
  nextSearch?: { query: string; afterDebounceMs: number; debounceMs: number };
  /** The same sources as a plain Hugo site indexed by the same Pagefind (medians), where Hugo is installed. */
  hugo?: HugoTime & { marginalMs?: number };
}

function mediansOf(samples: Medians['samples']): Medians {
  const pick = (f: (s: Medians['samples'][number]) => number) => median(samples.map(f));
  return {
    totalS: pick((s) => s.cold.totalS), buildS: pick((s) => s.cold.buildS), syncS: pick((s) => s.cold.syncS),
    indexS: pick((s) => s.cold.indexS), peakMiB: pick((s) => s.cold.peakMiB),
    editS: pick((s) => s.edit.totalS), addS: pick((s) => s.add.totalS),
    editIndexS: pick((s) => s.edit.indexS), addIndexS: pick((s) => s.add.indexS),
    samples,
  };
}

const current: Tree = { name: 'current', dir: root, label: `this working tree (${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' with uncommitted changes' : ''})` };
const rows: Row[] = [];
let processors: { n: number; perDocument: ProcessorCost[] } | undefined;
let fileMs = Number.NaN;
const loadAtStart = load();
// The side-by-side anchor of issue 24, where Debian's hugo is installed (apt-get install hugo).
const withHugo = !values['no-hugo'] && hugoAvailable();
let baseline: Tree | undefined;

progress(`sizes ${sizes.join(', ')}, ${runs} run(s) each, seed ${seed}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, 1-minute load ${loadavg()[0]!.toFixed(2)}; work in ${work}`);
// Interrupted (Ctrl+C): remove the baseline's worktree and the temporary folders all the same.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (baseline) spawnSync('git', ['worktree', 'remove', '--force', baseline.dir], { cwd: root });
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}
try {
  baseline = checkoutBaseline();
  progress(`current: ${current.label}`);
  if (baseline) progress(`baseline: ${baseline.label}`);
  fileMs = fileCreationMs();
  progress(`the disk creates a small file in ${fileMs.toFixed(2)} ms`);
  for (const n of sizes) {
    progress(`N=${n}: writing ${n} synthetic sources`);
    const contents = { current: makeContent(n, current), baseline: baseline ? makeContent(n, baseline) : '' };
    const content = contents.current;
    const dist = join(work, `dist-${n}`);
    const samples: Record<Tree['name'], Medians['samples']> = { current: [], baseline: [] };
    for (let run = 1; run <= runs; run++) {
      // Interleaved, alternating which goes first, so that a drift in the machine's load falls on both.
      const order = baseline ? (run % 2 === 1 ? [current, baseline] : [baseline, current]) : [current];
      for (const tree of order) {
        const s = coldAndWarm(tree, n, contents[tree.name], dist, tree === current && run === runs);
        samples[tree.name].push(s);
        progress(`N=${n} run ${run}/${runs} ${tree.name.padEnd(8)}: cold ${s.cold.totalS.toFixed(1)} s (sync ${s.cold.syncS.toFixed(1)} s, index ${s.cold.indexS.toFixed(1)} s, peak ${s.cold.peakMiB.toFixed(0)} MiB); rebuild after an edit ${s.edit.totalS.toFixed(1)} s (index ${s.edit.indexS.toFixed(1)} s), after an addition ${s.add.totalS.toFixed(1)} s`);
        const phases = Object.entries(s.edit.phases).filter(([, ms]) => ms >= 100).map(([label, ms]) => `${label} ${(ms / 1000).toFixed(1)} s`);
        if (phases.length) progress(`  the edit's whole-corpus steps before rendering (over 0.1 s): ${phases.join('; ')}`);
      }
    }
    // The baseline went last in an odd last run: dist/ must be this tree's output of `content`.
    if (baseline && runs % 2 === 1) {
      const cache = join(work, `cache-current-${n}`);
      rmSync(dist, { recursive: true, force: true });
      build(current, content, dist, cache);
      rmSync(cache, { recursive: true, force: true });
    }
    const row: Row = {
      n,
      current: mediansOf(samples.current),
      ...(baseline ? { baseline: mediansOf(samples.baseline) } : {}),
      distMiB: du(dist) / 2 ** 20,
      indexMiB: readdirSync(dist).filter((d) => d.startsWith('pagefind')).reduce((s, d) => s + du(join(dist, d)), 0) / 2 ** 20,
      pageKB: sourcePageKB(dist),
      largest: largestPages(dist),
    };
    if (!values['no-browser']) {
      progress(`N=${n}: first searches in Chromium (${QUERIES.join(', ')}; median of ${searchRuns} cold loads each), then ${NEXT.join(' → ')} in the open page`);
      const costs = await searchCosts(dist);
      row.search = costs.first;
      row.nextSearch = costs.next;
    }
    if (withHugo) {
      progress(`N=${n}: the same sources as a plain Hugo site, then Pagefind (${runs} cold build(s))`);
      const site = join(work, `hugo-${n}`);
      writeHugoSite(content, site);
      const times = Array.from({ length: runs }, () => buildHugoSite(site, join(root, 'node_modules', '.bin', 'pagefind')));
      row.hugo = { totalS: median(times.map((t) => t.totalS)), hugoS: median(times.map((t) => t.hugoS)), indexS: median(times.map((t) => t.indexS)), pages: times[0]!.pages };
      rmSync(site, { recursive: true, force: true });
    }
    rows.push(row);
    if (n === compareAt) {
      progress(`N=${n}: each document through each Markdown processor, in this process`);
      processors = { n, perDocument: await compareProcessors(readdirSync(join(content, 'sources')).map((f) => readFileSync(join(content, 'sources', f), 'utf8'))) };
    }
    rmSync(dist, { recursive: true, force: true });
    for (const c of Object.values(contents)) if (c) rmSync(c, { recursive: true, force: true });
  }
} finally {
  if (baseline) spawnSync('git', ['worktree', 'remove', '--force', baseline.dir], { cwd: root });
  rmSync(work, { recursive: true, force: true });
}

const smallest = Math.min(...sizes);
for (const which of ['current', 'baseline'] as const) {
  const base = rows.find((r) => r.n === smallest)?.[which];
  for (const r of rows) {
    const m = r[which];
    if (base && m && r.n !== smallest) m.marginalMs = ((m.totalS - base.totalS) / (r.n - smallest)) * 1000;
  }
}
const hugoBase = rows.find((r) => r.n === smallest)?.hugo;
for (const r of rows) if (hugoBase && r.hugo && r.n !== smallest) r.hugo.marginalMs = ((r.hugo.totalS - hugoBase.totalS) / (r.n - smallest)) * 1000;
const pad = (v: string, w: number) => v.padStart(w);
const f1 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(1));
const trees = baseline ? (['current', 'baseline'] as const) : (['current'] as const);
for (const which of trees) {
  console.log(`\n${which === 'current' ? current.label : baseline!.label}: cold build (median of ${runs}), rebuilds with caches in place`);
  console.log('     N  total s  sync s  index s  ms/source  peak MiB  edit rebuild s (index)  add rebuild s (index)');
  for (const r of rows) {
    const m = r[which]!;
    console.log(`${pad(String(r.n), 6)}  ${pad(f1(m.totalS), 7)}  ${pad(f1(m.syncS), 6)}  ${pad(f1(m.indexS), 7)}  ${pad(f1(m.marginalMs), 9)}  ${pad(m.peakMiB.toFixed(0), 8)}  ${pad(`${f1(m.editS)} (${f1(m.editIndexS)})`, 22)}  ${pad(`${f1(m.addS)} (${f1(m.addIndexS)})`, 21)}`);
  }
  const t = (n: number) => rows.find((r) => r.n === n)?.[which]?.totalS;
  if (t(1000) && t(5000)) console.log(`T(5000) / T(1000) = ${(t(5000)! / t(1000)!).toFixed(2)}`);
}
if (baseline) {
  console.log(`\nratios, this tree / baseline (below 1: faster or smaller now)`);
  console.log('     N  cold build  peak memory  edit rebuild  add rebuild');
  for (const r of rows) {
    const c = r.current;
    const b = r.baseline!;
    console.log(`${pad(String(r.n), 6)}  ${pad((c.totalS / b.totalS).toFixed(2), 10)}  ${pad((c.peakMiB / b.peakMiB).toFixed(2), 11)}  ${pad((c.editS / b.editS).toFixed(2), 12)}  ${pad((c.addS / b.addS).toFixed(2), 11)}`);
  }
}
if (rows.some((r) => r.hugo)) {
  console.log('\nthe same sources as a plain Hugo site + the same Pagefind (cold, median): N, total s (Hugo, index), HTML pages, ms/source; this tree\'s ms/source ÷ Hugo\'s');
  for (const r of rows) {
    const h = r.hugo;
    if (!h) continue;
    const ratio = h.marginalMs && r.current.marginalMs ? (r.current.marginalMs / h.marginalMs).toFixed(1) : '–';
    console.log(`${pad(String(r.n), 6)}  ${pad(f1(h.totalS), 7)} (${f1(h.hugoS)}, ${f1(h.indexS)})  ${pad(String(h.pages), 6)} pages  ${pad(f1(h.marginalMs), 7)} ms/source  ratio ${ratio}`);
  }
}
console.log('\nthis tree: dist/, index, a source page');
for (const r of rows) console.log(`${pad(String(r.n), 6)}  dist ${r.distMiB.toFixed(1)} MiB  index ${r.indexMiB.toFixed(2)} MiB  source page ${r.pageKB.toFixed(1)} kB gzipped`);
console.log(`\nthis tree: the largest page of each kind, kB (gzipped); the limit is ${PAGE_LIMIT.bytes / 1024} kB (${PAGE_LIMIT.gzipped / 1024} kB gzipped)`);
for (const r of rows) {
  for (const [kind, p] of Object.entries(r.largest).sort((a, b) => b[1].bytes - a[1].bytes)) console.log(`${pad(String(r.n), 6)}  ${kind.padEnd(34)} ${pad((p.bytes / 1024).toFixed(1), 7)} (${(p.gzipped / 1024).toFixed(1)})  ${p.path}`);
}
const tooLarge = rows.flatMap((r) => overLimit(r.largest).map((o) => `N=${r.n}: ${o}`));
if (rows.some((r) => r.search)) {
  console.log(`\nfirst search (median of ${searchRuns} cold loads): N, query, results, ms to first result, kB transferred (of which search)`);
  for (const r of rows) for (const [q, s] of Object.entries(r.search ?? {})) console.log(`${pad(String(r.n), 6)}  ${q.padEnd(10)} ${pad(String(s.results ?? '?'), 6)} ${pad(s.ms.toFixed(0), 6)} ms  ${pad((s.bytes / 1024).toFixed(0), 5)} kB (${(s.searchBytes / 1024).toFixed(0)} kB)`);
  console.log('\na further query in the open page: ms from its input to its first result, less the debounce');
  for (const r of rows) if (r.nextSearch) console.log(`${pad(String(r.n), 6)}  ${r.nextSearch.query.padEnd(20)} ${pad(r.nextSearch.afterDebounceMs.toFixed(0), 6)} ms (debounce ${r.nextSearch.debounceMs} ms)`);
}
if (processors) {
  console.log(`\nMarkdown processors at N = ${processors.n}, per document (median of 3 rounds)`);
  for (const p of processors.perDocument) console.log(`  ${p.name.padEnd(52)} ${p.msPerDocument.toFixed(2)} ms (ratio to the site's ${p.ratioToSite.toFixed(2)})`);
}
console.log(`\ndisk: ${fileMs.toFixed(2)} ms to create a small file; a source writes 7 (its page and six citation files)`);
console.log(`load average (1, 5, 15 min): ${loadAtStart} at the start, ${load()} at the end`);
mkdirSync('benchmarks', { recursive: true });
writeFileSync(values.out, `${JSON.stringify({
  seed, runs, searchRuns, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), load: { start: loadAtStart, end: load() },
  current: current.label, baseline: baseline?.label ?? null, fileCreationMs: fileMs, queries: QUERIES, next: NEXT, rows, processors,
}, null, 2)}\n`);
progress(`written to ${values.out}`);
if (tooLarge.length > 0) {
  console.error(`\npages over the limit of ${PAGE_LIMIT.bytes / 1024} kB (${PAGE_LIMIT.gzipped / 1024} kB gzipped):\n${tooLarge.map((t) => `  - ${t}`).join('\n')}`);
  process.exitCode = 1;
}
