/**
 * A second opinion on a published source's measures: the ingest reader reads the source's
 * own body and says which figures it would file under another measure, so that an editor
 * sees a likely slip (`npm run build` prints them as warnings; src/plugins/measure-check.ts).
 * A figure the reader does not find, or finds with other numbers, gets no opinion.
 */
import { quoteLocator, type Language, type Measure } from '../claims';
import { figuresOf } from './figures';

/** A published figure as the second opinion reads it. */
export interface FiledFigure {
  id: string;
  measure: Measure;
  low?: number | undefined;
  high?: number | undefined;
  quote: string;
}

/** A figure the reader would file under another measure. */
export interface MeasureDifference {
  claim: string;
  filed: Measure;
  reader: Measure;
  quote: string;
}

/**
 * The figures of a source whose measure the ingest reader would file differently: same
 * numbers, quotes overlapping in the same block of the body.
 *
 * @example
 * measureDifferences({ language: 'en', figures: [{ id: 'f', measure: 'deployed', low: 300, high: 300, quote: 'about 300 soldiers had been killed' }] }, ['Seoul said about 300 soldiers had been killed.'])
 * // [{ claim: 'f', filed: 'deployed', reader: 'killed', quote: 'about 300 soldiers had been killed' }]
 */
export function measureDifferences(source: { language: Language; figures: readonly FiledFigure[] }, blocks: readonly string[]): MeasureDifference[] {
  const read = figuresOf({ blocks: blocks.map((text) => ({ text, kind: 'paragraph' as const })), language: source.language, reference: {} }).figures;
  const locate = quoteLocator(blocks);
  const out: MeasureDifference[] = [];
  for (const f of source.figures) {
    if (f.low === undefined) continue;
    const at = locate(f.quote);
    if (!at) continue;
    const hit = read.find((r) => {
      if (r.low !== f.low || r.high !== (f.high ?? f.low) || r.block !== at.block) return false;
      const other = locate(r.quote);
      return !!other && other.block === at.block && other.start < at.end && at.start < other.end;
    });
    if (hit && hit.measure !== f.measure) out.push({ claim: f.id, filed: f.measure, reader: hit.measure, quote: f.quote });
  }
  return out;
}
