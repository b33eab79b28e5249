import { describe, expect, it } from 'vitest';
import type { Figure, SourceEvent } from '../claims';
import { selfCheck } from './check';

const figure = (id: string, quote: string, low: number, high = low): Figure => ({ id, topic: 'troops', measure: 'deployed', qualifier: 'about', low, high, quote });
const blocks = ['Le 3 mars, environ 3 000 soldats sont arrivés, puis 110 000 soldats.'];

describe('selfCheck', () => {
  it('keeps the claims that hold the provenance rule', () => {
    const r = selfCheck({ language: 'fr', figures: [figure('fig-a', 'environ 3 000 soldats', 3000)], events: [] }, blocks);
    expect(r.figures.map((f) => f.id)).toEqual(['fig-a']);
    expect(r.dropped).toEqual([]);
  });
  it('drops a claim that breaks it, naming it and what the rule said', () => {
    const events: SourceEvent[] = [{ id: 'ev-x', date: '2025-03-03', precision: 'day', what: 'x', quote: 'not in the text' }];
    const r = selfCheck({ language: 'fr', figures: [figure('fig-a', 'environ 3 000 soldats', 3000), figure('fig-b', '10 000 soldats', 10000), figure('fig-c', 'Le 3 mars, environ 3 000', 3)], events }, blocks);
    expect(r.figures.map((f) => f.id)).toEqual(['fig-a']);
    expect(r.events).toEqual([]);
    expect(r.dropped.map((d) => d.claim).sort()).toEqual(['ev-x', 'fig-b', 'fig-c']);
    expect(r.dropped.find((d) => d.claim === 'fig-b')!.reason).toContain('the quote starts inside the word “110”');
    expect(r.dropped.find((d) => d.claim === 'fig-c')!.reason).toContain('the quote gives 3,000');
  });
});
