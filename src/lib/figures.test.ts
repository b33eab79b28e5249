import { describe, expect, it } from 'vitest';
import type { Figure, SourceData } from './claims';
import { figureDate, figuresOf, summariseMeasures } from './figures';

const fig = (id: string, over: Partial<Figure>): Figure => ({ id, topic: 'troops', measure: 'deployed', qualifier: 'exact', quote: 'q', ...over });
const src = (id: string, published: string, figures: Figure[]) => ({
  id, data: { published, figures, transfers: [], reactions: [], events: [] } as unknown as SourceData,
});

const entries = [
  src('a', '2025-05', [fig('f1', { low: 10000, high: 12000 })]),
  src('b', '2025-11-08', [fig('f2', { low: 15000, high: 15000 }), fig('f3', { topic: 'casualties', measure: 'killed', low: 2000, high: 2000 })]),
  src('c', '2025-04-28', [fig('f4', { low: 10000, high: 14000 }), fig('f5', { topic: 'casualties', measure: 'wounded', statedAs: 'des milliers' })]),
];

describe('summariseMeasures', () => {
  const [deployed, killed, wounded] = summariseMeasures(entries);
  it('keeps measures apart, in vocabulary order', () => {
    expect([deployed!.measure, killed!.measure, wounded!.measure]).toEqual(['deployed', 'killed', 'wounded']);
  });
  it('finds the lowest, highest and latest estimate', () => {
    expect(deployed!.lowest!.figure.id).toBe('f1');
    expect(deployed!.highest!.figure.id).toBe('f2');
    expect(deployed!.latest!.figure.id).toBe('f2');
    expect(deployed!.sourceCount).toBe(3);
  });
  it('lists figures without a number apart and never gives them a range', () => {
    expect(wounded!.unnumbered.map((r) => r.figure.id)).toEqual(['f5']);
    expect(wounded!.lowest).toBeUndefined();
    expect(wounded!.sourceCount).toBe(1);
  });
});

describe('figureDate', () => {
  it('prefers asOf to the publication date', () => {
    expect(figureDate({ published: '2025-05', figure: fig('x', { asOf: '2025-04-30' }) })).toBe('2025-04-30');
    expect(figureDate({ published: '2025-05', figure: fig('x', {}) })).toBe('2025-05');
  });
});

describe('figuresOf', () => {
  it('keeps every figure with its source', () => {
    expect(figuresOf(entries).map((r) => `${r.sourceId}/${r.figure.id}`)).toEqual(['a/f1', 'b/f2', 'b/f3', 'c/f4', 'c/f5']);
  });
});
