/**
 * The whole-corpus steps of a build, as `src/data/phase.ts` prints them when
 * DOSSIER_TIMINGS=1: `timing: <label> <ms> ms`, anywhere in the output (Astro's route lines
 * do not always end before one is printed).
 */

/**
 * Each step's milliseconds by label, summed when a label comes more than once.
 *
 * @example
 * phasesOf('x timing: entity index 134 ms\ntiming: entity index 6 ms') // { 'entity index': 140 }
 */
export function phasesOf(output: string): Record<string, number> {
  const phases: Record<string, number> = {};
  for (const m of output.matchAll(/timing: (.+?) (\d+) ms/g)) phases[m[1]!] = (phases[m[1]!] ?? 0) + Number(m[2]);
  return phases;
}
