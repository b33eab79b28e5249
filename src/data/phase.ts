/**
 * How long each whole-corpus step before the pages render takes, printed when
 * `DOSSIER_TIMINGS=1` (the benchmark sets it): these steps run on every build, edit or not,
 * so they are where a rebuild's time goes when the rendering itself is cached.
 */
const ON = process.env.DOSSIER_TIMINGS === '1';

/** Prints `timing: <label> <ms> ms (resident <MiB> MiB)` when timings are on: the memory after the step, to find the peak's phase. */
export function notePhase(label: string, ms: number): void {
  if (ON) console.log(`timing: ${label} ${ms.toFixed(0)} ms (resident ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MiB)`);
}

/** Runs `step`, and when timings are on prints how long it took once it is done. */
export function phase<T>(label: string, step: () => T): T {
  if (!ON) return step();
  const started = performance.now();
  try {
    return step();
  } finally {
    notePhase(label, performance.now() - started);
  }
}
