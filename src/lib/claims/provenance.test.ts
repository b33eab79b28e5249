import { describe, expect, it } from 'vitest';
import type { Figure, SourceData } from './claims';
import { checkProvenance, figureNumberProblem, formatProvenanceError } from './provenance';

const figure = (over: Partial<Figure>): Figure => ({
  id: 'fig-a', topic: 'troops', measure: 'deployed', qualifier: 'exact', quote: '', ...over,
});
const source = (over: Partial<SourceData>): Pick<SourceData, 'figures' | 'transfers' | 'reactions' | 'events'> => ({
  figures: [], transfers: [], reactions: [], events: [], ...over,
});

describe('figureNumberProblem', () => {
  it('accepts French, English and German-style thousands, and ranges', () => {
    expect(figureNumberProblem(figure({ low: 10000, high: 14000, quote: 'entre 10 000 et 14 000 soldats' }))).toBeNull();
    expect(figureNumberProblem(figure({ low: 10000, high: 12000, quote: 'between 10,000 and 12,000 soldiers' }))).toBeNull();
    expect(figureNumberProblem(figure({ low: 10000, high: 10000, quote: '10.000 soldats' }))).toBeNull();
    expect(figureNumberProblem(figure({ low: 15000, high: 15000, quote: 'Depuis octobre 2024, environ 15 000 soldats' }))).toBeNull();
  });
  it('names the numbers when a range disagrees with its quote', () => {
    expect(figureNumberProblem(figure({ low: 10000, high: 12000, quote: 'entre 10 000 et 14 000 soldats' })))
      .toBe('the quote gives 10,000 and 14,000 but low/high are 10,000/12,000');
  });
  it('rejects an exact figure whose number is not in the quote', () => {
    expect(figureNumberProblem(figure({ low: 600, high: 600, quote: 'près de 500 soldats tués' })))
      .toBe('the quote gives 500 but low/high are 600/600');
  });
  it('keeps amounts without a number without inventing one', () => {
    expect(figureNumberProblem(figure({ statedAs: 'des milliers', quote: 'des milliers d’autres blessés' }))).toBeNull();
    expect(figureNumberProblem(figure({ quote: 'des milliers d’autres blessés' }))).toMatch(/statedAs/);
    expect(figureNumberProblem(figure({ statedAs: 'près de', quote: 'près de 600 soldats' }))).toBe('the quote gives 600 but low/high are missing');
  });
  it('rejects half ranges and inverted ranges', () => {
    expect(figureNumberProblem(figure({ low: 1, quote: '1' }))).toMatch(/both/);
    expect(figureNumberProblem(figure({ low: 12000, high: 10000, quote: '10,000 and 12,000' }))).toMatch(/greater/);
  });
});

describe('checkProvenance', () => {
  const blocks = ['Le NIS estime qu’environ 2 000 d’entre eux ont été tués dans la région de Koursk.', 'Another paragraph.'];
  it('passes when every quote is in a block, forgiving white space and quote shapes', () => {
    const s = source({ figures: [figure({ id: 'fig-killed', low: 2000, high: 2000, quote: "qu'environ 2\u00A0000 d'entre eux ont été tués" })] });
    expect(checkProvenance(s, blocks)).toEqual([]);
  });
  it('reports a quote that is not in the body, with its claim id and field', () => {
    const s = source({ reactions: [{ id: 're-x', actor: 'X', actorKind: 'state', kind: 'statement', stance: 's', quote: 'not there' }] });
    expect(checkProvenance(s, blocks)).toEqual([
      { claimId: 're-x', field: 'reactions[0]', message: 'the quote is not in the article text: “not there”' },
    ]);
  });
  it('does not let a quote straddle two blocks', () => {
    const s = source({ events: [{ id: 'ev-x', date: '2025', precision: 'year', what: 'w', quote: 'Koursk. Another' }] });
    expect(checkProvenance(s, blocks)).toHaveLength(1);
  });
  it('reports duplicate ids across claim lists', () => {
    const s = source({
      figures: [figure({ id: 'dup', low: 2000, high: 2000, quote: 'environ 2 000' })],
      events: [{ id: 'dup', date: '2025', precision: 'year', what: 'w', quote: 'Another paragraph.' }],
    });
    expect(checkProvenance(s, blocks)).toEqual([{ claimId: 'dup', field: 'events[0]', message: 'the id is already used by figures[0]' }]);
  });
  it('reports number disagreements', () => {
    const s = source({ figures: [figure({ id: 'fig-killed', low: 3000, high: 3000, quote: 'environ 2 000' })] });
    expect(checkProvenance(s, blocks)).toEqual([{ claimId: 'fig-killed', field: 'figures[0]', message: 'the quote gives 2,000 but low/high are 3,000/3,000' }]);
  });
});

describe('formatProvenanceError', () => {
  it('names the file, the claim and the problem', () => {
    const msg = formatProvenanceError('content/sources/x.md', [{ claimId: 'fig-a', field: 'figures[0]', message: 'the quote is not in the article text: “q”' }]);
    expect(msg).toContain('content/sources/x.md');
    expect(msg).toContain('claim "fig-a" (figures[0]): the quote is not in the article text: “q”');
  });
});
