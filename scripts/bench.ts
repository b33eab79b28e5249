/**
 * Build benchmark on synthetic sources (src/lib/synthetic.ts), in temporary folders; the
 * real content/ and dist/ are never touched.
 *
 *   npm run bench                 N = 5, 100, 1000, 5000; median of 3 runs each
 *   npm run bench -- --quick      N = 5 and 100, one run each
 *   options: --sizes 5,100 --runs 3 --seed 42 --out benchmarks/bench.json
 *
 * For each N: wall time of `astro build` and of the search index, peak resident memory
 * (GNU time), marginal cost per source page, size of dist/ and of the index, and a source
 * page's HTML + CSS gzipped. Prints a progress line per run, a table, and writes JSON.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { syntheticSource } from '../src/lib/synthetic';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: 'benchmarks/bench.json' },
  },
});
const sizes = (values.sizes ?? (values.quick ? '5,100' : '5,100,1000,5000')).split(',').map(Number);
const runs = Number(values.runs ?? (values.quick ? 1 : 3));
const seed = Number(values.seed);
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function du(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, f) => n + du(join(path, f)), 0);
}

/** Runs a command under GNU time; returns seconds and peak resident memory in MiB. */
function timed(cmd: string[], env: NodeJS.ProcessEnv): { seconds: number; peakMiB: number } {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', ...cmd], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed:\n${(r.stderr ?? '').slice(-3000)}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0);
  return { seconds, peakMiB: kb / 1024 };
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

interface Row { n: number; buildS: number; indexS: number; totalS: number; peakMiB: number; distMiB: number; indexMiB: number; pageKB: number; marginalMs?: number }
const rows: Row[] = [];
console.log(`bench: sizes ${sizes.join(', ')}, ${runs} run(s) each, seed ${seed}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
try {
  for (const n of sizes) {
    const content = makeContent(n);
    const samples: Omit<Row, 'n' | 'marginalMs'>[] = [];
    for (let run = 1; run <= runs; run++) {
      const dist = join(work, `dist-${n}`);
      const cache = join(work, `cache-${n}-${run}`);
      rmSync(dist, { recursive: true, force: true });
      const env = { DOSSIER_CONTENT_DIR: content, DOSSIER_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' };
      const build = timed([join(root, 'node_modules/.bin/astro'), 'build', '--outDir', dist], env);
      const index = timed([process.execPath, 'scripts/index-search.ts', '--site', dist], env);
      const page = readdirSync(join(dist, 'sources'))[0]!;
      const html = readFileSync(join(dist, 'sources', page, 'index.html'));
      const css = [...html.toString().matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
      const pageKB = (gzipSync(html).length + css.reduce((s, c) => s + gzipSync(c).length, 0)) / 1024;
      const sample = {
        buildS: build.seconds, indexS: index.seconds, totalS: build.seconds + index.seconds,
        peakMiB: Math.max(build.peakMiB, index.peakMiB),
        distMiB: du(dist) / 2 ** 20,
        indexMiB: readdirSync(dist).filter((d) => d.startsWith('pagefind')).reduce((s, d) => s + du(join(dist, d)), 0) / 2 ** 20,
        pageKB,
      };
      samples.push(sample);
      console.log(`  N=${n} run ${run}/${runs}: build ${sample.buildS.toFixed(1)} s, index ${sample.indexS.toFixed(1)} s, peak ${sample.peakMiB.toFixed(0)} MiB`);
      rmSync(cache, { recursive: true, force: true });
    }
    const pickMedian = (k: keyof (typeof samples)[number]) => median(samples.map((s) => s[k]));
    rows.push({ n, buildS: pickMedian('buildS'), indexS: pickMedian('indexS'), totalS: pickMedian('totalS'), peakMiB: pickMedian('peakMiB'), distMiB: pickMedian('distMiB'), indexMiB: pickMedian('indexMiB'), pageKB: pickMedian('pageKB') });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const base = rows.find((r) => r.n === Math.min(...sizes));
for (const r of rows) if (base && r.n !== base.n) r.marginalMs = ((r.totalS - base.totalS) / (r.n - base.n)) * 1000;
console.log('\n     N   build s  index s  total s  ms/page  peak MiB  dist MiB  index MiB  page KB (gz)');
for (const r of rows) {
  console.log(`${String(r.n).padStart(6)}  ${r.buildS.toFixed(1).padStart(7)}  ${r.indexS.toFixed(1).padStart(7)}  ${r.totalS.toFixed(1).padStart(7)}  ${(r.marginalMs?.toFixed(2) ?? '–').padStart(7)}  ${r.peakMiB.toFixed(0).padStart(8)}  ${r.distMiB.toFixed(1).padStart(8)}  ${r.indexMiB.toFixed(2).padStart(9)}  ${r.pageKB.toFixed(1).padStart(11)}`);
}
mkdirSync('benchmarks', { recursive: true });
writeFileSync(values.out, `${JSON.stringify({ seed, runs, cores: cpus().length, rows }, null, 2)}\n`);
console.log(`\nbench: written to ${values.out}`);
