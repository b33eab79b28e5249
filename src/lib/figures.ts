/**
 * Figures across sources: every estimate of a measure, and its range.
 */
import type { Figure } from './claims';
import type { SourceEntry } from './sources';
import { MEASURES, type Measure } from './vocabulary';

/** A figure with the source that states it. */
export interface FigureRef {
  sourceId: string;
  /** The source's publication date, used when the figure has no `asOf`. */
  published: string;
  figure: Figure;
}

/** Everything the sources say about one measure. */
export interface MeasureSummary {
  measure: Measure;
  /** Figures with a number, in source order. */
  numeric: FigureRef[];
  /** Figures the articles state without a number ("des milliers"). */
  unnumbered: FigureRef[];
  /** The figure with the smallest `low`, and the one with the largest `high`. */
  lowest?: FigureRef;
  highest?: FigureRef;
  /** The figure that applies latest (its `asOf`, else its source's date). */
  latest?: FigureRef;
  /** How many distinct sources give a figure for this measure. */
  sourceCount: number;
}

/**
 * Every figure of every source, in the order given.
 *
 * @example
 * figuresOf(entries).length // 9
 */
export function figuresOf(entries: readonly SourceEntry[]): FigureRef[] {
  return entries.flatMap((e) => e.data.figures.map((figure) => ({ sourceId: e.id, published: e.data.published, figure })));
}

/**
 * When a figure applies: its `asOf` when the text says, else its source's date.
 *
 * @example
 * figureDate({ published: '2025-05', figure: { asOf: undefined } }) // '2025-05'
 */
export function figureDate(ref: Pick<FigureRef, 'published' | 'figure'>): string {
  return ref.figure.asOf ?? ref.published;
}

const pick = (refs: FigureRef[], better: (a: FigureRef, b: FigureRef) => boolean) =>
  refs.reduce<FigureRef | undefined>((best, r) => (best === undefined || better(r, best) ? r : best), undefined);

/**
 * One summary per measure that any source gives, in vocabulary order: lowest and
 * highest estimates, the latest one, and how many sources.
 *
 * @example
 * summariseMeasures(entries)[0] // { measure: 'deployed', lowest: …10,000…, highest: …15,000…, sourceCount: 4, … }
 */
export function summariseMeasures(entries: readonly SourceEntry[]): MeasureSummary[] {
  const all = figuresOf(entries);
  return MEASURES.flatMap((measure) => {
    const refs = all.filter((r) => r.figure.measure === measure);
    if (refs.length === 0) return [];
    const numeric = refs.filter((r) => r.figure.low !== undefined && r.figure.high !== undefined);
    const summary: MeasureSummary = {
      measure,
      numeric,
      unnumbered: refs.filter((r) => !numeric.includes(r)),
      sourceCount: new Set(refs.map((r) => r.sourceId)).size,
    };
    const lowest = pick(numeric, (a, b) => a.figure.low! < b.figure.low!);
    const highest = pick(numeric, (a, b) => a.figure.high! > b.figure.high!);
    const latest = pick(numeric, (a, b) => figureDate(a) > figureDate(b));
    return [{ ...summary, ...(lowest && { lowest }), ...(highest && { highest }), ...(latest && { latest }) }];
  });
}
